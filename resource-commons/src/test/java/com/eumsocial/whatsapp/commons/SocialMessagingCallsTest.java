package com.eumsocial.whatsapp.commons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.eumsocial.whatsapp.commons.testing.ServiceErrors;
import com.eumsocial.whatsapp.commons.testing.TestProxies;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.services.socialmessaging.SocialMessagingClient;
import software.amazon.awssdk.services.socialmessaging.model.*;
import software.amazon.cloudformation.proxy.HandlerErrorCode;

class SocialMessagingCallsTest {
    private final SocialMessagingClient client = mock(SocialMessagingClient.class);
    private final AtomicInteger built = new AtomicInteger();
    private final SocialMessagingCalls calls = new SocialMessagingCalls(TestProxies.proxy(), () -> {
        built.incrementAndGet();
        return client;
    });

    @Test
    void everyOperationGoesThroughTheProxyWithTheCallersCredentials() {
        when(client.getWhatsAppMessageTemplate(any(GetWhatsAppMessageTemplateRequest.class)))
            .thenReturn(GetWhatsAppMessageTemplateResponse.builder().template("{}").build());
        calls.getWhatsAppMessageTemplate(GetWhatsAppMessageTemplateRequest.builder().id("waba-1").metaTemplateId("1").build());

        ArgumentCaptor<GetWhatsAppMessageTemplateRequest> sent = ArgumentCaptor.forClass(GetWhatsAppMessageTemplateRequest.class);
        verify(client).getWhatsAppMessageTemplate(sent.capture());
        AwsCredentials credentials = (AwsCredentials) sent.getValue().overrideConfiguration().orElseThrow()
            .credentialsIdentityProvider().orElseThrow().resolveIdentity().join();
        assertThat(credentials.accessKeyId()).isEqualTo(TestProxies.CALLER_CREDENTIALS.getAccessKeyId());
    }

    @Test
    void theClientIsBuiltOnceForAllCalls() {
        when(client.createWhatsAppMessageTemplate(any(CreateWhatsAppMessageTemplateRequest.class)))
            .thenReturn(CreateWhatsAppMessageTemplateResponse.builder().build());
        when(client.createWhatsAppMessageTemplateFromLibrary(any(CreateWhatsAppMessageTemplateFromLibraryRequest.class)))
            .thenReturn(CreateWhatsAppMessageTemplateFromLibraryResponse.builder().build());
        when(client.createWhatsAppMessageTemplateMedia(any(CreateWhatsAppMessageTemplateMediaRequest.class)))
            .thenReturn(CreateWhatsAppMessageTemplateMediaResponse.builder().build());
        when(client.updateWhatsAppMessageTemplate(any(UpdateWhatsAppMessageTemplateRequest.class)))
            .thenReturn(UpdateWhatsAppMessageTemplateResponse.builder().build());
        when(client.listWhatsAppTemplateLibrary(any(ListWhatsAppTemplateLibraryRequest.class)))
            .thenReturn(ListWhatsAppTemplateLibraryResponse.builder().build());

        calls.createWhatsAppMessageTemplate(CreateWhatsAppMessageTemplateRequest.builder().build());
        calls.createWhatsAppMessageTemplateFromLibrary(CreateWhatsAppMessageTemplateFromLibraryRequest.builder().build());
        calls.createWhatsAppMessageTemplateMedia(CreateWhatsAppMessageTemplateMediaRequest.builder().build());
        calls.updateWhatsAppMessageTemplate(UpdateWhatsAppMessageTemplateRequest.builder().build());
        calls.listWhatsAppTemplateLibrary(ListWhatsAppTemplateLibraryRequest.builder().build());

        assertThat(built.get()).isEqualTo(1);
    }

    @Test
    void failuresAreTranslatedAndNameTheOperation() {
        when(client.updateWhatsAppMessageTemplate(any(UpdateWhatsAppMessageTemplateRequest.class)))
            .thenThrow(ServiceErrors.limitExceeded("edit limit"));
        assertThatThrownBy(() -> calls.updateWhatsAppMessageTemplate(UpdateWhatsAppMessageTemplateRequest.builder().build()))
            .isInstanceOfSatisfying(HandlerFailure.class,
                f -> assertThat(f.code()).isEqualTo(HandlerErrorCode.ServiceLimitExceeded))
            .hasMessageStartingWith("UpdateWhatsAppMessageTemplate failed: edit limit");
    }

    @Test
    void withoutCallerCredentialsNothingIsCalled() {
        SocialMessagingCalls noProxy = new SocialMessagingCalls(null, () -> client);
        assertThatThrownBy(() -> noProxy.listWhatsAppMessageTemplates(ListWhatsAppMessageTemplatesRequest.builder().build()))
            .isInstanceOfSatisfying(HandlerFailure.class,
                f -> assertThat(f.code()).isEqualTo(HandlerErrorCode.InvalidCredentials))
            .hasMessageContaining("ListWhatsAppMessageTemplates");
    }
}
