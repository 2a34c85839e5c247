package com.eumsocial.whatsapp.runner.deploy;

import com.eumsocial.whatsapp.runner.invoke.HandlerInvoker;

import static org.assertj.core.api.Assertions.assertThat;

import com.eumsocial.whatsapp.emulator.meta.OutcomeRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import software.amazon.awssdk.services.socialmessaging.SocialMessagingClient;
import software.amazon.awssdk.services.socialmessaging.model.DeleteWhatsAppMessageTemplateRequest;
import software.amazon.awssdk.services.socialmessaging.model.InternalServiceException;
import software.amazon.awssdk.services.socialmessaging.model.SocialMessagingException;

/**
 * A create that fails after its IN_PROGRESS events carried the MetaTemplateId leaves no orphan
 * (finding R3), and a retriable failure does not fail the deploy (finding R2).
 */
class FailedCreateCleanupTest {
    private static final String NAME = "r3_notice";
    private static final String ID = "Notice";

    private DeployFixture fx;
    private StackTemplate stack;

    @BeforeEach
    void start(TestInfo info) throws IOException {
        fx = new DeployFixture(info.getTestMethod().orElseThrow().getName());
        // most of these tests document CloudFormation's way (delete what a failed create left); the default keeps names
        fx.rollback = RollbackPolicy.DELETE;
        Path file = fx.work.resolve("One.template.json");
        Files.writeString(file, """
            {"Resources": {"%s": {"Type": "EUMSocial::WhatsApp::MessageTemplate", "DeletionPolicy": "Retain",
              "Properties": {"WabaId": "%s", "TemplateName": "%s", "Language": "en_US", "Category": "UTILITY",
                "Components": [{"type": "BODY", "text": "Your account settings were changed today."}]}}}}
            """.formatted(ID, DeployFixture.WABA, NAME));
        stack = StackLoader.loadTemplateFile(file);
    }

    @AfterEach
    void stop() {
        fx.close();
    }

    private Map<String, DeployState.Entry> failedCreatesInState() {
        Map<String, DeployState.Entry> all = fx.state.resources(stack.stackName());
        all.keySet().removeIf(key -> !StackDeployer.isFailedCreate(key));
        return all;
    }

    /** Uses up scripted Delete faults the run did not consume (each SDK call takes one per attempt). */
    private void drainDeleteFaults() {
        try (SocialMessagingClient client = fx.session.client()) {
            for (int i = 0; i < 100; i++) {
                try {
                    client.deleteWhatsAppMessageTemplate(DeleteWhatsAppMessageTemplateRequest.builder().id(DeployFixture.WABA)
                        .templateName("no_such_template").metaTemplateId("1").deleteAllLanguages(false).build());
                    return;
                } catch (InternalServiceException fault) {
                    // a scripted fault: keep going
                } catch (SocialMessagingException answered) {
                    return;
                }
            }
        }
    }

    @Test
    void byDefaultAPausedTemplateTheFailedCreateLeftIsKeptAndTheNextDeployTakesItOver() {
        fx.rollback = RollbackPolicy.KEEP;
        // Approved, then paused at once: the create fails NotStabilized after it carried the MetaTemplateId.
        fx.emulator.control().forceOutcome(OutcomeRule.pausedAfter(NAME, Duration.ZERO));

        StackDeployer.Result result = fx.deploy(stack);

        assertThat(result.success()).isFalse();
        assertThat(fx.output()).contains("ROLLBACK: kept MetaTemplateId 1", "PAUSED: deleting it would block its name for 30 days");
        assertThat(fx.templatesAtMeta()).containsExactly(NAME + "/en_US");
        assertThat(fx.state.get(stack.stackName(), ID)).isNotNull();
        assertThat(failedCreatesInState()).isEmpty();

        long creates = fx.operations("CreateWhatsAppMessageTemplate");
        StackDeployer.Result again = fx.deploy(stack);

        assertThat(again.success()).as(fx.output()).isTrue();
        assertThat(fx.operations("CreateWhatsAppMessageTemplate")).isEqualTo(creates);
        assertThat(fx.output()).contains("PAUSED");
    }

    @Test
    void withRollbackDeleteACreateThatFailsAfterTheTemplateExistsIsDeletedEvenWithRetain() {
        // Approved, then paused at once: the create fails NotStabilized after it carried the MetaTemplateId.
        fx.emulator.control().forceOutcome(OutcomeRule.pausedAfter(NAME, Duration.ZERO));

        StackDeployer.Result result = fx.deploy(stack);

        assertThat(result.success()).isFalse();
        assertThat(result.failures()).singleElement().asString().contains("CREATE_FAILED").contains("PAUSED");
        String out = fx.output();
        assertThat(out).contains("ROLLBACK: deleting MetaTemplateId 1", "which the failed create left at Meta", "DELETE_COMPLETE");
        assertThat(fx.templatesAtMeta()).isEmpty();
        assertThat(fx.state.resources(stack.stackName())).isEmpty();
        assertThat(result.rows()).singleElement().satisfies(row -> {
            assertThat(row.metaTemplateId()).isNotEqualTo("-");
            assertThat(row.action()).contains("rolled back (deleted)");
        });
    }

