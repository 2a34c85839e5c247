package com.eumsocial.whatsapp.messagetemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.eumsocial.whatsapp.commons.testing.ServiceErrors;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import software.amazon.awssdk.services.socialmessaging.model.DeleteWhatsAppMessageTemplateRequest;
import software.amazon.awssdk.services.socialmessaging.model.GetWhatsAppMessageTemplateRequest;
import software.amazon.awssdk.services.socialmessaging.model.UpdateWhatsAppMessageTemplateRequest;
import software.amazon.awssdk.services.socialmessaging.model.UpdateWhatsAppMessageTemplateResponse;
import software.amazon.cloudformation.proxy.HandlerErrorCode;
import software.amazon.cloudformation.proxy.OperationStatus;
import software.amazon.cloudformation.proxy.ProgressEvent;

class UpdateHandlerTest extends HandlerTestBase {
    private final UpdateHandler handler = new UpdateHandler();

    private static ResourceModel previous() {
        ResourceModel model = desired();
        model.setMetaTemplateId(ID);
        return model;
    }

    private static ResourceModel edited() {
        ResourceModel model = desired();
        model.setComponents(components(EDITED_COMPONENTS));
        return model;
    }

    private void updateAccepted() {
        when(client.updateWhatsAppMessageTemplate(any(UpdateWhatsAppMessageTemplateRequest.class)))
            .thenReturn(UpdateWhatsAppMessageTemplateResponse.builder().build());
    }

    private UpdateWhatsAppMessageTemplateRequest sentUpdate() {
        ArgumentCaptor<UpdateWhatsAppMessageTemplateRequest> sent = ArgumentCaptor.forClass(UpdateWhatsAppMessageTemplateRequest.class);
        verify(client).updateWhatsAppMessageTemplate(sent.capture());
        return sent.getValue();
    }

    @Test
    void editsComponentsThenWaitsForTheNewReview() throws Exception {
        getReturns(meta("APPROVED"), meta("PENDING").components(EDITED_COMPONENTS),
            meta("APPROVED").components(EDITED_COMPONENTS).qualityScore("GREEN"));
        updateAccepted();

        ProgressEvent<ResourceModel, CallbackContext> first = run(handler, edited(), previous(), null);

        assertThat(first.getStatus()).isEqualTo(OperationStatus.IN_PROGRESS);
        assertThat(first.getResourceModel().getMetaTemplateId()).isEqualTo(ID);
        assertThat(first.getCallbackContext().getCreatedHere()).isFalse();
        UpdateWhatsAppMessageTemplateRequest update = sentUpdate();
        assertThat(update.id()).isEqualTo(WABA);
        assertThat(update.metaTemplateId()).isEqualTo(ID);
        assertThat(update.templateCategory()).isNull();
        assertThat(MAPPER.readTree(update.templateComponents().asUtf8String())).isEqualTo(MAPPER.readTree(EDITED_COMPONENTS));

        clock.advanceSeconds(5);
        ProgressEvent<ResourceModel, CallbackContext> second = run(handler, first.getResourceModel(), previous(),
            first.getCallbackContext());
        assertThat(second.getStatus()).isEqualTo(OperationStatus.IN_PROGRESS);

        clock.advanceSeconds(5);
        ProgressEvent<ResourceModel, CallbackContext> done = run(handler, second.getResourceModel(), previous(),
            second.getCallbackContext());
        assertThat(done.getStatus()).isEqualTo(OperationStatus.SUCCESS);
        ResourceModel expected = edited();
        expected.setMetaTemplateId(ID);
        expected.setStatus("APPROVED");
        expected.setQualityScore("GREEN");
        expected.setRejectedReason("NONE");
        assertThat(done.getResourceModel()).isEqualTo(expected);
    }

    @Test
    void withoutWaitingItSucceedsAfterTheEdit() {
        getReturns(meta("REJECTED"), meta("PENDING").components(EDITED_COMPONENTS));
        updateAccepted();
        ResourceModel model = edited();
        model.setWaitForApproval(false);

        ProgressEvent<ResourceModel, CallbackContext> event = run(handler, model, previous(), null);

        assertThat(event.getStatus()).isEqualTo(OperationStatus.SUCCESS);
        assertThat(event.getResourceModel().getStatus()).isEqualTo("PENDING");
        assertThat(event.getResourceModel().getComponents()).isEqualTo(components(EDITED_COMPONENTS));
    }

