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
import java.time.Duration;
import org.junit.jupiter.api.Test;
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
}
