package com.eumsocial.whatsapp.commons.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Builds the JSON string GetWhatsAppMessageTemplate returns in {@code template}, in Meta's shape
 * (CONTRACTS.md section B): name, parameter_format, components, language, status, category, id,
 * quality_score, rejected_reason...
 */
public final class MetaTemplateJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ObjectNode json = MAPPER.createObjectNode();

    private MetaTemplateJson(String name, String language, String category, String id) {
        json.put("name", name);
        json.put("parameter_format", "POSITIONAL");
        json.set("components", MAPPER.createArrayNode());
        json.put("language", language);
        json.put("status", "PENDING");
        json.put("category", category);
        json.put("id", id);
        json.set("quality_score", MAPPER.createObjectNode().put("score", "UNKNOWN"));
        json.put("rejected_reason", "NONE");
    }

    public static MetaTemplateJson template(String name, String language, String category, String id) {
        return new MetaTemplateJson(name, language, category, id);
    }

    public MetaTemplateJson status(String status) {
        json.put("status", status);
        return this;
    }

    public MetaTemplateJson category(String category) {
        json.put("category", category);
        return this;
    }

    public MetaTemplateJson previousCategory(String category) {
        json.put("previous_category", category);
        return this;
    }

    public MetaTemplateJson parameterFormat(String format) {
        json.put("parameter_format", format);
        return this;
    }

    public MetaTemplateJson qualityScore(String score) {
        json.set("quality_score", MAPPER.createObjectNode().put("score", score));
        return this;
    }

    public MetaTemplateJson rejected(String reason, String infoReason, String recommendation) {
        json.put("status", "REJECTED");
        json.put("rejected_reason", reason);
        if (infoReason != null || recommendation != null) {
            ObjectNode info = json.putObject("rejection_info");
            if (infoReason != null) {
                info.put("reason", infoReason);
            }
            if (recommendation != null) {
                info.put("recommendation", recommendation);
            }
        }
        return this;
    }

    public MetaTemplateJson components(JsonNode components) {
        json.set("components", components.deepCopy());
        return this;
    }

    /** Components from JSON text, e.g. {@code [{"type":"BODY","text":"Hi"}]}. */
    public MetaTemplateJson components(String componentsJson) {
        try {
            return components((ArrayNode) MAPPER.readTree(componentsJson));
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public MetaTemplateJson field(String name, String value) {
        json.put(name, value);
        return this;
    }

    public ObjectNode node() {
        return json.deepCopy();
    }

    public String build() {
        return json.toString();
    }
}
