package com.eumsocial.whatsapp.definition.model;

import java.util.List;
import java.util.Optional;

/** One card of a {@link Carousel}: {@code {"components": [...]}}. */
public record CarouselCard(List<Component> components, ExtraFields extra) {
    public CarouselCard {
        components = components == null ? List.of() : List.copyOf(components);
        extra = Lists.orNone(extra);
    }

    public Optional<Header> header() {
        return first(Header.class);
    }

    public Optional<Body> body() {
        return first(Body.class);
    }

    public Optional<Buttons> buttons() {
        return first(Buttons.class);
    }

    private <T extends Component> Optional<T> first(Class<T> type) {
        return components.stream().filter(type::isInstance).map(type::cast).findFirst();
    }
}
