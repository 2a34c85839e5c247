package com.eumsocial.whatsapp.definition.model;

import java.util.List;

/**
 * URL button. {@code example} holds a full example URL for a url ending in {@code {{1}}};
 * Meta accepts a string or a one-element array and always returns an array, so the model keeps
 * a list (null when absent).
 */
public record UrlButton(String text, String url, List<String> example, ExtraFields extra) implements Button {
    public UrlButton {
        example = Lists.copyOrNull(example);
        extra = Lists.orNone(extra);
    }

    @Override
    public ButtonType type() {
        return ButtonType.URL;
    }
}
