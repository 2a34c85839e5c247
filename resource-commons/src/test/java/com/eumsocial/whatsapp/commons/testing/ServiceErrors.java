package com.eumsocial.whatsapp.commons.testing;

import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.socialmessaging.model.AccessDeniedByMetaException;
import software.amazon.awssdk.services.socialmessaging.model.AccessDeniedException;
import software.amazon.awssdk.services.socialmessaging.model.DependencyException;
import software.amazon.awssdk.services.socialmessaging.model.InternalServiceException;
import software.amazon.awssdk.services.socialmessaging.model.InvalidParametersException;
import software.amazon.awssdk.services.socialmessaging.model.LimitExceededException;
import software.amazon.awssdk.services.socialmessaging.model.ResourceNotFoundException;
import software.amazon.awssdk.services.socialmessaging.model.SocialMessagingException;
import software.amazon.awssdk.services.socialmessaging.model.ThrottledRequestException;
import software.amazon.awssdk.services.socialmessaging.model.ValidationException;

/** Service exceptions shaped as the SDK builds them from a real error response (type, status, message). */
public final class ServiceErrors {
    private ServiceErrors() {
    }

    private static <B extends SocialMessagingException.Builder> SocialMessagingException build(
            B builder, String type, int status, String message) {
        builder.awsErrorDetails(AwsErrorDetails.builder().errorCode(type).errorMessage(message).build())
            .statusCode(status).message(message);
        return (SocialMessagingException) builder.build();
    }

    public static SocialMessagingException validation(String message) {
        return build(ValidationException.builder(), "ValidationException", 400, message);
    }

    public static SocialMessagingException invalidParameters(String message) {
        return build(InvalidParametersException.builder(), "InvalidParametersException", 400, message);
    }

    public static SocialMessagingException limitExceeded(String message) {
        return build(LimitExceededException.builder(), "LimitExceededException", 400, message);
    }

    public static SocialMessagingException accessDenied(String message) {
        return build(AccessDeniedException.builder(), "AccessDeniedException", 403, message);
    }

    public static SocialMessagingException accessDeniedByMeta(String message) {
        return build(AccessDeniedByMetaException.builder(), "AccessDeniedByMetaException", 403, message);
    }

    public static SocialMessagingException notFound(String message) {
        return build(ResourceNotFoundException.builder(), "ResourceNotFoundException", 404, message);
    }

    public static SocialMessagingException throttled(String message) {
        return build(ThrottledRequestException.builder(), "ThrottledRequestException", 429, message);
    }

    public static SocialMessagingException internal(String message) {
        return build(InternalServiceException.builder(), "InternalServiceException", 500, message);
    }

    public static SocialMessagingException dependency(String message) {
        return build(DependencyException.builder(), "DependencyException", 502, message);
    }

    /** An error type the model does not declare: only its status says what it is. */
    public static SocialMessagingException undeclared(String type, int status, String message) {
        return build(SocialMessagingException.builder(), type, status, message);
    }
}
