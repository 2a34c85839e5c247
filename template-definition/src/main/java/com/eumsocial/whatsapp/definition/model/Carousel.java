package com.eumsocial.whatsapp.definition.model;

import java.util.List;

/**
 * The CAROUSEL component of a media-card or product-card carousel template: {@code cards}, each
 * with its own {@code components} (a header, an optional body, buttons). Never null lists.
 */
public record Carousel(List<CarouselCard> cards, ExtraFields extra) implements Component {
    public Carousel {
        cards = cards == null ? List.of() : List.copyOf(cards);
        extra = Lists.orNone(extra);
    }

    @Override
    public ComponentType type() {
        return ComponentType.CAROUSEL;
    }
}
