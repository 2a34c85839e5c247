package com.eumsocial.whatsapp.librarytemplate;

import static com.eumsocial.whatsapp.librarytemplate.Fixtures.ID;
import static com.eumsocial.whatsapp.librarytemplate.Fixtures.LANGUAGE;
import static com.eumsocial.whatsapp.librarytemplate.Fixtures.NAME;
import static com.eumsocial.whatsapp.librarytemplate.Fixtures.WABA;
import static com.eumsocial.whatsapp.librarytemplate.Fixtures.desired;
import static com.eumsocial.whatsapp.librarytemplate.Fixtures.metaTemplate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.eumsocial.whatsapp.commons.MetaTemplate;
import com.eumsocial.whatsapp.commons.TypeHandler;
import com.eumsocial.whatsapp.commons.testing.Invocations;
import com.eumsocial.whatsapp.commons.testing.MetaTemplateJson;
import com.eumsocial.whatsapp.commons.testing.MutableClock;
import com.eumsocial.whatsapp.commons.testing.ServiceErrors;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mockito.ArgumentCaptor;
import software.amazon.awssdk.services.socialmessaging.SocialMessagingClient;
import software.amazon.awssdk.services.socialmessaging.model.DeleteWhatsAppMessageTemplateRequest;
import software.amazon.awssdk.services.socialmessaging.model.DeleteWhatsAppMessageTemplateResponse;
import software.amazon.awssdk.services.socialmessaging.model.GetWhatsAppMessageTemplateRequest;
import software.amazon.awssdk.services.socialmessaging.model.GetWhatsAppMessageTemplateResponse;
import software.amazon.cloudformation.proxy.HandlerErrorCode;
import software.amazon.cloudformation.proxy.OperationStatus;
import software.amazon.cloudformation.proxy.ProgressEvent;

/** Read, update and delete: each starts from the template the primary identifier names. */
class ExistingTemplateHandlersTest {
    private SocialMessagingClient client;
    private Invocations<ResourceModel, CallbackContext> invocations;

    @BeforeEach
    void setUp() {
        client = mock(SocialMessagingClient.class);
        invocations = Invocations.with(client, new MutableClock());
    }

    private ProgressEvent<ResourceModel, CallbackContext> run(TypeHandler<ResourceModel, CallbackContext> handler,
                                                              ResourceModel model, ResourceModel previous) {
        return handler.handleRequest(invocations.invocation(invocations.request(model, previous), null));
    }

    private static ResourceModel identifier() {
        ResourceModel model = new ResourceModel();
        model.setWabaId(WABA);
        model.setMetaTemplateId(ID);
        return model;
    }

