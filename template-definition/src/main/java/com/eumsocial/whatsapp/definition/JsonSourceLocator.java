package com.eumsocial.whatsapp.definition;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where each value of a JSON text starts, by RFC 6901 pointer: turns a {@link DefinitionProblem}'s
 * pointer ("/components/1/text") into the line and column a person (or a CI annotation) can go to.
 * A pointer to a value that is absent (a missing field) is placed at its nearest present ancestor.
 * Text that is not well-formed JSON is located up to the point where it breaks.
 */
public final class JsonSourceLocator {
    private static final JsonFactory FACTORY = new JsonFactory();

    /** 1-based line and column of the first character of a value. */
    public record Position(int line, int column) {
    }

    private final Map<String, Position> positions;

    private JsonSourceLocator(Map<String, Position> positions) {
        this.positions = positions;
    }

    /** Indexes every value of {@code json}. */
    public static JsonSourceLocator of(String json) {
        Map<String, Position> positions = new HashMap<>();
        try (JsonParser parser = FACTORY.createParser(json)) {
            Deque<Frame> containers = new ArrayDeque<>();
            String field = null;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.FIELD_NAME) {
                    field = parser.currentName();
                    continue;
                }
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    containers.pop();
                    continue;
                }
                Frame parent = containers.peek();
                String pointer = parent == null ? "" : parent.pointer + "/" + (parent.array
                        ? Integer.toString(parent.nextIndex++) : escape(field));
                JsonLocation at = parser.currentTokenLocation();
                positions.putIfAbsent(pointer, new Position(at.getLineNr(), at.getColumnNr()));
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    containers.push(new Frame(pointer, token == JsonToken.START_ARRAY));
                }
            }
        } catch (IOException e) {
            // Malformed JSON: what was read so far is still located; the syntax error carries its own position.
        }
        return new JsonSourceLocator(Map.copyOf(positions));
    }

    /** Where the value at {@code pointer} starts, or where its nearest present ancestor starts; empty for no JSON at all. */
    public Optional<Position> locate(String pointer) {
        String at = pointer == null ? "" : pointer;
        while (true) {
            Position found = positions.get(at);
            if (found != null || at.isEmpty()) {
                return Optional.ofNullable(found);
            }
            at = at.substring(0, at.lastIndexOf('/'));
        }
    }

    /** Whether a value exists exactly at {@code pointer}. */
    public boolean contains(String pointer) {
        return positions.containsKey(pointer);
    }

    private static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }

    private static final class Frame {
        final String pointer;
        final boolean array;
        int nextIndex;

        Frame(String pointer, boolean array) {
            this.pointer = pointer;
            this.array = array;
        }
    }
}
