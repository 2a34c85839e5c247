package com.eumsocial.whatsapp.librarytemplate;

import static com.eumsocial.whatsapp.librarytemplate.Fixtures.ID;
import static com.eumsocial.whatsapp.librarytemplate.Fixtures.LANGUAGE;
import static com.eumsocial.whatsapp.librarytemplate.Fixtures.LIBRARY_NAME;
import static com.eumsocial.whatsapp.librarytemplate.Fixtures.NAME;
import static com.eumsocial.whatsapp.librarytemplate.Fixtures.WABA;
import static com.eumsocial.whatsapp.librarytemplate.Fixtures.desired;
import static com.eumsocial.whatsapp.librarytemplate.Fixtures.libraryEntry;
import static com.eumsocial.whatsapp.librarytemplate.Fixtures.metaTemplate;
import static com.eumsocial.whatsapp.librarytemplate.Fixtures.summary;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.eumsocial.whatsapp.commons.MetaTemplate;
import com.eumsocial.whatsapp.commons.WaitState;
import com.eumsocial.whatsapp.commons.testing.MetaTemplateJson;
import com.eumsocial.whatsapp.commons.testing.Invocations;
import com.eumsocial.whatsapp.commons.testing.MutableClock;
import com.eumsocial.whatsapp.commons.testing.ServiceErrors;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import software.amazon.awssdk.services.socialmessaging.SocialMessagingClient;
import software.amazon.awssdk.services.socialmessaging.model.CreateWhatsAppMessageTemplateFromLibraryRequest;
import software.amazon.awssdk.services.socialmessaging.model.CreateWhatsAppMessageTemplateFromLibraryResponse;
import software.amazon.awssdk.services.socialmessaging.model.DeleteWhatsAppMessageTemplateRequest;
import software.amazon.awssdk.services.socialmessaging.model.GetLinkedWhatsAppBusinessAccountRequest;
import software.amazon.awssdk.services.socialmessaging.model.GetWhatsAppMessageTemplateRequest;
import software.amazon.awssdk.services.socialmessaging.model.LibraryTemplateButtonInput;
import software.amazon.awssdk.services.socialmessaging.model.ListWhatsAppMessageTemplatesRequest;
import software.amazon.awssdk.services.socialmessaging.model.ListWhatsAppMessageTemplatesResponse;
import software.amazon.awssdk.services.socialmessaging.model.ListWhatsAppTemplateLibraryRequest;
import software.amazon.awssdk.services.socialmessaging.model.MetaLibraryTemplate;
import software.amazon.cloudformation.proxy.HandlerErrorCode;
import software.amazon.cloudformation.proxy.OperationStatus;
import software.amazon.cloudformation.proxy.ProgressEvent;

class CreateHandlerTest {
    private SocialMessagingClient client;
    private MutableClock clock;
    private Invocations<ResourceModel, CallbackContext> invocations;

    @BeforeEach
    void setUp() {
        client = mock(SocialMessagingClient.class);
        clock = new MutableClock();
        invocations = Invocations.with(client, clock);
    }

    private ProgressEvent<ResourceModel, CallbackContext> create(ResourceModel model, CallbackContext context) {
        return new CreateHandler().handleRequest(invocations.invocation(invocations.request(model), context));
    }

    private void readyToCreate() {
        Fixtures.wabaLinked(client);
        Fixtures.wabaTemplates(client, summary("other", LANGUAGE, "1", "APPROVED"), summary(NAME, "de", "2", "APPROVED"));
        Fixtures.library(client, libraryEntry("order_confirmation_2", LANGUAGE, "URL"), libraryEntry(LIBRARY_NAME, LANGUAGE, "URL", "QUICK_REPLY"));
        when(client.createWhatsAppMessageTemplateFromLibrary(any(CreateWhatsAppMessageTemplateFromLibraryRequest.class)))
            .thenReturn(CreateWhatsAppMessageTemplateFromLibraryResponse.builder().metaTemplateId(ID).templateStatus("PENDING")
                .category("UTILITY").build());
    }

    private static CallbackContext waiting() {
        return new CallbackContext(ID, NAME, WaitState.startingAt(java.time.Instant.parse("2026-01-01T00:00:00Z")));
    }

