package com.eumsocial.whatsapp.cdk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One component of a message template (HEADER, BODY, FOOTER, BUTTONS, CAROUSEL, LIMITED_TIME_OFFER or
 * CALL_PERMISSION_REQUEST) in Meta's own JSON shape,
 * which is also the shape of the {@code Components} property. Build one with
 * {@link HeaderComponent}, {@link BodyComponent}, {@link FooterComponent} or
 * {@link ButtonsComponent}, or take Meta's JSON as is with {@link #fromJson(String)}.
 */
public interface TemplateComponent {

    /** A fresh copy of the component's JSON (the caller may change it). */
    ObjectNode toJson();

    /** A component written in Meta's JSON, e.g. {@code {"type":"FOOTER","text":"Reply STOP to opt out"}}. */
    static TemplateComponent fromJson(String json) {
        JsonNode node;
        try {
            node = MetaJson.parse(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("component JSON is malformed: " + e.getOriginalMessage(), e);
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException("component JSON must be an object, got " + node.getNodeType());
        }
        return new JsonComponent((ObjectNode) node);
    }

    /** A component held as JSON; every builder produces one. */
    final class JsonComponent implements TemplateComponent {
        private final ObjectNode json;

        JsonComponent(ObjectNode json) {
            this.json = json.deepCopy();
        }

        @Override
        public ObjectNode toJson() {
            return json.deepCopy();
        }

        @Override
        public String toString() {
            return json.toString();
        }
    }
}
