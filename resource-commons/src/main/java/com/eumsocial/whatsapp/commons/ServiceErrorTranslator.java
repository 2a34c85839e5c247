package com.eumsocial.whatsapp.commons;

import java.io.IOException;
import java.io.UncheckedIOException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.socialmessaging.model.AccessDeniedByMetaException;
import software.amazon.awssdk.services.socialmessaging.model.AccessDeniedException;
import software.amazon.awssdk.services.socialmessaging.model.DependencyException;
import software.amazon.awssdk.services.socialmessaging.model.InternalServiceException;
import software.amazon.awssdk.services.socialmessaging.model.InvalidParametersException;
import software.amazon.awssdk.services.socialmessaging.model.LimitExceededException;
import software.amazon.awssdk.services.socialmessaging.model.ResourceNotFoundException;
import software.amazon.awssdk.services.socialmessaging.model.ThrottledRequestException;
import software.amazon.awssdk.services.socialmessaging.model.ValidationException;
import software.amazon.cloudformation.exceptions.BaseHandlerException;
import software.amazon.cloudformation.proxy.HandlerErrorCode;

/**
 * The one place where a failure of a Social Messaging call becomes a {@link HandlerErrorCode}.
 *
 * <p>Order matters: first the error types the service declares (by type, so subclasses a newer SDK
 * may add still match), then the HTTP status of any other service error, then client-side and
 * network failures. Retryable failures (429, 5xx, network) map to the codes CloudFormation
 * retries: Throttling, ServiceInternalError and NetworkFailure. The service's own message is kept
 * in every translated message.
 */
public final class ServiceErrorTranslator {
    private ServiceErrorTranslator() {
    }

    /**
     * Translates a failure of {@code operation} (an operation name such as
     * "GetWhatsAppMessageTemplate", used in the message) into a {@link HandlerFailure}.
     */
    public static HandlerFailure translate(Throwable error, String operation) {
        if (error instanceof HandlerFailure failure) {
            return failure;
        }
        if (error instanceof BaseHandlerException cfn) {
            return new HandlerFailure(cfn.getErrorCode(), cfn.getMessage(), cfn);
        }
        HandlerErrorCode code = codeFor(error);
        return new HandlerFailure(code, describe(error, operation), error);
    }

    /** The handler error code for a failure, without building a message. */
    public static HandlerErrorCode codeFor(Throwable error) {
        if (error instanceof BaseHandlerException cfn) {
            return cfn.getErrorCode();
        }
        if (error instanceof HandlerFailure failure) {
            return failure.code();
        }
        if (error instanceof ValidationException || error instanceof InvalidParametersException) {
            return HandlerErrorCode.InvalidRequest;
        }
        if (error instanceof LimitExceededException) {
            return HandlerErrorCode.ServiceLimitExceeded;
        }
        if (error instanceof AccessDeniedException || error instanceof AccessDeniedByMetaException) {
            return HandlerErrorCode.AccessDenied;
        }
        if (error instanceof ResourceNotFoundException) {
            return HandlerErrorCode.NotFound;
        }
        if (error instanceof ThrottledRequestException) {
            return HandlerErrorCode.Throttling;
        }
        if (error instanceof InternalServiceException || error instanceof DependencyException) {
            return HandlerErrorCode.ServiceInternalError;
        }
        if (error instanceof AwsServiceException service) {
            return codeForStatus(service.statusCode());
        }
        if (error instanceof SdkClientException || isNetworkFailure(error)) {
            return HandlerErrorCode.NetworkFailure;
        }
        return HandlerErrorCode.InternalFailure;
    }

    /** Code for a service error the model does not declare, by its HTTP status. */
    static HandlerErrorCode codeForStatus(int status) {
        if (status == 429 || status == 503 || status == 504) {
            return HandlerErrorCode.Throttling;
        }
        if (status >= 500) {
            return HandlerErrorCode.ServiceInternalError;
        }
        return switch (status) {
            case 400, 422 -> HandlerErrorCode.InvalidRequest;
            case 401, 403 -> HandlerErrorCode.AccessDenied;
            case 404, 410 -> HandlerErrorCode.NotFound;
            case 409 -> HandlerErrorCode.ResourceConflict;
            default -> HandlerErrorCode.GeneralServiceException;
        };
    }

    private static boolean isNetworkFailure(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof IOException || t instanceof UncheckedIOException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** "CreateWhatsAppMessageTemplate failed: <service message> (InvalidParametersException, HTTP 400)". */
    static String describe(Throwable error, String operation) {
        String what = operation == null || operation.isBlank() ? "The call" : operation;
        if (error instanceof AwsServiceException service) {
            String message = service.awsErrorDetails() != null && service.awsErrorDetails().errorMessage() != null
                ? service.awsErrorDetails().errorMessage()
                : service.getMessage();
            String type = service.awsErrorDetails() != null && service.awsErrorDetails().errorCode() != null
                ? service.awsErrorDetails().errorCode()
                : service.getClass().getSimpleName();
            StringBuilder text = new StringBuilder(what).append(" failed: ").append(message == null ? "(no message)" : message)
                .append(" (").append(type);
            if (service.statusCode() > 0) {
                text.append(", HTTP ").append(service.statusCode());
            }
            text.append(')');
            if (error instanceof AccessDeniedByMetaException) {
                text.append(". Meta refused the request: check the WABA's permissions in Meta Business Manager.");
            }
            return text.toString();
        }
        if (error instanceof SdkClientException || isNetworkFailure(error)) {
            return what + " failed: the service could not be reached or did not answer (" + error.getMessage() + ")";
        }
        return what + " failed unexpectedly: " + error;
    }
}
