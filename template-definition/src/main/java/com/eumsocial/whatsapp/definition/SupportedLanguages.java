package com.eumsocial.whatsapp.definition;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Meta's list of the languages a WhatsApp message template may be written in, read from the
 * bundled table {@code meta-supported-languages.tsv} (its header names the page it was taken from).
 * A code outside the list ({@code zz_ZZ}) has the right form but Meta refuses it.
 */
public final class SupportedLanguages {
    static final String TABLE = "meta-supported-languages.tsv";
    private static final Map<String, String> LANGUAGES = load();

    private SupportedLanguages() {
    }

    /** True when Meta accepts templates in {@code code} (exact, case-sensitive: "en_US", not "en_us"). */
    public static boolean isSupported(String code) {
        return code != null && LANGUAGES.containsKey(code);
    }

    /** The language's name as Meta's table gives it ("English (US)"), if supported. */
    public static Optional<String> name(String code) {
        return Optional.ofNullable(code == null ? null : LANGUAGES.get(code));
    }

    /** Every supported code with its name, in the table's order. */
    public static Map<String, String> all() {
        return LANGUAGES;
    }

    /** Why {@code code} is refused, with the supported codes of the same language when there are some. */
    public static String refusal(String code) {
        String same = suggestionsFor(code);
        return "\"" + code + "\" is not one of Meta's supported template languages"
                + (same.isEmpty() ? " (see SupportedLanguages or Meta's \"Supported languages\" page)" : "; did you mean " + same + "?");
    }

    /** Supported codes of the same language ("en_US", "en_GB" for "en_ZZ"), to suggest in a message. */
    static String suggestionsFor(String code) {
        String prefix = code.contains("_") ? code.substring(0, code.indexOf('_')) : code;
        StringBuilder out = new StringBuilder();
        for (String known : LANGUAGES.keySet()) {
            if (known.equals(prefix) || known.startsWith(prefix + "_")) {
                out.append(out.length() == 0 ? "" : ", ").append(known);
            }
        }
        return out.toString();
    }

    private static Map<String, String> load() {
        Map<String, String> out = new LinkedHashMap<>();
        try (InputStream in = SupportedLanguages.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException(TABLE + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", 2);
                out.put(cells[0].strip(), cells.length > 1 ? cells[1].strip() : cells[0].strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + TABLE, e);
        }
        return Collections.unmodifiableMap(out);
    }
}
