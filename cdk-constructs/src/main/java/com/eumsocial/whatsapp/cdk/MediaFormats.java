package com.eumsocial.whatsapp.cdk;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The file types Meta takes as header samples, by header format, so a wrong file fails at synth. */
final class MediaFormats {
    private static final Map<String, List<String>> EXTENSIONS = Map.of(
            "IMAGE", List.of(".jpg", ".jpeg", ".png"),
            "VIDEO", List.of(".mp4", ".3gp"),
            // Meta plays GIF headers from an MP4 file.
            "GIF", List.of(".mp4"),
            "DOCUMENT", List.of(".pdf"));

    private MediaFormats() {
    }

    /** What is wrong with using the named file as a sample of that header format, or null. */
    static String problem(String headerFormat, String fileName) {
        List<String> allowed = headerFormat == null ? null : EXTENSIONS.get(headerFormat.toUpperCase(Locale.ROOT));
        if (allowed == null) {
            return null;
        }
        String lower = fileName.toLowerCase(Locale.ROOT);
        for (String extension : allowed) {
            if (lower.endsWith(extension)) {
                return null;
            }
        }
        return headerFormat.toUpperCase(Locale.ROOT) + " headers take " + String.join(", ", allowed)
                + " files, not '" + fileName + "'";
    }
}
