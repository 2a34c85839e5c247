package com.eumsocial.whatsapp.commons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import com.eumsocial.whatsapp.commons.testing.LambdaPayloads;
import com.eumsocial.whatsapp.commons.testing.MutableClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.socialmessaging.SocialMessagingClient;
import software.amazon.cloudformation.Action;
import software.amazon.cloudformation.proxy.ProgressEvent;

class LambdaPayloadsTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final TypeHandler<SampleWrapper.Model, SampleWrapper.Context> create = new TypeHandler<>() {
        @Override
        protected ProgressEvent<SampleWrapper.Model, SampleWrapper.Context> handle(
                HandlerInvocation<SampleWrapper.Model, SampleWrapper.Context> invocation) {
            if (invocation.callbackContext() == null) {
                SampleWrapper.Context context = new SampleWrapper.Context();
                context.step = 1;
                return ProgressEvent.defaultInProgressHandler(context, 3, invocation.model());
            }
            return ProgressEvent.defaultSuccessHandler(invocation.model());
        }
    };

    private final SampleWrapper wrapper =
        new SampleWrapper(Map.of(Action.CREATE, create), (region, configuration) -> mock(SocialMessagingClient.class), new MutableClock());

    @Test
    void aPayloadGoesThroughTheEntryPointAndTheCallbackContextComesBack() throws Exception {
        JsonNode properties = MAPPER.readTree("{\"Name\":\"a\",\"Secret\":\"s\"}");

        JsonNode first = LambdaPayloads.invoke(wrapper, "Sample::Test::Thing", "CREATE", properties, null);
        JsonNode second = LambdaPayloads.invoke(wrapper, "Sample::Test::Thing", "CREATE", first.path("resourceModel"),
            first.path("callbackContext"));

        assertThat(first.path("status").asText()).as(first.toString()).isEqualTo("IN_PROGRESS");
        assertThat(first.path("callbackDelaySeconds").asInt()).isEqualTo(3);
        assertThat(second.path("status").asText()).as(second.toString()).isEqualTo("SUCCESS");
        assertThat(second.path("resourceModel").path("Name").asText()).isEqualTo("a");
    }

    @Test
    void theRequestCarriesCallerCredentialsAndNoContextOnTheFirstInvocation() {
        JsonNode request = LambdaPayloads.request("T::T::T", "READ", MAPPER.createObjectNode(), null);

        assertThat(request.at("/requestData/callerCredentials/accessKeyId").asText()).isNotEmpty();
        assertThat(request.has("callbackContext")).isFalse();
        assertThat(request.path("action").asText()).isEqualTo("READ");
    }
}
