package com.eumsocial.whatsapp.reliability.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import com.eumsocial.whatsapp.definition.DefinitionProblem;
import com.eumsocial.whatsapp.definition.InvalidDefinitionException;
import com.eumsocial.whatsapp.definition.Rule;
import com.eumsocial.whatsapp.definition.TemplateDefinitionParser;
import com.eumsocial.whatsapp.definition.TemplateValidator;
import com.eumsocial.whatsapp.reliability.badinput.InvalidDefinitions.Case;
import com.eumsocial.whatsapp.reliability.support.EmulatorHarness;
import com.eumsocial.whatsapp.reliability.support.Invokers;
import com.eumsocial.whatsapp.reliability.support.ReportFiles;
import com.eumsocial.whatsapp.runner.invoke.HandlerInvoker;
import com.eumsocial.whatsapp.runner.invoke.ProgressEventJson;
import com.eumsocial.whatsapp.runner.invoke.ResourceType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.cloudformation.Action;

/**
 * The bad-input corpus through the validator and through the MessageTemplate handlers (the real
 * Lambda entry point against the emulator): each case is refused, InvalidRequest naming the
 * field, and the emulator sees no state-changing call.
 */
class BadInputCorpusTest {
    private static final Set<String> PROPERTY_FIELDS = Set.of("name", "language", "category", "parameter_format",
            "components");
    private static final List<Case> CASES = InvalidDefinitions.all();

    @Test
    void theCorpusHasAtLeastSixtyCasesAndCoversEveryRule() {
        assertThat(CASES).hasSizeGreaterThanOrEqualTo(60);
        Set<String> covered = CASES.stream().map(Case::rule).collect(Collectors.toSet());
        List<String> missing = Arrays.stream(Rule.values()).map(Rule::id)
                // components-size is a warning since issue 13 (created, replaced when changed), not a refusal.
                .filter(id -> !id.equals("file-read") && !id.equals("components-size") && !covered.contains(id)).toList();
        assertThat(missing).as("rules without a bad-input case").isEmpty();
        assertThat(CASES.stream().map(Case::id)).doesNotHaveDuplicates();
    }

    @Test
    void theValidatorRefusesEveryCaseWithTheRuleAtTheField() {
        List<String> wrong = new ArrayList<>();
        for (Case c : CASES) {
            List<DefinitionProblem> problems = problems(c.json());
            boolean found = problems.stream().anyMatch(p -> p.rule().equals(c.rule()) && p.path().startsWith(c.path()));
            if (!found) {
                wrong.add(c + " -> " + problems);
            }
        }
        assertThat(wrong).isEmpty();
    }

    static List<DefinitionProblem> problems(String json) {
        try {
            JsonNode node = InvalidDefinitions.parse(json);
            if (node.isObject()) {
                return TemplateValidator.validate(node);
            }
        } catch (IllegalArgumentException notJson) {
            // falls through to the parser, which reports the syntax problem
        }
        try {
            TemplateDefinitionParser.parse(json);
            return List.of();
        } catch (InvalidDefinitionException e) {
            return e.problems();
        }
    }

    /** The MessageTemplate properties a definition maps to (Meta's field -> CloudFormation property). */
    static ObjectNode properties(JsonNode definition) {
        ObjectNode p = Invokers.MAPPER.createObjectNode();
        p.put("WabaId", EmulatorHarness.WABA);
        copy(definition, "name", p, "TemplateName");
        copy(definition, "language", p, "Language");
        // The schema's enumerations are upper case; Meta's JSON takes any case (the constructs upper-case them).
        upper(definition, "category", p, "Category");
        upper(definition, "parameter_format", p, "ParameterFormat");
        copy(definition, "components", p, "Components");
        p.put("WaitForApproval", false);
        return p;
    }

    private static void upper(JsonNode from, String field, ObjectNode to, String property) {
        JsonNode value = from.get(field);
        if (value != null) {
            to.set(property, value.isTextual()
                    ? Invokers.MAPPER.getNodeFactory().textNode(value.asText().toUpperCase(Locale.ROOT)) : value);
        }
    }

    private static void copy(JsonNode from, String field, ObjectNode to, String property) {
        if (from.has(field)) {
            to.set(property, from.get(field));
        }
    }

    /** "components[1].text" -> "Components[1].text", "name" -> "TemplateName"; "" for the whole definition. */
    static String propertyPath(String path) {
        Matcher m = Pattern.compile("^([a-z_]+)(.*)$").matcher(path);
        if (!m.matches()) {
            return path;
        }
        String property = switch (m.group(1)) {
            case "name" -> "TemplateName";
            case "language" -> "Language";
            case "category" -> "Category";
            case "parameter_format" -> "ParameterFormat";
            case "components" -> "Components";
            default -> m.group(1);
        };
        return property + m.group(2);
    }

    @Test
    void theHandlersRefuseEveryCaseWithInvalidRequestNamingTheFieldAndChangeNothing() {
        List<String> wrong = new ArrayList<>();
        List<String> report = new ArrayList<>();
        int skipped = 0;
        try (EmulatorHarness emulator = EmulatorHarness.start()) {
            HandlerInvoker invoker = Invokers.invoker(ResourceType.MESSAGE_TEMPLATE, emulator);
            for (Case c : CASES) {
                if (!c.isJsonObject() || !PROPERTY_FIELDS.containsAll(fieldNames(InvalidDefinitions.parse(c.json())))
                        || (c.rule().equals("json-type") && PROPERTY_FIELDS.contains(c.path())
                            && !c.path().equals("components"))) {
                    // Malformed text and top-level fields other than the five cannot be written as
                    // properties, and CloudFormation hands every scalar property over as a string.
                    skipped++;
                    continue;
                }
                ProgressEventJson event = invoker.invokeOnce(invoker.request(Action.CREATE)
                        .desired(properties(InvalidDefinitions.parse(c.json()))).logicalResourceId("BadInput")
                        .bearerToken(Invokers.BEARER_TOKEN).build());
                String message = event.message().orElse("");
                String field = propertyPath(c.path());
                report.add(c.id() + " -> " + event.status() + " " + event.errorCode().orElse("") + ": " + message);
                if (!event.isFailed() || !event.errorCode().orElse("").equals("InvalidRequest")
                        || !message.contains(field.isEmpty() ? "Components" : field)) {
                    wrong.add(c + " -> " + event.json());
                }
            }
            long stateChanging = emulator.stateChangingCalls();
            report.add("handled " + (CASES.size() - skipped) + " cases, skipped " + skipped
                    + " (not expressible as properties); state-changing calls seen by the emulator: " + stateChanging
                    + "; requests of any kind: " + emulator.state().path("protocol").path("requests").asLong());
            ReportFiles.write("bad-input-handlers.txt", String.join("\n", report) + "\n");
            assertThat(wrong).isEmpty();
            assertThat(stateChanging).isZero();
            assertThat(emulator.templates()).isEmpty();
            assertThat(CASES.size() - skipped).isGreaterThanOrEqualTo(60);
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
