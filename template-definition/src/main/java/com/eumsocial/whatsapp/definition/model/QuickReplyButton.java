package com.eumsocial.whatsapp.definition.model;

/** QUICK_REPLY button. Replies with its own text. */
public record QuickReplyButton(String text, ExtraFields extra) implements Button {
    public QuickReplyButton {
        extra = Lists.orNone(extra);
    }

    public QuickReplyButton(String text) {
        this(text, ExtraFields.NONE);
    }

    @Override
    public ButtonType type() {
        return ButtonType.QUICK_REPLY;
    }
}
