package com.eumsocial.whatsapp.definition;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Path;

/** Parses Meta's template definition JSON into a {@link TemplateDefinition}. */
public final class TemplateDefinitionParser {
    private TemplateDefinitionParser() {
    }

    public static TemplateDefinition parse(String json) {
        throw new UnsupportedOperationException("not yet");
    }

    public static TemplateDefinition parse(Path file) {
        throw new UnsupportedOperationException("not yet");
    }

    public static TemplateDefinition fromJson(JsonNode json) {
        throw new UnsupportedOperationException("not yet");
    }
}
