package com.eumsocial.whatsapp.messagetemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.eumsocial.whatsapp.commons.WaitState;
import com.eumsocial.whatsapp.commons.testing.ServiceErrors;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import software.amazon.awssdk.services.socialmessaging.model.CreateWhatsAppMessageTemplateRequest;
import software.amazon.awssdk.services.socialmessaging.model.CreateWhatsAppMessageTemplateResponse;
import software.amazon.awssdk.services.socialmessaging.model.DeleteWhatsAppMessageTemplateRequest;
import software.amazon.awssdk.services.socialmessaging.model.DeleteWhatsAppMessageTemplateResponse;
import software.amazon.awssdk.services.socialmessaging.model.GetLinkedWhatsAppBusinessAccountRequest;
import software.amazon.awssdk.services.socialmessaging.model.GetWhatsAppMessageTemplateRequest;
import software.amazon.awssdk.services.socialmessaging.model.RegistrationStatus;
import software.amazon.cloudformation.proxy.HandlerErrorCode;
import software.amazon.cloudformation.proxy.OperationStatus;
import software.amazon.cloudformation.proxy.ProgressEvent;

class CreateHandlerTest extends HandlerTestBase {
    private final CreateHandler handler = new CreateHandler();

    private void created(String id, String status) {
        when(client.createWhatsAppMessageTemplate(any(CreateWhatsAppMessageTemplateRequest.class)))
            .thenReturn(CreateWhatsAppMessageTemplateResponse.builder().metaTemplateId(id).templateStatus(status)
                .category("UTILITY").build());
    }

    private void readyToCreate() {
        wabaLinked(RegistrationStatus.COMPLETE);
        templatesListed(summary("other", LANGUAGE, "APPROVED", "1"), summary(NAME, "fr", "APPROVED", "2"));
        created(ID, "PENDING");
    }

    @Test
    void anInvalidDefinitionFailsBeforeAnyCallListingEveryProblem() {
        ResourceModel model = desired();
        model.setComponents(components("[{\"type\":\"BODY\",\"text\":\"{{1}}{{3}} shipped\"},"
            + "{\"type\":\"FOOTER\",\"text\":\"Footer with {{1}}\"}]"));

        ProgressEvent<ResourceModel, CallbackContext> event = run(handler, model, null);

        assertThat(event.getStatus()).isEqualTo(OperationStatus.FAILED);
        assertThat(event.getErrorCode()).isEqualTo(HandlerErrorCode.InvalidRequest);
        assertThat(event.getMessage()).startsWith("Template definition has ").contains("nothing was sent to Meta")
            .contains("- Components[0]").contains("- Components[1]");
        assertThat(event.getMessage().lines().filter(l -> l.startsWith("- ")).count()).isGreaterThanOrEqualTo(3);
        verifyNoInteractions(client);
    }

    @Test
    void missingPropertiesAreNamed() {
        ResourceModel model = desired();
        model.setComponents(null);
        model.setCategory(null);
        ProgressEvent<ResourceModel, CallbackContext> event = run(handler, model, null);
        assertThat(event.getErrorCode()).isEqualTo(HandlerErrorCode.InvalidRequest);
        assertThat(event.getMessage()).isEqualTo("Missing required properties: Category, Components");
        verifyNoInteractions(client);
    }

    @Test
    void aBadWabaIdIsAnInvalidRequest() {
        ResourceModel model = desired();
        model.setWabaId("123");
        ProgressEvent<ResourceModel, CallbackContext> event = run(handler, model, null);
        assertThat(event.getErrorCode()).isEqualTo(HandlerErrorCode.InvalidRequest);
        assertThat(event.getMessage()).contains("WabaId '123'");
        assertThat(run(handler, null, null).getErrorCode()).isEqualTo(HandlerErrorCode.InvalidRequest);
    }

