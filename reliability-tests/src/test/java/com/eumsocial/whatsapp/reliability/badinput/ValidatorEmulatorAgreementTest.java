package com.eumsocial.whatsapp.reliability.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import com.eumsocial.whatsapp.definition.DefinitionProblem;
import com.eumsocial.whatsapp.definition.InvalidDefinitionException;
import com.eumsocial.whatsapp.definition.TemplateDefinitionParser;
import com.eumsocial.whatsapp.definition.TemplateValidator;
import com.eumsocial.whatsapp.reliability.support.DefinitionMutator;
import com.eumsocial.whatsapp.reliability.support.EmulatorHarness;
import com.eumsocial.whatsapp.reliability.support.ReportFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.socialmessaging.model.SocialMessagingException;

/**
 * The validator (template-definition) against the emulator's Meta (an independent
 * implementation of domain.md section 2), on seeded mutations of valid definitions, over HTTP
 * with the real SDK: whatever the validator accepts, the emulator neither refuses at once nor
 * rejects in review as INVALID_FORMAT; neither side crashes; and the MessageTemplate create handler,
 * given the same definition as properties, lets no exception escape and agrees with the validator.
 * Size: system property
 * {@code reliability.mutations} (500 in verify, 10,000 with -Preliability-full).
 */
class ValidatorEmulatorAgreementTest {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final long SEED = Long.getLong("reliability.seed", 20261125L);
    private static EmulatorHarness emulator;
    private static com.eumsocial.whatsapp.runner.invoke.HandlerInvoker handlers;