    @Nested
    class FirstInvocation {
        @Test
        void createsFromTheLibraryAndReturnsInProgressCarryingThePrimaryIdentifier() {
            readyToCreate();

            ProgressEvent<ResourceModel, CallbackContext> event = create(desired(), null);

            assertThat(event.getStatus()).isEqualTo(OperationStatus.IN_PROGRESS);
            assertThat(event.getErrorCode()).isNull();
            assertThat(event.getResourceModels()).isNull();
            assertThat(event.getResourceModel().getWabaId()).isEqualTo(WABA);
            assertThat(event.getResourceModel().getMetaTemplateId()).isEqualTo(ID);
            assertThat(event.getResourceModel().getPrimaryIdentifier()).isNotNull();
            // Write-only inputs stay in the model: CloudFormation re-invokes with it.
            assertThat(event.getResourceModel()).isEqualTo(Fixtures.withId(desired()));
            assertThat(event.getCallbackContext().getMetaTemplateId()).isEqualTo(ID);
            assertThat(event.getCallbackContext().getTemplateName()).isEqualTo(NAME);
            assertThat(event.getCallbackDelaySeconds()).isEqualTo(5);
        }

        @Test
        void sendsTheLibraryTemplateWithMetasKeysForUrlsAndApps() {
            readyToCreate();
            ResourceModel model = desired();
            model.setButtonInputs(List.of(Fixtures.urlInput(), new ButtonInput("QUICK_REPLY", null, null, null, null, null)));
            model.setBodyInputs(new BodyInputs(true, false, null, true, null));

            create(model, null);

            ArgumentCaptor<CreateWhatsAppMessageTemplateFromLibraryRequest> sent =
                ArgumentCaptor.forClass(CreateWhatsAppMessageTemplateFromLibraryRequest.class);
            verify(client).createWhatsAppMessageTemplateFromLibrary(sent.capture());
            assertThat(sent.getValue().id()).isEqualTo(WABA);
            MetaLibraryTemplate template = sent.getValue().metaLibraryTemplate();
            assertThat(template.templateName()).isEqualTo(NAME);
            assertThat(template.libraryTemplateName()).isEqualTo(LIBRARY_NAME);
            assertThat(template.templateCategory()).isEqualTo("UTILITY");
            assertThat(template.templateLanguage()).isEqualTo(LANGUAGE);
            LibraryTemplateButtonInput url = template.libraryTemplateButtonInputs().get(0);
            assertThat(url.type()).isEqualTo("URL");
            assertThat(url.url()).containsExactly(Map.entry("base_url", "https://example.com/orders/"),
                Map.entry("url_suffix_example", "https://example.com/orders/1"));
            assertThat(template.libraryTemplateButtonInputs().get(1).type()).isEqualTo("QUICK_REPLY");
            assertThat(template.libraryTemplateBodyInputs().addContactNumber()).isTrue();
            assertThat(template.libraryTemplateBodyInputs().addLearnMoreLink()).isFalse();
            assertThat(template.libraryTemplateBodyInputs().addSecurityRecommendation()).isNull();
            assertThat(template.libraryTemplateBodyInputs().addTrackPackageLink()).isTrue();

            ArgumentCaptor<ListWhatsAppTemplateLibraryRequest> search = ArgumentCaptor.forClass(ListWhatsAppTemplateLibraryRequest.class);
            verify(client).listWhatsAppTemplateLibrary(search.capture());
            assertThat(search.getValue().id()).isEqualTo(WABA);
            assertThat(search.getValue().filters()).containsOnly(Map.entry("searchKey", LIBRARY_NAME), Map.entry("language", LANGUAGE));
        }

        @Test
        void sendsOtpInputsWithSupportedApps() {
            readyToCreate();
            Fixtures.library(client, libraryEntry(LIBRARY_NAME, LANGUAGE, "OTP"));
            ResourceModel model = desired();
            model.setCategory("AUTHENTICATION");
            model.setButtonInputs(List.of(new ButtonInput("OTP", null, null, "ONE_TAP", null,
                List.of(new SupportedApp("com.example.app", "K8a/AINcGX7")))));
            model.setBodyInputs(new BodyInputs(null, null, true, null, 10));

            create(model, null);

            ArgumentCaptor<CreateWhatsAppMessageTemplateFromLibraryRequest> sent =
                ArgumentCaptor.forClass(CreateWhatsAppMessageTemplateFromLibraryRequest.class);
            verify(client).createWhatsAppMessageTemplateFromLibrary(sent.capture());
            LibraryTemplateButtonInput otp = sent.getValue().metaLibraryTemplate().libraryTemplateButtonInputs().get(0);
            assertThat(otp.otpType()).isEqualTo("ONE_TAP");
            assertThat(otp.supportedApps()).containsExactly(Map.of("package_name", "com.example.app", "signature_hash", "K8a/AINcGX7"));
            assertThat(otp.url()).isEmpty();
            assertThat(sent.getValue().metaLibraryTemplate().libraryTemplateBodyInputs().codeExpirationMinutes()).isEqualTo(10);
        }

