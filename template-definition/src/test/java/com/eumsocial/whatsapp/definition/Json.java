package com.eumsocial.whatsapp.definition;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/** Test helpers: JSON written with single quotes (no apostrophes in test texts) and the example files. */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    /** Parses JSON written with ' instead of ", so test data stays readable. */
    static JsonNode json(String singleQuoted) {
        return tree(singleQuoted.replace('\'', '"'));
    }

    static String text(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }

    static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path example(String fileName) {
        try {
            return Path.of(Objects.requireNonNull(Json.class.getResource("/definitions/" + fileName), fileName).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode exampleJson(String fileName) {
        try {
            return tree(Files.readString(example(fileName)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
