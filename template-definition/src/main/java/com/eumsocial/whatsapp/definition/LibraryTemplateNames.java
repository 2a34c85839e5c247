package com.eumsocial.whatsapp.definition;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The names of Meta's template library entries that the project knows without a network: a
 * bundled list ({@code library-template-names.txt}; its header says where the names come from).
 * Synth has no WABA and no credentials, so it cannot list Meta's library; it can only compare a
 * declared name with this list. Meta's library is larger and changes without notice, so a name
 * missing here is a hint (with the nearest known names), never a refusal: the deploy, which reads
 * Meta's library, decides.
 */
public final class LibraryTemplateNames {
    static final String RESOURCE = "library-template-names.txt";
    private static final List<String> NAMES = load();

    private LibraryTemplateNames() {
    }

    /** The bundled names, sorted. */
    public static List<String> known() {
        return NAMES;
    }

    public static boolean isKnown(String name) {
        return NAMES.contains(name);
    }

    /** The bundled names nearest to {@code name} (see {@link NearestNames}). */
    public static List<String> nearest(String name) {
        return NearestNames.nearest(name, NAMES);
    }

    private static List<String> load() {
        try (InputStream in = LibraryTemplateNames.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the bundled list " + RESOURCE + " is missing from the jar");
            }
            List<String> names = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    names.add(name);
                }
            }
            names.sort(null);
            return List.copyOf(names);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
