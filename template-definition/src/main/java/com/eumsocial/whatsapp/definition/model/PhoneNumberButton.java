package com.eumsocial.whatsapp.definition.model;

/** PHONE_NUMBER button: calls {@code phone_number}. */
public record PhoneNumberButton(String text, String phoneNumber, ExtraFields extra) implements Button {
    public PhoneNumberButton {
        extra = Lists.orNone(extra);
    }

    @Override
    public ButtonType type() {
        return ButtonType.PHONE_NUMBER;
    }
}
