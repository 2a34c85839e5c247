package com.eumsocial.whatsapp.definition;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The naming rule of versioned rollout (the one place it is stated): a template declared under
 * base name {@code order_shipped} is created at Meta as
 * <pre>  order_shipped_v&lt;8 hex digits&gt;</pre>
 * where the digits are the first 8 lower-case hex characters of the SHA-256 of the UTF-8
 * {@link CanonicalForm#ofDefinition canonical form} of the definition <em>without</em> its
 * {@code name} (so language, category, parameter_format and components, with Meta's rewrites
 * absorbed), followed, when media is referenced, by a line per media fingerprint (what identifies
 * the media's content, e.g. the file's SHA-256), in the order given.
 *
 * <p>So a change Meta would see gives a new name (a new template, reviewed while the old one stays
 * sendable), an unchanged definition keeps its name on every machine, and a cosmetic change (key
 * order, enum case) keeps it too. The suffix is 10 characters of Meta's name charset
 * ({@code [a-z0-9_]}); a base name longer than {@code 512 - 10} characters is cut so the result
 * stays within Meta's 512.
 */
public final class VersionedTemplateName {
    /** "_v" + 8 hex digits. */
    public static final int SUFFIX_LENGTH = 10;
    private static final Pattern SUFFIX = Pattern.compile("_v[0-9a-f]{8}");

    private VersionedTemplateName() {
    }

    /** The versioned name of {@code definition} declared under {@code baseName}. */
    public static String derive(String baseName, JsonNode definition) {
        return derive(baseName, definition, List.of());
    }

    /**
     * @param mediaFingerprints content identities of the media the definition references (its
     *                          handles themselves are one-time upload references and do not count)
     */
    public static String derive(String baseName, JsonNode definition, Collection<String> mediaFingerprints) {
        if (baseName == null || baseName.isEmpty() || !MetaLimits.NAME_PATTERN.matcher(baseName).matches()) {
            throw new IllegalArgumentException("versioned rollout: base name \"" + baseName
                    + "\" must hold only lowercase letters, digits and underscores");
        }
        if (definition == null || !definition.isObject()) {
            throw new IllegalArgumentException("versioned rollout: the definition of " + baseName + " must be a JSON object");
        }
        ObjectNode content = ((ObjectNode) definition).deepCopy();
        content.remove("name");
        StringBuilder hashed = new StringBuilder(TemplateDefinitionWriter.write(CanonicalForm.ofDefinition(content)));
        for (String media : mediaFingerprints) {
            hashed.append('\n').append(media);
        }
        String base = baseName.length() > MetaLimits.NAME_MAX_LENGTH - SUFFIX_LENGTH
                ? baseName.substring(0, MetaLimits.NAME_MAX_LENGTH - SUFFIX_LENGTH) : baseName;
        return base + "_v" + sha256(hashed.toString()).substring(0, 8);
    }

    /** Whether {@code name} is a version of {@code baseName} under this rule (any content). */
    public static boolean isVersionOf(String name, String baseName) {
        if (name == null || baseName == null || name.length() != Math.min(baseName.length(),
                MetaLimits.NAME_MAX_LENGTH - SUFFIX_LENGTH) + SUFFIX_LENGTH) {
            return false;
        }
        String base = name.substring(0, name.length() - SUFFIX_LENGTH);
        return baseName.startsWith(base) && SUFFIX.matcher(name.substring(base.length())).matches();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
