package com.eumsocial.whatsapp.commons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import com.eumsocial.whatsapp.commons.testing.Invocations;
import com.eumsocial.whatsapp.commons.testing.MutableClock;
import com.eumsocial.whatsapp.commons.testing.ServiceErrors;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.socialmessaging.SocialMessagingClient;
import software.amazon.cloudformation.proxy.HandlerErrorCode;
import software.amazon.cloudformation.proxy.OperationStatus;
import software.amazon.cloudformation.proxy.ProgressEvent;

class TypeHandlerTest {
    private final Invocations<String, Void> invocations = Invocations.with(mock(SocialMessagingClient.class), new MutableClock());

    private ProgressEvent<String, Void> run(Function<HandlerInvocation<String, Void>, ProgressEvent<String, Void>> body) {
        TypeHandler<String, Void> handler = new TypeHandler<>() {
            @Override
            protected ProgressEvent<String, Void> handle(HandlerInvocation<String, Void> invocation) {
                return body.apply(invocation);
            }
        };
        return handler.handleRequest(invocations.invocation(invocations.request("model"), null));
    }

    @Test
    void aHandlerFailureBecomesAFailedEventWithItsCode() {
        ProgressEvent<String, Void> event = run(inv -> {
            throw HandlerFailure.notFound("Template x is gone");
        });
        assertThat(event.getStatus()).isEqualTo(OperationStatus.FAILED);
        assertThat(event.getErrorCode()).isEqualTo(HandlerErrorCode.NotFound);
        assertThat(event.getMessage()).isEqualTo("Template x is gone");
        assertThat(event.getResourceModel()).isNull();
        assertThat(event.getCallbackDelaySeconds()).isZero();
        assertThat(invocations.log).anySatisfy(line -> assertThat(line).contains("NotFound"));
    }

    @Test
    void anEscapedServiceErrorIsStillTranslated() {
        ProgressEvent<String, Void> event = run(inv -> {
            throw ServiceErrors.throttled("Rate exceeded");
        });
        assertThat(event.getErrorCode()).isEqualTo(HandlerErrorCode.Throttling);
        assertThat(event.getMessage()).contains("Rate exceeded");
    }

    @Test
    void aMissingEventIsAnInternalFailure() {
        ProgressEvent<String, Void> event = run(inv -> null);
        assertThat(event.getErrorCode()).isEqualTo(HandlerErrorCode.InternalFailure);
        assertThat(event.getMessage()).contains("returned no progress event");
    }

    @Test
    void theInvocationExposesTheRequestAndDefaults() {
        ProgressEvent<String, Void> event = run(inv -> ProgressEvent.defaultSuccessHandler(inv.model()
            + "|" + inv.request().getRegion() + "|" + inv.typeConfiguration().getEndpointOverride()));
        assertThat(event.getResourceModel()).isEqualTo("model|us-east-1|null");

        HandlerInvocation<String, Void> bare = new HandlerInvocation<>(null, invocations.request("m"), null, null, null, null,
            (region, configuration) -> mock(SocialMessagingClient.class));
        assertThat(bare.typeConfiguration()).isNotNull();
        assertThat(bare.clock()).isNotNull();
        bare.logger().log("ignored");
        assertThat(bare.callbackContext()).isNull();
    }
}
