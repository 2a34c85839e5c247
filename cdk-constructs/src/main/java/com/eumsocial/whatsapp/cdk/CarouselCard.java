package com.eumsocial.whatsapp.cdk;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** One card of a {@link CarouselComponent}: a header, an optional body and buttons, in Meta's JSON shape. */
public final class CarouselCard {
    private final ObjectNode json;

    private CarouselCard(ObjectNode json) {
        this.json = json;
    }

    /** A fresh copy of the card's JSON. */
    public ObjectNode toJson() {
        return json.deepCopy();
    }

    /**
     * A media card: an IMAGE or VIDEO header ({@link HeaderComponent#image}, {@link HeaderComponent#video}),
     * an optional body (null for none; all cards or none), and up to two QUICK_REPLY, URL or PHONE_NUMBER buttons.
     */
    public static CarouselCard media(TemplateComponent header, TemplateComponent body, TemplateButton... buttons) {
        return of(header, body, List.of(buttons));
    }

    /** A product card: the catalog product's image, title and price, and one SPM (View) or URL button. */
    public static CarouselCard product(TemplateButton button) {
        return of(HeaderComponent.product(), null, List.of(button));
    }

    /** A card of any components (header, body, buttons), for shapes the typed helpers do not cover. */
    public static CarouselCard of(List<TemplateComponent> components) {
        ObjectNode json = MetaJson.object();
        ArrayNode array = json.putArray("components");
        components.forEach(c -> array.add(c.toJson()));
        return new CarouselCard(json);
    }

    private static CarouselCard of(TemplateComponent header, TemplateComponent body, List<TemplateButton> buttons) {
        ObjectNode json = MetaJson.object();
        ArrayNode components = json.putArray("components");
        components.add(header.toJson());
        if (body != null) {
            components.add(body.toJson());
        }
        if (!buttons.isEmpty()) {
            components.add(ButtonsComponent.of(buttons).toJson());
        }
        return new CarouselCard(json);
    }

    @Override
    public String toString() {
        return json.toString();
    }
}
