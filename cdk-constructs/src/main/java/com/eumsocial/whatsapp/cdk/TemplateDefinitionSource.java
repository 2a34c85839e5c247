package com.eumsocial.whatsapp.cdk;

import com.eumsocial.whatsapp.definition.JsonSyntaxError;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A whole template definition in Meta's JSON (name, language, category, parameter_format,
 * components), read from a file or a string.
 *
 * <p>A missing or unreadable file is a programming error and throws at once; a file that is not
 * valid JSON, or a definition that breaks Meta's rules, is reported when the app is synthesized,
 * together with every other problem, so one {@code cdk synth} shows them all.
 */
public final class TemplateDefinitionSource {
    private final ObjectNode json;
    private final String source;
    private final Path baseDirectory;
    private final List<String> problems;

    private TemplateDefinitionSource(ObjectNode json, String source, Path baseDirectory, List<String> problems) {
        this.json = json;
        this.source = source;
        this.baseDirectory = baseDirectory;
        this.problems = problems;
    }

    /**
     * Reads a definition file. Media references {@code "file:<path>"} in a header's
     * {@code example.header_handle} are resolved against the file's folder.
     */
    public static TemplateDefinitionSource fromFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("template definition file " + file + " does not exist");
        }
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read template definition file " + file + ": " + e.getMessage(), e);
        }
        Path parent = file.toAbsolutePath().getParent();
        return fromText(text, file.toString(), parent);
    }

    public static TemplateDefinitionSource fromFile(String file) {
        return fromFile(Path.of(file));
    }

    /** A definition given as a JSON string; {@code "file:"} media references resolve against the working directory. */
    public static TemplateDefinitionSource fromJson(String json) {
        return fromText(json, null, Path.of("").toAbsolutePath());
    }

    static TemplateDefinitionSource fromText(String text, String source, Path baseDirectory) {
        JsonNode node;
        try {
            node = MetaJson.parse(text);
        } catch (JsonProcessingException e) {
            return new TemplateDefinitionSource(null, source, baseDirectory, List.of(JsonSyntaxError.describe(e)));
        }
        if (node == null || !node.isObject()) {
            return new TemplateDefinitionSource(null, source, baseDirectory,
                    List.of("a template definition must be a JSON object, got "
                            + (node == null ? "nothing" : node.getNodeType().toString().toLowerCase())));
        }
        return new TemplateDefinitionSource((ObjectNode) node, source, baseDirectory, List.of());
    }

    /** The definition JSON, or null when it could not be read as a JSON object. */
    ObjectNode json() {
        return json == null ? null : json.deepCopy();
    }

    /** The definition JSON itself, to read and not to change (null when it is not a JSON object). */
    ObjectNode peek() {
        return json;
    }

    /** The file it came from, for messages (null for strings). */
    String source() {
        return source;
    }

    Path baseDirectory() {
        return baseDirectory;
    }

    /** Problems found before the rules could run (malformed JSON). */
    List<String> readProblems() {
        return problems;
    }
}
