package com.eumsocial.whatsapp.templatemedia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.eumsocial.whatsapp.commons.testing.Invocations;
import com.eumsocial.whatsapp.commons.testing.MutableClock;
import com.eumsocial.whatsapp.commons.testing.ServiceErrors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mockito.ArgumentCaptor;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.socialmessaging.SocialMessagingClient;
import software.amazon.awssdk.services.socialmessaging.model.CreateWhatsAppMessageTemplateMediaRequest;
import software.amazon.awssdk.services.socialmessaging.model.CreateWhatsAppMessageTemplateMediaResponse;
import software.amazon.awssdk.services.socialmessaging.model.GetLinkedWhatsAppBusinessAccountRequest;
import software.amazon.awssdk.services.socialmessaging.model.GetLinkedWhatsAppBusinessAccountResponse;
import software.amazon.awssdk.services.socialmessaging.model.LinkedWhatsAppBusinessAccount;
import software.amazon.awssdk.services.socialmessaging.model.RegistrationStatus;
import software.amazon.cloudformation.proxy.HandlerErrorCode;
import software.amazon.cloudformation.proxy.OperationStatus;
import software.amazon.cloudformation.proxy.ProgressEvent;

class CreateHandlerTest {
    static final String WABA = "waba-0123456789abcdef0123456789abcdef";
    static final String HANDLE = "4::aW1hZ2UvcG5n:ARZexample:e:1767225600:42";

    private SocialMessagingClient client;
    private Invocations<ResourceModel, CallbackContext> invocations;

    @BeforeEach
    void setUp() {
        client = mock(SocialMessagingClient.class);
        invocations = Invocations.with(client, new MutableClock());
    }

    static ResourceModel desired() {
        return ResourceModel.builder().wabaId(WABA).sourceS3Bucket("my-template-media").sourceS3Key("headers/banner.png").build();
    }

    private void wabaIs(RegistrationStatus status) {
        when(client.getLinkedWhatsAppBusinessAccount(any(GetLinkedWhatsAppBusinessAccountRequest.class)))
            .thenReturn(GetLinkedWhatsAppBusinessAccountResponse.builder()
                .account(LinkedWhatsAppBusinessAccount.builder().id(WABA).wabaName("Shop").registrationStatus(status).build())
                .build());
    }

    private ProgressEvent<ResourceModel, CallbackContext> create(ResourceModel model) {
        return new CreateHandler().handleRequest(invocations.invocation(invocations.request(model), null));
    }

    @Test
    void uploadsTheObjectAndReturnsTheHandleWithTheInputUnchanged() {
        wabaIs(RegistrationStatus.COMPLETE);
        when(client.createWhatsAppMessageTemplateMedia(any(CreateWhatsAppMessageTemplateMediaRequest.class)))
            .thenReturn(CreateWhatsAppMessageTemplateMediaResponse.builder().metaHeaderHandle(HANDLE).build());

        ProgressEvent<ResourceModel, CallbackContext> event = create(desired());

        assertThat(event.getStatus()).isEqualTo(OperationStatus.SUCCESS);
        assertThat(event.getErrorCode()).isNull();
        assertThat(event.getCallbackDelaySeconds()).isZero();
        assertThat(event.getResourceModel()).isEqualTo(desired().toBuilder().metaHeaderHandle(HANDLE).build());
        ArgumentCaptor<CreateWhatsAppMessageTemplateMediaRequest> sent =
            ArgumentCaptor.forClass(CreateWhatsAppMessageTemplateMediaRequest.class);
        verify(client).createWhatsAppMessageTemplateMedia(sent.capture());
        assertThat(sent.getValue().id()).isEqualTo(WABA);
        assertThat(sent.getValue().sourceS3File().bucketName()).isEqualTo("my-template-media");
        assertThat(sent.getValue().sourceS3File().key()).isEqualTo("headers/banner.png");
        assertThat(invocations.clientsBuilt()).isEqualTo(1);
    }

