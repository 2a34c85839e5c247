package com.eumsocial.whatsapp.cdk;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The LIMITED_TIME_OFFER component (MARKETING): the offer's headline (at most 16 characters) and
 * whether the message shows its expiry (then a COPY_CODE button comes first); the template needs
 * a URL button and has no footer.
 */
public final class LimitedTimeOfferComponent {
    private LimitedTimeOfferComponent() {
    }

    public static TemplateComponent of(String text, boolean hasExpiration) {
        ObjectNode json = MetaJson.object().put("type", "LIMITED_TIME_OFFER");
        json.putObject("limited_time_offer").put("text", text).put("has_expiration", hasExpiration);
        return new TemplateComponent.JsonComponent(json);
    }
}