        @Test
        void withoutButtonOrBodyInputsNoneAreSent() {
            readyToCreate();
            Fixtures.library(client, libraryEntry(LIBRARY_NAME, LANGUAGE, "QUICK_REPLY"));
            ResourceModel model = desired();
            model.setButtonInputs(null);
            model.setBodyInputs(null);

            create(model, null);

            ArgumentCaptor<CreateWhatsAppMessageTemplateFromLibraryRequest> sent =
                ArgumentCaptor.forClass(CreateWhatsAppMessageTemplateFromLibraryRequest.class);
            verify(client).createWhatsAppMessageTemplateFromLibrary(sent.capture());
            assertThat(sent.getValue().metaLibraryTemplate().hasLibraryTemplateButtonInputs()).isFalse();
            assertThat(sent.getValue().metaLibraryTemplate().libraryTemplateBodyInputs()).isNull();
        }

        @Test
        void withoutWaitingTheNextInvocationFollowsAtOnce() {
            readyToCreate();
            ResourceModel model = desired();
            model.setWaitForApproval(false);

            ProgressEvent<ResourceModel, CallbackContext> event = create(model, null);

            assertThat(event.getStatus()).isEqualTo(OperationStatus.IN_PROGRESS);
            assertThat(event.getCallbackDelaySeconds()).isZero();
            assertThat(event.getResourceModel().getMetaTemplateId()).isEqualTo(ID);
        }

        @Test
        void badInputFailsBeforeAnyCall() {
            ResourceModel model = desired();
            model.setTemplateName("Order Update");
            model.setButtonInputs(List.of(new ButtonInput("URL", null, null, null, null, null)));

            ProgressEvent<ResourceModel, CallbackContext> event = create(model, null);

            assertThat(event.getStatus()).isEqualTo(OperationStatus.FAILED);
            assertThat(event.getErrorCode()).isEqualTo(HandlerErrorCode.InvalidRequest);
            assertThat(event.getMessage()).contains("TemplateName 'Order Update'").contains("ButtonInputs[0].Url.BaseUrl is required");
            verifyNoInteractions(client);
        }

        @Test
        void aWabaThatIsNotLinkedFailsNotFoundBeforeAnythingElse() {
            when(client.getLinkedWhatsAppBusinessAccount(any(GetLinkedWhatsAppBusinessAccountRequest.class)))
                .thenThrow(ServiceErrors.notFound("no such WABA"));

            ProgressEvent<ResourceModel, CallbackContext> event = create(desired(), null);

            assertThat(event.getErrorCode()).isEqualTo(HandlerErrorCode.NotFound);
            verify(client, never()).listWhatsAppTemplateLibrary(any(ListWhatsAppTemplateLibraryRequest.class));
            verify(client, never()).createWhatsAppMessageTemplateFromLibrary(any(CreateWhatsAppMessageTemplateFromLibraryRequest.class));
        }

        @Test
        void aTakenNameAndLanguageFailsAlreadyExistsWithoutCreating() {
            readyToCreate();
            Fixtures.wabaTemplates(client, summary(NAME, LANGUAGE, "77", "APPROVED"));
            Fixtures.get(client, "77", metaTemplate("APPROVED").field("id", "77").build());

            ProgressEvent<ResourceModel, CallbackContext> event = create(desired(), null);

            assertThat(event.getErrorCode()).isEqualTo(HandlerErrorCode.AlreadyExists);
            assertThat(event.getMessage()).contains(NAME).contains(LANGUAGE).contains("id 77").contains("status APPROVED")
                .contains("import");
            verify(client, never()).createWhatsAppMessageTemplateFromLibrary(any(CreateWhatsAppMessageTemplateFromLibraryRequest.class));
        }

        @Test
        void theSameNameAndLanguageFoundOnALaterPageStillCounts() {
            readyToCreate();
            when(client.listWhatsAppMessageTemplates(any(ListWhatsAppMessageTemplatesRequest.class)))
                .thenReturn(ListWhatsAppMessageTemplatesResponse.builder().templates(summary("a", LANGUAGE, "1", "APPROVED"))
                    .nextToken("page-2").build())
                .thenReturn(ListWhatsAppMessageTemplatesResponse.builder().templates(summary(NAME, LANGUAGE, "78", "PENDING"))
                    .build());
            Fixtures.get(client, "78", MetaTemplateJson.template(NAME, LANGUAGE, "UTILITY", "78").build());

            assertThat(create(desired(), null).getErrorCode()).isEqualTo(HandlerErrorCode.AlreadyExists);
        }