    @Test
    void aWabaArnIsCalledWithTheIdButKeptAsGivenInTheModel() {
        wabaIs(RegistrationStatus.COMPLETE);
        when(client.createWhatsAppMessageTemplateMedia(any(CreateWhatsAppMessageTemplateMediaRequest.class)))
            .thenReturn(CreateWhatsAppMessageTemplateMediaResponse.builder().metaHeaderHandle(HANDLE).build());
        String arn = "arn:aws:social-messaging:us-east-1:123456789012:waba/0123456789abcdef0123456789abcdef";

        ProgressEvent<ResourceModel, CallbackContext> event = create(desired().toBuilder().wabaId(arn).build());

        assertThat(event.getResourceModel().getWabaId()).isEqualTo(arn);
        ArgumentCaptor<CreateWhatsAppMessageTemplateMediaRequest> sent =
            ArgumentCaptor.forClass(CreateWhatsAppMessageTemplateMediaRequest.class);
        verify(client).createWhatsAppMessageTemplateMedia(sent.capture());
        assertThat(sent.getValue().id()).isEqualTo(WABA);
    }

    static Stream<Arguments> invalidInputs() {
        return Stream.of(
            Arguments.of(desired().toBuilder().wabaId(null).build(), "WabaId is required"),
            Arguments.of(desired().toBuilder().wabaId("0123456789").build(), "WabaId '0123456789'"),
            Arguments.of(desired().toBuilder().sourceS3Bucket(null).build(), "SourceS3Bucket is required"),
            Arguments.of(desired().toBuilder().sourceS3Bucket("s3://my-template-media").build(), "not an ARN or s3:// URL"),
            Arguments.of(desired().toBuilder().sourceS3Bucket("My_Bucket").build(), "lowercase letters"),
            Arguments.of(desired().toBuilder().sourceS3Key("").build(), "SourceS3Key is required"));
    }

    @ParameterizedTest
    @MethodSource("invalidInputs")
    void badInputFailsInvalidRequestNamingTheFieldBeforeAnyCall(ResourceModel model, String expected) {
        ProgressEvent<ResourceModel, CallbackContext> event = create(model);

        assertThat(event.getStatus()).isEqualTo(OperationStatus.FAILED);
        assertThat(event.getErrorCode()).isEqualTo(HandlerErrorCode.InvalidRequest);
        assertThat(event.getMessage()).contains(expected);
        assertThat(event.getResourceModels()).isNull();
        verifyNoInteractions(client);
    }

    @Test
    void everyInputProblemIsReportedAtOnce() {
        ProgressEvent<ResourceModel, CallbackContext> event =
            create(ResourceModel.builder().wabaId("nope").sourceS3Bucket("ab").sourceS3Key(null).build());

        assertThat(event.getErrorCode()).isEqualTo(HandlerErrorCode.InvalidRequest);
        assertThat(event.getMessage()).contains("WabaId 'nope'").contains("SourceS3Bucket 'ab'").contains("SourceS3Key is required");
        verifyNoInteractions(client);
    }

    @Test
    void aRequestWithoutPropertiesFailsInvalidRequest() {
        ProgressEvent<ResourceModel, CallbackContext> event = create(null);

        assertThat(event.getErrorCode()).isEqualTo(HandlerErrorCode.InvalidRequest);
        verifyNoInteractions(client);
    }

    @Test
    void aWabaThatIsNotLinkedFailsNotFoundWithoutUploading() {
        when(client.getLinkedWhatsAppBusinessAccount(any(GetLinkedWhatsAppBusinessAccountRequest.class)))
            .thenThrow(ServiceErrors.notFound("WABA not found"));

        ProgressEvent<ResourceModel, CallbackContext> event = create(desired());

        assertThat(event.getErrorCode()).isEqualTo(HandlerErrorCode.NotFound);
        assertThat(event.getMessage()).contains(WABA).contains("not linked");
        verify(client, never()).createWhatsAppMessageTemplateMedia(any(CreateWhatsAppMessageTemplateMediaRequest.class));
    }

