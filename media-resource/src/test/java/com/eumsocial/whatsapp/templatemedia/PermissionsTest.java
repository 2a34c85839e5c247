package com.eumsocial.whatsapp.templatemedia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.eumsocial.whatsapp.commons.TypeHandler;
import com.eumsocial.whatsapp.commons.testing.Invocations;
import com.eumsocial.whatsapp.commons.testing.RegistryFiles;
import com.eumsocial.whatsapp.commons.testing.MutableClock;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.socialmessaging.SocialMessagingClient;
import software.amazon.awssdk.services.socialmessaging.model.CreateWhatsAppMessageTemplateMediaRequest;
import software.amazon.awssdk.services.socialmessaging.model.CreateWhatsAppMessageTemplateMediaResponse;
import software.amazon.awssdk.services.socialmessaging.model.GetLinkedWhatsAppBusinessAccountRequest;
import software.amazon.awssdk.services.socialmessaging.model.GetLinkedWhatsAppBusinessAccountResponse;
import software.amazon.awssdk.services.socialmessaging.model.LinkedWhatsAppBusinessAccount;
import software.amazon.awssdk.services.socialmessaging.model.RegistrationStatus;

/**
 * Each handler's schema permissions are exactly the operations it calls, plus, for create,
 * s3:GetObject, which the service uses with the caller's permissions to read the source object.
 */
class PermissionsTest {
    private static Set<String> permissions(String handler) {
        return RegistryFiles.handlerPermissions(RegistryFiles.json(Path.of("eumsocial-whatsapp-templatemedia.json")), handler);
    }

    private static Set<String> called(SocialMessagingClient client) {
        return RegistryFiles.calledActions(client);
    }

    private static Set<String> run(TypeHandler<ResourceModel, CallbackContext> handler, ResourceModel model) {
        SocialMessagingClient client = mock(SocialMessagingClient.class);
        when(client.getLinkedWhatsAppBusinessAccount(any(GetLinkedWhatsAppBusinessAccountRequest.class)))
            .thenReturn(GetLinkedWhatsAppBusinessAccountResponse.builder().account(LinkedWhatsAppBusinessAccount.builder()
                .id(CreateHandlerTest.WABA).registrationStatus(RegistrationStatus.COMPLETE).build()).build());
        when(client.createWhatsAppMessageTemplateMedia(any(CreateWhatsAppMessageTemplateMediaRequest.class)))
            .thenReturn(CreateWhatsAppMessageTemplateMediaResponse.builder().metaHeaderHandle(CreateHandlerTest.HANDLE).build());
        Invocations<ResourceModel, CallbackContext> invocations = Invocations.with(client, new MutableClock());
        handler.handleRequest(invocations.invocation(invocations.request(model), null));
        return called(client);
    }

    @Test
    void createCallsItsSocialMessagingPermissionsAndNeedsS3GetObjectForTheService() throws Exception {
        Set<String> expected = permissions("create");
        assertThat(expected.remove("s3:GetObject")).isTrue();

        assertThat(run(new CreateHandler(), CreateHandlerTest.desired())).isEqualTo(expected);
    }

    @Test
    void readDeleteAndListCallNothingAndNeedNothing() throws Exception {
        ResourceModel created = CreateHandlerTest.desired().toBuilder().metaHeaderHandle(CreateHandlerTest.HANDLE).build();

        assertThat(permissions("read")).isEmpty();
        assertThat(permissions("delete")).isEmpty();
        assertThat(permissions("list")).isEmpty();
        assertThat(run(new ReadHandler(), created)).isEqualTo(permissions("read"));
        assertThat(run(new DeleteHandler(), created)).isEqualTo(permissions("delete"));
        assertThat(run(new ListHandler(), created)).isEqualTo(permissions("list"));
    }
}