    @Test
    void theCategoryOfAnApprovedTemplateCannotChange() {
        getReturns(meta("APPROVED"));
        ResourceModel model = edited();
        model.setCategory("MARKETING");

        ProgressEvent<ResourceModel, CallbackContext> event = run(handler, model, previous(), null);

        assertThat(event.getErrorCode()).isEqualTo(HandlerErrorCode.InvalidRequest);
        assertThat(event.getMessage()).startsWith("Category: Meta does not allow changing the category of an APPROVED template")
            .contains("is UTILITY, the stack declares MARKETING");
        verify(client, never()).updateWhatsAppMessageTemplate(any(UpdateWhatsAppMessageTemplateRequest.class));
    }

    @Test
    void theCategoryOfARejectedTemplateCanChange() {
        getReturns(meta("REJECTED"));
        updateAccepted();
        ResourceModel model = desired();
        model.setCategory("MARKETING");

        ProgressEvent<ResourceModel, CallbackContext> event = run(handler, model, previous(), null);

        assertThat(event.getStatus()).isEqualTo(OperationStatus.IN_PROGRESS);
        assertThat(sentUpdate().templateCategory()).isEqualTo("MARKETING");
    }

    @Test
    void aDeclarationThatMetaReCategorisedIsNotACategoryChange() {
        getReturns(meta("APPROVED").category("MARKETING").previousCategory("UTILITY"),
            meta("APPROVED").category("MARKETING").previousCategory("UTILITY").components(EDITED_COMPONENTS));
        updateAccepted();

        ProgressEvent<ResourceModel, CallbackContext> first = run(handler, edited(), previous(), null);

        assertThat(first.getStatus()).isEqualTo(OperationStatus.IN_PROGRESS);
        assertThat(sentUpdate().templateCategory()).isNull();
        clock.advanceSeconds(5);
        ProgressEvent<ResourceModel, CallbackContext> done = run(handler, first.getResourceModel(), previous(),
            first.getCallbackContext());
        assertThat(done.getStatus()).isEqualTo(OperationStatus.SUCCESS);
        assertThat(done.getResourceModel().getCategory()).isEqualTo("UTILITY");
        assertThat(done.getMessage()).contains("Meta approved it as MARKETING, not the declared UTILITY");
    }

    @Test
    void anUnchangedDeclarationOfTheOldCategoryIsNoChangeEvenWithoutMetasPreviousCategory() {
        // Meta moved the APPROVED template to MARKETING and does not say from what; the stack still declares UTILITY.
        getReturns(meta("APPROVED").category("MARKETING"));
        ResourceModel model = desired();
        model.setWaitForApproval(false);

        ProgressEvent<ResourceModel, CallbackContext> event = run(handler, model, previous(), null);

        assertThat(event.getStatus()).isEqualTo(OperationStatus.SUCCESS);
        assertThat(event.getResourceModel().getCategory()).isEqualTo("UTILITY");
        assertThat(event.getMessage()).contains("nothing to edit").contains("Meta approved it as MARKETING");
        verify(client, never()).updateWhatsAppMessageTemplate(any(UpdateWhatsAppMessageTemplateRequest.class));
    }

    @Test
    void declaringTheCategoryMetaMovedTheTemplateToIsNoChangeEither() {
        getReturns(meta("APPROVED").category("MARKETING").previousCategory("UTILITY"));
        ResourceModel model = desired();
        model.setCategory("MARKETING");
        model.setWaitForApproval(false);

        ProgressEvent<ResourceModel, CallbackContext> event = run(handler, model, previous(), null);

        assertThat(event.getStatus()).isEqualTo(OperationStatus.SUCCESS);
        assertThat(event.getResourceModel().getCategory()).isEqualTo("MARKETING");
        assertThat(event.getMessage()).contains("these components and this category; nothing to edit")
            .doesNotContain("re-categorised");
        verify(client, never()).updateWhatsAppMessageTemplate(any(UpdateWhatsAppMessageTemplateRequest.class));
    }