    @Test
    void anUnlinkedWabaFailsNotFoundBeforeCreating() {
        when(client.getLinkedWhatsAppBusinessAccount(any(GetLinkedWhatsAppBusinessAccountRequest.class)))
            .thenThrow(ServiceErrors.notFound("No such WABA"));
        ProgressEvent<ResourceModel, CallbackContext> event = run(handler, desired(), null);
        assertThat(event.getErrorCode()).isEqualTo(HandlerErrorCode.NotFound);
        assertThat(event.getMessage()).contains(WABA + " is not linked");
        verify(client, never()).createWhatsAppMessageTemplate(any(CreateWhatsAppMessageTemplateRequest.class));
    }

    @Test
    void anIncompleteWabaFailsInvalidRequest() {
        wabaLinked(RegistrationStatus.INCOMPLETE);
        ProgressEvent<ResourceModel, CallbackContext> event = run(handler, desired(), null);
        assertThat(event.getErrorCode()).isEqualTo(HandlerErrorCode.InvalidRequest);
        assertThat(event.getMessage()).contains("INCOMPLETE");
        verify(client, never()).createWhatsAppMessageTemplate(any(CreateWhatsAppMessageTemplateRequest.class));
    }

    @Test
    void aNameAndLanguageInUseFailsAlreadyExistsNamingTheTemplate() {
        wabaLinked(RegistrationStatus.COMPLETE);
        templatesListed(summary(NAME, LANGUAGE, "APPROVED", "777"));
        getReturns(meta("APPROVED").field("id", "777"));

        ProgressEvent<ResourceModel, CallbackContext> event = run(handler, desired(), null);

        assertThat(event.getErrorCode()).isEqualTo(HandlerErrorCode.AlreadyExists);
        assertThat(event.getMessage()).contains("already has a template named order_shipped in language en_US (id 777, status APPROVED)");
        verify(client, never()).createWhatsAppMessageTemplate(any(CreateWhatsAppMessageTemplateRequest.class));
    }

    @Test
    void createSendsTheAssembledDefinition() throws Exception {
        readyToCreate();
        ResourceModel model = desired();
        model.setParameterFormat("POSITIONAL");
        model.setWabaId(WABA_ARN);

        run(handler, model, null);

        ArgumentCaptor<CreateWhatsAppMessageTemplateRequest> sent = ArgumentCaptor.forClass(CreateWhatsAppMessageTemplateRequest.class);
        verify(client).createWhatsAppMessageTemplate(sent.capture());
        assertThat(sent.getValue().id()).isEqualTo(WABA);
        JsonNode definition = MAPPER.readTree(sent.getValue().templateDefinition().asUtf8String());
        assertThat(definition.get("name").asText()).isEqualTo(NAME);
        assertThat(definition.get("language").asText()).isEqualTo(LANGUAGE);
        assertThat(definition.get("category").asText()).isEqualTo("UTILITY");
        assertThat(definition.get("parameter_format").asText()).isEqualTo("positional");
        // Sent in Meta's own spelling: enum values upper case, everything else as declared.
        assertThat(definition.get("components")).isEqualTo(MAPPER.readTree(META_COMPONENTS));
    }

    /** CloudFormation hands nested scalars over as strings (cloudformation-cli#435); Meta needs JSON types. */
    @Test
    void stringifiedBooleansAndNumbersFromCloudFormationAreSentWithMetasTypes() throws Exception {
        readyToCreate();
        ResourceModel model = desired();
        model.setCategory("AUTHENTICATION");
        model.setComponents(components("[{\"type\":\"BODY\",\"add_security_recommendation\":\"true\"},"
            + "{\"type\":\"FOOTER\",\"code_expiration_minutes\":\"10\"},"
            + "{\"type\":\"BUTTONS\",\"buttons\":[{\"type\":\"OTP\",\"otp_type\":\"COPY_CODE\"}]}]"));

        ProgressEvent<ResourceModel, CallbackContext> event = run(handler, model, null);

        assertThat(event.getErrorCode()).isNull();
        ArgumentCaptor<CreateWhatsAppMessageTemplateRequest> sent = ArgumentCaptor.forClass(CreateWhatsAppMessageTemplateRequest.class);
        verify(client).createWhatsAppMessageTemplate(sent.capture());
        JsonNode definition = MAPPER.readTree(sent.getValue().templateDefinition().asUtf8String());
        assertThat(definition.at("/components/0/add_security_recommendation").isBoolean()).isTrue();
        assertThat(definition.at("/components/1/code_expiration_minutes").isInt()).isTrue();
        assertThat(definition.at("/components/1/code_expiration_minutes").intValue()).isEqualTo(10);
    }

