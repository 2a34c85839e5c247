package com.eumsocial.whatsapp.cdk;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The CAROUSEL component of a media-card or product-card carousel (MARKETING): 2-10 cards built
 * alike. The template holds only this and a BODY (the message bubble); the rules are checked at synth.
 */
public final class CarouselComponent {
    private CarouselComponent() {
    }

    public static TemplateComponent of(CarouselCard... cards) {
        return of(List.of(cards));
    }

    public static TemplateComponent of(List<CarouselCard> cards) {
        ObjectNode json = MetaJson.object().put("type", "CAROUSEL");
        ArrayNode array = json.putArray("cards");
        cards.forEach(card -> array.add(card.toJson()));
        return new TemplateComponent.JsonComponent(json);
    }
}
