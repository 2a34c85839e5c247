package com.eumsocial.whatsapp.emulator.meta;

/**
 * An error the service answers. {@code errorType} is the Smithy error shape name; the protocol
 * layer maps it to the HTTP status of the model's {@code @httpError} trait.
 */
public class ServiceError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public static final String VALIDATION = "ValidationException";
    public static final String INVALID_PARAMETERS = "InvalidParametersException";
    public static final String LIMIT_EXCEEDED = "LimitExceededException";
    public static final String ACCESS_DENIED = "AccessDeniedException";
    public static final String ACCESS_DENIED_BY_META = "AccessDeniedByMetaException";
    public static final String RESOURCE_NOT_FOUND = "ResourceNotFoundException";
    public static final String THROTTLED = "ThrottledRequestException";
    public static final String INTERNAL = "InternalServiceException";
    public static final String DEPENDENCY = "DependencyException";

    private final String errorType;

    public ServiceError(String errorType, String message) {
        super(message);
        this.errorType = errorType;
    }

    public String errorType() {
        return errorType;
    }

    static ServiceError invalidParameters(String message) {
        return new ServiceError(INVALID_PARAMETERS, message);
    }

    static ServiceError validation(String message) {
        return new ServiceError(VALIDATION, message);
    }

    static ServiceError notFound(String message) {
        return new ServiceError(RESOURCE_NOT_FOUND, message);
    }

    static ServiceError limitExceeded(String message) {
        return new ServiceError(LIMIT_EXCEEDED, message);
    }

    static ServiceError accessDenied(String message) {
        return new ServiceError(ACCESS_DENIED, message);
    }

    @Override
    public String toString() {
        return errorType + ": " + getMessage();
    }
}