    @Test
    void withoutWaitingItSucceedsOnceSubmitted() {
        readyToCreate();
        getReturns(meta("PENDING"));
        ResourceModel model = desired();
        model.setWaitForApproval(false);

        ProgressEvent<ResourceModel, CallbackContext> event = run(handler, model, null);

        assertThat(event.getStatus()).isEqualTo(OperationStatus.SUCCESS);
        assertThat(event.getCallbackDelaySeconds()).isZero();
        ResourceModel out = event.getResourceModel();
        assertThat(out.getMetaTemplateId()).isEqualTo(ID);
        assertThat(out.getWabaId()).isEqualTo(WABA);
        assertThat(out.getStatus()).isEqualTo("PENDING");
        assertThat(out.getQualityScore()).isEqualTo("UNKNOWN");
        assertThat(out.getRejectedReason()).isEqualTo("NONE");
        assertThat(out.getComponents()).isEqualTo(components(DECLARED_COMPONENTS));
        assertThat(out.getWaitForApproval()).isNull();
        assertThat(event.getMessage()).contains("not waiting");
    }

    @Test
    void withoutWaitingAndNoReadBackTheCreateAnswerIsUsed() {
        readyToCreate();
        when(client.getWhatsAppMessageTemplate(any(GetWhatsAppMessageTemplateRequest.class)))
            .thenThrow(ServiceErrors.notFound("not yet visible"));
        ResourceModel model = desired();
        model.setWaitForApproval(false);

        ProgressEvent<ResourceModel, CallbackContext> event = run(handler, model, null);

        assertThat(event.getStatus()).isEqualTo(OperationStatus.SUCCESS);
        assertThat(event.getResourceModel().getMetaTemplateId()).isEqualTo(ID);
        assertThat(event.getResourceModel().getStatus()).isEqualTo("PENDING");
        assertThat(event.getResourceModel().getCategory()).isEqualTo("UTILITY");
    }

    @Test
    void waitingPollsAcrossCallbacksUntilApprovedAndEveryEventCarriesTheIds() {
        readyToCreate();
        getReturns(meta("PENDING"), meta("PENDING"), meta("APPROVED").qualityScore("GREEN"));

        ProgressEvent<ResourceModel, CallbackContext> first = run(handler, desired(), null);
        assertThat(first.getStatus()).isEqualTo(OperationStatus.IN_PROGRESS);
        assertThat(first.getCallbackDelaySeconds()).isEqualTo(5);
        assertThat(first.getResourceModel().getWabaId()).isEqualTo(WABA);
        assertThat(first.getResourceModel().getMetaTemplateId()).isEqualTo(ID);
        assertThat(first.getCallbackContext().getMetaTemplateId()).isEqualTo(ID);
        assertThat(first.getCallbackContext().getCreatedHere()).isTrue();
        assertThat(first.getCallbackContext().getWait().startedAt()).isEqualTo(clock.instant());

        clock.advanceSeconds(first.getCallbackDelaySeconds());
        ProgressEvent<ResourceModel, CallbackContext> second = run(handler, first.getResourceModel(), first.getCallbackContext());
        assertThat(second.getStatus()).isEqualTo(OperationStatus.IN_PROGRESS);
        assertThat(second.getResourceModel().getMetaTemplateId()).isEqualTo(ID);
        assertThat(second.getCallbackDelaySeconds()).isEqualTo(5);
        assertThat(second.getMessage()).contains("status PENDING");

        clock.advanceSeconds(200);
        ProgressEvent<ResourceModel, CallbackContext> third = run(handler, second.getResourceModel(), second.getCallbackContext());
        assertThat(third.getStatus()).isEqualTo(OperationStatus.IN_PROGRESS);
        assertThat(third.getCallbackDelaySeconds()).isEqualTo(41);
        assertThat(third.getCallbackContext().getWait().getPolls()).isEqualTo(2);

        clock.advanceSeconds(third.getCallbackDelaySeconds());
        ProgressEvent<ResourceModel, CallbackContext> done = run(handler, third.getResourceModel(), third.getCallbackContext());
        assertThat(done.getStatus()).isEqualTo(OperationStatus.SUCCESS);
        assertThat(done.getResourceModel().getStatus()).isEqualTo("APPROVED");
        assertThat(done.getResourceModel().getQualityScore()).isEqualTo("GREEN");
        assertThat(done.getResourceModel().getMetaTemplateId()).isEqualTo(ID);
        assertThat(done.getResourceModel().getComponents()).isEqualTo(components(DECLARED_COMPONENTS));
        assertThat(done.getCallbackContext()).isNull();

        verify(client, times(1)).createWhatsAppMessageTemplate(any(CreateWhatsAppMessageTemplateRequest.class));
        verify(client, times(1)).getLinkedWhatsAppBusinessAccount(any(GetLinkedWhatsAppBusinessAccountRequest.class));
    }

