package com.eumsocial.whatsapp.commons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.eumsocial.whatsapp.commons.testing.MetaTemplateJson;
import com.eumsocial.whatsapp.commons.testing.MutableClock;
import com.eumsocial.whatsapp.commons.testing.ServiceErrors;
import com.eumsocial.whatsapp.commons.testing.TestProxies;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.socialmessaging.SocialMessagingClient;
import software.amazon.awssdk.services.socialmessaging.model.DeleteWhatsAppMessageTemplateRequest;
import software.amazon.awssdk.services.socialmessaging.model.DeleteWhatsAppMessageTemplateResponse;
import software.amazon.awssdk.services.socialmessaging.model.GetWhatsAppMessageTemplateRequest;
import software.amazon.awssdk.services.socialmessaging.model.GetWhatsAppMessageTemplateResponse;
import software.amazon.cloudformation.proxy.HandlerErrorCode;

class ReviewPollTest {
    private final SocialMessagingClient client = mock(SocialMessagingClient.class);
    private final WabaTemplates templates = new WabaTemplates(new SocialMessagingCalls(TestProxies.proxy(), () -> client));
    private final MutableClock clock = new MutableClock();
    private final MetaReview review = new MetaReview(PollingSchedule.DEFAULT, clock, Duration.ofHours(1));
    private final WabaReference waba = WabaReference.parse("waba-abc");

    private void metaSays(MetaTemplateJson template) {
        when(client.getWhatsAppMessageTemplate(any(GetWhatsAppMessageTemplateRequest.class)))
            .thenReturn(GetWhatsAppMessageTemplateResponse.builder().template(template.build()).build());
    }

    private static MetaTemplateJson template() {
        return MetaTemplateJson.template("promo", "en_US", "MARKETING", "9");
    }

    @Test
    void pendingAndApprovedPassThrough() {
        metaSays(template().status("PENDING"));
        ReviewPoll.Result pending = ReviewPoll.check(templates, review, waba, "9", review.start(), true);
        assertThat(pending.step().isWaiting()).isTrue();
        assertThat(pending.template().id()).isEqualTo("9");

        metaSays(template().status("APPROVED"));
        assertThat(ReviewPoll.check(templates, review, waba, "9", review.start(), true).step().isApproved()).isTrue();
        verify(client, never()).deleteWhatsAppMessageTemplate(any(DeleteWhatsAppMessageTemplateRequest.class));
    }

    @Test
    void aRejectedTemplateThisOperationCreatedIsDeleted() {
        metaSays(template().rejected("SCAM", null, null));
        when(client.deleteWhatsAppMessageTemplate(any(DeleteWhatsAppMessageTemplateRequest.class)))
            .thenReturn(DeleteWhatsAppMessageTemplateResponse.builder().build());
        ReviewStep step = ReviewPoll.check(templates, review, waba, "9", review.start(), true).step();
        assertThat(step.isRejected()).isTrue();
        assertThat(step.toFailure().code()).isEqualTo(HandlerErrorCode.NotStabilized);
        assertThat(step.message()).contains("reason SCAM").contains("was deleted");
        verify(client).deleteWhatsAppMessageTemplate(any(DeleteWhatsAppMessageTemplateRequest.class));
    }

    @Test
    void aFailedCleanUpIsReported() {
        metaSays(template().rejected("SCAM", null, null));
        when(client.deleteWhatsAppMessageTemplate(any(DeleteWhatsAppMessageTemplateRequest.class)))
            .thenThrow(ServiceErrors.accessDenied("no delete permission"));
        ReviewStep step = ReviewPoll.check(templates, review, waba, "9", review.start(), true).step();
        assertThat(step.message()).contains("Deleting the rejected template failed too").contains("no delete permission");
    }

    @Test
    void aRejectedEditIsKept() {
        metaSays(template().rejected("SCAM", null, null));
        ReviewStep step = ReviewPoll.check(templates, review, waba, "9", review.start(), false).step();
        assertThat(step.message()).contains("keeps the rejected edit");
        verify(client, never()).deleteWhatsAppMessageTemplate(any(DeleteWhatsAppMessageTemplateRequest.class));
    }

    @Test
    void aVanishedTemplateIsNotFound() {
        when(client.getWhatsAppMessageTemplate(any(GetWhatsAppMessageTemplateRequest.class)))
            .thenThrow(ServiceErrors.notFound("gone"));
        assertThatThrownBy(() -> ReviewPoll.check(templates, review, waba, "9", review.start(), true))
            .isInstanceOfSatisfying(HandlerFailure.class, f -> assertThat(f.code()).isEqualTo(HandlerErrorCode.NotFound))
            .hasMessageContaining("deleted while waiting");
    }

    @Test
    void aThrottledStatusReadKeepsWaitingWithAShortGrowingDelay() {
        when(client.getWhatsAppMessageTemplate(any(GetWhatsAppMessageTemplateRequest.class)))
            .thenThrow(ServiceErrors.throttled("Rate exceeded"));
        WaitState state = review.start();

        ReviewPoll.Result first = ReviewPoll.check(templates, review, waba, "9", state, true);
        assertThat(first.template()).isNull();
        assertThat(first.step().isWaiting()).isTrue();
        assertThat(first.step().callbackDelaySeconds()).isEqualTo(5);
        assertThat(first.step().message()).contains("template id 9").contains("Throttling").contains("Rate exceeded")
            .contains("failed status check 1 in a row");
        assertThat(state.getTransientFailures()).isEqualTo(1);

        assertThat(ReviewPoll.check(templates, review, waba, "9", state, true).step().callbackDelaySeconds()).isEqualTo(10);
        assertThat(state.getTransientFailures()).isEqualTo(2);
        verify(client, never()).deleteWhatsAppMessageTemplate(any(DeleteWhatsAppMessageTemplateRequest.class));
    }

