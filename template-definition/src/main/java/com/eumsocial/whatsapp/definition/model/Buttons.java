package com.eumsocial.whatsapp.definition.model;

import java.util.List;

/** The BUTTONS component; {@code buttons} is never null (empty when the array was missing). */
public record Buttons(List<Button> buttons, ExtraFields extra) implements Component {
    public Buttons {
        buttons = buttons == null ? List.of() : List.copyOf(buttons);
        extra = Lists.orNone(extra);
    }

    @Override
    public ComponentType type() {
        return ComponentType.BUTTONS;
    }
}
