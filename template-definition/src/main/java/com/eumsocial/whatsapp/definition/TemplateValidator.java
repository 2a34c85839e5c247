package com.eumsocial.whatsapp.definition;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks a definition against every rule of Meta's template definition and the AWS API's size
 * limits, reporting all problems at once. The rules themselves live in {@code DefinitionRules};
 * their ids in {@link Rule}.
 */
public final class TemplateValidator {
    private TemplateValidator() {
    }

    /** Every problem of the definition; empty when it is valid. */
    public static List<DefinitionProblem> validate(TemplateDefinition d) {
        return DefinitionRules.check(d, DefinitionReader.SourceIndex.IDENTITY, TemplateDefinitionWriter.toJson(d),
                TemplateDefinitionWriter.write(d.componentsJson()));
    }

    /**
     * Structural problems (wrong JSON types, unknown component types) and rule problems
     * together; never throws. A rule problem inside a value that could not be read is left out,
     * since the structural problem already names that place.
     */
    public static List<DefinitionProblem> validate(JsonNode definitionJson) {
        DefinitionReader.Result read = DefinitionReader.read(definitionJson);
        if (read.definition() == null) {
            return read.problems();
        }
        if (read.problems().isEmpty()) {
            return validate(read.definition());
        }
        JsonNode components = definitionJson.get("components");
        List<DefinitionProblem> rules = DefinitionRules.check(read.definition(), read.sources(),
                TemplateDefinitionWriter.write(definitionJson),
                components == null ? "[]" : TemplateDefinitionWriter.write(components));
        List<DefinitionProblem> all = new ArrayList<>(read.problems());
        for (DefinitionProblem p : rules) {
            boolean coveredByStructure = read.problems().stream().anyMatch(s -> p.pointer().equals(s.pointer())
                    || p.pointer().startsWith(s.pointer() + "/"));
            if (!coveredByStructure) {
                all.add(p);
            }
        }
        return List.copyOf(all);
    }

    /** @throws InvalidDefinitionException listing every problem */
    public static void requireValid(TemplateDefinition d) {
        requireValid(d, null);
    }

    /** @param source the file (or construct path) named in the exception message, or null */
    public static void requireValid(TemplateDefinition d, String source) {
        List<DefinitionProblem> problems = validate(d);
        if (!problems.isEmpty()) {
            throw new InvalidDefinitionException(source, problems);
        }
    }
}