    @Test
    void aReInvocationWithTheCallbackContextNeverCreatesAgain() {
        getReturns(meta("PENDING"));
        CallbackContext context = new CallbackContext(ID, NAME, true, WaitState.startingAt(clock.instant()));

        ProgressEvent<ResourceModel, CallbackContext> event = run(handler, desired(), context);

        assertThat(event.getStatus()).isEqualTo(OperationStatus.IN_PROGRESS);
        verify(client, never()).createWhatsAppMessageTemplate(any(CreateWhatsAppMessageTemplateRequest.class));
        verify(client, never()).getLinkedWhatsAppBusinessAccount(any(GetLinkedWhatsAppBusinessAccountRequest.class));
        assertThat(invocations.clientsBuilt()).isEqualTo(1);
    }

    @Test
    void aRejectionFailsWithMetasReasonAndDeletesTheRejectedTemplate() {
        getReturns(meta("PENDING").rejected("INVALID_FORMAT", "Adjacent parameters.", "Add words between them."));
        when(client.deleteWhatsAppMessageTemplate(any(DeleteWhatsAppMessageTemplateRequest.class)))
            .thenReturn(DeleteWhatsAppMessageTemplateResponse.builder().build());
        CallbackContext context = new CallbackContext(ID, NAME, true, WaitState.startingAt(clock.instant()));

        ProgressEvent<ResourceModel, CallbackContext> event = run(handler, desired(), context);

        assertThat(event.getStatus()).isEqualTo(OperationStatus.FAILED);
        assertThat(event.getErrorCode()).isEqualTo(HandlerErrorCode.NotStabilized);
        assertThat(event.getMessage()).contains("Meta REJECTED template order_shipped (en_US, id 1234567890): reason INVALID_FORMAT")
            .contains("Adjacent parameters.").contains("Add words between them.").contains("was deleted");
        ArgumentCaptor<DeleteWhatsAppMessageTemplateRequest> deleted = ArgumentCaptor.forClass(DeleteWhatsAppMessageTemplateRequest.class);
        verify(client).deleteWhatsAppMessageTemplate(deleted.capture());
        assertThat(deleted.getValue().templateName()).isEqualTo(NAME);
        assertThat(deleted.getValue().metaTemplateId()).isEqualTo(ID);
        assertThat(deleted.getValue().deleteAllLanguages()).isFalse();
    }

    @Test
    void aRejectionWhoseCleanUpFailsSaysSo() {
        getReturns(meta("REJECTED").rejected("PROMOTIONAL", null, null));
        when(client.deleteWhatsAppMessageTemplate(any(DeleteWhatsAppMessageTemplateRequest.class)))
            .thenThrow(ServiceErrors.internal("boom"));
        CallbackContext context = new CallbackContext(ID, NAME, true, WaitState.startingAt(clock.instant()));

        ProgressEvent<ResourceModel, CallbackContext> event = run(handler, desired(), context);

        assertThat(event.getErrorCode()).isEqualTo(HandlerErrorCode.NotStabilized);
        assertThat(event.getMessage()).contains("reason PROMOTIONAL").contains("Deleting the rejected template failed too")
            .contains("boom");
    }

