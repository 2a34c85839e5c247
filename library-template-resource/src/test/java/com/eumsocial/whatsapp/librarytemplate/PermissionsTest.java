package com.eumsocial.whatsapp.librarytemplate;

import static com.eumsocial.whatsapp.librarytemplate.Fixtures.ID;
import static com.eumsocial.whatsapp.librarytemplate.Fixtures.LANGUAGE;
import static com.eumsocial.whatsapp.librarytemplate.Fixtures.LIBRARY_NAME;
import static com.eumsocial.whatsapp.librarytemplate.Fixtures.libraryEntry;
import static com.eumsocial.whatsapp.librarytemplate.Fixtures.metaTemplate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.eumsocial.whatsapp.commons.WaitState;
import com.eumsocial.whatsapp.commons.TypeHandler;
import com.eumsocial.whatsapp.commons.testing.Invocations;
import com.eumsocial.whatsapp.commons.testing.RegistryFiles;
import com.eumsocial.whatsapp.commons.testing.MutableClock;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.socialmessaging.SocialMessagingClient;
import software.amazon.awssdk.services.socialmessaging.model.CreateWhatsAppMessageTemplateFromLibraryRequest;
import software.amazon.awssdk.services.socialmessaging.model.CreateWhatsAppMessageTemplateFromLibraryResponse;
import software.amazon.awssdk.services.socialmessaging.model.ListWhatsAppMessageTemplatesRequest;
import software.amazon.awssdk.services.socialmessaging.model.ListWhatsAppMessageTemplatesResponse;

/**
 * Each handler's schema permissions are exactly the operations it calls: the handlers run their
 * paths on a mock client, and the calls the mock saw are compared with the schema.
 */
class PermissionsTest {
    private static Set<String> permissions(String handler) {
        return RegistryFiles.handlerPermissions(RegistryFiles.json(Path.of("eumsocial-whatsapp-librarytemplate.json")), handler);
    }

    private static Set<String> called(SocialMessagingClient client) {
        return RegistryFiles.calledActions(client);
    }

    private static void run(SocialMessagingClient client, TypeHandler<ResourceModel, CallbackContext> handler, ResourceModel model,
                            CallbackContext context) {
        Invocations<ResourceModel, CallbackContext> invocations = Invocations.with(client, new MutableClock());
        handler.handleRequest(invocations.invocation(invocations.request(model, model), context));
    }

    private static CallbackContext waiting() {
        return new CallbackContext(ID, Fixtures.NAME, WaitState.startingAt(Instant.parse("2026-01-01T00:00:00Z")));
    }

    @Test
    void createCallsExactlyItsPermissions() throws Exception {
        SocialMessagingClient client = mock(SocialMessagingClient.class);
        Fixtures.wabaLinked(client);
        when(client.listWhatsAppMessageTemplates(any(ListWhatsAppMessageTemplatesRequest.class)))
            .thenReturn(ListWhatsAppMessageTemplatesResponse.builder().build());
        Fixtures.library(client, libraryEntry(LIBRARY_NAME, LANGUAGE, "URL"));
        when(client.createWhatsAppMessageTemplateFromLibrary(any(CreateWhatsAppMessageTemplateFromLibraryRequest.class)))
            .thenReturn(CreateWhatsAppMessageTemplateFromLibraryResponse.builder().metaTemplateId(ID).build());
        Fixtures.get(client, ID, metaTemplate("PENDING").rejected("SCAM", null, null).build());

        run(client, new CreateHandler(), Fixtures.desired(), null);
        run(client, new CreateHandler(), Fixtures.withId(Fixtures.desired()), waiting());

        assertThat(called(client)).isEqualTo(permissions("create"));
    }

    @Test
    void readUpdateAndDeleteCallExactlyTheirPermissions() throws Exception {
        for (String handler : new String[] {"read", "update", "delete"}) {
            SocialMessagingClient client = mock(SocialMessagingClient.class);
            Fixtures.get(client, ID, metaTemplate("APPROVED").build());
            TypeHandler<ResourceModel, CallbackContext> instance = switch (handler) {
                case "read" -> new ReadHandler();
                case "update" -> new UpdateHandler();
                default -> new DeleteHandler();
            };

            run(client, instance, Fixtures.withId(Fixtures.desired()), null);

            assertThat(called(client)).as(handler).isEqualTo(permissions(handler));
        }
    }

    @Test
    void listCallsExactlyItsPermissions() throws Exception {
        SocialMessagingClient client = mock(SocialMessagingClient.class);
        Fixtures.wabaTemplates(client, Fixtures.summary(Fixtures.NAME, LANGUAGE, ID, "APPROVED"));
        Fixtures.get(client, ID, metaTemplate("APPROVED").build());

        run(client, new ListHandler(), Fixtures.desired(), null);

        assertThat(called(client)).isEqualTo(permissions("list"));
    }
}
