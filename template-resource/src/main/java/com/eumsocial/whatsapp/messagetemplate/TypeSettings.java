package com.eumsocial.whatsapp.messagetemplate;

import java.time.Duration;

/** Facts about this type that the handlers and the schema must agree on (a test checks the schema). */
final class TypeSettings {
    static final String SCHEMA_RESOURCE = "/eumsocial-whatsapp-messagetemplate.json";

    /** handlers.create/update.timeoutInMinutes: the registry's maximum, since Meta may review for 24 hours. */
    static final int CREATE_UPDATE_TIMEOUT_MINUTES = 2160;
    /** handlers.delete.timeoutInMinutes. */
    static final int DELETE_TIMEOUT_MINUTES = 60;

    /**
     * How long a create or update waits for Meta: the handler timeout less a margin for the calls
     * made before the wait, so the handler ends the wait with its own, clear message.
     */
    static final Duration REVIEW_MAX_WAIT = Duration.ofMinutes(CREATE_UPDATE_TIMEOUT_MINUTES - 10);
    /** How long a delete waits for the template to disappear. */
    static final Duration DELETE_MAX_WAIT = Duration.ofMinutes(DELETE_TIMEOUT_MINUTES - 5);

    private TypeSettings() {
    }
}