    @Test
    void whatCountsAsACategoryChange() {
        com.eumsocial.whatsapp.commons.MetaTemplate utility =
            com.eumsocial.whatsapp.commons.MetaTemplate.parse(meta("REJECTED").build());
        com.eumsocial.whatsapp.commons.MetaTemplate movedWithoutPrevious =
            com.eumsocial.whatsapp.commons.MetaTemplate.parse(meta("APPROVED").category("MARKETING").build());
        ResourceModel declaredUtility = previous();

        assertThat(UpdateHandler.categoryChanged("UTILITY", declaredUtility, utility)).isFalse();
        assertThat(UpdateHandler.categoryChanged("MARKETING", declaredUtility, utility)).isTrue();
        assertThat(UpdateHandler.categoryChanged("MARKETING", null, utility)).isTrue();
        assertThat(UpdateHandler.categoryChanged("UTILITY", declaredUtility, movedWithoutPrevious)).isFalse();
        assertThat(UpdateHandler.categoryChanged("UTILITY", null, movedWithoutPrevious)).isTrue();
        assertThat(UpdateHandler.categoryChanged("AUTHENTICATION", declaredUtility, movedWithoutPrevious)).isTrue();
    }

    @Test
    void nothingToChangeMeansNoEdit() {
        getReturns(meta("APPROVED"));
        ResourceModel model = desired();
        model.setWaitForApproval(false);

        ProgressEvent<ResourceModel, CallbackContext> event = run(handler, model, previous(), null);

        assertThat(event.getStatus()).isEqualTo(OperationStatus.SUCCESS);
        assertThat(event.getResourceModel().getComponents()).isEqualTo(components(DECLARED_COMPONENTS));
        assertThat(event.getResourceModel().getMetaTemplateId()).isEqualTo(ID);
        verify(client, never()).updateWhatsAppMessageTemplate(any(UpdateWhatsAppMessageTemplateRequest.class));
    }

    @Test
    void anEditWhoseAnswerWasLostIsWaitedForNotReportedDone() {
        // The first attempt's UpdateWhatsAppMessageTemplate was applied but its answer lost: CloudFormation
        // re-invokes without a callback context, and Meta already holds the edited components, under review.
        getReturns(meta("PENDING").components(EDITED_COMPONENTS), meta("APPROVED").components(EDITED_COMPONENTS));

        ProgressEvent<ResourceModel, CallbackContext> first = run(handler, edited(), previous(), null);

        assertThat(first.getStatus()).isEqualTo(OperationStatus.IN_PROGRESS);
        assertThat(first.getMessage()).contains("PENDING review");
        assertThat(first.getCallbackContext().getMetaTemplateId()).isEqualTo(ID);
        verify(client, never()).updateWhatsAppMessageTemplate(any(UpdateWhatsAppMessageTemplateRequest.class));
        clock.advanceSeconds(5);
        ProgressEvent<ResourceModel, CallbackContext> done = run(handler, first.getResourceModel(), previous(),
            first.getCallbackContext());
        assertThat(done.getStatus()).isEqualTo(OperationStatus.SUCCESS);
        assertThat(done.getResourceModel().getStatus()).isEqualTo("APPROVED");
    }

    @Test
    void metasEditLimitGetsAClearMessage() {
        getReturns(meta("APPROVED"));
        when(client.updateWhatsAppMessageTemplate(any(UpdateWhatsAppMessageTemplateRequest.class)))
            .thenThrow(ServiceErrors.invalidParameters("Message template edit limit reached"));

        ProgressEvent<ResourceModel, CallbackContext> event = run(handler, edited(), previous(), null);

        assertThat(event.getErrorCode()).isEqualTo(HandlerErrorCode.ServiceLimitExceeded);
        assertThat(event.getMessage()).contains("at most once per 24 hours and 10 times per 30 days")
            .contains("Message template edit limit reached");
    }

