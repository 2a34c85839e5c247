package com.eumsocial.whatsapp.messagetemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.eumsocial.whatsapp.commons.testing.ServiceErrors;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import software.amazon.awssdk.services.socialmessaging.model.DeleteWhatsAppMessageTemplateRequest;
import software.amazon.awssdk.services.socialmessaging.model.DeleteWhatsAppMessageTemplateResponse;
import software.amazon.awssdk.services.socialmessaging.model.GetWhatsAppMessageTemplateRequest;
import software.amazon.awssdk.services.socialmessaging.model.GetWhatsAppMessageTemplateResponse;
import software.amazon.cloudformation.proxy.HandlerErrorCode;
import software.amazon.cloudformation.proxy.OperationStatus;
import software.amazon.cloudformation.proxy.ProgressEvent;

class DeleteHandlerTest extends HandlerTestBase {
    private final DeleteHandler handler = new DeleteHandler();

    private static ResourceModel current() {
        ResourceModel model = desired();
        model.setMetaTemplateId(ID);
        return model;
    }

    private void deleteAccepted() {
        when(client.deleteWhatsAppMessageTemplate(any(DeleteWhatsAppMessageTemplateRequest.class)))
            .thenReturn(DeleteWhatsAppMessageTemplateResponse.builder().build());
    }

    @Test
    void deletesThisLanguageOnlyAndSucceedsWithoutAModel() {
        when(client.getWhatsAppMessageTemplate(any(GetWhatsAppMessageTemplateRequest.class)))
            .thenReturn(GetWhatsAppMessageTemplateResponse.builder().template(meta("APPROVED").build()).build())
            .thenThrow(ServiceErrors.notFound("gone"));
        deleteAccepted();

        ProgressEvent<ResourceModel, CallbackContext> event = run(handler, current(), null);

        assertThat(event.getStatus()).isEqualTo(OperationStatus.SUCCESS);
        assertThat(event.getResourceModel()).isNull();
        assertThat(event.getCallbackDelaySeconds()).isZero();
        ArgumentCaptor<DeleteWhatsAppMessageTemplateRequest> sent = ArgumentCaptor.forClass(DeleteWhatsAppMessageTemplateRequest.class);
        verify(client).deleteWhatsAppMessageTemplate(sent.capture());
        assertThat(sent.getValue().id()).isEqualTo(WABA);
        assertThat(sent.getValue().templateName()).isEqualTo(NAME);
        assertThat(sent.getValue().metaTemplateId()).isEqualTo(ID);
        assertThat(sent.getValue().deleteAllLanguages()).isFalse();
    }

    @Test
    void pollsUntilTheTemplateIsGone() {
        getReturns(meta("APPROVED"), meta("APPROVED"), meta("APPROVED"), meta("DELETED"));
        deleteAccepted();

        ProgressEvent<ResourceModel, CallbackContext> first = run(handler, current(), null);
        assertThat(first.getStatus()).isEqualTo(OperationStatus.IN_PROGRESS);
        assertThat(first.getCallbackDelaySeconds()).isEqualTo(5);
        assertThat(first.getResourceModel().getMetaTemplateId()).isEqualTo(ID);
        assertThat(first.getCallbackContext().getMetaTemplateId()).isEqualTo(ID);

        clock.advanceSeconds(5);
        ProgressEvent<ResourceModel, CallbackContext> second = run(handler, first.getResourceModel(), first.getCallbackContext());
        assertThat(second.getStatus()).isEqualTo(OperationStatus.IN_PROGRESS);

        clock.advanceSeconds(5);
        ProgressEvent<ResourceModel, CallbackContext> done = run(handler, second.getResourceModel(), second.getCallbackContext());
        assertThat(done.getStatus()).isEqualTo(OperationStatus.SUCCESS);
        assertThat(done.getResourceModel()).isNull();
        verify(client, times(1)).deleteWhatsAppMessageTemplate(any(DeleteWhatsAppMessageTemplateRequest.class));
    }

