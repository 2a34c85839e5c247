package com.eumsocial.whatsapp.definition.model;

/** COPY_CODE button (coupon code); {@code example} is the example code. Meta sets the label. */
public record CopyCodeButton(String text, String example, ExtraFields extra) implements Button {
    public CopyCodeButton {
        extra = Lists.orNone(extra);
    }

    @Override
    public ButtonType type() {
        return ButtonType.COPY_CODE;
    }
}