    @Test
    void pausedOrDisabledFailWithAMessage() {
        getReturns(meta("PAUSED"), meta("DISABLED"));
        CallbackContext context = new CallbackContext(ID, NAME, true, WaitState.startingAt(clock.instant()));
        ProgressEvent<ResourceModel, CallbackContext> paused = run(handler, desired(), context);
        assertThat(paused.getErrorCode()).isEqualTo(HandlerErrorCode.NotStabilized);
        assertThat(paused.getMessage()).contains("PAUSED");
        ProgressEvent<ResourceModel, CallbackContext> disabled = run(handler, desired(), context);
        assertThat(disabled.getErrorCode()).isEqualTo(HandlerErrorCode.NotStabilized);
        assertThat(disabled.getMessage()).contains("DISABLED");
        verify(client, never()).deleteWhatsAppMessageTemplate(any(DeleteWhatsAppMessageTemplateRequest.class));
    }

    @Test
    void aThrottledStatusReadWhileWaitingStaysInProgressWithTheIdAndIsRetried() {
        when(client.getWhatsAppMessageTemplate(any(GetWhatsAppMessageTemplateRequest.class)))
            .thenThrow(ServiceErrors.throttled("Rate exceeded"))
            .thenThrow(ServiceErrors.undeclared("BadGateway", 502, "bad gateway"))
            .thenReturn(software.amazon.awssdk.services.socialmessaging.model.GetWhatsAppMessageTemplateResponse.builder()
                .template(meta("APPROVED").build()).build());
        CallbackContext context = new CallbackContext(ID, NAME, true, WaitState.startingAt(clock.instant()));

        ProgressEvent<ResourceModel, CallbackContext> throttled = run(handler, desired(), context);
        assertThat(throttled.getStatus()).isEqualTo(OperationStatus.IN_PROGRESS);
        assertThat(throttled.getErrorCode()).isNull();
        assertThat(throttled.getResourceModel().getMetaTemplateId()).isEqualTo(ID);
        assertThat(throttled.getCallbackContext().getMetaTemplateId()).isEqualTo(ID);
        assertThat(throttled.getCallbackContext().getWait().getTransientFailures()).isEqualTo(1);
        assertThat(throttled.getCallbackDelaySeconds()).isEqualTo(5);
        assertThat(throttled.getMessage()).contains("Throttling").contains("Rate exceeded");

        clock.advanceSeconds(throttled.getCallbackDelaySeconds());
        ProgressEvent<ResourceModel, CallbackContext> badGateway =
            run(handler, throttled.getResourceModel(), throttled.getCallbackContext());
        assertThat(badGateway.getStatus()).isEqualTo(OperationStatus.IN_PROGRESS);
        assertThat(badGateway.getCallbackContext().getWait().getTransientFailures()).isEqualTo(2);
        assertThat(badGateway.getCallbackDelaySeconds()).isEqualTo(10);

        clock.advanceSeconds(badGateway.getCallbackDelaySeconds());
        ProgressEvent<ResourceModel, CallbackContext> done = run(handler, badGateway.getResourceModel(), badGateway.getCallbackContext());
        assertThat(done.getStatus()).isEqualTo(OperationStatus.SUCCESS);
        assertThat(done.getResourceModel().getMetaTemplateId()).isEqualTo(ID);
        verify(client, never()).createWhatsAppMessageTemplate(any(CreateWhatsAppMessageTemplateRequest.class));
        verify(client, never()).deleteWhatsAppMessageTemplate(any(DeleteWhatsAppMessageTemplateRequest.class));
    }

