package com.eumsocial.whatsapp.templatemedia;

import static com.eumsocial.whatsapp.templatemedia.CreateHandlerTest.HANDLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import com.eumsocial.whatsapp.commons.TypeHandler;
import com.eumsocial.whatsapp.commons.testing.Invocations;
import com.eumsocial.whatsapp.commons.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.socialmessaging.SocialMessagingClient;
import software.amazon.cloudformation.proxy.HandlerErrorCode;
import software.amazon.cloudformation.proxy.OperationStatus;
import software.amazon.cloudformation.proxy.ProgressEvent;

/**
 * Read, update, delete and list of TemplateMedia: the service has no call for them, so these
 * tests pin down what each does without one (docs/README.md) and that none touches the client.
 */
class NoCallHandlersTest {
    private SocialMessagingClient client;
    private Invocations<ResourceModel, CallbackContext> invocations;

    @BeforeEach
    void setUp() {
        client = mock(SocialMessagingClient.class);
        invocations = Invocations.with(client, new MutableClock());
    }

    @AfterEach
    void noServiceCall() {
        verifyNoInteractions(client);
        assertThat(invocations.clientsBuilt()).isZero();
    }

    private ProgressEvent<ResourceModel, CallbackContext> run(TypeHandler<ResourceModel, CallbackContext> handler,
                                                              ResourceModel model) {
        return handler.handleRequest(invocations.invocation(invocations.request(model), null));
    }

    private static ResourceModel created() {
        return CreateHandlerTest.desired().toBuilder().metaHeaderHandle(HANDLE).build();
    }

    @Test
    void readReturnsTheModelTheRequestCarriesWhenItHasAHandle() {
        ProgressEvent<ResourceModel, CallbackContext> event = run(new ReadHandler(), created());

        assertThat(event.getStatus()).isEqualTo(OperationStatus.SUCCESS);
        assertThat(event.getResourceModel()).isEqualTo(created());
        assertThat(event.getCallbackDelaySeconds()).isZero();
    }

    @Test
    void readFromTheHandleAloneReturnsOnlyTheHandle() {
        ResourceModel identifierOnly = ResourceModel.builder().metaHeaderHandle(HANDLE).build();

        ProgressEvent<ResourceModel, CallbackContext> event = run(new ReadHandler(), identifierOnly);

        assertThat(event.getStatus()).isEqualTo(OperationStatus.SUCCESS);
        assertThat(event.getResourceModel()).isEqualTo(identifierOnly);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"4::", "4:: spaced", "https://scontent.whatsapp.net/v/t61/banner.png", "3::abc"})
    void readOfAMissingOrMalformedHandleFailsNotFound(String handle) {
        ProgressEvent<ResourceModel, CallbackContext> event =
            run(new ReadHandler(), CreateHandlerTest.desired().toBuilder().metaHeaderHandle(handle).build());

        assertThat(event.getStatus()).isEqualTo(OperationStatus.FAILED);
        assertThat(event.getErrorCode()).isEqualTo(HandlerErrorCode.NotFound);
        assertThat(event.getResourceModels()).isNull();
    }

    @Test
    void readWithoutAModelFailsNotFound() {
        assertThat(run(new ReadHandler(), null).getErrorCode()).isEqualTo(HandlerErrorCode.NotFound);
    }

    @Test
    void updateIsNotPossibleBecauseEveryPropertyIsCreateOnly() {
        ProgressEvent<ResourceModel, CallbackContext> event = run(new UpdateHandler(), created());

        assertThat(event.getStatus()).isEqualTo(OperationStatus.FAILED);
        assertThat(event.getErrorCode()).isEqualTo(HandlerErrorCode.NotUpdatable);
        assertThat(event.getMessage()).contains("create-only");
    }

    @Test
    void deleteSucceedsWithoutAModelAndWithoutACall() {
        ProgressEvent<ResourceModel, CallbackContext> event = run(new DeleteHandler(), created());

        assertThat(event.getStatus()).isEqualTo(OperationStatus.SUCCESS);
        assertThat(event.getResourceModel()).isNull();
        assertThat(event.getErrorCode()).isNull();
        assertThat(invocations.log).anyMatch(line -> line.contains(HANDLE));
    }

    @Test
    void aSecondDeleteCannotBeDetectedAndAlsoSucceeds() {
        // A documented gap in the handler contract (docs/README.md): nothing records the first delete.
        run(new DeleteHandler(), created());

        assertThat(run(new DeleteHandler(), created()).getStatus()).isEqualTo(OperationStatus.SUCCESS);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"not-a-handle"})
    void deleteOfAMissingOrMalformedHandleFailsNotFound(String handle) {
        ProgressEvent<ResourceModel, CallbackContext> event =
            run(new DeleteHandler(), ResourceModel.builder().metaHeaderHandle(handle).build());

        assertThat(event.getErrorCode()).isEqualTo(HandlerErrorCode.NotFound);
    }

    @Test
    void listReturnsAnEmptyListWithoutANextToken() {
        ProgressEvent<ResourceModel, CallbackContext> event = run(new ListHandler(), CreateHandlerTest.desired());

        assertThat(event.getStatus()).isEqualTo(OperationStatus.SUCCESS);
        assertThat(event.getResourceModels()).isEmpty();
        assertThat(event.getNextToken()).isNull();
        assertThat(event.getResourceModel()).isNull();
    }
}
