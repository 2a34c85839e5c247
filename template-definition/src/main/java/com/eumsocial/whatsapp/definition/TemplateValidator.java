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
        return DefinitionRules.check(d, DefinitionReader.SourceIndex.IDENTITY, TemplateDefinitionWriter.toJson(d));
    }

    /**
     * What does not stop a deployment but limits later ones (rule {@code components-size}: components
     * over UpdateWhatsAppMessageTemplate's limit can be created but only replaced, never edited).
     * Callers show these as warnings; {@link #validate} never includes them.
     */
    public static List<DefinitionProblem> warnings(TemplateDefinition d) {
        return DefinitionRules.warnings(TemplateDefinitionWriter.write(d.componentsJson()));
    }

    /** {@link #warnings(TemplateDefinition)} of definition JSON as written (nothing when its components are not an array). */
    public static List<DefinitionProblem> warnings(JsonNode definitionJson) {
        JsonNode components = definitionJson == null ? null : definitionJson.get("components");
        return components == null || !components.isArray() ? List.of()
                : DefinitionRules.warnings(TemplateDefinitionWriter.write(components));
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
        List<DefinitionProblem> rules = DefinitionRules.check(read.definition(), read.sources(),
                TemplateDefinitionWriter.write(definitionJson));
        List<DefinitionProblem> all = new ArrayList<>(read.problems());
        for (DefinitionProblem p : rules) {
            if (!coveredByStructure(p, read.problems())) {
                all.add(p);
            }
        }
        return List.copyOf(all);
    }

    /**
     * A rule problem inside a value that could not be read repeats the structural one; so does one
     * about a container (below the root) holding an unreadable value: an unknown button type must not
     * also read as "no buttons", nor an unknown component type as "no BODY".
     */
    private static boolean coveredByStructure(DefinitionProblem p, List<DefinitionProblem> structural) {
        return structural.stream().anyMatch(s -> p.pointer().equals(s.pointer())
                || p.pointer().startsWith(s.pointer() + "/")
                || (!p.pointer().isEmpty() && s.pointer().startsWith(p.pointer() + "/")));
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
