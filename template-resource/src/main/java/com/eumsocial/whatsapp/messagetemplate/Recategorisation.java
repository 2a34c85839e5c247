package com.eumsocial.whatsapp.messagetemplate;

import com.eumsocial.whatsapp.commons.MetaTemplate;
import java.util.Optional;

/**
 * Meta may give a template another category than the declared one (since April 2025 it approves
 * UTILITY templates as MARKETING, and it re-categorises approved ones too). Create and update
 * return the declared Category, so their model equals the declaration; this note says what Meta
 * holds instead. Read reports Meta's category, so drift detection shows the difference.
 */
final class Recategorisation {
    private Recategorisation() {
    }

    /** The note for an event's message and the log, or empty when Meta holds the declared category. */
    static Optional<String> note(String heldCategory, String status, String declaredCategory) {
        if (heldCategory == null || declaredCategory == null || heldCategory.equalsIgnoreCase(declaredCategory)) {
            return Optional.empty();
        }
        String verb = "APPROVED".equals(status) ? "Meta approved it as " : "Meta holds it as ";
        return Optional.of(verb + heldCategory + ", not the declared " + declaredCategory + " (Meta re-categorised it)."
            + " The stack keeps Category " + declaredCategory + "; read and drift detection report " + heldCategory
            + ". Declare " + heldCategory + " to match (an update that sends nothing to Meta), or keep "
            + declaredCategory + " and expect this drift (updates do not try to change the category back).");
    }

    /** {@code message} followed by the note about {@code template}'s category, if any. */
    static String withNote(String message, MetaTemplate template, String declaredCategory) {
        return withNote(message, template.category(), template.status(), declaredCategory);
    }

    static String withNote(String message, String heldCategory, String status, String declaredCategory) {
        return note(heldCategory, status, declaredCategory)
            .map(n -> message == null || message.isEmpty() ? n : message + ". " + n).orElse(message);
    }
}
