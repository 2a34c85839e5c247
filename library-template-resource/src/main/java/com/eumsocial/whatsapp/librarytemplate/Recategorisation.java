package com.eumsocial.whatsapp.librarytemplate;

import com.eumsocial.whatsapp.commons.MetaTemplate;
import java.util.Optional;

/**
 * Meta may give a template another category than the one it was created with (since April 2025
 * it approves UTILITY templates as MARKETING, and it re-categorises approved ones too). Create and
 * update return the declared Category, so their model equals the declaration and the create-only
 * Category is never silently changed; this note says what Meta holds instead. Read reports Meta's
 * category, so drift detection shows the difference.
 */
final class Recategorisation {
    private Recategorisation() {
    }

    /** The note for an event's message and the log, or empty when Meta holds the declared category. */
    static Optional<String> note(MetaTemplate template, String declaredCategory) {
        String held = template.category();
        if (held == null || declaredCategory == null || held.equalsIgnoreCase(declaredCategory)) {
            return Optional.empty();
        }
        String verb = "APPROVED".equals(template.status()) ? "Meta approved it as " : "Meta holds it as ";
        return Optional.of(verb + held + ", not the declared " + declaredCategory + " (Meta re-categorised it). The stack"
            + " keeps Category " + declaredCategory + "; read and drift detection report " + held + ". Category is"
            + " create-only: declaring " + held + " would replace the template, so keep the declaration and expect"
            + " this drift.");
    }

    /** {@code message} followed by the note, if any. */
    static String withNote(String message, MetaTemplate template, String declaredCategory) {
        return note(template, declaredCategory).map(n -> message == null || message.isEmpty() ? n : message + ". " + n)
            .orElse(message);
    }
}