        @Test
        void aDeletedTemplateOfTheSameNameDoesNotBlockCreation() {
            readyToCreate();
            Fixtures.wabaTemplates(client, summary(NAME, LANGUAGE, "77", "DELETED"));

            assertThat(create(desired(), null).getStatus()).isEqualTo(OperationStatus.IN_PROGRESS);
        }

        @Test
        void aReinvocationThatLostItsContextAdoptsTheTemplateItCreatedInsteadOfCreatingASecond() {
            readyToCreate();
            ProgressEvent<ResourceModel, CallbackContext> first = create(desired(), null);
            // The first invocation's answer was lost; CloudFormation retries with no callback context.
            Fixtures.wabaTemplates(client, summary(NAME, LANGUAGE, ID, "PENDING"));
            Fixtures.get(client, ID, metaTemplate("PENDING").build());

            ProgressEvent<ResourceModel, CallbackContext> retry = create(desired(), null);

            assertThat(retry.getStatus()).isEqualTo(OperationStatus.IN_PROGRESS);
            assertThat(retry.getResourceModel()).isEqualTo(first.getResourceModel());
            assertThat(retry.getCallbackContext().getMetaTemplateId()).isEqualTo(ID);
            assertThat(invocations.log).anyMatch(line -> line.startsWith("Adopting template"));
            verify(client).createWhatsAppMessageTemplateFromLibrary(any(CreateWhatsAppMessageTemplateFromLibraryRequest.class));
        }

        @Test
        void aTemplateAlreadyReviewedIsNotAdoptedButAlreadyExists() {
            readyToCreate();
            Fixtures.wabaTemplates(client, summary(NAME, LANGUAGE, ID, "APPROVED"));
            Fixtures.get(client, ID, metaTemplate("APPROVED").build());

            assertThat(create(desired(), null).getErrorCode()).isEqualTo(HandlerErrorCode.AlreadyExists);
            verify(client, never()).createWhatsAppMessageTemplateFromLibrary(any(CreateWhatsAppMessageTemplateFromLibraryRequest.class));
        }

        @Test
        void onlyAPendingTemplateOfTheSameLibraryEntryAndCategoryIsOurs() {
            ResourceModel model = desired();

            assertThat(CreateHandler.isOurs(MetaTemplate.parse(metaTemplate("PENDING").build()), model)).isTrue();
            assertThat(CreateHandler.isOurs(MetaTemplate.parse(metaTemplate("PENDING").category("MARKETING")
                .previousCategory("UTILITY").build()), model)).isTrue();
            assertThat(CreateHandler.isOurs(MetaTemplate.parse(metaTemplate("PENDING").category("MARKETING").build()), model))
                .isFalse();
            assertThat(CreateHandler.isOurs(MetaTemplate.parse(metaTemplate("PENDING")
                .field("library_template_name", "shipping_update").build()), model)).isFalse();
            assertThat(CreateHandler.isOurs(MetaTemplate.parse(
                MetaTemplateJson.template(NAME, LANGUAGE, "UTILITY", ID).build()), model)).isFalse();
            assertThat(CreateHandler.isOurs(MetaTemplate.parse(metaTemplate("REJECTED").build()), model)).isFalse();
        }

        @Test
        void aTakenNameWhoseTemplateVanishedMeanwhileIsStillAlreadyExists() {
            readyToCreate();
            Fixtures.wabaTemplates(client, summary(NAME, LANGUAGE, ID, "PENDING"), summary("x", LANGUAGE, null, "PENDING"));
            when(client.getWhatsAppMessageTemplate(any(GetWhatsAppMessageTemplateRequest.class)))
                .thenThrow(ServiceErrors.notFound("gone"));

            ProgressEvent<ResourceModel, CallbackContext> event = create(desired(), null);

            assertThat(event.getErrorCode()).isEqualTo(HandlerErrorCode.AlreadyExists);
            assertThat(event.getMessage()).contains("status PENDING");
        }

