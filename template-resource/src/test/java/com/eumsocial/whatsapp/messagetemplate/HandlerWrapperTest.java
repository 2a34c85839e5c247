package com.eumsocial.whatsapp.messagetemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.socialmessaging.model.CreateWhatsAppMessageTemplateRequest;
import software.amazon.awssdk.services.socialmessaging.model.CreateWhatsAppMessageTemplateResponse;
import software.amazon.awssdk.services.socialmessaging.model.RegistrationStatus;

/** Through the real Lambda entry point, with CloudFormation-shaped payloads. */
class HandlerWrapperTest extends HandlerTestBase {
    private final List<String> endpoints = new ArrayList<>();
    private final HandlerWrapper wrapper = new HandlerWrapper((region, configuration) -> {
        endpoints.add(region + " " + configuration.getEndpointOverride());
        return client;
    }, clock);

    private static Context lambdaContext() {
        Context context = mock(Context.class);
        when(context.getLogger()).thenReturn(mock(LambdaLogger.class));
        return context;
    }

    private ObjectNode request(String action, JsonNode properties, JsonNode callbackContext) {
        ObjectNode request = MAPPER.createObjectNode();
        request.put("awsAccountId", "123456789012");
        request.put("bearerToken", "b3b5d5a5-token");
        request.put("region", "us-east-1");
        request.put("action", action);
        request.put("resourceType", ResourceModel.TYPE_NAME);
        request.put("resourceTypeVersion", "00000001");
        request.put("stackId", "arn:aws:cloudformation:us-east-1:123456789012:stack/templates/abc");
        if (callbackContext != null) {
            request.set("callbackContext", callbackContext);
        }
        ObjectNode data = request.putObject("requestData");
        data.putObject("callerCredentials").put("accessKeyId", "AK").put("secretAccessKey", "SK").put("sessionToken", "ST");
        data.put("logicalResourceId", "OrderShipped");
        data.set("resourceProperties", properties);
        data.putObject("typeConfiguration").put("EndpointOverride", "http://127.0.0.1:4566");
        return request;
    }

    private JsonNode invoke(ObjectNode request) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wrapper.handleRequest(new ByteArrayInputStream(request.toString().getBytes(StandardCharsets.UTF_8)), out, lambdaContext());
        return MAPPER.readTree(out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void createRunsThroughTheLambdaEntryPointAcrossCallbacks() throws Exception {
        wabaLinked(RegistrationStatus.COMPLETE);
        templatesListed();
        when(client.createWhatsAppMessageTemplate(any(CreateWhatsAppMessageTemplateRequest.class)))
            .thenReturn(CreateWhatsAppMessageTemplateResponse.builder().metaTemplateId(ID).templateStatus("PENDING").build());
        getReturns(meta("APPROVED"));
        ObjectNode properties = (ObjectNode) json(desired());
        properties.put("WaitForApproval", true);

        JsonNode first = invoke(request("CREATE", properties, null));

        assertThat(first.get("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(first.get("callbackDelaySeconds").asInt()).isEqualTo(5);
        assertThat(first.at("/resourceModel/WabaId").asText()).isEqualTo(WABA);
        assertThat(first.at("/resourceModel/MetaTemplateId").asText()).isEqualTo(ID);
        assertThat(first.at("/callbackContext/metaTemplateId").asText()).isEqualTo(ID);
        assertThat(endpoints).containsExactly("us-east-1 http://127.0.0.1:4566");

        clock.advanceSeconds(5);
        JsonNode done = invoke(request("CREATE", first.get("resourceModel"), first.get("callbackContext")));

        assertThat(done.get("status").asText()).isEqualTo("SUCCESS");
        assertThat(done.has("errorCode")).isFalse();
        assertThat(done.at("/resourceModel/Status").asText()).isEqualTo("APPROVED");
        assertThat(done.at("/resourceModel").has("WaitForApproval")).isFalse();
        assertThat(done.at("/resourceModel/Components")).isEqualTo(MAPPER.readTree(DECLARED_COMPONENTS));
    }

    @Test
    void anUnknownPropertyIsRejectedBeforeAnyCall() throws Exception {
        ObjectNode properties = (ObjectNode) json(desired());
        properties.put("Colour", "blue");
        JsonNode response = invoke(request("CREATE", properties, null));
        assertThat(response.get("status").asText()).isEqualTo("FAILED");
        assertThat(response.get("errorCode").asText()).isEqualTo("InvalidRequest");
        verify(client, never()).createWhatsAppMessageTemplate(any(CreateWhatsAppMessageTemplateRequest.class));
    }

    @Test
    void readRunsSynchronously() throws Exception {
        getReturns(meta("APPROVED"));
        ResourceModel model = desired();
        model.setMetaTemplateId(ID);
        JsonNode response = invoke(request("READ", json(model), null));
        assertThat(response.get("status").asText()).isEqualTo("SUCCESS");
        assertThat(response.at("/resourceModel/QualityScore").asText()).isEqualTo("UNKNOWN");
    }

    @Test
    void theDefaultConstructorIsUsableAsTheLambdaHandler() {
        assertThat(new HandlerWrapper().provideResourceSchemaJSONObject().getString("typeName")).isEqualTo(ResourceModel.TYPE_NAME);
        assertThat(HandlerWrapper.handlers()).hasSize(5);
    }
}
