package com.eumsocial.whatsapp.commons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.eumsocial.whatsapp.commons.testing.Invocations;
import com.eumsocial.whatsapp.commons.testing.MutableClock;
import com.eumsocial.whatsapp.commons.testing.ServiceErrors;
import com.eumsocial.whatsapp.commons.testing.TestProxies;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.socialmessaging.SocialMessagingClient;
import software.amazon.awssdk.services.socialmessaging.model.GetLinkedWhatsAppBusinessAccountRequest;
import software.amazon.awssdk.services.socialmessaging.model.GetLinkedWhatsAppBusinessAccountResponse;
import software.amazon.awssdk.services.socialmessaging.model.LinkedWhatsAppBusinessAccount;
import software.amazon.awssdk.services.socialmessaging.model.RegistrationStatus;

class CheckedWabasTest {
    private static final WabaReference WABA = WabaReference.parse("waba-0123456789abcdef0123456789abcdef");

    private final SocialMessagingClient client = mock(SocialMessagingClient.class);
    private final Invocations<String, Void> invocations = Invocations.with(client, new MutableClock());

    private HandlerInvocation<String, Void> invocation(CheckedWabas checked, String region) {
        var request = invocations.request("m");
        request.setRegion(region);
        return new HandlerInvocation<>(TestProxies.proxy(), request, null, null, null, null,
            (r, configuration) -> client, checked);
    }

    private void linked() {
        when(client.getLinkedWhatsAppBusinessAccount(any(GetLinkedWhatsAppBusinessAccountRequest.class))).thenReturn(
            GetLinkedWhatsAppBusinessAccountResponse.builder().account(LinkedWhatsAppBusinessAccount.builder()
                .registrationStatus(RegistrationStatus.COMPLETE).build()).build());
    }

    @Test
    void aWabaThatPassedIsNotAskedAgainInTheSameProcess() {
        linked();
        CheckedWabas checked = new CheckedWabas();

        invocation(checked, "us-east-1").checkWaba(WABA);
        invocation(checked, "us-east-1").checkWaba(WABA);
        verify(client, times(1)).getLinkedWhatsAppBusinessAccount(any(GetLinkedWhatsAppBusinessAccountRequest.class));

        invocation(checked, "eu-west-1").checkWaba(WABA);
        verify(client, times(2)).getLinkedWhatsAppBusinessAccount(any(GetLinkedWhatsAppBusinessAccountRequest.class));

        checked.forget();
        invocation(checked, "us-east-1").checkWaba(WABA);
        verify(client, times(3)).getLinkedWhatsAppBusinessAccount(any(GetLinkedWhatsAppBusinessAccountRequest.class));
        assertThat(CheckedWabas.PROCESS).isNotSameAs(checked);
    }

    @Test
    void aWabaThatFailedIsAskedAgain() {
        when(client.getLinkedWhatsAppBusinessAccount(any(GetLinkedWhatsAppBusinessAccountRequest.class)))
            .thenThrow(ServiceErrors.notFound("no such WABA"));
        CheckedWabas checked = new CheckedWabas();

        assertThatThrownBy(() -> invocation(checked, "us-east-1").checkWaba(WABA)).hasMessageContaining("not linked");
        assertThatThrownBy(() -> invocation(checked, "us-east-1").checkWaba(WABA)).hasMessageContaining("not linked");
        verify(client, times(2)).getLinkedWhatsAppBusinessAccount(any(GetLinkedWhatsAppBusinessAccountRequest.class));
    }

    @Test
    void anInvocationWithoutASharedRecordRemembersNothing() {
        linked();

        invocations.invocation(invocations.request("m"), null).checkWaba(WABA);
        invocations.invocation(invocations.request("m"), null).checkWaba(WABA);

        verify(client, times(2)).getLinkedWhatsAppBusinessAccount(any(GetLinkedWhatsAppBusinessAccountRequest.class));
    }
}