    @Test
    void aThrottledLookAfterTheDeleteStaysInProgressAndNeverDeletesTwice() {
        when(client.getWhatsAppMessageTemplate(any(GetWhatsAppMessageTemplateRequest.class)))
            .thenReturn(GetWhatsAppMessageTemplateResponse.builder().template(meta("APPROVED").build()).build())
            .thenThrow(ServiceErrors.throttled("Rate exceeded"))
            .thenThrow(ServiceErrors.notFound("gone"));
        deleteAccepted();

        ProgressEvent<ResourceModel, CallbackContext> first = run(handler, current(), null);
        assertThat(first.getStatus()).isEqualTo(OperationStatus.IN_PROGRESS);
        assertThat(first.getResourceModel().getMetaTemplateId()).isEqualTo(ID);
        assertThat(first.getCallbackContext().getWait().getTransientFailures()).isEqualTo(1);
        assertThat(first.getCallbackDelaySeconds()).isEqualTo(5);

        clock.advanceSeconds(5);
        ProgressEvent<ResourceModel, CallbackContext> done = run(handler, first.getResourceModel(), first.getCallbackContext());
        assertThat(done.getStatus()).isEqualTo(OperationStatus.SUCCESS);
        verify(client, times(1)).deleteWhatsAppMessageTemplate(any(DeleteWhatsAppMessageTemplateRequest.class));
    }

    @Test
    void aTemplateThatNeverDisappearsEndsNotStabilized() {
        getReturns(meta("APPROVED"));
        CallbackContext context = new CallbackContext(ID, NAME, false,
            com.eumsocial.whatsapp.commons.WaitState.startingAt(clock.instant()));
        clock.advance(TypeSettings.DELETE_MAX_WAIT.plus(Duration.ofSeconds(1)));
        ProgressEvent<ResourceModel, CallbackContext> event = run(handler, current(), context);
        assertThat(event.getErrorCode()).isEqualTo(HandlerErrorCode.NotStabilized);
        assertThat(event.getMessage()).contains("still exists");

        CallbackContext noWait = new CallbackContext(ID, NAME, false, null);
        assertThat(run(handler, current(), noWait).getStatus()).isEqualTo(OperationStatus.IN_PROGRESS);
    }

    @Test
    void anAlreadyDeletedTemplateIsNotFound() {
        when(client.getWhatsAppMessageTemplate(any(GetWhatsAppMessageTemplateRequest.class)))
            .thenThrow(ServiceErrors.notFound("gone"));
        ProgressEvent<ResourceModel, CallbackContext> event = run(handler, current(), null);
        assertThat(event.getErrorCode()).isEqualTo(HandlerErrorCode.NotFound);
        assertThat(event.getMessage()).contains("already deleted");
        verify(client, never()).deleteWhatsAppMessageTemplate(any(DeleteWhatsAppMessageTemplateRequest.class));

        getReturns(meta("DELETED"));
        assertThat(run(handler, current(), null).getErrorCode()).isEqualTo(HandlerErrorCode.NotFound);
    }

    @Test
    void aDeleteCallThatFindsNothingIsNotFound() {
        getReturns(meta("APPROVED"));
        when(client.deleteWhatsAppMessageTemplate(any(DeleteWhatsAppMessageTemplateRequest.class)))
            .thenThrow(ServiceErrors.notFound("raced"));
        assertThat(run(handler, current(), null).getErrorCode()).isEqualTo(HandlerErrorCode.NotFound);
    }

    @Test
    void withoutIdentifiersThereIsNothingToDelete() {
        assertThat(run(handler, desired(), null).getErrorCode()).isEqualTo(HandlerErrorCode.NotFound);
        assertThat(run(handler, null, null).getErrorCode()).isEqualTo(HandlerErrorCode.NotFound);
    }
}
