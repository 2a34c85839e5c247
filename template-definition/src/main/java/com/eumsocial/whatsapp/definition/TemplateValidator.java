package com.eumsocial.whatsapp.definition;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

public final class TemplateValidator {
    private TemplateValidator() {
    }

    public static List<DefinitionProblem> validate(TemplateDefinition d) {
        throw new UnsupportedOperationException("not yet");
    }

    public static List<DefinitionProblem> validate(JsonNode definitionJson) {
        throw new UnsupportedOperationException("not yet");
    }

    public static void requireValid(TemplateDefinition d) {
        throw new UnsupportedOperationException("not yet");
    }

    public static void requireValid(TemplateDefinition d, String source) {
        throw new UnsupportedOperationException("not yet");
    }
}