    @BeforeAll
    static void start() {
        emulator = EmulatorHarness.start(EmulatorHarness.roomySettings()
                .mediaObject("media", "card.jpg", "image/jpeg", new byte[64])
                .mediaObject("media", "clip.mp4", "video/mp4", new byte[64]).build(),
                com.eumsocial.whatsapp.emulator.faults.FaultSettings.NONE, null);
        handlers = com.eumsocial.whatsapp.reliability.support.Invokers.invoker(
                com.eumsocial.whatsapp.runner.invoke.ResourceType.MESSAGE_TEMPLATE, emulator);
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    /** What the emulator made of one submission. */
    record Verdict(String kind, String detail) {
        boolean refusesFormat() {
            return kind.equals("refused") || kind.equals("REJECTED:INVALID_FORMAT");
        }
    }

    @Test
    void whatTheValidatorAcceptsTheEmulatorNeverRejectsAsInvalidFormat() throws Exception {
        int cases = Integer.getInteger("reliability.mutations", 500);
        DefinitionMutator mutator = new DefinitionMutator(SEED);
        List<String> disagreements = new ArrayList<>();
        List<String> crashes = new ArrayList<>();
        List<String> handlerFindings = new ArrayList<>();
        Map<String, Integer> outcomes = new TreeMap<>();
        Map<String, Integer> validatorOnlyRules = new TreeMap<>();
        int validatorRefused = 0;
        for (int i = 0; i < cases; i++) {
            String json = mutator.next();
            List<DefinitionProblem> problems;
            // Only a placeholder the mutation left whole stands for an issued handle; an edited one
            // ("<IMAGE>xx") stays text, since neither side can know which forged handles Meta issued.
            json = json.replace("\"" + DefinitionMutator.MEDIA_PLACEHOLDERS.get(0) + "\"", "\"4::aW1hZ2U-issued-at-submission\"")
                    .replace("\"" + DefinitionMutator.MEDIA_PLACEHOLDERS.get(1) + "\"", "\"4::dmlkZW8-issued-at-submission\"");
            String submitted = json;
            try {
                problems = validate(json);
            } catch (RuntimeException e) {
                crashes.add("case " + i + ": validator threw " + e + " on " + json);
                continue;
            }
            // The seeds' media samples become handles this emulator issued (handles are forgotten at reset).
            json = submitted.replace("\"4::aW1hZ2U-issued-at-submission\"", "\"" + upload("card.jpg") + "\"")
                    .replace("\"4::dmlkZW8-issued-at-submission\"", "\"" + upload("clip.mp4") + "\"");
            Verdict verdict = emulatorVerdict(json);
            emulator.emulator().control().reset();
            String handlerProblem = handlerCheck(json, problems);
            emulator.emulator().control().reset();
            if (handlerProblem != null) {
                handlerFindings.add("case " + i + ": " + handlerProblem + ": " + json);
            }
            outcomes.merge((problems.isEmpty() ? "valid" : "invalid") + " -> " + verdict.kind(), 1, Integer::sum);
            if (!problems.isEmpty()) {
                validatorRefused++;
            }
            if (verdict.kind().equals("crash")) {
                crashes.add("case " + i + ": emulator answered " + verdict.detail() + " to " + json);
            } else if (problems.isEmpty() && verdict.refusesFormat()) {
                disagreements.add("case " + i + ": validator accepts, emulator " + verdict.kind() + " ("
                        + verdict.detail() + "): " + json);
            } else if (!problems.isEmpty() && verdict.kind().equals("APPROVED")) {
                problems.stream().map(DefinitionProblem::rule).distinct()
                        .forEach(r -> validatorOnlyRules.merge(r, 1, Integer::sum));
            }
        }
        StringBuilder report = new StringBuilder();
        report.append("cases ").append(cases).append(" (seed ").append(SEED).append(")\n");
        report.append("validator refused ").append(validatorRefused).append("\n");
        report.append("outcomes (validator -> emulator):\n");
        outcomes.forEach((k, v) -> report.append("  ").append(k).append(": ").append(v).append("\n"));
        report.append("rules of cases only the validator refused (emulator APPROVED):\n");
        validatorOnlyRules.forEach((k, v) -> report.append("  ").append(k).append(": ").append(v).append("\n"));
        report.append("disagreements ").append(disagreements.size()).append("\n");
        disagreements.stream().limit(200).forEach(d -> report.append("  ").append(d).append("\n"));
        report.append("handler cases ").append(handlerCases).append(" (definitions that can be written as"
                + " MessageTemplate properties), handler findings ").append(handlerFindings.size()).append("\n");
        handlerFindings.stream().limit(100).forEach(d -> report.append("  ").append(d).append("\n"));
        report.append("crashes ").append(crashes.size()).append("\n");
        crashes.stream().limit(50).forEach(d -> report.append("  ").append(d).append("\n"));
        ReportFiles.write("validator-emulator-agreement-" + cases + "-" + SEED + ".txt", report.toString());

        String summary = "see target/reliability/validator-emulator-agreement-" + cases + "-" + SEED + ".txt";
        assertThat(crashes).as(summary).isEmpty();
        assertThat(handlerFindings.stream().limit(5).toList()).as(summary).isEmpty();
        assertThat(handlerCases).as("mutations that reached the handlers").isGreaterThan(cases / 3);
        assertThat(disagreements.stream().limit(5).toList()).as(summary).isEmpty();
        // The generator must exercise both sides, or the comparison proves nothing.
        assertThat(outcomes.keySet()).anyMatch(k -> k.startsWith("valid -> APPROVED"))
                .anyMatch(k -> k.startsWith("invalid -> refused")).anyMatch(k -> k.startsWith("invalid -> REJECTED"));
    }

    private static int handlerCases;

    /**
     * The same definition as MessageTemplate properties through the create handler (the real
     * Lambda entry point, WaitForApproval false): no exception escapes, no InternalFailure, and the
     * handler's verdict matches the validator's: refused with InvalidRequest when the validator
     * refuses, submitted when it accepts. Null when all is well, otherwise what is wrong.
     * Definitions whose mistakes CloudFormation's properties cannot carry are skipped: text that is
     * not a JSON object, fields other than the five, and JSON-type problems (CloudFormation hands
     * handlers scalars as strings, which they read back as Meta's types).
     */
    private static String handlerCheck(String json, List<DefinitionProblem> problems) {
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (Exception e) {
            return null;
        }
        if (node == null || !node.isObject()) {
            return null;
        }
        java.util.Set<String> fields = new java.util.HashSet<>();
        node.fieldNames().forEachRemaining(fields::add);
        if (!java.util.Set.of("name", "language", "category", "parameter_format", "components").containsAll(fields)
                || problems.stream().anyMatch(p -> p.rule().equals("json-type"))) {
            return null;
        }
        handlerCases++;
        com.eumsocial.whatsapp.runner.invoke.ProgressEventJson event;
        try {
            event = handlers.invokeOnce(handlers.request(software.amazon.cloudformation.Action.CREATE)
                    .desired(BadInputCorpusTest.properties(node)).logicalResourceId("Mutation")
                    .bearerToken(com.eumsocial.whatsapp.reliability.support.Invokers.BEARER_TOKEN).build());
        } catch (RuntimeException e) {
            return "an exception escaped the handler: " + e;
        }
        String code = event.errorCode().orElse("");
        if (event.isInProgress() || code.equals("InternalFailure") || code.equals("HandlerInternalFailure")) {
            return "handler answered " + event.json();
        }
        if (problems.isEmpty() && !event.isSuccess()) {
            return "validator accepts, handler answered " + event.status() + " " + code + ": "
                    + event.message().orElse("");
        }
        if (!problems.isEmpty() && !code.equals("InvalidRequest")) {
            return "validator refuses (" + problems.get(0) + "), handler answered " + event.status() + " " + code;
        }
        return null;
    }

    static List<DefinitionProblem> validate(String json) {
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (Exception e) {
            try {
                TemplateDefinitionParser.parse(json);
            } catch (InvalidDefinitionException refused) {
                return refused.problems();
            }
            throw new IllegalStateException("the parser accepted text Jackson cannot read: " + json);
        }
        if (node == null) {
            try {
                TemplateDefinitionParser.parse(json);
            } catch (InvalidDefinitionException refused) {
                return refused.problems();
            }
            throw new IllegalStateException("the parser accepted an empty text");
        }
        return TemplateValidator.validate(node);
    }

    /** A handle for one of the media objects the emulator holds. */
    private static String upload(String key) {
        return emulator.client().createWhatsAppMessageTemplateMedia(r -> r.id(EmulatorHarness.WABA)
                .sourceS3File(f -> f.bucketName("media").key(key))).metaHeaderHandle();
    }

    private static Verdict emulatorVerdict(String json) {
        String id;
        try {
            id = emulator.client().createWhatsAppMessageTemplate(r -> r.id(EmulatorHarness.WABA)
                    .templateDefinition(SdkBytes.fromString(json, StandardCharsets.UTF_8))).metaTemplateId();
        } catch (SocialMessagingException e) {
            int status = e.statusCode();
            String type = e.awsErrorDetails().errorCode();
            if (status >= 500) {
                return new Verdict("crash", status + " " + type + ": " + e.awsErrorDetails().errorMessage());
            }
            return new Verdict("refused", type + ": " + e.awsErrorDetails().errorMessage());
        }
        emulator.advance(Duration.ofSeconds(30));
        try {
            JsonNode template = MAPPER.readTree(emulator.client().getWhatsAppMessageTemplate(r -> r
                    .id(EmulatorHarness.WABA).metaTemplateId(id)).template());
            String status = template.path("status").asText();
            if (status.equals("REJECTED")) {
                return new Verdict("REJECTED:" + template.path("rejected_reason").asText(),
                        template.path("rejection_info").toString());
            }
            return new Verdict(status, "");
        } catch (Exception e) {
            return new Verdict("crash", "Get after create failed: " + e);
        }
    }
}
