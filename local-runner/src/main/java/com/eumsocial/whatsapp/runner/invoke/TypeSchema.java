package com.eumsocial.whatsapp.runner.invoke;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** What the runner needs from a resource type's schema: identifiers and property kinds. */
public record TypeSchema(String typeName, List<String> primaryIdentifier, Set<String> createOnly, Set<String> readOnly,
                         Set<String> writeOnly, Set<String> handlers, JsonNode json) {

    static TypeSchema load(String resource) {
        try (InputStream in = TypeSchema.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("schema " + resource + " is not on the classpath");
            }
            return of(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schema " + resource, e);
        }
    }

    /** Reads a schema JSON; property pointers ({@code /properties/X}) become plain names. */
    public static TypeSchema of(JsonNode schema) {
        Set<String> handlerNames = new TreeSet<>();
        schema.path("handlers").fieldNames().forEachRemaining(handlerNames::add);
        return new TypeSchema(schema.path("typeName").asText(), new ArrayList<>(names(schema.path("primaryIdentifier"))),
            new TreeSet<>(names(schema.path("createOnlyProperties"))), new TreeSet<>(names(schema.path("readOnlyProperties"))),
            new TreeSet<>(names(schema.path("writeOnlyProperties"))), handlerNames, schema);
    }

    private static List<String> names(JsonNode pointers) {
        List<String> out = new ArrayList<>();
        for (JsonNode p : pointers) {
            String text = p.asText();
            out.add(text.startsWith("/properties/") ? text.substring("/properties/".length()) : text);
        }
        return out;
    }

    /** True when the type has an update handler (without one, every change is a replacement). */
    public boolean updatable() {
        return handlers.contains("update");
    }
}
