package com.eumsocial.whatsapp.definition.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Fields of a JSON object that the typed model does not know. They are kept (in their original
 * order) so that a definition written back to JSON loses nothing the user wrote, e.g. a field
 * Meta adds in a later API version.
 */
public final class ExtraFields {
    public static final ExtraFields NONE = new ExtraFields(Map.of());

    private final Map<String, JsonNode> fields;

    private ExtraFields(Map<String, JsonNode> fields) {
        this.fields = fields;
    }

    /** Copies the given fields; later changes to the nodes passed in do not leak in. */
    public static ExtraFields of(Map<String, ? extends JsonNode> fields) {
        if (fields == null || fields.isEmpty()) {
            return NONE;
        }
        Map<String, JsonNode> copy = new LinkedHashMap<>();
        fields.forEach((k, v) -> copy.put(Objects.requireNonNull(k), Objects.requireNonNull(v, k).deepCopy()));
        return new ExtraFields(Collections.unmodifiableMap(copy));
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }

    public Set<String> names() {
        return fields.keySet();
    }

    public boolean has(String name) {
        return fields.containsKey(name);
    }

    /** A copy of the field's value, or null when absent: JsonNode is mutable, the model is not. */
    public JsonNode get(String name) {
        JsonNode node = fields.get(name);
        return node == null ? null : node.deepCopy();
    }

    /** Adds every extra field (copied) to {@code target}. */
    public void writeInto(ObjectNode target) {
        fields.forEach((k, v) -> target.set(k, v.deepCopy()));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExtraFields other && fields.equals(other.fields);
    }

    @Override
    public int hashCode() {
        return fields.hashCode();
    }

    @Override
    public String toString() {
        return fields.toString();
    }
}
