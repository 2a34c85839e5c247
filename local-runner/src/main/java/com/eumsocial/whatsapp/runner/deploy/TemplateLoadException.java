package com.eumsocial.whatsapp.runner.deploy;

/** The input cannot be deployed (bad file, unsupported construct); nothing was sent. */
public class TemplateLoadException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TemplateLoadException(String message) {
        super(message);
    }

    public TemplateLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
