package com.eumsocial.whatsapp.definition.model;

/**
 * The FOOTER component. Ordinary templates set {@code text}; AUTHENTICATION templates set only
 * {@code code_expiration_minutes}, Meta generates the text.
 */
public record Footer(String text, Integer codeExpirationMinutes, ExtraFields extra) implements Component {
    public Footer {
        extra = Lists.orNone(extra);
    }

    @Override
    public ComponentType type() {
        return ComponentType.FOOTER;
    }
}
