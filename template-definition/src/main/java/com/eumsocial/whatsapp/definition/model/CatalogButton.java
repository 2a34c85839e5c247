package com.eumsocial.whatsapp.definition.model;

/** CATALOG button. Opens the business's catalog. */
public record CatalogButton(String text, ExtraFields extra) implements Button {
    public CatalogButton {
        extra = Lists.orNone(extra);
    }

    public CatalogButton(String text) {
        this(text, ExtraFields.NONE);
    }

    @Override
    public ButtonType type() {
        return ButtonType.CATALOG;
    }
}
