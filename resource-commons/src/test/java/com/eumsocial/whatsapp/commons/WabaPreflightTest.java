package com.eumsocial.whatsapp.commons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.eumsocial.whatsapp.commons.testing.ServiceErrors;
import com.eumsocial.whatsapp.commons.testing.TestProxies;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import software.amazon.awssdk.services.socialmessaging.SocialMessagingClient;
import software.amazon.awssdk.services.socialmessaging.model.GetLinkedWhatsAppBusinessAccountRequest;
import software.amazon.awssdk.services.socialmessaging.model.GetLinkedWhatsAppBusinessAccountResponse;
import software.amazon.awssdk.services.socialmessaging.model.LinkedWhatsAppBusinessAccount;
import software.amazon.awssdk.services.socialmessaging.model.RegistrationStatus;
import software.amazon.cloudformation.proxy.HandlerErrorCode;

class WabaPreflightTest {
    private final SocialMessagingClient client = mock(SocialMessagingClient.class);
    private final SocialMessagingCalls calls = new SocialMessagingCalls(TestProxies.proxy(), () -> client);

    private void linked(RegistrationStatus status) {
        when(client.getLinkedWhatsAppBusinessAccount(any(GetLinkedWhatsAppBusinessAccountRequest.class)))
            .thenReturn(GetLinkedWhatsAppBusinessAccountResponse.builder().account(LinkedWhatsAppBusinessAccount.builder()
                .id("waba-abc").wabaName("Shop").registrationStatus(status).build()).build());
    }

    @Test
    void aCompleteLinkedWabaPassesAndIsLookedUpById() {
        linked(RegistrationStatus.COMPLETE);
        LinkedWhatsAppBusinessAccount account = WabaPreflight.check(calls,
            WabaReference.parse("arn:aws:social-messaging:us-east-1:123456789012:waba/abc"), "us-east-1");
        assertThat(account.wabaName()).isEqualTo("Shop");
        ArgumentCaptor<GetLinkedWhatsAppBusinessAccountRequest> sent =
            ArgumentCaptor.forClass(GetLinkedWhatsAppBusinessAccountRequest.class);
        verify(client).getLinkedWhatsAppBusinessAccount(sent.capture());
        assertThat(sent.getValue().id()).isEqualTo("waba-abc");
    }

    @Test
    void anIncompleteRegistrationIsAnInvalidRequest() {
        linked(RegistrationStatus.INCOMPLETE);
        assertThatThrownBy(() -> WabaPreflight.check(calls, WabaReference.parse("waba-abc"), "us-east-1"))
            .isInstanceOfSatisfying(HandlerFailure.class, f -> assertThat(f.code()).isEqualTo(HandlerErrorCode.InvalidRequest))
            .hasMessageContaining("waba-abc (Shop) has registration status INCOMPLETE");
    }

    @Test
    void anUnlinkedWabaIsNotFound() {
        when(client.getLinkedWhatsAppBusinessAccount(any(GetLinkedWhatsAppBusinessAccountRequest.class)))
            .thenThrow(ServiceErrors.notFound("WABA not found"));
        assertThatThrownBy(() -> WabaPreflight.check(calls, WabaReference.parse("waba-abc"), "eu-west-1"))
            .isInstanceOfSatisfying(HandlerFailure.class, f -> assertThat(f.code()).isEqualTo(HandlerErrorCode.NotFound))
            .hasMessageContaining("waba-abc is not linked to this AWS account in eu-west-1")
            .hasMessageContaining("WABA not found");
    }

    @Test
    void anEmptyAnswerIsNotFound() {
        when(client.getLinkedWhatsAppBusinessAccount(any(GetLinkedWhatsAppBusinessAccountRequest.class)))
            .thenReturn(GetLinkedWhatsAppBusinessAccountResponse.builder().build());
        assertThatThrownBy(() -> WabaPreflight.check(calls, WabaReference.parse("waba-abc"), null))
            .isInstanceOfSatisfying(HandlerFailure.class, f -> assertThat(f.code()).isEqualTo(HandlerErrorCode.NotFound));
    }

    @Test
    void otherFailuresPassThroughTranslated() {
        when(client.getLinkedWhatsAppBusinessAccount(any(GetLinkedWhatsAppBusinessAccountRequest.class)))
            .thenThrow(ServiceErrors.accessDenied("not allowed"));
        assertThatThrownBy(() -> WabaPreflight.check(calls, WabaReference.parse("waba-abc"), "us-east-1"))
            .isInstanceOfSatisfying(HandlerFailure.class, f -> assertThat(f.code()).isEqualTo(HandlerErrorCode.AccessDenied));
    }

    @Test
    void anArnFromAnotherRegionFailsBeforeAnyCall() {
        assertThatThrownBy(() -> WabaPreflight.check(calls,
                WabaReference.parse("arn:aws:social-messaging:eu-west-1:123456789012:waba/abc"), "us-east-1"))
            .isInstanceOfSatisfying(HandlerFailure.class, f -> assertThat(f.code()).isEqualTo(HandlerErrorCode.InvalidRequest))
            .hasMessageContaining("region eu-west-1 but this stack runs in us-east-1");
        verify(client, never()).getLinkedWhatsAppBusinessAccount(any(GetLinkedWhatsAppBusinessAccountRequest.class));
    }
}
