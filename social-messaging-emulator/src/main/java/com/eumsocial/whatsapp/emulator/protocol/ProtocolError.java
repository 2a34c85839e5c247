package com.eumsocial.whatsapp.emulator.protocol;

/**
 * An error answered by the protocol layer itself (before or instead of the backend): the wire
 * error type (a model error shape name, or one of AWS's front-door codes such as
 * {@code SerializationException}) and the HTTP status it travels with.
 */
public class ProtocolError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String errorType;
    private final int status;

    public ProtocolError(String errorType, int status, String message) {
        super(message);
        this.errorType = errorType;
        this.status = status;
    }

    public String errorType() {
        return errorType;
    }

    public int status() {
        return status;
    }

    public static ProtocolError serialization(String message) {
        return new ProtocolError("SerializationException", 400, message);
    }

    public static ProtocolError validation(String message) {
        return new ProtocolError("ValidationException", 400, message);
    }

    public static ProtocolError unknownOperation(String method, String path) {
        return new ProtocolError("UnknownOperationException", 404,
                "No operation matches " + method + " " + path);
    }

    @Override
    public String toString() {
        return errorType + " (" + status + "): " + getMessage();
    }
}
