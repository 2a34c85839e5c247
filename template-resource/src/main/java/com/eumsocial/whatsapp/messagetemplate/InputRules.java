package com.eumsocial.whatsapp.messagetemplate;

import com.eumsocial.whatsapp.commons.HandlerFailure;
import com.eumsocial.whatsapp.definition.DefinitionProblem;
import com.eumsocial.whatsapp.definition.InvalidDefinitionException;
import com.eumsocial.whatsapp.definition.TemplateDefinition;
import com.eumsocial.whatsapp.definition.TemplateDefinitionParser;
import com.eumsocial.whatsapp.definition.TemplateValidator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The checks a MessageTemplate's properties must pass before anything is sent: the required
 * properties, then every rule of the template definition (template-definition's validator), all
 * problems in one InvalidRequest, each named by its property path.
 */
final class InputRules {
    private InputRules() {
    }

    /**
     * The definition to send, with Meta's JSON types restored (CloudFormation may have turned
     * nested booleans and numbers into strings); throws InvalidRequest listing every problem.
     */
    static ObjectNode validDefinition(ResourceModel model) {
        List<String> missing = missingRequired(model);
        if (!missing.isEmpty()) {
            throw HandlerFailure.invalidRequest("Missing required properties: " + String.join(", ", missing));
        }
        TemplateDefinition definition;
        try {
            definition = TemplateDefinitionParser.fromCloudFormationProperties(Translator.definitionJson(model));
        } catch (InvalidDefinitionException e) {
            throw invalidDefinition(e.problems());
        }
        List<DefinitionProblem> problems = TemplateValidator.validate(definition);
        if (!problems.isEmpty()) {
            throw invalidDefinition(problems);
        }
        return (ObjectNode) definition.toJson();
    }

    /** The properties CloudFormation's schema validation would have required (e.g. after a lenient caller). */
    static List<String> missingRequired(ResourceModel model) {
        List<String> missing = new ArrayList<>();
        if (blank(model.getWabaId())) {
            missing.add("WabaId");
        }
        if (blank(model.getTemplateName())) {
            missing.add("TemplateName");
        }
        if (blank(model.getLanguage())) {
            missing.add("Language");
        }
        if (blank(model.getCategory())) {
            missing.add("Category");
        }
        if (model.getComponents() == null || model.getComponents().isEmpty()) {
            missing.add("Components");
        }
        return missing;
    }

    /** "Template definition has 2 problems:\n- Components[1].text: ..." with paths in property names. */
    static HandlerFailure invalidDefinition(List<DefinitionProblem> problems) {
        String lines = problems.stream().map(p -> "- " + propertyPath(p.path()) + ": " + p.message())
            .collect(Collectors.joining("\n"));
        return HandlerFailure.invalidRequest("Template definition has " + problems.size()
            + (problems.size() == 1 ? " problem" : " problems") + " (nothing was sent to Meta):\n" + lines);
    }

    /** Meta's JSON path ("components[1].text") in the resource's property names ("Components[1].text"). */
    static String propertyPath(String path) {
        if (path == null || path.isEmpty()) {
            return "(template)";
        }
        String[][] renames = {{"components", "Components"}, {"name", "TemplateName"}, {"language", "Language"},
            {"category", "Category"}, {"parameter_format", "ParameterFormat"}};
        for (String[] rename : renames) {
            if (path.equals(rename[0]) || path.startsWith(rename[0] + "[") || path.startsWith(rename[0] + ".")) {
                return rename[1] + path.substring(rename[0].length());
            }
        }
        return path;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
