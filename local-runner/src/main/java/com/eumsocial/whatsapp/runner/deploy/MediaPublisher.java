package com.eumsocial.whatsapp.runner.deploy;

import java.nio.file.Path;

/** Makes a local asset file readable as {@code s3://bucket/key} by the service the handlers call. */
@FunctionalInterface
public interface MediaPublisher {
    void publish(String bucket, String key, Path file);

    static String contentType(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".png")) {
            return "image/png";
        }
        if (name.endsWith(".jpg") || name.endsWith(".jpeg")) {
            return "image/jpeg";
        }
        if (name.endsWith(".mp4")) {
            return "video/mp4";
        }
        if (name.endsWith(".pdf")) {
            return "application/pdf";
        }
        return "application/octet-stream";
    }
}
