package com.eumsocial.whatsapp.commons;

import java.util.Optional;

/**
 * Meta may give a template another category than the declared one (since April 2025 it approves
 * UTILITY templates as MARKETING, and it re-categorises approved ones too). Create and update
 * return the declared Category, so their model equals the declaration and a create-only Category
 * is never silently changed; this note says what Meta holds instead. Read reports Meta's
 * category, so drift detection shows the difference. The advice differs with whether the type
 * can update Category in place.
 */
public final class Recategorisation {
    /** For a type whose Category is updatable (MessageTemplate). */
    public static final Recategorisation UPDATABLE_CATEGORY = new Recategorisation(false);
    /** For a type whose Category is create-only (LibraryTemplate). */
    public static final Recategorisation CREATE_ONLY_CATEGORY = new Recategorisation(true);

    private final boolean createOnly;

    private Recategorisation(boolean createOnly) {
        this.createOnly = createOnly;
    }

    /** The note for an event's message and the log, or empty when Meta holds the declared category. */
    public Optional<String> note(String heldCategory, String status, String declaredCategory) {
        if (heldCategory == null || declaredCategory == null || heldCategory.equalsIgnoreCase(declaredCategory)) {
            return Optional.empty();
        }
        String verb = "APPROVED".equals(status) ? "Meta approved it as " : "Meta holds it as ";
        String said = verb + heldCategory + ", not the declared " + declaredCategory + " (Meta re-categorised it).";
        String advice = createOnly
            ? " The stack keeps Category " + declaredCategory + "; read and drift detection report " + heldCategory
                + ". Category is create-only: declaring " + heldCategory + " would replace the template, so keep the"
                + " declaration and expect this drift."
            : " The stack keeps Category " + declaredCategory + "; read and drift detection report " + heldCategory
                + ". Declare " + heldCategory + " to match (an update that sends nothing to Meta), or keep "
                + declaredCategory + " and expect this drift (updates do not try to change the category back).";
        return Optional.of(said + advice);
    }

    /** {@code message} followed by the note about {@code template}'s category, if any. */
    public String withNote(String message, MetaTemplate template, String declaredCategory) {
        return withNote(message, template.category(), template.status(), declaredCategory);
    }

    /** {@code message} followed by the note, if any. */
    public String withNote(String message, String heldCategory, String status, String declaredCategory) {
        return note(heldCategory, status, declaredCategory)
            .map(n -> message == null || message.isEmpty() ? n : message + ". " + n).orElse(message);
    }
}