    @Test
    void aWabaWithIncompleteRegistrationFailsInvalidRequestWithoutUploading() {
        wabaIs(RegistrationStatus.INCOMPLETE);

        ProgressEvent<ResourceModel, CallbackContext> event = create(desired());

        assertThat(event.getErrorCode()).isEqualTo(HandlerErrorCode.InvalidRequest);
        assertThat(event.getMessage()).contains("INCOMPLETE");
        verify(client, never()).createWhatsAppMessageTemplateMedia(any(CreateWhatsAppMessageTemplateMediaRequest.class));
    }

    static Stream<Arguments> uploadErrors() {
        return Stream.of(
            Arguments.of(ServiceErrors.invalidParameters("The object is not a supported media type"), HandlerErrorCode.InvalidRequest),
            Arguments.of(ServiceErrors.notFound("No such key"), HandlerErrorCode.NotFound),
            Arguments.of(ServiceErrors.accessDenied("s3:GetObject denied"), HandlerErrorCode.AccessDenied),
            Arguments.of(ServiceErrors.accessDeniedByMeta("Meta says no"), HandlerErrorCode.AccessDenied),
            Arguments.of(ServiceErrors.throttled("Slow down"), HandlerErrorCode.Throttling),
            Arguments.of(ServiceErrors.internal("Oops"), HandlerErrorCode.ServiceInternalError),
            Arguments.of(ServiceErrors.dependency("Meta is down"), HandlerErrorCode.ServiceInternalError));
    }

    @ParameterizedTest
    @MethodSource("uploadErrors")
    void uploadErrorsAreTranslatedKeepingTheServiceMessage(RuntimeException error, HandlerErrorCode expected) {
        wabaIs(RegistrationStatus.COMPLETE);
        when(client.createWhatsAppMessageTemplateMedia(any(CreateWhatsAppMessageTemplateMediaRequest.class))).thenThrow(error);

        ProgressEvent<ResourceModel, CallbackContext> event = create(desired());

        assertThat(event.getStatus()).isEqualTo(OperationStatus.FAILED);
        assertThat(event.getErrorCode()).isEqualTo(expected);
        assertThat(event.getMessage()).contains("CreateWhatsAppMessageTemplateMedia")
            .contains(((AwsServiceException) error).awsErrorDetails().errorMessage());
        assertThat(event.getCallbackDelaySeconds()).isZero();
    }

    @Test
    void aResponseWithoutAHandleIsAServiceFailureNotASuccess() {
        wabaIs(RegistrationStatus.COMPLETE);
        when(client.createWhatsAppMessageTemplateMedia(any(CreateWhatsAppMessageTemplateMediaRequest.class)))
            .thenReturn(CreateWhatsAppMessageTemplateMediaResponse.builder().build());

        ProgressEvent<ResourceModel, CallbackContext> event = create(desired());

        assertThat(event.getErrorCode()).isEqualTo(HandlerErrorCode.GeneralServiceException);
        assertThat(event.getMessage()).contains("no handle").contains("s3://my-template-media/headers/banner.png");
    }

    @Test
    void aResponseWithAMalformedHandleIsAServiceFailure() {
        wabaIs(RegistrationStatus.COMPLETE);
        when(client.createWhatsAppMessageTemplateMedia(any(CreateWhatsAppMessageTemplateMediaRequest.class)))
            .thenReturn(CreateWhatsAppMessageTemplateMediaResponse.builder().metaHeaderHandle("https://cdn/x.png").build());

        ProgressEvent<ResourceModel, CallbackContext> event = create(desired());

        assertThat(event.getErrorCode()).isEqualTo(HandlerErrorCode.GeneralServiceException);
        assertThat(event.getMessage()).contains("'https://cdn/x.png'");
    }

    @Test
    void withoutCallerCredentialsNothingIsCalled() {
        invocations.withoutProxy();

        ProgressEvent<ResourceModel, CallbackContext> event = create(desired());

        assertThat(event.getErrorCode()).isEqualTo(HandlerErrorCode.InvalidCredentials);
        verifyNoInteractions(client);
    }
}
