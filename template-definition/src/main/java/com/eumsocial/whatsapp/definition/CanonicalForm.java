package com.eumsocial.whatsapp.definition;

import com.fasterxml.jackson.databind.JsonNode;

public final class CanonicalForm {
    private CanonicalForm() {
    }

    public static JsonNode ofDefinition(JsonNode definitionJson) {
        throw new UnsupportedOperationException("not yet");
    }

    public static JsonNode ofComponents(JsonNode componentsArray, Category category) {
        throw new UnsupportedOperationException("not yet");
    }

    public static boolean sameComponents(JsonNode declared, JsonNode returned, Category category) {
        throw new UnsupportedOperationException("not yet");
    }

    public static boolean sameDefinition(JsonNode declared, JsonNode returned) {
        throw new UnsupportedOperationException("not yet");
    }

    public static JsonNode reconcileComponents(JsonNode declared, JsonNode returned, Category category) {
        throw new UnsupportedOperationException("not yet");
    }
}
