package com.eumsocial.whatsapp.librarytemplate;

import java.time.Duration;

/** Facts about this type that the handlers and the schema must agree on (a test checks the schema). */
final class TypeSettings {
    static final String SCHEMA_RESOURCE = "/eumsocial-whatsapp-librarytemplate.json";

    /** handlers.create.timeoutInMinutes: the registry's maximum, since Meta may review for 24 hours. */
    static final int CREATE_TIMEOUT_MINUTES = 2160;

    /**
     * How long a create waits for Meta: the handler timeout less a margin for the calls made
     * before the wait, so the handler ends the wait with its own, clear message.
     */
    static final Duration REVIEW_MAX_WAIT = Duration.ofMinutes(CREATE_TIMEOUT_MINUTES - 10);

    /** handlers.delete.timeoutInMinutes. */
    static final int DELETE_TIMEOUT_MINUTES = 60;

    /** How long a delete waits for the template to disappear. */
    static final Duration DELETE_MAX_WAIT = Duration.ofMinutes(DELETE_TIMEOUT_MINUTES - 5);

    /**
     * Templates per list page. Each listed template costs a Get (only Get tells whether it came
     * from the library), so pages are kept small enough to answer well within list's 30 seconds.
     */
    static final int LIST_PAGE_SIZE = 20;

    /** Library pages followed when looking an entry up, a guard against a token that never ends. */
    static final int LIBRARY_MAX_PAGES = 50;

    private TypeSettings() {
    }
}
