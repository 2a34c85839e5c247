package com.eumsocial.whatsapp.cdk;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.json.JSONObject;

/**
 * The registry schemas written by the resource modules (the contract our constructs must emit).
 * They are read from the sibling module folders; a missing one fails the test that needs it,
 * saying which, rather than skipping it silently.
 */
final class RegistrySchemas {
    static final Map<String, Path> FILES = Map.of(
            WhatsAppMessageTemplate.RESOURCE_TYPE, Path.of("..", "template-resource", "eumsocial-whatsapp-messagetemplate.json"),
            WhatsAppLibraryTemplate.RESOURCE_TYPE, Path.of("..", "library-template-resource", "eumsocial-whatsapp-librarytemplate.json"),
            WhatsAppTemplateMedia.RESOURCE_TYPE, Path.of("..", "media-resource", "eumsocial-whatsapp-templatemedia.json"));

    private RegistrySchemas() {
    }

    static Path file(String typeName) {
        Path file = FILES.get(typeName);
        if (!Files.isRegularFile(file)) {
            fail("the registry schema of " + typeName + " is missing: expected " + file.toAbsolutePath().normalize()
                    + " (written by its resource module)");
        }
        return file;
    }

    static String text(String typeName) {
        try {
            return Files.readString(file(typeName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JSONObject json(String typeName) {
        return new JSONObject(text(typeName));
    }
}
