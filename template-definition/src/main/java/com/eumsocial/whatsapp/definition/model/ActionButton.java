package com.eumsocial.whatsapp.definition.model;

import java.util.Objects;
import java.util.Set;

/**
 * A button whose only declared field is its label: SPM (view a catalog product), VOICE_CALL
 * (call the business on WhatsApp), ORDER_DETAILS (review and pay an order) and
 * REQUEST_CONTACT_INFO (share the user's contact card). Meta fills in what they do when the
 * message is sent; other fields Meta may document later stay in {@code extra}.
 */
public record ActionButton(ButtonType type, String text, ExtraFields extra) implements Button {
    public static final Set<ButtonType> TYPES = Set.of(ButtonType.SPM, ButtonType.VOICE_CALL, ButtonType.ORDER_DETAILS,
            ButtonType.REQUEST_CONTACT_INFO);

    public ActionButton {
        Objects.requireNonNull(type, "type");
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("not an action button type: " + type);
        }
        extra = Lists.orNone(extra);
    }

    public ActionButton(ButtonType type, String text) {
        this(type, text, ExtraFields.NONE);
    }
}