    static Stream<Arguments> handlers() {
        return Stream.of(
            Arguments.of("read", (Supplier<TypeHandler<ResourceModel, CallbackContext>>) ReadHandler::new),
            Arguments.of("update", (Supplier<TypeHandler<ResourceModel, CallbackContext>>) UpdateHandler::new),
            Arguments.of("delete", (Supplier<TypeHandler<ResourceModel, CallbackContext>>) DeleteHandler::new));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("handlers")
    void aTemplateMetaNoLongerHasIsNotFound(String name, Supplier<TypeHandler<ResourceModel, CallbackContext>> handler) {
        when(client.getWhatsAppMessageTemplate(any(GetWhatsAppMessageTemplateRequest.class)))
            .thenThrow(ServiceErrors.notFound("Template not found"));

        ProgressEvent<ResourceModel, CallbackContext> event = run(handler.get(), identifier(), null);

        assertThat(event.getStatus()).isEqualTo(OperationStatus.FAILED);
        assertThat(event.getErrorCode()).isEqualTo(HandlerErrorCode.NotFound);
        assertThat(event.getResourceModels()).isNull();
        verify(client, never()).deleteWhatsAppMessageTemplate(any(DeleteWhatsAppMessageTemplateRequest.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("handlers")
    void aTemplateBeingDeletedIsNotFound(String name, Supplier<TypeHandler<ResourceModel, CallbackContext>> handler) {
        Fixtures.get(client, ID, metaTemplate("PENDING_DELETION").build());

        assertThat(run(handler.get(), identifier(), null).getErrorCode()).isEqualTo(HandlerErrorCode.NotFound);
        verify(client, never()).deleteWhatsAppMessageTemplate(any(DeleteWhatsAppMessageTemplateRequest.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("handlers")
    void aTemplateNotCreatedFromTheLibraryIsNotALibraryTemplate(String name,
                                                                Supplier<TypeHandler<ResourceModel, CallbackContext>> handler) {
        Fixtures.get(client, ID, MetaTemplateJson.template(NAME, LANGUAGE, "UTILITY", ID).status("APPROVED").build());

        ProgressEvent<ResourceModel, CallbackContext> event = run(handler.get(), identifier(), null);

        assertThat(event.getErrorCode()).isEqualTo(HandlerErrorCode.NotFound);
        assertThat(event.getMessage()).contains("not created from Meta's template library");
        verify(client, never()).deleteWhatsAppMessageTemplate(any(DeleteWhatsAppMessageTemplateRequest.class));
    }

    static Stream<Arguments> unusableIdentifiers() {
        ResourceModel noId = identifier();
        noId.setMetaTemplateId(null);
        ResourceModel noWaba = identifier();
        noWaba.setWabaId(null);
        ResourceModel badWaba = identifier();
        badWaba.setWabaId("my-waba");
        ResourceModel badId = identifier();
        badId.setMetaTemplateId("abc");
        return Stream.of(Arguments.of(noId, "no MetaTemplateId"), Arguments.of(noWaba, "no WabaId"),
            Arguments.of(badWaba, "my-waba"), Arguments.of(badId, "'abc'"));
    }

    @ParameterizedTest
    @MethodSource("unusableIdentifiers")
    void readOfAnIdentifierThatCannotNameATemplateIsNotFoundWithoutACall(ResourceModel model, String expected) {
        ProgressEvent<ResourceModel, CallbackContext> event = run(new ReadHandler(), model, null);

        assertThat(event.getErrorCode()).isEqualTo(HandlerErrorCode.NotFound);
        assertThat(event.getMessage()).contains(expected);
        verifyNoInteractions(client);
    }

    @Test
    void otherServiceErrorsAreTranslatedNotHiddenAsNotFound() {
        when(client.getWhatsAppMessageTemplate(any(GetWhatsAppMessageTemplateRequest.class)))
            .thenThrow(ServiceErrors.accessDenied("not allowed"));

        assertThat(run(new ReadHandler(), identifier(), null).getErrorCode()).isEqualTo(HandlerErrorCode.AccessDenied);
    }

    @Nested
    class Read {
        @Test
        void returnsTheTemplateAsMetaHasItWithEveryReadOnlyValue() {
            Fixtures.get(client, ID, metaTemplate("APPROVED").qualityScore("YELLOW").build());

            ProgressEvent<ResourceModel, CallbackContext> event = run(new ReadHandler(), identifier(), null);

            assertThat(event.getStatus()).isEqualTo(OperationStatus.SUCCESS);
            ResourceModel model = event.getResourceModel();
            assertThat(model.getWabaId()).isEqualTo(WABA);
            assertThat(model.getMetaTemplateId()).isEqualTo(ID);
            assertThat(model.getTemplateName()).isEqualTo(NAME);
            assertThat(model.getLibraryTemplateName()).isEqualTo(Fixtures.LIBRARY_NAME);
            assertThat(model.getLanguage()).isEqualTo(LANGUAGE);
            assertThat(model.getCategory()).isEqualTo("UTILITY");
            assertThat(model.getStatus()).isEqualTo("APPROVED");
            assertThat(model.getQualityScore()).isEqualTo("YELLOW");
            assertThat(model.getRejectedReason()).isEqualTo("NONE");
            assertThat(model.getComponents()).hasSize(2);
            assertThat(model.getWaitForApproval()).isNull();
        }

        @Test
        void reportsTheCategoryMetaNowGivesTheTemplate() {
            Fixtures.get(client, ID, metaTemplate("APPROVED").category("MARKETING").previousCategory("UTILITY").build());

            assertThat(run(new ReadHandler(), identifier(), null).getResourceModel().getCategory()).isEqualTo("MARKETING");
        }

        @Test
        void keepsTheWabaArnAsTheRequestGaveIt() {
            Fixtures.get(client, ID, metaTemplate("APPROVED").build());
            ResourceModel model = identifier();
            model.setWabaId(Fixtures.WABA_ARN);

            assertThat(run(new ReadHandler(), model, null).getResourceModel().getWabaId()).isEqualTo(Fixtures.WABA_ARN);
        }
    }

    @Nested
    class Update {
        @Test
        void changingOnlyWaitForApprovalReturnsTheCurrentStateWithoutChangingAnything() {
            Fixtures.get(client, ID, metaTemplate("APPROVED").build());
            ResourceModel previous = Fixtures.withId(desired());
            ResourceModel next = Fixtures.withId(desired());
            next.setWaitForApproval(false);

            ProgressEvent<ResourceModel, CallbackContext> event = run(new UpdateHandler(), next, previous);

            assertThat(event.getStatus()).isEqualTo(OperationStatus.SUCCESS);
            assertThat(event.getResourceModel().getMetaTemplateId()).isEqualTo(ID);
            assertThat(event.getResourceModel().getStatus()).isEqualTo("APPROVED");
            verify(client, never()).updateWhatsAppMessageTemplate(
                any(software.amazon.awssdk.services.socialmessaging.model.UpdateWhatsAppMessageTemplateRequest.class));
            verify(client, never()).deleteWhatsAppMessageTemplate(any(DeleteWhatsAppMessageTemplateRequest.class));
        }

        @Test
        void takesTheIdFromThePreviousStateWhenTheDesiredOneLacksIt() {
            Fixtures.get(client, ID, metaTemplate("APPROVED").build());

            ProgressEvent<ResourceModel, CallbackContext> event = run(new UpdateHandler(), desired(), Fixtures.withId(desired()));

            assertThat(event.getResourceModel().getMetaTemplateId()).isEqualTo(ID);
        }

        @Test
        void aChangedCreateOnlyPropertyOfAnExistingTemplateIsNotUpdatable() {
            Fixtures.get(client, ID, metaTemplate("APPROVED").build());
            ResourceModel next = Fixtures.withId(desired());
            next.setLibraryTemplateName("shipping_update");
            next.setButtonInputs(List.of());

            ProgressEvent<ResourceModel, CallbackContext> event = run(new UpdateHandler(), next, Fixtures.withId(desired()));

            assertThat(event.getErrorCode()).isEqualTo(HandlerErrorCode.NotUpdatable);
            assertThat(event.getMessage()).contains("LibraryTemplateName, ButtonInputs are create-only");
            verify(client, never()).updateWhatsAppMessageTemplate(
                any(software.amazon.awssdk.services.socialmessaging.model.UpdateWhatsAppMessageTemplateRequest.class));
            verify(client, never()).deleteWhatsAppMessageTemplate(any(DeleteWhatsAppMessageTemplateRequest.class));
        }

        @Test
        void aMissingTemplateIsNotFoundEvenWhenCreateOnlyPropertiesDiffer() {
            when(client.getWhatsAppMessageTemplate(any(GetWhatsAppMessageTemplateRequest.class)))
                .thenThrow(ServiceErrors.notFound("Template not found"));
            ResourceModel next = Fixtures.withId(desired());
            next.setLibraryTemplateName("shipping_update");

            ProgressEvent<ResourceModel, CallbackContext> event = run(new UpdateHandler(), next, Fixtures.withId(desired()));

            assertThat(event.getErrorCode()).isEqualTo(HandlerErrorCode.NotFound);
        }

        @Test
        void aDeletedTemplateIsNotFoundEvenWhenCreateOnlyPropertiesDiffer() {
            Fixtures.get(client, ID, metaTemplate("DELETED").build());
            ResourceModel next = Fixtures.withId(desired());
            next.setBodyInputs(new BodyInputs(false, null, null, null, null));

            ProgressEvent<ResourceModel, CallbackContext> event = run(new UpdateHandler(), next, Fixtures.withId(desired()));

            assertThat(event.getErrorCode()).isEqualTo(HandlerErrorCode.NotFound);
        }

        /** The create's output: no write-only inputs, every read-only value (what the contract tests send as previous state). */
        private ResourceModel createdOutput() {
            ResourceModel output = Fixtures.withId(desired());
            output.setButtonInputs(null);
            output.setBodyInputs(null);
            output.setWaitForApproval(null);
            output.setStatus("APPROVED");
            output.setQualityScore("UNKNOWN");
            output.setRejectedReason("NONE");
            return output;
        }

        @Test
        void writeOnlyInputsThePreviousStateDoesNotCarryAreUnknownNotChanged() {
            Fixtures.get(client, ID, metaTemplate("APPROVED").build());
            ResourceModel next = Fixtures.withId(desired());
            next.setWaitForApproval(false);

            ProgressEvent<ResourceModel, CallbackContext> event = run(new UpdateHandler(), next, createdOutput());

            assertThat(event.getStatus()).isEqualTo(OperationStatus.SUCCESS);
            ResourceModel model = event.getResourceModel();
            assertThat(model.getMetaTemplateId()).isEqualTo(ID);
            assertThat(model.getCategory()).isEqualTo("UTILITY");
            assertThat(model.getButtonInputs()).isNull();
            assertThat(model.getBodyInputs()).isNull();
            assertThat(model.getWaitForApproval()).isNull();
        }

        @Test
        void theDeclaredCategoryIsReturnedWhenMetaReCategorisedTheTemplate() {
            Fixtures.get(client, ID, metaTemplate("APPROVED").category("MARKETING").previousCategory("UTILITY").build());

            ProgressEvent<ResourceModel, CallbackContext> event = run(new UpdateHandler(), Fixtures.withId(desired()), createdOutput());

            assertThat(event.getStatus()).isEqualTo(OperationStatus.SUCCESS);
            assertThat(event.getResourceModel().getCategory()).isEqualTo("UTILITY");
            assertThat(event.getMessage()).contains("Meta approved it as MARKETING, not the declared UTILITY")
                .contains("drift detection report MARKETING");
            assertThat(invocations.log).anyMatch(line -> line.contains("Meta approved it as MARKETING"));
        }

        @Test
        void declaringTheCategoryMetaMovedTheTemplateToIsNoCreateOnlyChange() {
            Fixtures.get(client, ID, metaTemplate("APPROVED").category("MARKETING").previousCategory("UTILITY").build());
            ResourceModel next = Fixtures.withId(desired());
            next.setCategory("MARKETING");

            ProgressEvent<ResourceModel, CallbackContext> event = run(new UpdateHandler(), next, createdOutput());

            assertThat(event.getStatus()).isEqualTo(OperationStatus.SUCCESS);
            assertThat(event.getResourceModel().getCategory()).isEqualTo("MARKETING");
            assertThat(event.getMessage()).doesNotContain("re-categorised");
        }

        @Test
        void aCategoryMetaDoesNotHoldIsACreateOnlyChange() {
            Fixtures.get(client, ID, metaTemplate("APPROVED").build());
            ResourceModel next = Fixtures.withId(desired());
            next.setCategory("MARKETING");

            ProgressEvent<ResourceModel, CallbackContext> event = run(new UpdateHandler(), next, createdOutput());

            assertThat(event.getErrorCode()).isEqualTo(HandlerErrorCode.NotUpdatable);
            assertThat(event.getMessage()).startsWith("Category is create-only");
        }

        @Test
        void everyCreateOnlyPropertyIsCompared() {
            ResourceModel previous = Fixtures.withId(desired());
            ResourceModel next = new ResourceModel();
            next.setWabaId("waba-other");
            MetaTemplate current = MetaTemplate.parse(metaTemplate("APPROVED").build());

            assertThat(UpdateHandler.createOnlyChanges(previous, next, current)).containsExactly("WabaId", "TemplateName",
                "LibraryTemplateName", "Category", "Language", "ButtonInputs", "BodyInputs");
            ResourceModel sameWabaAsArn = Fixtures.withId(desired());
            sameWabaAsArn.setWabaId(Fixtures.WABA_ARN);
            assertThat(UpdateHandler.createOnlyChanges(previous, sameWabaAsArn, current)).isEmpty();
            assertThat(UpdateHandler.createOnlyChanges(null, next, current)).isEmpty();
        }

        @Test
        void onlyPropertiesThePreviousStateCarriesAreCompared() {
            MetaTemplate current = MetaTemplate.parse(metaTemplate("APPROVED").build());
            ResourceModel inputsDropped = Fixtures.withId(desired());
            inputsDropped.setButtonInputs(null);
            inputsDropped.setBodyInputs(null);

            assertThat(UpdateHandler.createOnlyChanges(new ResourceModel(), Fixtures.withId(desired()), current)).isEmpty();
            // Carried before and absent now is a change: the inputs were removed from the declaration.
            assertThat(UpdateHandler.createOnlyChanges(Fixtures.withId(desired()), inputsDropped, current))
                .containsExactly("ButtonInputs", "BodyInputs");
        }

        @Test
        void withoutPropertiesFailsInvalidRequest() {
            assertThat(run(new UpdateHandler(), null, null).getErrorCode()).isEqualTo(HandlerErrorCode.InvalidRequest);
        }
    }

    @Nested
    class Delete {
        private void getReturnsThenIsGone(String status) {
            when(client.getWhatsAppMessageTemplate(any(GetWhatsAppMessageTemplateRequest.class)))
                .thenReturn(GetWhatsAppMessageTemplateResponse.builder().template(metaTemplate(status).build()).build())
                .thenThrow(ServiceErrors.notFound("Template not found"));
        }

        @Test
        void deletesThisLanguageOnlyAndSucceedsWithoutAModelOnceItIsGone() {
            getReturnsThenIsGone("APPROVED");
            when(client.deleteWhatsAppMessageTemplate(any(DeleteWhatsAppMessageTemplateRequest.class)))
                .thenReturn(DeleteWhatsAppMessageTemplateResponse.builder().build());

            ProgressEvent<ResourceModel, CallbackContext> event = run(new DeleteHandler(), identifier(), null);

            assertThat(event.getStatus()).isEqualTo(OperationStatus.SUCCESS);
            assertThat(event.getResourceModel()).isNull();
            assertThat(event.getErrorCode()).isNull();
            ArgumentCaptor<DeleteWhatsAppMessageTemplateRequest> sent = ArgumentCaptor.forClass(DeleteWhatsAppMessageTemplateRequest.class);
            verify(client).deleteWhatsAppMessageTemplate(sent.capture());
            assertThat(sent.getValue().id()).isEqualTo(WABA);
            assertThat(sent.getValue().templateName()).isEqualTo(NAME);
            assertThat(sent.getValue().metaTemplateId()).isEqualTo(ID);
            assertThat(sent.getValue().deleteAllLanguages()).isFalse();
        }

        @Test
        void aTemplateStillShownAfterTheDeleteIsWaitedForWithoutDeletingAgain() {
            Fixtures.get(client, ID, metaTemplate("APPROVED").build());

            ProgressEvent<ResourceModel, CallbackContext> first = run(new DeleteHandler(), identifier(), null);

            assertThat(first.getStatus()).isEqualTo(OperationStatus.IN_PROGRESS);
            assertThat(first.getResourceModel().getMetaTemplateId()).isEqualTo(ID);
            assertThat(first.getResourceModel().getWabaId()).isEqualTo(WABA);
            assertThat(first.getCallbackDelaySeconds()).isEqualTo(5);
            assertThat(first.getCallbackContext().getMetaTemplateId()).isEqualTo(ID);
            assertThat(first.getMessage()).contains("to disappear");

            when(client.getWhatsAppMessageTemplate(any(GetWhatsAppMessageTemplateRequest.class)))
                .thenReturn(GetWhatsAppMessageTemplateResponse.builder().template(metaTemplate("PENDING_DELETION").build()).build());
            ProgressEvent<ResourceModel, CallbackContext> second = new DeleteHandler().handleRequest(
                invocations.invocation(invocations.request(first.getResourceModel()), first.getCallbackContext()));

            assertThat(second.getStatus()).isEqualTo(OperationStatus.SUCCESS);
            assertThat(second.getResourceModel()).isNull();
            verify(client, org.mockito.Mockito.times(1)).deleteWhatsAppMessageTemplate(any(DeleteWhatsAppMessageTemplateRequest.class));
        }

        @Test
        void aThrottledLookAfterTheDeleteStaysInProgressAndNeverDeletesTwice() {
            when(client.getWhatsAppMessageTemplate(any(GetWhatsAppMessageTemplateRequest.class)))
                .thenReturn(GetWhatsAppMessageTemplateResponse.builder().template(metaTemplate("APPROVED").build()).build())
                .thenThrow(ServiceErrors.throttled("Rate exceeded"))
                .thenThrow(ServiceErrors.notFound("Template not found"));
            when(client.deleteWhatsAppMessageTemplate(any(DeleteWhatsAppMessageTemplateRequest.class)))
                .thenReturn(DeleteWhatsAppMessageTemplateResponse.builder().build());

            ProgressEvent<ResourceModel, CallbackContext> first = run(new DeleteHandler(), identifier(), null);
            assertThat(first.getStatus()).isEqualTo(OperationStatus.IN_PROGRESS);
            assertThat(first.getResourceModel().getMetaTemplateId()).isEqualTo(ID);
            assertThat(first.getCallbackContext().getWait().getTransientFailures()).isEqualTo(1);

            ProgressEvent<ResourceModel, CallbackContext> second = new DeleteHandler().handleRequest(
                invocations.invocation(invocations.request(first.getResourceModel()), first.getCallbackContext()));
            assertThat(second.getStatus()).isEqualTo(OperationStatus.SUCCESS);
            verify(client, org.mockito.Mockito.times(1)).deleteWhatsAppMessageTemplate(any(DeleteWhatsAppMessageTemplateRequest.class));
        }

        @Test
        void aContextWithoutAWaitStillChecks() {
            Fixtures.get(client, ID, metaTemplate("DELETED").build());

            ProgressEvent<ResourceModel, CallbackContext> event = new DeleteHandler().handleRequest(
                invocations.invocation(invocations.request(identifier()), new CallbackContext(ID, NAME, null)));

            assertThat(event.getStatus()).isEqualTo(OperationStatus.SUCCESS);
            verify(client, never()).deleteWhatsAppMessageTemplate(any(DeleteWhatsAppMessageTemplateRequest.class));
        }

        @Test
        void aTemplateThatNeverDisappearsFailsNotStabilized() {
            Fixtures.get(client, ID, metaTemplate("APPROVED").build());
            CallbackContext context = new CallbackContext(ID, NAME,
                com.eumsocial.whatsapp.commons.WaitState.startingAt(java.time.Instant.parse("2025-12-31T23:00:00Z")));

            ProgressEvent<ResourceModel, CallbackContext> event = new DeleteHandler().handleRequest(
                invocations.invocation(invocations.request(identifier()), context));

            assertThat(event.getErrorCode()).isEqualTo(HandlerErrorCode.NotStabilized);
            assertThat(event.getMessage()).contains("still exists");
        }

        @Test
        void aDisabledTemplateThatMetaRefusesToDeleteFailsWithTheServiceMessage() {
            Fixtures.get(client, ID, metaTemplate("DISABLED").build());
            when(client.deleteWhatsAppMessageTemplate(any(DeleteWhatsAppMessageTemplateRequest.class)))
                .thenThrow(ServiceErrors.invalidParameters("Disabled templates cannot be deleted"));

            ProgressEvent<ResourceModel, CallbackContext> event = run(new DeleteHandler(), identifier(), null);

            assertThat(event.getErrorCode()).isEqualTo(HandlerErrorCode.InvalidRequest);
            assertThat(event.getMessage()).contains("Disabled templates cannot be deleted");
        }
    }
}
