package com.eumsocial.whatsapp.emulator.meta;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Renders a template the way Meta's GET returns it (CONTRACTS.md section B): Meta's key order at
 * the top level and within components and buttons, enum values upper case, media handles replaced
 * by CDN URLs, URL button examples as arrays, AUTHENTICATION texts generated, empty values dropped.
 */
final class MetaTemplateJson {
    static final String AUTH_BODY = "*{{1}}* is your verification code.";
    static final String AUTH_SECURITY = " For your security, do not share this code.";
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final List<String> COMPONENT_ORDER = List.of("type", "format", "text", "add_security_recommendation",
            "code_expiration_minutes", "limited_time_offer", "example", "buttons", "cards");
    private static final List<String> BUTTON_ORDER = List.of("type", "otp_type", "text", "url", "phone_number",
            "example", "autofill_text", "supported_apps", "zero_tap_terms_accepted");

    private MetaTemplateJson() {
    }

    /** @param cdnUrl maps a {@code 4::} handle to the CDN URL Meta shows for it */
    static ObjectNode render(StoredTemplate t, UnaryOperator<String> cdnUrl) {
        ObjectNode out = F.objectNode();
        out.put("name", t.name);
        out.put("parameter_format", t.parameterFormat);
        ArrayNode components = out.putArray("components");
        boolean auth = t.category.equals("AUTHENTICATION") || t.submittedCategory.equals("AUTHENTICATION");
        for (JsonNode c : t.components) {
            JsonNode rendered = auth ? authenticationComponent(c) : component(c, cdnUrl);
            if (rendered != null) {
                components.add(rendered);
            }
        }
        out.put("language", t.language);
        out.put("status", t.status);
        out.put("category", t.category);
        out.put("id", t.id);
        if (t.previousCategory != null) {
            out.put("previous_category", t.previousCategory);
        }
        if (t.libraryTemplateName != null) {
            out.put("library_template_name", t.libraryTemplateName);
        }
        out.putObject("quality_score").put("score", t.qualityScore);
        out.put("rejected_reason", t.rejectedReason);
        if (t.rejectionInfoReason != null) {
            ObjectNode info = out.putObject("rejection_info");
            info.put("reason", t.rejectionInfoReason);
            info.put("recommendation", t.rejectionInfoRecommendation);
        }
        Iterator<Map.Entry<String, JsonNode>> extras = t.extras.fields();
        while (extras.hasNext()) {
            Map.Entry<String, JsonNode> e = extras.next();
            JsonNode v = clean(e.getValue());
            // allow_category_change instructs the create call; Meta does not keep it on the template.
            if (v != null && !out.has(e.getKey()) && !e.getKey().equals("allow_category_change")) {
                out.set(e.getKey(), v);
            }
        }
        return out;
    }

    private static JsonNode component(JsonNode declared, UnaryOperator<String> cdnUrl) {
        ObjectNode c = ordered((ObjectNode) declared, COMPONENT_ORDER);
        upperCase(c, "type");
        upperCase(c, "format");
        JsonNode handles = c.path("example").path("header_handle");
        if (handles.isArray()) {
            ArrayNode urls = F.arrayNode();
            for (JsonNode h : handles) {
                if (h.isTextual()) {
                    urls.add(cdnUrl.apply(h.asText()));
                } else {
                    urls.add(h);
                }
            }
            ((ObjectNode) c.get("example")).set("header_handle", urls);
        }
        JsonNode cards = c.get("cards");
        if (upper(c, "type").equals("CAROUSEL") && cards != null && cards.isArray()) {
            ArrayNode rendered = F.arrayNode();
            for (JsonNode card : cards) {
                ObjectNode out = card.deepCopy();
                ArrayNode cardComponents = F.arrayNode();
                for (JsonNode cc : card.path("components")) {
                    JsonNode r = cc.isObject() ? component(cc, cdnUrl) : cc;
                    if (r != null) {
                        cardComponents.add(r);
                    }
                }
                out.set("components", cardComponents);
                rendered.add(out);
            }
            c.set("cards", rendered);
        }
        JsonNode buttons = c.get("buttons");
        if (buttons != null && buttons.isArray()) {
            ArrayNode rendered = F.arrayNode();
            for (JsonNode b : buttons) {
                if (b.isObject()) {
                    rendered.add(button((ObjectNode) b));
                }
            }
            c.set("buttons", rendered);
        }
        return clean(c);
    }

    private static ObjectNode button(ObjectNode declared) {
        ObjectNode b = ordered(declared, BUTTON_ORDER);
        upperCase(b, "type");
        upperCase(b, "otp_type");
        JsonNode example = b.get("example");
        if (b.path("type").asText().equals("URL") && example != null && example.isTextual()) {
            b.set("example", F.arrayNode().add(example.asText()));
        }
        if (b.path("type").asText().equals("OTP") && !b.hasNonNull("text")) {
            String text = b.path("otp_type").asText().equals("COPY_CODE") ? "Copy code" : "Autofill";
            b = ordered(b.put("text", text), BUTTON_ORDER);
        }
        return b;
    }

    private static JsonNode authenticationComponent(JsonNode declared) {
        String type = TemplateReview.upper(declared.path("type").asText());
        switch (type) {
            case "BODY" -> {
                boolean security = declared.path("add_security_recommendation").asBoolean(false);
                ObjectNode body = F.objectNode();
                body.put("type", "BODY");
                body.put("text", AUTH_BODY + (security ? AUTH_SECURITY : ""));
                body.put("add_security_recommendation", security);
                body.putObject("example").putArray("body_text").addArray().add("123456");
                return body;
            }
            case "FOOTER" -> {
                ObjectNode footer = F.objectNode();
                footer.put("type", "FOOTER");
                JsonNode minutes = declared.get("code_expiration_minutes");
                if (minutes != null && minutes.isIntegralNumber()) {
                    footer.put("text", "This code expires in " + minutes.asInt() + " minutes.");
                    footer.put("code_expiration_minutes", minutes.asInt());
                }
                return footer;
            }
            default -> {
                return component(declared, h -> h);
            }
        }
    }

    /** A copy with {@code order}'s keys first (when present) and the others after, as declared. */
    private static ObjectNode ordered(ObjectNode in, List<String> order) {
        ObjectNode out = F.objectNode();
        for (String key : order) {
            if (in.has(key)) {
                out.set(key, in.get(key).deepCopy());
            }
        }
        Iterator<Map.Entry<String, JsonNode>> fields = in.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            if (!out.has(f.getKey())) {
                out.set(f.getKey(), f.getValue().deepCopy());
            }
        }
        return out;
    }

    private static String upper(ObjectNode node, String key) {
        return TemplateReview.upper(node.path(key).asText());
    }

    private static void upperCase(ObjectNode node, String key) {
        JsonNode v = node.get(key);
        if (v != null && v.isTextual()) {
            node.put(key, TemplateReview.upper(v.asText()));
        }
    }

    /** Drops nulls, empty objects and empty arrays, recursively; null when nothing is left. */
    static JsonNode clean(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isObject()) {
            ObjectNode out = F.objectNode();
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                JsonNode v = clean(f.getValue());
                if (v != null) {
                    out.set(f.getKey(), v);
                }
            }
            return out.isEmpty() ? null : out;
        }
        if (node.isArray()) {
            ArrayNode out = F.arrayNode();
            for (JsonNode e : node) {
                JsonNode v = clean(e);
                if (v != null) {
                    out.add(v);
                }
            }
            return out.isEmpty() ? null : out;
        }
        return node;
    }
}
