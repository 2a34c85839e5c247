package com.eumsocial.whatsapp.cdk;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The BUTTONS component: up to 10 buttons (Meta's grouping and per-type limits are checked at synth). */
public final class ButtonsComponent {
    private ButtonsComponent() {
    }

    public static TemplateComponent of(TemplateButton... buttons) {
        return of(List.of(buttons));
    }

    public static TemplateComponent of(List<TemplateButton> buttons) {
        ObjectNode json = MetaJson.object().put("type", "BUTTONS");
        ArrayNode array = json.putArray("buttons");
        buttons.forEach(button -> array.add(button.toJson()));
        return new TemplateComponent.JsonComponent(json);
    }
}