        @Test
        void anUnknownLibraryTemplateFailsInvalidRequestWithoutCreating() {
            readyToCreate();
            Fixtures.library(client, libraryEntry("order_confirmation_2", LANGUAGE, "URL"));

            ProgressEvent<ResourceModel, CallbackContext> event = create(desired(), null);

            assertThat(event.getErrorCode()).isEqualTo(HandlerErrorCode.InvalidRequest);
            assertThat(event.getMessage()).contains("LibraryTemplateName 'order_confirmation' is not in Meta's template library");
            verify(client, never()).createWhatsAppMessageTemplateFromLibrary(any(CreateWhatsAppMessageTemplateFromLibraryRequest.class));
        }

        @Test
        void missingButtonInputsForTheLibrarysButtonsFailInvalidRequestWithoutCreating() {
            readyToCreate();
            Fixtures.library(client, libraryEntry(LIBRARY_NAME, LANGUAGE, "URL", "PHONE_NUMBER"));

            ProgressEvent<ResourceModel, CallbackContext> event = create(desired(), null);

            assertThat(event.getErrorCode()).isEqualTo(HandlerErrorCode.InvalidRequest);
            assertThat(event.getMessage()).contains("1 PHONE_NUMBER button").contains("PhoneNumber");
            verify(client, never()).createWhatsAppMessageTemplateFromLibrary(any(CreateWhatsAppMessageTemplateFromLibraryRequest.class));
        }

        @Test
        void aDuplicateReportedByTheCreateCallBecomesAlreadyExists() {
            readyToCreate();
            when(client.createWhatsAppMessageTemplateFromLibrary(any(CreateWhatsAppMessageTemplateFromLibraryRequest.class)))
                .thenThrow(ServiceErrors.invalidParameters("Template name already exists"));
            when(client.listWhatsAppMessageTemplates(any(ListWhatsAppMessageTemplatesRequest.class)))
                .thenReturn(ListWhatsAppMessageTemplatesResponse.builder().build())
                .thenReturn(ListWhatsAppMessageTemplatesResponse.builder().templates(summary(NAME, LANGUAGE, "79", "PENDING")).build());

            ProgressEvent<ResourceModel, CallbackContext> event = create(desired(), null);

            assertThat(event.getErrorCode()).isEqualTo(HandlerErrorCode.AlreadyExists);
            assertThat(event.getMessage()).contains("id 79");
        }

        @Test
        void anotherClientErrorOfTheCreateCallKeepsTheServiceMessage() {
            readyToCreate();
            when(client.createWhatsAppMessageTemplateFromLibrary(any(CreateWhatsAppMessageTemplateFromLibraryRequest.class)))
                .thenThrow(ServiceErrors.invalidParameters("button input does not match"));

            ProgressEvent<ResourceModel, CallbackContext> event = create(desired(), null);

            assertThat(event.getErrorCode()).isEqualTo(HandlerErrorCode.InvalidRequest);
            assertThat(event.getMessage()).contains("CreateWhatsAppMessageTemplateFromLibrary failed: button input does not match");
        }

        @Test
        void aThrottledCreateCallFailsThrottlingSoCloudFormationRetries() {
            readyToCreate();
            when(client.createWhatsAppMessageTemplateFromLibrary(any(CreateWhatsAppMessageTemplateFromLibraryRequest.class)))
                .thenThrow(ServiceErrors.throttled("Rate exceeded"));

            assertThat(create(desired(), null).getErrorCode()).isEqualTo(HandlerErrorCode.Throttling);
        }

        @Test
        void anAnswerWithoutAnIdIsAServiceFailure() {
            readyToCreate();
            when(client.createWhatsAppMessageTemplateFromLibrary(any(CreateWhatsAppMessageTemplateFromLibraryRequest.class)))
                .thenReturn(CreateWhatsAppMessageTemplateFromLibraryResponse.builder().templateStatus("PENDING").build());

            ProgressEvent<ResourceModel, CallbackContext> event = create(desired(), null);

            assertThat(event.getErrorCode()).isEqualTo(HandlerErrorCode.GeneralServiceException);
            assertThat(event.getMessage()).contains("without a metaTemplateId");
        }
    }

