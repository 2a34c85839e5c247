package com.eumsocial.whatsapp.templatemedia;

import static com.eumsocial.whatsapp.templatemedia.CreateHandlerTest.HANDLE;
import static com.eumsocial.whatsapp.templatemedia.CreateHandlerTest.WABA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.eumsocial.whatsapp.commons.testing.LambdaPayloads;
import com.eumsocial.whatsapp.commons.testing.MutableClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.socialmessaging.SocialMessagingClient;
import software.amazon.awssdk.services.socialmessaging.model.CreateWhatsAppMessageTemplateMediaRequest;
import software.amazon.awssdk.services.socialmessaging.model.CreateWhatsAppMessageTemplateMediaResponse;
import software.amazon.awssdk.services.socialmessaging.model.GetLinkedWhatsAppBusinessAccountRequest;
import software.amazon.awssdk.services.socialmessaging.model.GetLinkedWhatsAppBusinessAccountResponse;
import software.amazon.awssdk.services.socialmessaging.model.LinkedWhatsAppBusinessAccount;
import software.amazon.awssdk.services.socialmessaging.model.RegistrationStatus;

/** The Lambda entry point, fed the payload CloudFormation sends (protocol 2.0.0). */
class HandlerWrapperTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SocialMessagingClient client;
    private HandlerWrapper wrapper;

    @BeforeEach
    void setUp() {
        client = mock(SocialMessagingClient.class);
        wrapper = new HandlerWrapper((region, configuration) -> client, new MutableClock());
    }

    private JsonNode invoke(String action, JsonNode properties) {
        return LambdaPayloads.invoke(wrapper, ResourceModel.TYPE_NAME, action, properties, null);
    }

    private static ObjectNode properties() {
        return MAPPER.createObjectNode().put("WabaId", WABA).put("SourceS3Bucket", "my-template-media")
            .put("SourceS3Key", "headers/banner.png");
    }

    @Test
    void createThroughTheEntryPointReturnsTheHandle() {
        when(client.getLinkedWhatsAppBusinessAccount(any(GetLinkedWhatsAppBusinessAccountRequest.class)))
            .thenReturn(GetLinkedWhatsAppBusinessAccountResponse.builder().account(
                LinkedWhatsAppBusinessAccount.builder().id(WABA).registrationStatus(RegistrationStatus.COMPLETE).build()).build());
        when(client.createWhatsAppMessageTemplateMedia(any(CreateWhatsAppMessageTemplateMediaRequest.class)))
            .thenReturn(CreateWhatsAppMessageTemplateMediaResponse.builder().metaHeaderHandle(HANDLE).build());

        JsonNode response = invoke("CREATE", properties());

        assertThat(response.path("status").asText()).as(response.toString()).isEqualTo("SUCCESS");
        assertThat(response.path("resourceModel")).isEqualTo(properties().put("MetaHeaderHandle", HANDLE));
    }

    @Test
    void theWrapperRejectsPropertiesTheSchemaForbidsBeforeAnyHandlerRuns() {
        JsonNode response = invoke("CREATE", properties().put("SourceS3Bucket", "Not_A_Bucket"));

        assertThat(response.path("status").asText()).as(response.toString()).isEqualTo("FAILED");
        assertThat(response.path("errorCode").asText()).isEqualTo("InvalidRequest");
        verifyNoInteractions(client);
    }

    @Test
    void listThroughTheEntryPointIsAnEmptyList() {
        JsonNode response = invoke("LIST", properties());

        assertThat(response.path("status").asText()).as(response.toString()).isEqualTo("SUCCESS");
        assertThat(response.path("resourceModels").isArray()).isTrue();
        assertThat(response.path("resourceModels")).isEmpty();
        verifyNoInteractions(client);
    }
}
