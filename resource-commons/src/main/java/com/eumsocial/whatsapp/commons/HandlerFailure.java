package com.eumsocial.whatsapp.commons;

import java.util.Objects;
import software.amazon.cloudformation.proxy.HandlerErrorCode;

/**
 * A handler outcome that ends the operation as FAILED with a chosen {@link HandlerErrorCode} and a
 * message meant for the CloudFormation user. {@link TypeHandler} turns it into a FAILED event, so
 * handler code can stop from any depth with one {@code throw}.
 */
public final class HandlerFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final HandlerErrorCode code;

    public HandlerFailure(HandlerErrorCode code, String message) {
        this(code, message, null);
    }

    public HandlerFailure(HandlerErrorCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = Objects.requireNonNull(code, "code");
    }

    public HandlerErrorCode code() {
        return code;
    }

    public static HandlerFailure invalidRequest(String message) {
        return new HandlerFailure(HandlerErrorCode.InvalidRequest, message);
    }

    public static HandlerFailure notFound(String message) {
        return new HandlerFailure(HandlerErrorCode.NotFound, message);
    }
}