    @Nested
    class WaitingForReview {
        @Test
        void pendingKeepsWaitingWithThePrimaryIdentifierAndNeverCreatesAgain() {
            Fixtures.get(client, ID, metaTemplate("PENDING").build());
            clock.advanceSeconds(60);

            ProgressEvent<ResourceModel, CallbackContext> event = create(Fixtures.withId(desired()), waiting());

            assertThat(event.getStatus()).isEqualTo(OperationStatus.IN_PROGRESS);
            assertThat(event.getResourceModel().getMetaTemplateId()).isEqualTo(ID);
            assertThat(event.getResourceModel().getWabaId()).isEqualTo(WABA);
            assertThat(event.getCallbackDelaySeconds()).isEqualTo(12);
            assertThat(event.getCallbackContext().getWait().getPolls()).isEqualTo(1);
            assertThat(event.getMessage()).contains("PENDING");
            verify(client, never()).createWhatsAppMessageTemplateFromLibrary(any(CreateWhatsAppMessageTemplateFromLibraryRequest.class));
            verify(client, never()).getLinkedWhatsAppBusinessAccount(any(GetLinkedWhatsAppBusinessAccountRequest.class));
        }

        @Test
        void aThrottledStatusReadKeepsWaitingWithThePrimaryIdentifierAndTheNextReadCarriesOn() {
            when(client.getWhatsAppMessageTemplate(any(GetWhatsAppMessageTemplateRequest.class)))
                .thenThrow(ServiceErrors.throttled("Rate exceeded"))
                .thenReturn(software.amazon.awssdk.services.socialmessaging.model.GetWhatsAppMessageTemplateResponse.builder()
                    .template(metaTemplate("APPROVED").build()).build());

            ProgressEvent<ResourceModel, CallbackContext> throttled = create(Fixtures.withId(desired()), waiting());
            assertThat(throttled.getStatus()).isEqualTo(OperationStatus.IN_PROGRESS);
            assertThat(throttled.getResourceModel().getMetaTemplateId()).isEqualTo(ID);
            assertThat(throttled.getCallbackContext().getMetaTemplateId()).isEqualTo(ID);
            assertThat(throttled.getCallbackContext().getWait().getTransientFailures()).isEqualTo(1);
            assertThat(throttled.getCallbackDelaySeconds()).isEqualTo(5);
            assertThat(throttled.getMessage()).contains("Throttling").contains("Rate exceeded");

            ProgressEvent<ResourceModel, CallbackContext> done = create(throttled.getResourceModel(), throttled.getCallbackContext());
            assertThat(done.getStatus()).isEqualTo(OperationStatus.SUCCESS);
            assertThat(done.getResourceModel().getMetaTemplateId()).isEqualTo(ID);
            verify(client, never()).createWhatsAppMessageTemplateFromLibrary(any(CreateWhatsAppMessageTemplateFromLibraryRequest.class));
        }

        @Test
        void aStatusReadThatKeepsFailingEndsWithTheOriginalErrorAfterBoundedRetries() {
            when(client.getWhatsAppMessageTemplate(any(GetWhatsAppMessageTemplateRequest.class)))
                .thenThrow(ServiceErrors.undeclared("BadGateway", 502, "bad gateway"));
            ProgressEvent<ResourceModel, CallbackContext> event = create(Fixtures.withId(desired()), new CallbackContext(ID, NAME, null));
            int events = 1;
            while (event.getStatus() == OperationStatus.IN_PROGRESS && events < 20) {
                assertThat(event.getResourceModel().getMetaTemplateId()).isEqualTo(ID);
                clock.advanceSeconds(event.getCallbackDelaySeconds());
                event = create(event.getResourceModel(), event.getCallbackContext());
                events++;
            }
            assertThat(events).isEqualTo(com.eumsocial.whatsapp.commons.TransientReadFailures.MAX_CONSECUTIVE);
            assertThat(event.getErrorCode()).isEqualTo(HandlerErrorCode.ServiceInternalError);
            assertThat(event.getMessage()).contains("bad gateway").contains("5 times in a row");
        }

        @Test
        void approvedSucceedsWithMetasStateAndNoWriteOnlyProperty() throws Exception {
            Fixtures.get(client, ID, metaTemplate("APPROVED").qualityScore("GREEN").build());

            ProgressEvent<ResourceModel, CallbackContext> event = create(Fixtures.withId(desired()), waiting());

            assertThat(event.getStatus()).isEqualTo(OperationStatus.SUCCESS);
            assertThat(event.getCallbackDelaySeconds()).isZero();
            ResourceModel model = event.getResourceModel();
            assertThat(model.getWabaId()).isEqualTo(WABA);
            assertThat(model.getMetaTemplateId()).isEqualTo(ID);
            assertThat(model.getTemplateName()).isEqualTo(NAME);
            assertThat(model.getLibraryTemplateName()).isEqualTo(LIBRARY_NAME);
            assertThat(model.getCategory()).isEqualTo("UTILITY");
            assertThat(model.getLanguage()).isEqualTo(LANGUAGE);
            assertThat(model.getStatus()).isEqualTo("APPROVED");
            assertThat(model.getQualityScore()).isEqualTo("GREEN");
            assertThat(model.getRejectedReason()).isEqualTo("NONE");
            assertThat((Object) new ObjectMapper().valueToTree(model.getComponents())).isEqualTo(new ObjectMapper().readTree(Fixtures.COMPONENTS));
            assertThat(model.getWaitForApproval()).isNull();
            assertThat(model.getButtonInputs()).isNull();
            assertThat(model.getBodyInputs()).isNull();
        }

