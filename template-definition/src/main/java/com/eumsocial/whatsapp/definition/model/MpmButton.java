package com.eumsocial.whatsapp.definition.model;

/** MPM button. Multi-product message: opens a product list. */
public record MpmButton(String text, ExtraFields extra) implements Button {
    public MpmButton {
        extra = Lists.orNone(extra);
    }

    public MpmButton(String text) {
        this(text, ExtraFields.NONE);
    }

    @Override
    public ButtonType type() {
        return ButtonType.MPM;
    }
}