    @Test
    void whenTheRollbackCannotDeleteItTheStateKeepsItAndTheNextDestroyDeletesIt() {
        fx.emulator.control().forceOutcome(OutcomeRule.pausedAfter(NAME, Duration.ZERO));
        fx.emulator.control().failNext("DeleteWhatsAppMessageTemplate", "InternalServiceException", 40);

        StackDeployer.Result result = fx.deploy(stack);

        assertThat(result.success()).isFalse();
        String out = fx.output();
        assertThat(out).contains("DELETE attempt 2 of " + (HandlerInvoker.DEFAULT_RETRIES + 1)).contains("ROLLBACK_FAILED")
            .contains("stays in the state as a failed resource").contains("the next deploy or destroy deletes it");
        assertThat(result.failures()).anyMatch(f -> f.contains("could not be deleted"));
        assertThat(fx.templatesAtMeta()).containsExactly(NAME + "/en_US");
        Map<String, DeployState.Entry> orphans = failedCreatesInState();
        assertThat(orphans).hasSize(1);
        assertThat(orphans.keySet().iterator().next()).startsWith(ID + StackDeployer.FAILED_CREATE);
        assertThat(orphans.values().iterator().next().model().path("MetaTemplateId").asText()).isNotEmpty();
        // Persisted: a new process reading the state file knows it too.
        assertThat(DeployState.load(fx.state.file()).resources(stack.stackName())).containsOnlyKeys(orphans.keySet());

        drainDeleteFaults();
        StackDeployer.Result destroyed = fx.destroy(stack.stackName());

        assertThat(destroyed.success()).isTrue();
        assertThat(fx.templatesAtMeta()).isEmpty();
        assertThat(fx.state.resources(stack.stackName())).isEmpty();
    }

    @Test
    void whenTheRollbackCannotDeleteItTheNextDeployDeletesItBeforeCreatingAgain() {
        fx.emulator.control().forceOutcome(OutcomeRule.pausedAfter(NAME, Duration.ZERO));
        fx.emulator.control().failNext("DeleteWhatsAppMessageTemplate", "InternalServiceException", 40);
        assertThat(fx.deploy(stack).success()).isFalse();
        String orphanKey = failedCreatesInState().keySet().iterator().next();
        String orphanId = fx.state.get(stack.stackName(), orphanKey).model().path("MetaTemplateId").asText();
        drainDeleteFaults();
        fx.emulator.control().clearOutcomeRules();
        // Meta blocks the name of a deleted approved template for 30 days: the next deploy declares a new name.
        StackTemplate renamed = StackLoader.loadTemplateFile(fx.work.resolve("One.template.json"));
        renamed.resources().get(ID).properties().put("TemplateName", NAME + "_v2");

        StackDeployer.Result again = fx.deploy(renamed);

        assertThat(again.success()).as(fx.output()).isTrue();
        assertThat(fx.output()).contains("deleting MetaTemplateId " + orphanId + ", left at Meta by an earlier failed create");
        assertThat(failedCreatesInState()).isEmpty();
        assertThat(fx.templatesAtMeta()).containsExactly(NAME + "_v2/en_US");
        assertThat(fx.state.get(stack.stackName(), ID).model().path("MetaTemplateId").asText()).isNotEqualTo(orphanId);
        assertThat(fx.state.resources(stack.stackName())).containsOnlyKeys(ID);
    }

    @Test
    void aThrottledCreateCallIsRetriedAndTheDeploySucceedsWithTheAttemptShown() {
        // More faults than the SDK's own attempts: the handler answers FAILED Throttling at least once.
        fx.emulator.control().failNext("CreateWhatsAppMessageTemplate", "ThrottledRequestException", 5);

        StackDeployer.Result result = fx.deploy(stack);

        assertThat(result.success()).as(fx.output()).isTrue();
        assertThat(fx.output()).containsPattern("CREATE attempt 2 of " + (HandlerInvoker.DEFAULT_RETRIES + 1)
            + " in [12] s \\(retriable Throttling:");
        assertThat(fx.templatesAtMeta()).containsExactly(NAME + "/en_US");
        assertThat(failedCreatesInState()).isEmpty();
    }
}
