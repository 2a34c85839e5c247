package com.eumsocial.whatsapp.reliability.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.eumsocial.whatsapp.emulator.meta.OutcomeRule;
import com.eumsocial.whatsapp.emulator.meta.TemplateStatusChange;
import com.eumsocial.whatsapp.reliability.support.EmulatorHarness;
import com.eumsocial.whatsapp.runner.invoke.ProgressEventJson;
import com.eumsocial.whatsapp.runner.invoke.ProgressListener;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.cloudformation.Action;

/**
 * Issue 14, item 9: what the MessageTemplate handlers do with a template Meta has put IN_APPEAL,
 * ARCHIVED or LIMIT_EXCEEDED, or rated GREEN or YELLOW, each status reached through the emulator's
 * control operation ({@code POST /_emulator/templates/status}), driven as CloudFormation drives
 * the handlers (the runner's invoker, virtual time).
 */
class TemplateStatusesTest {
    private static final String BODY = "Hello {{1}}, your order has shipped and arrives tomorrow morning.";
    private static final String EDITED = "Hello {{1}}, your order has shipped and arrives on Friday afternoon.";

    /** Meta rejects a body that duplicates another template's: each template words it its own way. */
    private static ObjectNode desired(String name, String body) {
        return ReviewOutcomesTest.desired(name, body.replace("your order", "your " + name.replace('_', ' ') + " order"));
    }
    private static ReviewSession session;
    private static EmulatorHarness emulator;

