package com.eumsocial.whatsapp.reliability.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.eumsocial.whatsapp.definition.CanonicalForm;
import com.eumsocial.whatsapp.definition.Category;
import com.eumsocial.whatsapp.emulator.meta.OutcomeRule;
import com.eumsocial.whatsapp.reliability.support.EmulatorHarness;
import com.eumsocial.whatsapp.reliability.support.Invokers;
import com.eumsocial.whatsapp.runner.invoke.ProgressEventJson;
import com.eumsocial.whatsapp.runner.invoke.ProgressListener;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.cloudformation.Action;

/**
 * Issue 8, part 3: Meta's review outcomes through the MessageTemplate handlers, driven as
 * CloudFormation drives them (the runner's invoker, virtual time).
 */
class ReviewOutcomesTest {
    private static ReviewSession session;
    private static EmulatorHarness emulator;
    static final String V1 = "Hello {{1}}, your order has shipped and arrives tomorrow morning.";
    static final String V2 = "Hello {{1}}, your order has shipped and arrives on Friday afternoon.";

    @BeforeAll
    static void start() {
        session = new ReviewSession("review-outcomes.txt");
        emulator = session.emulator;
    }

    @AfterAll
    static void stop() {
        session.close();
    }

    @BeforeEach
    void fresh() {
        emulator.emulator().control().reset();
    }

    static ObjectNode desired(String name, String body) {
        ObjectNode p = Invokers.MAPPER.createObjectNode().put("WabaId", EmulatorHarness.WABA)
                .put("TemplateName", name).put("Language", "en_US").put("Category", "UTILITY");
        ObjectNode component = p.putArray("Components").addObject().put("type", "BODY").put("text", body);
        component.putObject("example").putArray("body_text").addArray().add("Ana");
        return p;
    }

    static ProgressEventJson run(Action action, JsonNode desired, JsonNode previous, String what) {
        return session.run(action, desired, previous, what, ProgressListener.NONE);
    }

    static List<JsonNode> live() {
        List<JsonNode> live = new ArrayList<>();
        emulator.templates().forEach(t -> {
            if (!List.of("DELETED", "PENDING_DELETION").contains(t.path("status").asText())) {
                live.add(t);
            }
        });
        return live;
    }

    @Test
    void aRejectedCreateFailsWithMetasReasonAndLeavesNothing() {
        emulator.emulator().control().forceOutcome(OutcomeRule.rejected("promo_news", "PROMOTIONAL"));
        ProgressEventJson event = run(Action.CREATE, desired("promo_news", V1), null, "create REJECTED PROMOTIONAL");
        assertThat(event.isFailed()).isTrue();
        assertThat(event.errorCode()).hasValue("NotStabilized");
        assertThat(event.message().orElse("")).contains("REJECTED").contains("PROMOTIONAL").contains("promo_news");
        assertThat(live()).isEmpty();
        // The name is free again: a corrected deploy can use it at once.
        emulator.emulator().control().clearOutcomeRules();
        assertThat(run(Action.CREATE, desired("promo_news", V2), null, "create again after rejection").isSuccess()).isTrue();
    }

    @Test
    void aTemplateStillPendingAtTheHandlerTimeoutFailsNotStabilizedWithAClearMessage() {
        emulator.emulator().control().forceOutcome(OutcomeRule.pendingForever("slow_review"));
        ProgressEventJson event = run(Action.CREATE, desired("slow_review", V1), null, "create PENDING forever");
        assertThat(event.isFailed()).isTrue();
        assertThat(event.errorCode()).hasValue("NotStabilized");
        String message = event.message().orElse("");
        // The handler's own message (before CloudFormation's 36 h limit), not the runner's give-up.
        assertThat(message).doesNotStartWith("local-runner:").contains("slow_review").contains("PENDING");
        assertThat(emulator.state().path("clockOffsetSeconds").asLong()).isGreaterThan(Duration.ofHours(35).toSeconds());
    }

    @Test
    void aRejectedUpdateFailsWithTheReasonAndTheRollbackRestoresThePreviousDefinition() throws Exception {
        ProgressEventJson created = run(Action.CREATE, desired("order_shipped", V1), null, "create V1");
        assertThat(created.isSuccess()).isTrue();
        ObjectNode v1 = created.resourceModel();
        ObjectNode v2 = desired("order_shipped", V2).put("MetaTemplateId", v1.path("MetaTemplateId").asText());
        emulator.emulator().control().forceOutcome(OutcomeRule.rejected("order_shipped", "INCORRECT_CATEGORY"));
        ProgressEventJson updated = run(Action.UPDATE, v2, v1, "update to V2 REJECTED INCORRECT_CATEGORY");
        assertThat(updated.isFailed()).isTrue();
        assertThat(updated.errorCode()).hasValue("NotStabilized");
        assertThat(updated.message().orElse("")).contains("INCORRECT_CATEGORY");
        assertThat(live()).hasSize(1);

        // CloudFormation's rollback: an update back to the previous properties.
        emulator.emulator().control().clearOutcomeRules();
        ObjectNode rollbackDesired = v1.deepCopy();
        ProgressEventJson rolledBack = run(Action.UPDATE, rollbackDesired, v2, "rollback update to V1");
        assertThat(rolledBack.isSuccess()).as(rolledBack.json().toString()).isTrue();
        List<JsonNode> live = live();
        assertThat(live).hasSize(1);
        JsonNode meta = Invokers.MAPPER.readTree(emulator.client().getWhatsAppMessageTemplate(r -> r
                .id(EmulatorHarness.WABA).metaTemplateId(v1.path("MetaTemplateId").asText())).template());
        assertThat(meta.path("status").asText()).isEqualTo("APPROVED");
        assertThat(CanonicalForm.sameComponents(v1.get("Components"), meta.get("components"), Category.UTILITY)).isTrue();
    }

    @Test
    void pausedAndDisabledTemplatesGiveClearErrors() {
        emulator.emulator().control().forceOutcome(OutcomeRule.pausedAfter("paused_one", Duration.ZERO));
        ProgressEventJson paused = run(Action.CREATE, desired("paused_one", V1), null, "create, Meta PAUSES at approval");
        assertThat(paused.errorCode()).hasValue("NotStabilized");
        assertThat(paused.message().orElse("")).contains("paused_one").contains("PAUSED");

        emulator.emulator().control().forceOutcome(OutcomeRule.disabledAfter("disabled_one", Duration.ZERO));
        ProgressEventJson disabled = run(Action.CREATE, desired("disabled_one", V2), null,
                "create, Meta DISABLES at approval");
        assertThat(disabled.errorCode()).hasValue("NotStabilized");
        assertThat(disabled.message().orElse("")).contains("disabled_one").contains("DISABLED");

        // A DISABLED template kept by Meta: update and delete say why they cannot proceed.
        JsonNode kept = live().stream().filter(t -> t.path("name").asText().equals("disabled_one")).findFirst()
                .orElse(null);
        if (kept != null) {
            ObjectNode model = desired("disabled_one", V1).put("MetaTemplateId", kept.path("metaTemplateId").asText());
            ProgressEventJson update = run(Action.UPDATE, model, model, "update of a DISABLED template");
            assertThat(update.isFailed()).isTrue();
            assertThat(update.message().orElse("")).contains("DISABLED");
            ProgressEventJson delete = run(Action.DELETE, model, null, "delete of a DISABLED template");
            assertThat(delete.isFailed()).isTrue();
            assertThat(delete.message().orElse("")).containsIgnoringCase("disabled");
        }
        session.note("DISABLED template kept at Meta after the failed create: " + (kept != null));
    }
}
