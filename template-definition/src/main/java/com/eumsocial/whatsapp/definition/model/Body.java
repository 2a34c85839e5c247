package com.eumsocial.whatsapp.definition.model;

/**
 * The BODY component. Ordinary templates set {@code text} (+ {@code example}); AUTHENTICATION
 * templates set only {@code add_security_recommendation}, Meta generates the text.
 */
public record Body(String text, Example example, Boolean addSecurityRecommendation, ExtraFields extra)
        implements Component {
    public Body {
        extra = Lists.orNone(extra);
    }

    @Override
    public ComponentType type() {
        return ComponentType.BODY;
    }
}
