package com.eumsocial.whatsapp.commons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.eumsocial.whatsapp.commons.testing.MetaTemplateJson;
import com.eumsocial.whatsapp.commons.testing.MutableClock;
import com.eumsocial.whatsapp.commons.testing.ServiceErrors;
import com.eumsocial.whatsapp.commons.testing.TestProxies;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.socialmessaging.SocialMessagingClient;
import software.amazon.awssdk.services.socialmessaging.model.GetWhatsAppMessageTemplateRequest;
import software.amazon.awssdk.services.socialmessaging.model.GetWhatsAppMessageTemplateResponse;
import software.amazon.cloudformation.proxy.HandlerErrorCode;

class DeletionWaitTest {
    private static final String WABA = "waba-0123456789abcdef0123456789abcdef";

    private SocialMessagingClient client;
    private MutableClock clock;
    private WabaTemplates templates;
    private DeletionWait deletionWait;

    @BeforeEach
    void setUp() {
        client = mock(SocialMessagingClient.class);
        clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
        templates = new WabaTemplates(new SocialMessagingCalls(TestProxies.proxy(), () -> client));
        deletionWait = new DeletionWait(PollingSchedule.DEFAULT, clock, Duration.ofMinutes(55));
    }

    private void templateIs(String status) {
        when(client.getWhatsAppMessageTemplate(any(GetWhatsAppMessageTemplateRequest.class))).thenReturn(
            GetWhatsAppMessageTemplateResponse.builder().template(MetaTemplateJson.template("t", "en", "UTILITY", "7")
                .status(status).build()).build());
    }

    @Test
    void aTemplateGetNoLongerFindsIsGone() {
        when(client.getWhatsAppMessageTemplate(any(GetWhatsAppMessageTemplateRequest.class)))
            .thenThrow(ServiceErrors.notFound("no template"));
        WaitState wait = WaitState.startingAt(clock.instant());

        assertThat(deletionWait.check(templates, WABA, "7", wait)).isEmpty();
        assertThat(wait.getPolls()).isEqualTo(1);
    }

    @Test
    void aTemplateBeingDeletedCountsAsGone() {
        templateIs("PENDING_DELETION");

        assertThat(deletionWait.check(templates, WABA, "7", new WaitState())).isEmpty();
    }

    @Test
    void aTemplateStillThereIsLookedAtAgainOnTheSchedule() {
        templateIs("APPROVED");
        WaitState wait = WaitState.startingAt(clock.instant());
        clock.advanceSeconds(100);

        assertThat(deletionWait.check(templates, WABA, "7", wait)).isEqualTo(OptionalInt.of(20));
    }

    @Test
    void theLastLookLandsOnTheDeadline() {
        templateIs("APPROVED");
        WaitState wait = WaitState.startingAt(clock.instant());
        clock.advance(Duration.ofMinutes(55).minusSeconds(30));

        assertThat(deletionWait.check(templates, WABA, "7", wait)).isEqualTo(OptionalInt.of(30));
    }

    @Test
    void aTemplateThatOutlivesTheWaitFailsNotStabilized() {
        templateIs("APPROVED");
        WaitState wait = WaitState.startingAt(clock.instant());
        clock.advance(Duration.ofMinutes(55));

        assertThatThrownBy(() -> deletionWait.check(templates, WABA, "7", wait))
            .isInstanceOfSatisfying(HandlerFailure.class, f -> assertThat(f.code()).isEqualTo(HandlerErrorCode.NotStabilized))
            .hasMessageContaining("still exists (status APPROVED) 55 min after it was deleted (1 checks)");
    }

    @Test
    void otherFailuresOfTheLookAreNotTakenForGone() {
        when(client.getWhatsAppMessageTemplate(any(GetWhatsAppMessageTemplateRequest.class)))
            .thenThrow(ServiceErrors.accessDenied("no permission"));

        assertThatThrownBy(() -> deletionWait.check(templates, WABA, "7", new WaitState()))
            .isInstanceOfSatisfying(HandlerFailure.class, f -> assertThat(f.code()).isEqualTo(HandlerErrorCode.AccessDenied));
    }

    @Test
    void aThrottledLookIsRepeatedSoonAndCountedUntilItHasFailedFiveTimesInARow() {
        when(client.getWhatsAppMessageTemplate(any(GetWhatsAppMessageTemplateRequest.class)))
            .thenThrow(ServiceErrors.throttled("slow down"));
        WaitState wait = WaitState.startingAt(clock.instant());

        assertThat(deletionWait.check(templates, WABA, "7", wait)).isEqualTo(OptionalInt.of(5));
        assertThat(deletionWait.check(templates, WABA, "7", wait)).isEqualTo(OptionalInt.of(10));
        assertThat(deletionWait.check(templates, WABA, "7", wait)).isEqualTo(OptionalInt.of(20));
        assertThat(deletionWait.check(templates, WABA, "7", wait)).isEqualTo(OptionalInt.of(40));
        assertThat(wait.getTransientFailures()).isEqualTo(4);

        assertThatThrownBy(() -> deletionWait.check(templates, WABA, "7", wait))
            .isInstanceOfSatisfying(HandlerFailure.class, f -> assertThat(f.code()).isEqualTo(HandlerErrorCode.Throttling))
            .hasMessageContaining("slow down").hasMessageContaining("5 times in a row");
    }

    @Test
    void aLookThatSucceedsAfterFailuresClearsTheCount() {
        when(client.getWhatsAppMessageTemplate(any(GetWhatsAppMessageTemplateRequest.class)))
            .thenThrow(ServiceErrors.internal("oops"))
            .thenThrow(ServiceErrors.notFound("no template"));
        WaitState wait = WaitState.startingAt(clock.instant());

        assertThat(deletionWait.check(templates, WABA, "7", wait)).isEqualTo(OptionalInt.of(5));
        assertThat(deletionWait.check(templates, WABA, "7", wait)).isEmpty();
        assertThat(wait.getTransientFailures()).isZero();
    }

    @Test
    void theDelayAfterAFailedLookIsCapped() {
        DeletionWait slow = new DeletionWait(new PollingSchedule(20, 900, 0.2), clock, Duration.ofMinutes(55));
        when(client.getWhatsAppMessageTemplate(any(GetWhatsAppMessageTemplateRequest.class)))
            .thenThrow(ServiceErrors.undeclared("ServiceUnavailable", 503, "unavailable"));
        WaitState wait = WaitState.startingAt(clock.instant());

        assertThat(slow.check(templates, WABA, "7", wait)).isEqualTo(OptionalInt.of(20));
        assertThat(slow.check(templates, WABA, "7", wait)).isEqualTo(OptionalInt.of(40));
        assertThat(slow.check(templates, WABA, "7", wait)).isEqualTo(OptionalInt.of(TransientReadFailures.MAX_DELAY_SECONDS));
    }
}