    @BeforeAll
    static void start() {
        session = new ReviewSession("template-statuses.txt");
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

    private static ProgressEventJson run(Action action, JsonNode desired, JsonNode previous, String what,
                                         ProgressListener listener) {
        return session.run(action, desired, previous, what, listener);
    }

    private static ProgressEventJson run(Action action, JsonNode desired, JsonNode previous, String what) {
        return run(action, desired, previous, what, ProgressListener.NONE);
    }

    /** An APPROVED template, created through the handler. */
    private static ObjectNode approved(String name) {
        ProgressEventJson created = run(Action.CREATE, desired(name, BODY), null, "create " + name);
        assertThat(created.isSuccess()).as(created.json().toString()).isTrue();
        return created.resourceModel();
    }

    private static void change(ObjectNode model, String status, String quality) {
        emulator.emulator().control().changeTemplateStatus(TemplateStatusChange.ofTemplate(
                model.path("MetaTemplateId").asText(), status, quality));
    }

    private static ObjectNode read(ObjectNode model, String what) {
        ProgressEventJson read = run(Action.READ, model, null, what);
        assertThat(read.isSuccess()).as(read.json().toString()).isTrue();
        return read.resourceModel();
    }

    private static ObjectNode edited(ObjectNode model) {
        ObjectNode desired = desired(model.path("TemplateName").asText(), EDITED);
        return desired.put("MetaTemplateId", model.path("MetaTemplateId").asText());
    }

    @Test
    void inAppealIsReadAsSuchRefusesAnUpdateAsUnderReviewAndCanBeDeleted() {
        // A create that waits deletes what Meta rejected; one that does not wait keeps it, to be appealed.
        emulator.emulator().control().forceOutcome(OutcomeRule.rejected("appealed_kept", "PROMOTIONAL"));
        ObjectNode noWait = desired("appealed_kept", BODY).put("WaitForApproval", false);
        ProgressEventJson kept = run(Action.CREATE, noWait, null, "create without waiting");
        assertThat(kept.isSuccess()).isTrue();
        ObjectNode model = kept.resourceModel();
        emulator.advance(Duration.ofMinutes(5));
        change(model, "IN_APPEAL", null);

        ObjectNode read = read(model, "read IN_APPEAL");
        assertThat(read.path("Status").asText()).isEqualTo("IN_APPEAL");
        assertThat(read.path("RejectedReason").asText()).isEqualTo("PROMOTIONAL");

        ProgressEventJson update = run(Action.UPDATE, edited(model), model, "update while IN_APPEAL");
        assertThat(update.isFailed()).isTrue();
        assertThat(update.errorCode()).hasValue("ResourceConflict");
        assertThat(update.message().orElse("")).contains("IN_APPEAL").contains("Update again when the review ends");

        ProgressEventJson delete = run(Action.DELETE, model, null, "delete while IN_APPEAL");
        assertThat(delete.isSuccess()).as(delete.json().toString()).isTrue();
        assertThat(emulator.liveTemplates()).isEmpty();
    }

    @Test
    void aWaitThatMeetsAnAppealKeepsWaitingUntilTheAppealIsDecided() {
        AtomicInteger events = new AtomicInteger();
        ProgressEventJson created = run(Action.CREATE, desired("appeal_in_wait", BODY), null,
                "create; Meta puts it IN_APPEAL during the wait, then APPROVES the appeal", (request, event, n) -> {
                    int seen = events.incrementAndGet();
                    JsonNode id = event.resourceModel() == null ? null : event.resourceModel().get("MetaTemplateId");
                    if (id == null || !event.isInProgress()) {
                        return;
                    }
                    if (seen == 1) {
                        emulator.emulator().control().changeTemplateStatus(
                                TemplateStatusChange.ofTemplate(id.asText(), "IN_APPEAL", null));
                    } else if (seen == 3) {
                        emulator.emulator().control().changeTemplateStatus(
                                TemplateStatusChange.ofTemplate(id.asText(), "APPROVED", "GREEN"));
                    }
                });
        assertThat(created.isSuccess()).as(created.json().toString()).isTrue();
        assertThat(events.get()).isGreaterThanOrEqualTo(4);
        assertThat(created.resourceModel().path("Status").asText()).isEqualTo("APPROVED");
        assertThat(created.resourceModel().path("QualityScore").asText()).isEqualTo("GREEN");
    }

    @Test
    void archivedFailsAWaitReadsAsArchivedRefusesAnUpdateAndCanBeDeleted() {
        ProgressEventJson waited = run(Action.CREATE, desired("archived_in_wait", BODY), null,
                "create; archived during the wait", changeOnFirstProgress("ARCHIVED"));
        assertThat(waited.isFailed()).isTrue();
        assertThat(waited.errorCode()).hasValue("NotStabilized");
        assertThat(waited.message().orElse("")).contains("archived_in_wait").contains("ARCHIVED");

        ObjectNode model = approved("archived_one");
        change(model, "ARCHIVED", null);
        assertThat(read(model, "read ARCHIVED").path("Status").asText()).isEqualTo("ARCHIVED");
        ProgressEventJson update = run(Action.UPDATE, edited(model), model, "update while ARCHIVED");
        assertThat(update.isFailed()).isTrue();
        assertThat(update.errorCode()).hasValue("InvalidRequest");
        assertThat(update.message().orElse("")).contains("ARCHIVED")
                .contains("Meta accepts edits only of APPROVED, REJECTED or PAUSED templates");
        assertThat(run(Action.DELETE, model, null, "delete while ARCHIVED").isSuccess()).isTrue();
    }

    @Test
    void limitExceededFailsAWaitAsAServiceLimitAndRefusesAnUpdate() {
        ProgressEventJson waited = run(Action.CREATE, desired("over_the_limit", BODY), null,
                "create; LIMIT_EXCEEDED during the wait", changeOnFirstProgress("LIMIT_EXCEEDED"));
        assertThat(waited.isFailed()).isTrue();
        assertThat(waited.errorCode()).hasValue("ServiceLimitExceeded");
        assertThat(waited.message().orElse("")).contains("over_the_limit").contains("LIMIT_EXCEEDED");

        ObjectNode model = approved("limited_one");
        change(model, "LIMIT_EXCEEDED", null);
        assertThat(read(model, "read LIMIT_EXCEEDED").path("Status").asText()).isEqualTo("LIMIT_EXCEEDED");
        ProgressEventJson update = run(Action.UPDATE, edited(model), model, "update while LIMIT_EXCEEDED");
        assertThat(update.isFailed()).isTrue();
        assertThat(update.errorCode()).hasValue("InvalidRequest");
        assertThat(update.message().orElse("")).contains("LIMIT_EXCEEDED");
    }

    @Test
    void greenAndYellowQualityAreReadAndAnApprovedTemplateOfEitherQualityIsUpdated() {
        for (String quality : List.of("GREEN", "YELLOW")) {
            ObjectNode model = approved("rated_" + quality.toLowerCase(java.util.Locale.ROOT));
            assertThat(model.path("QualityScore").asText()).isEqualTo("UNKNOWN");
            change(model, null, quality);
            ObjectNode read = read(model, "read " + quality);
            assertThat(read.path("Status").asText()).isEqualTo("APPROVED");
            assertThat(read.path("QualityScore").asText()).isEqualTo(quality);
            ProgressEventJson update = run(Action.UPDATE, edited(model), model, "update an APPROVED " + quality
                    + " template");
            assertThat(update.isSuccess()).as(update.json().toString()).isTrue();
            assertThat(update.resourceModel().path("Status").asText()).isEqualTo("APPROVED");
        }
    }

    /** Meta moves the template to {@code status} right after the create submitted it, while the handler waits. */
    private static ProgressListener changeOnFirstProgress(String status) {
        return (request, event, n) -> {
            JsonNode id = event.resourceModel() == null ? null : event.resourceModel().get("MetaTemplateId");
            if (n == 1 && id != null && event.isInProgress()) {
                emulator.emulator().control().changeTemplateStatus(TemplateStatusChange.ofTemplate(id.asText(), status, null));
            }
        };
    }
}