        @Test
        void approvedInAnotherCategoryReturnsTheDeclaredCategoryAndSaysWhatMetaHolds() {
            Fixtures.get(client, ID, metaTemplate("APPROVED").category("MARKETING").previousCategory("UTILITY").build());

            ProgressEvent<ResourceModel, CallbackContext> event = create(Fixtures.withId(desired()), waiting());

            assertThat(event.getStatus()).isEqualTo(OperationStatus.SUCCESS);
            // Category is create-only: the result equals the declaration; read reports Meta's category.
            assertThat(event.getResourceModel().getCategory()).isEqualTo("UTILITY");
            assertThat(event.getResourceModel().getStatus()).isEqualTo("APPROVED");
            assertThat(event.getMessage()).contains("is APPROVED by Meta")
                .contains("Meta approved it as MARKETING, not the declared UTILITY")
                .contains("read and drift detection report MARKETING");
            assertThat(invocations.log).anyMatch(line -> line.contains("Meta approved it as MARKETING"));
        }

        @Test
        void approvedInTheDeclaredCategorySaysNothingAboutCategories() {
            Fixtures.get(client, ID, metaTemplate("APPROVED").build());

            ProgressEvent<ResourceModel, CallbackContext> event = create(Fixtures.withId(desired()), waiting());

            assertThat(event.getMessage()).contains("is APPROVED by Meta").doesNotContain("re-categorised");
        }

        @Test
        void aWabaArnStaysAsGivenWhileTheIdIsCalled() {
            Fixtures.get(client, ID, metaTemplate("APPROVED").build());
            ResourceModel model = Fixtures.withId(desired());
            model.setWabaId(Fixtures.WABA_ARN);

            ProgressEvent<ResourceModel, CallbackContext> event = create(model, waiting());

            assertThat(event.getResourceModel().getWabaId()).isEqualTo(Fixtures.WABA_ARN);
            ArgumentCaptor<GetWhatsAppMessageTemplateRequest> get = ArgumentCaptor.forClass(GetWhatsAppMessageTemplateRequest.class);
            verify(client).getWhatsAppMessageTemplate(get.capture());
            assertThat(get.getValue().id()).isEqualTo(WABA);
        }

        @Test
        void withoutWaitingATemplateDeletedRightAfterCreationIsNotFound() {
            when(client.getWhatsAppMessageTemplate(any(GetWhatsAppMessageTemplateRequest.class)))
                .thenThrow(ServiceErrors.notFound("no such template"));
            ResourceModel model = Fixtures.withId(desired());
            model.setWaitForApproval(false);

            ProgressEvent<ResourceModel, CallbackContext> event = create(model, waiting());

            assertThat(event.getErrorCode()).isEqualTo(HandlerErrorCode.NotFound);
            assertThat(event.getMessage()).contains(ID);
        }

        @Test
        void withoutWaitingAPendingTemplateIsDone() {
            Fixtures.get(client, ID, metaTemplate("PENDING").build());
            ResourceModel model = Fixtures.withId(desired());
            model.setWaitForApproval(false);

            ProgressEvent<ResourceModel, CallbackContext> event = create(model, waiting());

            assertThat(event.getStatus()).isEqualTo(OperationStatus.SUCCESS);
            assertThat(event.getResourceModel().getStatus()).isEqualTo("PENDING");
            assertThat(event.getMessage()).contains("not waiting for the review");
        }

        @Test
        void withoutWaitingATemplateMetaAlreadyMovedKeepsTheDeclaredCategory() {
            Fixtures.get(client, ID, metaTemplate("PENDING").category("MARKETING").build());
            ResourceModel model = Fixtures.withId(desired());
            model.setWaitForApproval(false);

            ProgressEvent<ResourceModel, CallbackContext> event = create(model, waiting());

            assertThat(event.getResourceModel().getCategory()).isEqualTo("UTILITY");
            assertThat(event.getMessage()).contains("Meta holds it as MARKETING, not the declared UTILITY");
        }

