package com.eumsocial.whatsapp.definition;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Parses Meta's template definition JSON into a {@link TemplateDefinition}. Only the JSON's
 * shape is checked here (syntax, types, known component/button types); Meta's rules are
 * {@link TemplateValidator}'s job.
 */
public final class TemplateDefinitionParser {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private TemplateDefinitionParser() {
    }

    /** @throws InvalidDefinitionException with every structural problem */
    public static TemplateDefinition parse(String json) {
        return fromJson(readTree(json, null), null);
    }

    /**
     * @param source where the text came from (a file name, a construct path), named on every
     *               line of the exception message; null when unknown
     * @throws InvalidDefinitionException with every structural problem
     */
    public static TemplateDefinition parse(String json, String source) {
        return fromJson(readTree(json, source), source);
    }

    /** @throws InvalidDefinitionException whose message names the file on every line */
    public static TemplateDefinition parse(Path file) {
        String source = file.toString();
        String json;
        try {
            json = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidDefinitionException(source, List.of(new DefinitionProblem("", "", Rule.FILE_READ.id(),
                    "cannot read the definition file: " + e)));
        }
        return fromJson(readTree(json, source), source);
    }

    /** @throws InvalidDefinitionException with every structural problem */
    public static TemplateDefinition fromJson(JsonNode json) {
        return fromJson(json, null);
    }

    /**
     * Reads a definition assembled from CloudFormation resource properties. CloudFormation passes
     * every scalar nested in a free-form property (such as {@code Components}) as a string
     * (aws-cloudformation/cloudformation-cli#435); here {@code "true"}/{@code "false"} and
     * whole-number strings are accepted where Meta expects a boolean or a number, and
     * {@link TemplateDefinition#toJson()} writes them back with Meta's JSON types.
     *
     * @throws InvalidDefinitionException with every structural problem
     */
    public static TemplateDefinition fromCloudFormationProperties(JsonNode json) {
        DefinitionReader.Result result = DefinitionReader.read(json, DefinitionReader.Scalars.CLOUDFORMATION_STRINGS);
        if (!result.problems().isEmpty()) {
            throw new InvalidDefinitionException(null, result.problems());
        }
        return result.definition();
    }

    private static TemplateDefinition fromJson(JsonNode json, String source) {
        DefinitionReader.Result result = DefinitionReader.read(json);
        if (!result.problems().isEmpty()) {
            throw new InvalidDefinitionException(source, result.problems());
        }
        return result.definition();
    }

    /** Reads JSON text, turning syntax errors into a problem with the line and column. */
    static JsonNode readTree(String json, String source) {
        if (json == null || json.isBlank()) {
            throw new InvalidDefinitionException(source, List.of(new DefinitionProblem("", "", Rule.JSON_SYNTAX.id(),
                    "the definition is empty; expected a JSON object")));
        }
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidDefinitionException(source, List.of(new DefinitionProblem("", "", Rule.JSON_SYNTAX.id(),
                    JsonSyntaxError.describe(e))));
        }
    }
}
