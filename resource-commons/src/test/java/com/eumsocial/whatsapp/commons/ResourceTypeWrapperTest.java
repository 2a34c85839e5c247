package com.eumsocial.whatsapp.commons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.eumsocial.whatsapp.commons.testing.MutableClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.socialmessaging.SocialMessagingClient;
import software.amazon.cloudformation.Action;
import software.amazon.cloudformation.proxy.ProgressEvent;

class ResourceTypeWrapperTest {
    private final ObjectMapper mapper = new ObjectMapper();
    private final List<HandlerInvocation<SampleWrapper.Model, SampleWrapper.Context>> seen = new ArrayList<>();
    private final List<String> clientRequests = new ArrayList<>();
    private final MutableClock clock = new MutableClock();

    private final TypeHandler<SampleWrapper.Model, SampleWrapper.Context> create = new TypeHandler<>() {
        @Override
        protected ProgressEvent<SampleWrapper.Model, SampleWrapper.Context> handle(
                HandlerInvocation<SampleWrapper.Model, SampleWrapper.Context> invocation) {
            seen.add(invocation);
            invocation.calls(); // the client is built lazily: nothing built until a call is made
            SampleWrapper.Context context = new SampleWrapper.Context();
            context.step = 1;
            if (invocation.callbackContext() == null) {
                return ProgressEvent.defaultInProgressHandler(context, 7, invocation.model());
            }
            return ProgressEvent.defaultSuccessHandler(invocation.model());
        }
    };

    private SampleWrapper wrapper() {
        return new SampleWrapper(Map.of(Action.CREATE, create), (region, configuration) -> {
            clientRequests.add(region);
            return mock(SocialMessagingClient.class);
        }, clock);
    }

    private static Context lambdaContext() {
        Context context = mock(Context.class);
        when(context.getLogger()).thenReturn(mock(LambdaLogger.class));
        when(context.getRemainingTimeInMillis()).thenReturn(60_000);
        return context;
    }

    private static String request(String action, String properties, String callbackContext) {
        return "{\"awsAccountId\":\"123456789012\",\"bearerToken\":\"token-9\",\"region\":\"cn-north-1\","
            + "\"action\":\"" + action + "\",\"resourceType\":\"Sample::Test::Thing\",\"resourceTypeVersion\":\"00000001\","
            + "\"stackId\":\"arn:aws-cn:cloudformation:cn-north-1:123456789012:stack/s/1\","
            + (callbackContext == null ? "" : "\"callbackContext\":" + callbackContext + ",")
            + "\"requestData\":{\"callerCredentials\":{\"accessKeyId\":\"AK\",\"secretAccessKey\":\"SK\",\"sessionToken\":\"ST\"},"
            + "\"logicalResourceId\":\"Thing\",\"resourceProperties\":" + properties + ","
            + "\"typeConfiguration\":{\"EndpointOverride\":\"http://127.0.0.1:9\"}}}";
    }