        @Test
        void rejectedFailsWithMetasReasonAndDeletesTheRejectedTemplate() {
            Fixtures.get(client, ID, metaTemplate("PENDING").rejected("INVALID_FORMAT", "The URL is broken.", "Fix the URL.").build());

            ProgressEvent<ResourceModel, CallbackContext> event = create(Fixtures.withId(desired()), waiting());

            assertThat(event.getStatus()).isEqualTo(OperationStatus.FAILED);
            assertThat(event.getErrorCode()).isEqualTo(HandlerErrorCode.NotStabilized);
            assertThat(event.getMessage()).contains("REJECTED").contains("INVALID_FORMAT").contains("Fix the URL.")
                .contains("The rejected template was deleted");
            assertThat(event.getResourceModels()).isNull();
            ArgumentCaptor<DeleteWhatsAppMessageTemplateRequest> deleted =
                ArgumentCaptor.forClass(DeleteWhatsAppMessageTemplateRequest.class);
            verify(client).deleteWhatsAppMessageTemplate(deleted.capture());
            assertThat(deleted.getValue().id()).isEqualTo(WABA);
            assertThat(deleted.getValue().templateName()).isEqualTo(NAME);
            assertThat(deleted.getValue().metaTemplateId()).isEqualTo(ID);
            assertThat(deleted.getValue().deleteAllLanguages()).isFalse();
        }

        @Test
        void aRejectedTemplateThatCannotBeDeletedIsSaidSo() {
            Fixtures.get(client, ID, metaTemplate("PENDING").rejected("SCAM", null, null).build());
            when(client.deleteWhatsAppMessageTemplate(any(DeleteWhatsAppMessageTemplateRequest.class)))
                .thenThrow(ServiceErrors.dependency("Meta unavailable"));

            ProgressEvent<ResourceModel, CallbackContext> event = create(Fixtures.withId(desired()), waiting());

            assertThat(event.getErrorCode()).isEqualTo(HandlerErrorCode.NotStabilized);
            assertThat(event.getMessage()).contains("SCAM").contains("Deleting the rejected template failed").contains("Meta unavailable");
        }

        @Test
        void pausedFailsNotStabilizedWithoutDeleting() {
            Fixtures.get(client, ID, metaTemplate("PAUSED").build());

            ProgressEvent<ResourceModel, CallbackContext> event = create(Fixtures.withId(desired()), waiting());

            assertThat(event.getErrorCode()).isEqualTo(HandlerErrorCode.NotStabilized);
            assertThat(event.getMessage()).contains("PAUSED");
            verify(client, never()).deleteWhatsAppMessageTemplate(any(DeleteWhatsAppMessageTemplateRequest.class));
        }

        @Test
        void aTemplateDeletedWhileWaitingFailsNotFound() {
            when(client.getWhatsAppMessageTemplate(any(GetWhatsAppMessageTemplateRequest.class)))
                .thenThrow(ServiceErrors.notFound("no such template"));

            ProgressEvent<ResourceModel, CallbackContext> event = create(Fixtures.withId(desired()), waiting());

            assertThat(event.getErrorCode()).isEqualTo(HandlerErrorCode.NotFound);
            assertThat(event.getMessage()).contains(ID).contains("deleted");
        }

        @Test
        void aReviewLongerThanTheHandlerTimeoutEndsWithNotStabilized() {
            Fixtures.get(client, ID, metaTemplate("PENDING").build());
            clock.advance(Duration.ofMinutes(TypeSettings.CREATE_TIMEOUT_MINUTES));

            ProgressEvent<ResourceModel, CallbackContext> event = create(Fixtures.withId(desired()), waiting());

            assertThat(event.getErrorCode()).isEqualTo(HandlerErrorCode.NotStabilized);
            assertThat(event.getMessage()).contains("has not finished reviewing");
        }

        @Test
        void aThrottledStatusCheckFailsThrottlingOnceTheRetriesAreSpent() {
            when(client.getWhatsAppMessageTemplate(any(GetWhatsAppMessageTemplateRequest.class)))
                .thenThrow(ServiceErrors.throttled("Rate exceeded"));
            CallbackContext context = waiting();
            context.getWait().setTransientFailures(com.eumsocial.whatsapp.commons.TransientReadFailures.MAX_CONSECUTIVE - 1);

            assertThat(create(Fixtures.withId(desired()), context).getErrorCode()).isEqualTo(HandlerErrorCode.Throttling);
        }
    }
}
