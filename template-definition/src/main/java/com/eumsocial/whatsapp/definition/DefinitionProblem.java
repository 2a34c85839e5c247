package com.eumsocial.whatsapp.definition;

import java.util.Objects;

/**
 * A problem found in a definition.
 *
 * @param pointer RFC 6901 JSON pointer to the offending value ("/components/1/text"; "" for the root)
 * @param path    the same location for people ("components[1].text"; "" for the root)
 * @param rule    stable rule id (see {@link Rule})
 * @param message what is wrong and how to fix it
 */
public record DefinitionProblem(String pointer, String path, String rule, String message) {
    public DefinitionProblem {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
    }

    static DefinitionProblem at(Location location, Rule rule, String message) {
        return new DefinitionProblem(location.pointer(), location.path(), rule.id(), message);
    }

    /** "{@code <path>: <message>}", or just the message for a problem at the root. */
    @Override
    public String toString() {
        return path.isEmpty() ? message : path + ": " + message;
    }
}
