package com.eumsocial.whatsapp.cdk;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** The BODY component: the message text with its parameter examples, or AUTHENTICATION's fixed body. */
public final class BodyComponent {
    private BodyComponent() {
    }

    /**
     * A body with positional parameters ({@code {{1}}}, {@code {{2}}}...) and one example value
     * for each, in order. Without examples the text must have no parameters.
     */
    public static TemplateComponent text(String text, String... examples) {
        ObjectNode json = MetaJson.object().put("type", "BODY").put("text", text);
        if (examples.length > 0) {
            ArrayNode row = json.putObject("example").putArray("body_text").addArray();
            for (String example : examples) {
                row.add(example);
            }
        }
        return new TemplateComponent.JsonComponent(json);
    }

    /**
     * A body with named parameters ({@code {{first_name}}}); give the examples in the order the
     * parameters appear (use a {@link java.util.LinkedHashMap} or {@link Map#of} for one).
     */
    public static TemplateComponent named(String text, Map<String, String> examples) {
        ObjectNode json = MetaJson.object().put("type", "BODY").put("text", text);
        if (!examples.isEmpty()) {
            ArrayNode params = json.putObject("example").putArray("body_text_named_params");
            examples.forEach((name, example) -> params.addObject().put("param_name", name).put("example", example));
        }
        return new TemplateComponent.JsonComponent(json);
    }

    /** AUTHENTICATION's body: Meta writes the text; only the security sentence is a choice. */
    public static TemplateComponent authentication(boolean addSecurityRecommendation) {
        return new TemplateComponent.JsonComponent(MetaJson.object().put("type", "BODY")
                .put("add_security_recommendation", addSecurityRecommendation));
    }
}