    @Test
    void aServiceOrNetworkFailureOfTheReadIsRetriedToo() {
        when(client.getWhatsAppMessageTemplate(any(GetWhatsAppMessageTemplateRequest.class)))
            .thenThrow(ServiceErrors.internal("boom"))
            .thenThrow(ServiceErrors.undeclared("BadGateway", 502, "bad gateway"))
            .thenThrow(SdkClientException.create("Connection reset"));
        WaitState state = review.start();
        List<String> messages = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ReviewStep step = ReviewPoll.check(templates, review, waba, "9", state, true).step();
            assertThat(step.isWaiting()).isTrue();
            messages.add(step.message());
        }
        assertThat(messages.get(0)).contains("ServiceInternalError");
        assertThat(messages.get(1)).contains("ServiceInternalError").contains("HTTP 502");
        assertThat(messages.get(2)).contains("NetworkFailure").contains("Connection reset");
        assertThat(state.getTransientFailures()).isEqualTo(3);
    }

    @Test
    void aSuccessfulReadClearsTheCountOfFailures() {
        when(client.getWhatsAppMessageTemplate(any(GetWhatsAppMessageTemplateRequest.class)))
            .thenThrow(ServiceErrors.throttled("Rate exceeded"))
            .thenReturn(GetWhatsAppMessageTemplateResponse.builder().template(template().status("PENDING").build()).build());
        WaitState state = review.start();
        ReviewPoll.check(templates, review, waba, "9", state, true);
        assertThat(state.getTransientFailures()).isEqualTo(1);

        ReviewPoll.Result pending = ReviewPoll.check(templates, review, waba, "9", state, true);
        assertThat(pending.template().status()).isEqualTo("PENDING");
        assertThat(state.getTransientFailures()).isZero();
        assertThat(state.getPolls()).isEqualTo(1);
    }

    @Test
    void aServiceThatStaysBrokenFailsWithTheOriginalErrorAtTheFifthFailureInARow() {
        when(client.getWhatsAppMessageTemplate(any(GetWhatsAppMessageTemplateRequest.class)))
            .thenThrow(ServiceErrors.throttled("Rate exceeded"));
        WaitState state = review.start();
        List<Integer> delays = new ArrayList<>();
        for (int i = 1; i < TransientReadFailures.MAX_CONSECUTIVE; i++) {
            delays.add(ReviewPoll.check(templates, review, waba, "9", state, true).step().callbackDelaySeconds());
        }
        assertThat(delays).containsExactly(5, 10, 20, 40);

        assertThatThrownBy(() -> ReviewPoll.check(templates, review, waba, "9", state, true))
            .isInstanceOfSatisfying(HandlerFailure.class, f -> assertThat(f.code()).isEqualTo(HandlerErrorCode.Throttling))
            .hasMessageContaining("GetWhatsAppMessageTemplate failed: Rate exceeded")
            .hasMessageContaining("failed 5 times in a row; giving up");
    }

    @Test
    void aFailureThatIsNotRetriableStillEndsTheWait() {
        when(client.getWhatsAppMessageTemplate(any(GetWhatsAppMessageTemplateRequest.class)))
            .thenThrow(ServiceErrors.accessDenied("not allowed"));
        WaitState state = review.start();
        assertThatThrownBy(() -> ReviewPoll.check(templates, review, waba, "9", state, true))
            .isInstanceOfSatisfying(HandlerFailure.class, f -> assertThat(f.code()).isEqualTo(HandlerErrorCode.AccessDenied));
        assertThat(state.getTransientFailures()).isZero();
    }

    @Test
    void withoutAWaitStateToCountInTheFailureIsNotRetried() {
        when(client.getWhatsAppMessageTemplate(any(GetWhatsAppMessageTemplateRequest.class)))
            .thenThrow(ServiceErrors.throttled("Rate exceeded"));
        assertThatThrownBy(() -> ReviewPoll.check(templates, review, waba, "9", null, true))
            .isInstanceOfSatisfying(HandlerFailure.class, f -> assertThat(f.code()).isEqualTo(HandlerErrorCode.Throttling));
    }

    @Test
    void theCountTravelsInTheCallbackContextJsonAndIsLeftOutAtZero() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        WaitState state = review.start();
        assertThat(mapper.writeValueAsString(state)).doesNotContain("transientFailures");
        state.countTransientFailure();
        state.countTransientFailure();
        String json = mapper.writeValueAsString(state);
        assertThat(json).contains("\"transientFailures\":2");
        WaitState back = mapper.readValue(json, WaitState.class);
        assertThat(back).isEqualTo(state);
        assertThat(back.getTransientFailures()).isEqualTo(2);
        assertThat(back.toString()).contains("transientFailures=2");
        back.clearTransientFailures();
        assertThat(back).isNotEqualTo(state);
    }
}