    @Test
    void limitErrorsAreEditLimitsOnlyForApprovedTemplates() {
        getReturns(meta("PAUSED"));
        when(client.updateWhatsAppMessageTemplate(any(UpdateWhatsAppMessageTemplateRequest.class)))
            .thenThrow(ServiceErrors.limitExceeded("Some other limit"));
        ProgressEvent<ResourceModel, CallbackContext> event = run(handler, edited(), previous(), null);
        assertThat(event.getErrorCode()).isEqualTo(HandlerErrorCode.ServiceLimitExceeded);
        assertThat(event.getMessage()).doesNotContain("24 hours");
    }

    @Test
    void otherRefusalsOfAnApprovedTemplatePassThrough() {
        getReturns(meta("APPROVED"));
        when(client.updateWhatsAppMessageTemplate(any(UpdateWhatsAppMessageTemplateRequest.class)))
            .thenThrow(ServiceErrors.validation("Body is malformed"));
        ProgressEvent<ResourceModel, CallbackContext> event = run(handler, edited(), previous(), null);
        assertThat(event.getErrorCode()).isEqualTo(HandlerErrorCode.InvalidRequest);
        assertThat(event.getMessage()).contains("Body is malformed").doesNotContain("24 hours");
    }

    @Test
    void aMissingTemplateIsNotFoundAndNothingIsCreated() {
        when(client.getWhatsAppMessageTemplate(any(GetWhatsAppMessageTemplateRequest.class)))
            .thenThrow(ServiceErrors.notFound("no template"));
        ProgressEvent<ResourceModel, CallbackContext> event = run(handler, edited(), previous(), null);
        assertThat(event.getErrorCode()).isEqualTo(HandlerErrorCode.NotFound);
        assertThat(event.getMessage()).contains("never creates");
        verify(client, never()).updateWhatsAppMessageTemplate(any(UpdateWhatsAppMessageTemplateRequest.class));

        getReturns(meta("DELETED"));
        assertThat(run(handler, edited(), previous(), null).getErrorCode()).isEqualTo(HandlerErrorCode.NotFound);
        assertThat(run(handler, edited(), null, null).getErrorCode()).isEqualTo(HandlerErrorCode.NotFound);
    }

    @Test
    void aTemplateUnderReviewCannotBeEditedYet() {
        getReturns(meta("PENDING"), meta("DISABLED"));
        ProgressEvent<ResourceModel, CallbackContext> pending = run(handler, edited(), previous(), null);
        assertThat(pending.getErrorCode()).isEqualTo(HandlerErrorCode.ResourceConflict);
        assertThat(pending.getMessage()).contains("PENDING review");
        ProgressEvent<ResourceModel, CallbackContext> disabled = run(handler, edited(), previous(), null);
        assertThat(disabled.getErrorCode()).isEqualTo(HandlerErrorCode.InvalidRequest);
        assertThat(disabled.getMessage()).contains("DISABLED");
    }

    @Test
    void aRejectedEditFailsWithTheReasonAndKeepsTheTemplate() {
        getReturns(meta("APPROVED"), meta("REJECTED").rejected("ABUSIVE_CONTENT", null, null));
        updateAccepted();
        ProgressEvent<ResourceModel, CallbackContext> first = run(handler, edited(), previous(), null);
        clock.advanceSeconds(5);

        ProgressEvent<ResourceModel, CallbackContext> event = run(handler, first.getResourceModel(), previous(),
            first.getCallbackContext());

        assertThat(event.getErrorCode()).isEqualTo(HandlerErrorCode.NotStabilized);
        assertThat(event.getMessage()).contains("reason ABUSIVE_CONTENT").contains("keeps the rejected edit");
        verify(client, never()).deleteWhatsAppMessageTemplate(any(DeleteWhatsAppMessageTemplateRequest.class));
    }

    @Test
    void anInvalidEditFailsBeforeAnyCall() {
        ResourceModel model = previous();
        model.setComponents(components("[{\"type\":\"FOOTER\",\"text\":\"no body\"}]"));
        ProgressEvent<ResourceModel, CallbackContext> event = run(handler, model, previous(), null);
        assertThat(event.getErrorCode()).isEqualTo(HandlerErrorCode.InvalidRequest);
        assertThat(event.getMessage()).contains("Template definition has");
        org.mockito.Mockito.verifyNoInteractions(client);
        assertThat(run(handler, null, previous(), null).getErrorCode()).isEqualTo(HandlerErrorCode.InvalidRequest);
    }
}