    @Test
    void aStatusReadThatKeepsFailingEndsWithTheOriginalErrorAndTheTemplateIsNotDeleted() {
        when(client.getWhatsAppMessageTemplate(any(GetWhatsAppMessageTemplateRequest.class)))
            .thenThrow(ServiceErrors.internal("boom"));
        // A context without a wait state (hand-made or from an older handler) still gets a bounded count.
        ProgressEvent<ResourceModel, CallbackContext> event = run(handler, desired(), new CallbackContext(ID, NAME, true, null));
        int events = 1;
        while (event.getStatus() == OperationStatus.IN_PROGRESS && events < 20) {
            assertThat(event.getResourceModel().getMetaTemplateId()).isEqualTo(ID);
            clock.advanceSeconds(event.getCallbackDelaySeconds());
            event = run(handler, event.getResourceModel(), event.getCallbackContext());
            events++;
        }
        assertThat(events).isEqualTo(com.eumsocial.whatsapp.commons.TransientReadFailures.MAX_CONSECUTIVE);
        assertThat(event.getStatus()).isEqualTo(OperationStatus.FAILED);
        assertThat(event.getErrorCode()).isEqualTo(HandlerErrorCode.ServiceInternalError);
        assertThat(event.getMessage()).contains("boom").contains("5 times in a row");
        verify(client, never()).deleteWhatsAppMessageTemplate(any(DeleteWhatsAppMessageTemplateRequest.class));
    }

    @Test
    void aTemplateThatVanishesWhileWaitingIsNotFound() {
        when(client.getWhatsAppMessageTemplate(any(GetWhatsAppMessageTemplateRequest.class)))
            .thenThrow(ServiceErrors.notFound("gone"));
        CallbackContext context = new CallbackContext(ID, NAME, true, WaitState.startingAt(clock.instant()));
        ProgressEvent<ResourceModel, CallbackContext> event = run(handler, desired(), context);
        assertThat(event.getErrorCode()).isEqualTo(HandlerErrorCode.NotFound);
        assertThat(event.getMessage()).contains("deleted while waiting");
    }

    @Test
    void aReviewLongerThanTheHandlerTimeoutEndsWithAClearNotStabilized() {
        getReturns(meta("PENDING"));
        CallbackContext context = new CallbackContext(ID, NAME, true, WaitState.startingAt(clock.instant()));
        clock.advance(TypeSettings.REVIEW_MAX_WAIT.plus(Duration.ofSeconds(1)));
        ProgressEvent<ResourceModel, CallbackContext> event = run(handler, desired(), context);
        assertThat(event.getErrorCode()).isEqualTo(HandlerErrorCode.NotStabilized);
        assertThat(event.getMessage()).contains("has not finished reviewing").contains("time limit");
    }

    @Test
    void aLostResponseIsAdoptedWhenTheSameDefinitionIsStillPending() {
        wabaLinked(RegistrationStatus.COMPLETE);
        templatesListed(summary(NAME, LANGUAGE, "PENDING", ID));
        getReturns(meta("PENDING"));

        ProgressEvent<ResourceModel, CallbackContext> event = run(handler, desired(), null);

        assertThat(event.getStatus()).isEqualTo(OperationStatus.IN_PROGRESS);
        assertThat(event.getResourceModel().getMetaTemplateId()).isEqualTo(ID);
        assertThat(event.getCallbackContext().getMetaTemplateId()).isEqualTo(ID);
        verify(client, never()).createWhatsAppMessageTemplate(any(CreateWhatsAppMessageTemplateRequest.class));
    }

    @Test
    void aDifferentOrAlreadyReviewedTemplateIsNotAdopted() {
        wabaLinked(RegistrationStatus.COMPLETE);
        templatesListed(summary(NAME, LANGUAGE, "PENDING", ID));
        getReturns(meta("PENDING").components(EDITED_COMPONENTS), meta("APPROVED"));

        ProgressEvent<ResourceModel, CallbackContext> different = run(handler, desired(), null);
        assertThat(different.getErrorCode()).isEqualTo(HandlerErrorCode.AlreadyExists);

        ProgressEvent<ResourceModel, CallbackContext> reviewed = run(handler, desired(), null);
        assertThat(reviewed.getErrorCode()).isEqualTo(HandlerErrorCode.AlreadyExists);
        verify(client, never()).createWhatsAppMessageTemplate(any(CreateWhatsAppMessageTemplateRequest.class));
    }

