package com.eumsocial.whatsapp.runner.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.eumsocial.whatsapp.runner.invoke.ProgressEventJson;
import com.eumsocial.whatsapp.runner.plan.Change;
import com.eumsocial.whatsapp.runner.plan.ChangeKind;
import com.eumsocial.whatsapp.runner.plan.Plan;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.socialmessaging.SocialMessagingClient;
import software.amazon.awssdk.services.socialmessaging.model.UpdateWhatsAppMessageTemplateRequest;

/** The plan phase on its own: a refresh through the read handlers, drift, and nothing sent. */
class PlanAndDriftTest {
    private static final String SHIPPED = "OrderShippedEnUS55667788";
    private static final String WELCOME = "WelcomeOfferEnUS11223344";

    private DeployFixture fx;

    @BeforeEach
    void start(TestInfo info) {
        fx = new DeployFixture(info.getTestMethod().orElseThrow().getName());
    }

    @AfterEach
    void stop() {
        fx.close();
    }

    private Plan plan(StackTemplate stack) {
        return fx.session.deployer(fx.state, fx.session.reporter(new PrintStream(new ByteArrayOutputStream(), true,
            StandardCharsets.UTF_8)), 1).plan(stack);
    }

    @Test
    void aPlanReadsMetaAndChangesNothing() {
        Plan first = plan(fx.small());
        assertThat(first.changes()).extracting(Change::kind).containsOnly(ChangeKind.CREATE);
        assertThat(fx.stateChangingCalls()).isZero();

        fx.deploy(fx.small());
        Plan second = plan(fx.small());
        assertThat(second.changes()).extracting(Change::kind).containsOnly(ChangeKind.NO_CHANGE);
        assertThat(second.change(SHIPPED).orElseThrow().liveStatus()).isEqualTo("APPROVED");
        assertThat(second.change(SHIPPED).orElseThrow().liveCategory()).isEqualTo("UTILITY");
    }

    @Test
    void aTemplateEditedOutsideTheAppIsDriftAndTheDeployPutsTheDeclarationBack() {
        fx.deploy(fx.small());
        String id = fx.state.get("Small", SHIPPED).model().path("MetaTemplateId").asText();
        try (SocialMessagingClient client = fx.session.client()) {
            client.updateWhatsAppMessageTemplate(UpdateWhatsAppMessageTemplateRequest.builder().id(DeployFixture.WABA)
                .metaTemplateId(id).templateComponents(SdkBytes.fromUtf8String("[{\"type\": \"BODY\", \"text\": \"Hello {{1}},"
                    + " your order {{2}} was edited by hand in the console today.\", \"example\": {\"body_text\": [[\"Ana\", \"A-1\"]]}}]"))
                .build());
        }
        // Meta reviews the edit; a day later the edit quota allows the next one (the runner cannot see edits made elsewhere)
        fx.emulator.control().advanceClock(Duration.ofHours(25));

        Plan plan = plan(fx.small());

        Change shipped = plan.change(SHIPPED).orElseThrow();
        assertThat(shipped.kind()).isEqualTo(ChangeKind.DRIFT_CORRECTION);
        assertThat(shipped.drift()).singleElement().asString().contains("Components differ from the last deploy");
        assertThat(plan.drifted()).extracting(Change::logicalId).containsExactly(SHIPPED);
        assertThat(plan.change(WELCOME).orElseThrow().kind()).isEqualTo(ChangeKind.NO_CHANGE);

        StackDeployer.Result result = fx.deploy(fx.small());

        assertThat(result.success()).as(fx.output()).isTrue();
        assertThat(result.count("DRIFT_CORRECTION")).isEqualTo(1);
        assertThat(fx.output()).contains("small_shipped/en_US                drift: Components differ from the last deploy")
            .contains("UPDATE (Meta's definition was edited outside the app: putting the declared one back)");
        assertThat(plan(fx.small()).changes()).extracting(Change::kind).containsOnly(ChangeKind.NO_CHANGE);
    }

    @Test
    void aTemplateDeletedOutsideTheAppIsCreatedAgain() {
        fx.deploy(fx.small());
        DeployState.Entry shipped = fx.state.get("Small", SHIPPED);
        try (SocialMessagingClient client = fx.session.client()) {
            client.deleteWhatsAppMessageTemplate(b -> b.id(DeployFixture.WABA).templateName("small_shipped")
                .metaTemplateId(shipped.model().path("MetaTemplateId").asText()).deleteAllLanguages(false));
        }

        Change change = plan(fx.small()).change(SHIPPED).orElseThrow();

        assertThat(change.kind()).isEqualTo(ChangeKind.CREATE);
        assertThat(change.drift()).singleElement().asString().startsWith("deleted at Meta outside the app");
    }

    @Test
    void aCreateRefusedForTheHourlyQuotaWaitsUntilTheOldestCreationLeavesTheWindow() {
        Instant now = Instant.parse("2026-12-01T12:00:00Z");
        List<Instant> recent = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            recent.add(now.minus(Duration.ofMinutes(50)).plusSeconds(i));
        }
        assertThat(CreationQuotaWait.delay(recent, 100, now, 0)).isEqualTo(Duration.ofMinutes(10).plusSeconds(5));
        // creations the runner did not make: a delay growing toward the window
        assertThat(CreationQuotaWait.delay(List.of(), 100, now, 0)).isEqualTo(Duration.ofMinutes(1));
        assertThat(CreationQuotaWait.delay(List.of(), 100, now, 3)).isEqualTo(Duration.ofMinutes(8));
        assertThat(CreationQuotaWait.delay(List.of(), 100, now, 9)).isEqualTo(Duration.ofMinutes(15));

        assertThat(CreationQuotaWait.isHourlyRefusal(event("ServiceLimitExceeded", "WhatsApp Business Account waba-1 has created"
            + " 100 templates in the last hour; Meta allows 100 per hour"))).isTrue();
        assertThat(CreationQuotaWait.isHourlyRefusal(event("ServiceLimitExceeded", "WhatsApp Business Account waba-1 has reached"
            + " its limit of 250 templates"))).isFalse();
        assertThat(CreationQuotaWait.isHourlyRefusal(event("InvalidRequest", "per hour"))).isFalse();
    }

    private static ProgressEventJson event(String code, String message) {
        return new ProgressEventJson(new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode().put("status", "FAILED")
            .put("errorCode", code).put("message", message));
    }

    @Test
    void destroyListingSaysWhatEachDeleteCosts() {
        fx.deploy(fx.small());

        List<StackDestroyer.Item> items = fx.session.deployer(fx.state, fx.session.reporter(new PrintStream(new ByteArrayOutputStream(),
            true, StandardCharsets.UTF_8)), 1).destroyListing("Small");

        // shipped depends on welcome (DependsOn), welcome on the media (its header handle)
        assertThat(items).extracting(StackDestroyer.Item::label).containsExactly("small_shipped/en_US", "small_welcome/en_US",
            "banner.png");
        assertThat(items.get(1).describe()).isEqualTo("delete small_welcome/en_US (APPROVED): Meta blocks the name small_welcome"
            + " (every language) for 30 days after this delete");
        assertThat(Optional.ofNullable(items.get(2).warning())).hasValueSatisfying(w -> assertThat(w).contains("cannot be deleted"));
    }
}