    private JsonNode run(SampleWrapper wrapper, String payload) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wrapper.handleRequest(new ByteArrayInputStream(payload.getBytes(StandardCharsets.UTF_8)), out, lambdaContext());
        return mapper.readTree(out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aCloudFormationRequestReachesTheHandlerWithEverythingTransformed() throws Exception {
        JsonNode response = run(wrapper(), request("CREATE", "{\"Name\":\"n\",\"Secret\":\"s\"}", null));

        assertThat(response.get("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(response.get("callbackDelaySeconds").asInt()).isEqualTo(7);
        assertThat(response.at("/callbackContext/step").asInt()).isEqualTo(1);
        // writeOnly properties stay while IN_PROGRESS
        assertThat(response.at("/resourceModel/Secret").asText()).isEqualTo("s");

        HandlerInvocation<SampleWrapper.Model, SampleWrapper.Context> invocation = seen.get(0);
        assertThat(invocation.request().getClientRequestToken()).isEqualTo("token-9");
        assertThat(invocation.request().getRegion()).isEqualTo("cn-north-1");
        assertThat(invocation.request().getAwsPartition()).isEqualTo("aws-cn");
        assertThat(invocation.request().getAwsAccountId()).isEqualTo("123456789012");
        assertThat(invocation.request().getLogicalResourceIdentifier()).isEqualTo("Thing");
        assertThat(invocation.typeConfiguration().getEndpointOverride()).isEqualTo("http://127.0.0.1:9");
        assertThat(invocation.proxy()).isNotNull();
        assertThat(invocation.clock()).isSameAs(clock);
        assertThat(invocation.pollingSchedule()).isEqualTo(PollingSchedule.DEFAULT);
        assertThat(invocation.templates()).isNotNull();
        assertThat(clientRequests).isEmpty();
    }

    @Test
    void theFinalEventDropsWriteOnlyProperties() throws Exception {
        JsonNode response = run(wrapper(), request("CREATE", "{\"Name\":\"n\",\"Secret\":\"s\"}", "{\"step\":1}"));
        assertThat(response.get("status").asText()).isEqualTo("SUCCESS");
        assertThat(response.at("/resourceModel/Name").asText()).isEqualTo("n");
        assertThat(response.at("/resourceModel").has("Secret")).isFalse();
    }

    @Test
    void schemaValidationRejectsExtraKeysOnTheFirstInvocation() throws Exception {
        JsonNode response = run(wrapper(), request("CREATE", "{\"Name\":\"n\",\"Extra\":1}", null));
        assertThat(response.get("status").asText()).isEqualTo("FAILED");
        assertThat(response.get("errorCode").asText()).isEqualTo("InvalidRequest");
    }

    @Test
    void anActionWithoutHandlerFailsAsInvalidRequest() throws Exception {
        JsonNode response = run(wrapper(), request("UPDATE", "{\"Name\":\"n\"}", null));
        assertThat(response.get("status").asText()).isEqualTo("FAILED");
        assertThat(response.get("errorCode").asText()).isEqualTo("InvalidRequest");
        assertThat(response.get("message").asText()).contains("no handler for action UPDATE");
    }

    @Test
    void theTestEntrypointRunsAHandlerOnATestPayload() throws Exception {
        String payload = "{\"credentials\":{\"accessKeyId\":\"AK\",\"secretAccessKey\":\"SK\",\"sessionToken\":\"ST\"},"
            + "\"action\":\"CREATE\",\"request\":{\"clientRequestToken\":\"t\",\"desiredResourceState\":{\"Name\":\"n\"},"
            + "\"region\":\"us-east-1\",\"awsAccountId\":\"123456789012\"},\"callbackContext\":{\"step\":1}}";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wrapper().testEntrypoint(new ByteArrayInputStream(payload.getBytes(StandardCharsets.UTF_8)), out, lambdaContext());
        JsonNode response = mapper.readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(response.get("status").asText()).isEqualTo("SUCCESS");
        assertThat(seen.get(0).proxy()).isNotNull();

        ByteArrayOutputStream bad = new ByteArrayOutputStream();
        wrapper().testEntrypoint(new ByteArrayInputStream("not json".getBytes(StandardCharsets.UTF_8)), bad, null);
        assertThat(mapper.readTree(bad.toString(StandardCharsets.UTF_8)).get("status").asText()).isEqualTo("FAILED");
    }

    @Test
    void partitionsFollowTheRegion() {
        assertThat(ResourceTypeWrapper.partitionOf("us-east-1")).isEqualTo("aws");
        assertThat(ResourceTypeWrapper.partitionOf("us-gov-west-1")).isEqualTo("aws-us-gov");
        assertThat(ResourceTypeWrapper.partitionOf(null)).isEqualTo("aws");
        assertThat(ResourceTypeWrapper.partitionOf("")).isEqualTo("aws");
    }

    @Test
    void theDefaultConstructorUsesTheProductionFactory() {
        SampleWrapper wrapper = new SampleWrapper(Map.of());
        assertThat(wrapper.provideResourceSchemaJSONObject().getString("typeName")).isEqualTo("Sample::Test::Thing");
        assertThat(wrapper.provideResourceDefinedTags(new SampleWrapper.Model())).isNull();
    }
}
