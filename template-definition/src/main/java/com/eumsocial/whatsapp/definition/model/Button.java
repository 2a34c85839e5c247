package com.eumsocial.whatsapp.definition.model;

/** One entry of a BUTTONS component's {@code buttons} array. */
public sealed interface Button
        permits QuickReplyButton, UrlButton, PhoneNumberButton, CopyCodeButton, OtpButton, FlowButton,
        CatalogButton, MpmButton, ActionButton {
    ButtonType type();

    /** The label shown on the button; null when absent (COPY_CODE and OTP may omit it). */
    String text();

    ExtraFields extra();
}
