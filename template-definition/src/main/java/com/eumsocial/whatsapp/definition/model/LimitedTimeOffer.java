package com.eumsocial.whatsapp.definition.model;

/**
 * The LIMITED_TIME_OFFER component: {@code {"type": "LIMITED_TIME_OFFER", "limited_time_offer":
 * {"text": ..., "has_expiration": ...}}}. {@code offerExtra} holds unknown fields of the inner
 * object; {@code present} is false when the inner object is missing.
 */
public record LimitedTimeOffer(boolean present, String text, Boolean hasExpiration, ExtraFields offerExtra,
                               ExtraFields extra) implements Component {
    public LimitedTimeOffer {
        offerExtra = Lists.orNone(offerExtra);
        extra = Lists.orNone(extra);
    }

    public LimitedTimeOffer(String text, Boolean hasExpiration) {
        this(true, text, hasExpiration, ExtraFields.NONE, ExtraFields.NONE);
    }

    @Override
    public ComponentType type() {
        return ComponentType.LIMITED_TIME_OFFER;
    }
}
