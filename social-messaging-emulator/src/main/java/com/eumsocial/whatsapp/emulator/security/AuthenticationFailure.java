package com.eumsocial.whatsapp.emulator.security;

/**
 * A request refused before it reaches an operation, with the error code AWS's front door uses
 * (always HTTP 403).
 */
public final class AuthenticationFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public static final String MISSING_TOKEN = "MissingAuthenticationTokenException";
    public static final String INCOMPLETE = "IncompleteSignatureException";
    public static final String INVALID = "InvalidSignatureException";
    public static final String UNRECOGNIZED = "UnrecognizedClientException";

    private final String errorType;

    public AuthenticationFailure(String errorType, String message) {
        super(message);
        this.errorType = errorType;
    }

    public String errorType() {
        return errorType;
    }

    public int status() {
        return 403;
    }
}
