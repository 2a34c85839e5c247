package com.eumsocial.whatsapp.commons;

import static org.assertj.core.api.Assertions.assertThat;

import com.eumsocial.whatsapp.commons.testing.ServiceErrors;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.cloudformation.exceptions.CfnNotUpdatableException;
import software.amazon.cloudformation.proxy.HandlerErrorCode;

class ServiceErrorTranslatorTest {

    static Stream<Arguments> declaredErrors() {
        return Stream.of(
            Arguments.of(ServiceErrors.validation("name too long"), HandlerErrorCode.InvalidRequest),
            Arguments.of(ServiceErrors.invalidParameters("bad components"), HandlerErrorCode.InvalidRequest),
            Arguments.of(ServiceErrors.limitExceeded("250 templates"), HandlerErrorCode.ServiceLimitExceeded),
            Arguments.of(ServiceErrors.accessDenied("no permission"), HandlerErrorCode.AccessDenied),
            Arguments.of(ServiceErrors.accessDeniedByMeta("meta says no"), HandlerErrorCode.AccessDenied),
            Arguments.of(ServiceErrors.notFound("no such template"), HandlerErrorCode.NotFound),
            Arguments.of(ServiceErrors.throttled("slow down"), HandlerErrorCode.Throttling),
            Arguments.of(ServiceErrors.internal("oops"), HandlerErrorCode.ServiceInternalError),
            Arguments.of(ServiceErrors.dependency("meta is down"), HandlerErrorCode.ServiceInternalError));
    }

    @ParameterizedTest
    @MethodSource("declaredErrors")
    void everyDeclaredErrorMapsByTypeAndKeepsTheServiceMessage(RuntimeException error, HandlerErrorCode expected) {
        HandlerFailure failure = ServiceErrorTranslator.translate(error, "GetWhatsAppMessageTemplate");

        assertThat(failure.code()).isEqualTo(expected);
        assertThat(failure.getMessage())
            .startsWith("GetWhatsAppMessageTemplate failed: ")
            .contains(((software.amazon.awssdk.awscore.exception.AwsServiceException) error).awsErrorDetails().errorMessage())
            .contains(error.getClass().getSimpleName());
        assertThat(failure.getCause()).isSameAs(error);
    }

    @Test
    void metaRefusalSaysWhereToLook() {
        HandlerFailure failure = ServiceErrorTranslator.translate(ServiceErrors.accessDeniedByMeta("denied"), "CreateX");
        assertThat(failure.getMessage()).contains("Meta refused the request");
    }

    @ParameterizedTest
    @CsvSource({
        "400, InvalidRequest", "422, InvalidRequest", "401, AccessDenied", "403, AccessDenied", "404, NotFound",
        "410, NotFound", "409, ResourceConflict", "429, Throttling", "503, Throttling", "504, Throttling",
        "500, ServiceInternalError", "502, ServiceInternalError", "418, GeneralServiceException"})
    void undeclaredServiceErrorsMapByHttpStatus(int status, HandlerErrorCode expected) {
        HandlerFailure failure = ServiceErrorTranslator.translate(
            ServiceErrors.undeclared("SomethingNewException", status, "new error"), "ListWhatsAppMessageTemplates");

        assertThat(failure.code()).isEqualTo(expected);
        assertThat(failure.getMessage()).contains("new error").contains("SomethingNewException").contains("HTTP " + status);
    }

    @Test
    void retryableFailuresUseCodesCloudFormationRetries() {
        assertThat(ServiceErrorTranslator.codeFor(ServiceErrors.throttled("x"))).isEqualTo(HandlerErrorCode.Throttling);
        assertThat(ServiceErrorTranslator.codeFor(ServiceErrors.internal("x"))).isEqualTo(HandlerErrorCode.ServiceInternalError);
        assertThat(ServiceErrorTranslator.codeFor(ServiceErrors.dependency("x"))).isEqualTo(HandlerErrorCode.ServiceInternalError);
        assertThat(ServiceErrorTranslator.codeFor(SdkClientException.create("connection refused")))
            .isEqualTo(HandlerErrorCode.NetworkFailure);
    }

    @Test
    void clientSideAndNetworkFailuresAreNetworkFailure() {
        HandlerFailure timeout = ServiceErrorTranslator.translate(
            ApiCallTimeoutException.create(30_000), "GetWhatsAppMessageTemplate");
        assertThat(timeout.code()).isEqualTo(HandlerErrorCode.NetworkFailure);
        assertThat(timeout.getMessage()).contains("could not be reached");

        HandlerFailure io = ServiceErrorTranslator.translate(
            new UncheckedIOException(new IOException("connection reset")), "X");
        assertThat(io.code()).isEqualTo(HandlerErrorCode.NetworkFailure);

        HandlerFailure wrapped = ServiceErrorTranslator.translate(
            new IllegalStateException("wrapper", new IOException("broken pipe")), "X");
        assertThat(wrapped.code()).isEqualTo(HandlerErrorCode.NetworkFailure);
    }

    @Test
    void handlerFailuresAndCloudFormationExceptionsKeepTheirCode() {
        HandlerFailure own = HandlerFailure.notFound("gone");
        assertThat(ServiceErrorTranslator.translate(own, "X")).isSameAs(own);
        assertThat(ServiceErrorTranslator.codeFor(own)).isEqualTo(HandlerErrorCode.NotFound);

        CfnNotUpdatableException cfn = new CfnNotUpdatableException("MessageTemplate", "x");
        assertThat(ServiceErrorTranslator.translate(cfn, "X").code()).isEqualTo(HandlerErrorCode.NotUpdatable);
        assertThat(ServiceErrorTranslator.codeFor(cfn)).isEqualTo(HandlerErrorCode.NotUpdatable);
    }

    @Test
    void onlyProgrammingErrorsAreInternalFailure() {
        HandlerFailure failure = ServiceErrorTranslator.translate(new NullPointerException("model"), null);
        assertThat(failure.code()).isEqualTo(HandlerErrorCode.InternalFailure);
        assertThat(failure.getMessage()).startsWith("The call failed unexpectedly").contains("NullPointerException");
    }

    @Test
    void serviceErrorWithoutDetailsStillHasAMessage() {
        RuntimeException bare = software.amazon.awssdk.services.socialmessaging.model.ThrottledRequestException.builder()
            .statusCode(429).build();
        HandlerFailure failure = ServiceErrorTranslator.translate(bare, "X");
        assertThat(failure.code()).isEqualTo(HandlerErrorCode.Throttling);
        assertThat(failure.getMessage()).contains("ThrottledRequestException").contains("HTTP 429");
    }
}
