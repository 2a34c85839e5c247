package com.eumsocial.whatsapp.templatemedia;

import static com.eumsocial.whatsapp.templatemedia.CreateHandlerTest.HANDLE;
import static com.eumsocial.whatsapp.templatemedia.CreateHandlerTest.WABA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.eumsocial.whatsapp.commons.testing.MutableClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
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
    private Context context;

    @BeforeEach
    void setUp() {
        client = mock(SocialMessagingClient.class);
        wrapper = new HandlerWrapper((region, configuration) -> client, new MutableClock());
        context = mock(Context.class);
        when(context.getLogger()).thenReturn(mock(LambdaLogger.class));
        when(context.getRemainingTimeInMillis()).thenReturn(60_000);
    }

    private JsonNode invoke(String action, ObjectNode properties) throws Exception {
        ObjectNode request = MAPPER.createObjectNode();
        request.put("awsAccountId", "123456789012");
        request.put("bearerToken", "token-1");
        request.put("region", "us-east-1");
        request.put("action", action);
        request.put("resourceType", ResourceModel.TYPE_NAME);
        request.put("resourceTypeVersion", "00000001");
        request.put("stackId", "arn:aws:cloudformation:us-east-1:123456789012:stack/media/1");
        ObjectNode data = request.putObject("requestData");
        data.putObject("callerCredentials").put("accessKeyId", "AKID").put("secretAccessKey", "secret").put("sessionToken", "t");
        data.put("logicalResourceId", "HeaderImage");
        data.set("resourceProperties", properties);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wrapper.handleRequest(new ByteArrayInputStream(MAPPER.writeValueAsBytes(request)), out, context);
        return MAPPER.readTree(out.toString(StandardCharsets.UTF_8));
    }

    private static ObjectNode properties() {
        return MAPPER.createObjectNode().put("WabaId", WABA).put("SourceS3Bucket", "my-template-media")
            .put("SourceS3Key", "headers/banner.png");
    }

    @Test
    void createThroughTheEntryPointReturnsTheHandle() throws Exception {
        when(client.getLinkedWhatsAppBusinessAccount(any(GetLinkedWhatsAppBusinessAccountRequest.class)))
            .thenReturn(GetLinkedWhatsAppBusinessAccountResponse.builder().account(
                LinkedWhatsAppBusinessAccount.builder().id(WABA).registrationStatus(RegistrationStatus.COMPLETE).build()).build());
        when(client.createWhatsAppMessageTemplateMedia(any(CreateWhatsAppMessageTemplateMediaRequest.class)))
            .thenReturn(CreateWhatsAppMessageTemplateMediaResponse.builder().metaHeaderHandle(HANDLE).build());

        JsonNode response = invoke("CREATE", properties());

        assertThat(response.path("status").asText()).isEqualTo("SUCCESS");
        assertThat(response.path("resourceModel")).isEqualTo(properties().put("MetaHeaderHandle", HANDLE));
    }

    @Test
    void theWrapperRejectsPropertiesTheSchemaForbidsBeforeAnyHandlerRuns() throws Exception {
        JsonNode response = invoke("CREATE", properties().put("SourceS3Bucket", "Not_A_Bucket"));

        assertThat(response.path("status").asText()).isEqualTo("FAILED");
        assertThat(response.path("errorCode").asText()).isEqualTo("InvalidRequest");
        verifyNoInteractions(client);
    }

    @Test
    void listThroughTheEntryPointIsAnEmptyList() throws Exception {
        JsonNode response = invoke("LIST", properties());

        assertThat(response.path("status").asText()).isEqualTo("SUCCESS");
        assertThat(response.path("resourceModels").isArray()).isTrue();
        assertThat(response.path("resourceModels")).isEmpty();
        verifyNoInteractions(client);
    }
}