    @Test
    void metasRecategorisationKeepsTheDeclaredCategoryAndIsSaidInTheMessageAndTheLog() {
        getReturns(meta("APPROVED").category("MARKETING").previousCategory("UTILITY").qualityScore("GREEN"));
        CallbackContext context = new CallbackContext(ID, NAME, true, WaitState.startingAt(clock.instant()));

        ProgressEvent<ResourceModel, CallbackContext> event = run(handler, desired(), context);

        assertThat(event.getStatus()).isEqualTo(OperationStatus.SUCCESS);
        // The result equals the declaration (plus read-only values); read reports MARKETING for drift detection.
        ResourceModel expected = desired();
        expected.setMetaTemplateId(ID);
        expected.setStatus("APPROVED");
        expected.setQualityScore("GREEN");
        expected.setRejectedReason("NONE");
        assertThat(event.getResourceModel()).isEqualTo(expected);
        assertThat(event.getMessage()).contains("as MARKETING (submitted as UTILITY)")
            .contains("Meta approved it as MARKETING, not the declared UTILITY")
            .contains("read and drift detection report MARKETING");
        assertThat(invocations.log).anyMatch(line -> line.contains("Meta approved it as MARKETING"));
    }

    @Test
    void approvalInTheDeclaredCategorySaysNothingAboutCategories() {
        getReturns(meta("APPROVED"));
        CallbackContext context = new CallbackContext(ID, NAME, true, WaitState.startingAt(clock.instant()));

        ProgressEvent<ResourceModel, CallbackContext> event = run(handler, desired(), context);

        assertThat(event.getResourceModel().getCategory()).isEqualTo("UTILITY");
        assertThat(event.getMessage()).contains("is APPROVED by Meta").doesNotContain("re-categorised");
        assertThat(invocations.log).noneMatch(line -> line.contains("re-categorised"));
    }

    @Test
    void withoutWaitingATemplateMetaAlreadyMovedKeepsTheDeclaredCategory() {
        readyToCreate();
        getReturns(meta("PENDING").category("MARKETING"));
        ResourceModel model = desired();
        model.setWaitForApproval(false);

        ProgressEvent<ResourceModel, CallbackContext> event = run(handler, model, null);

        assertThat(event.getResourceModel().getCategory()).isEqualTo("UTILITY");
        assertThat(event.getMessage()).contains("Meta holds it as MARKETING, not the declared UTILITY");
    }

    @Test
    void withoutWaitingAndNoReadBackACategoryTheCreateAnswerReportsIsSaid() {
        wabaLinked(RegistrationStatus.COMPLETE);
        templatesListed();
        when(client.createWhatsAppMessageTemplate(any(CreateWhatsAppMessageTemplateRequest.class)))
            .thenReturn(CreateWhatsAppMessageTemplateResponse.builder().metaTemplateId(ID).templateStatus("PENDING")
                .category("MARKETING").build());
        when(client.getWhatsAppMessageTemplate(any(GetWhatsAppMessageTemplateRequest.class)))
            .thenThrow(ServiceErrors.notFound("not yet visible"));
        ResourceModel model = desired();
        model.setWaitForApproval(false);

        ProgressEvent<ResourceModel, CallbackContext> event = run(handler, model, null);

        assertThat(event.getStatus()).isEqualTo(OperationStatus.SUCCESS);
        assertThat(event.getResourceModel().getCategory()).isEqualTo("UTILITY");
        assertThat(event.getMessage()).contains("Meta holds it as MARKETING, not the declared UTILITY");
    }

    @Test
    void aCreateAnswerWithoutIdIsAServiceError() {
        readyToCreate();
        created(null, "PENDING");
        ProgressEvent<ResourceModel, CallbackContext> event = run(handler, desired(), null);
        assertThat(event.getErrorCode()).isEqualTo(HandlerErrorCode.GeneralServiceException);
    }

    @Test
    void serviceErrorsOfTheCreateCallAreTranslated() {
        readyToCreate();
        when(client.createWhatsAppMessageTemplate(any(CreateWhatsAppMessageTemplateRequest.class)))
            .thenThrow(ServiceErrors.limitExceeded("Too many templates"));
        ProgressEvent<ResourceModel, CallbackContext> event = run(handler, desired(), null);
        assertThat(event.getErrorCode()).isEqualTo(HandlerErrorCode.ServiceLimitExceeded);
        assertThat(event.getMessage()).contains("CreateWhatsAppMessageTemplate failed: Too many templates");
    }
}
