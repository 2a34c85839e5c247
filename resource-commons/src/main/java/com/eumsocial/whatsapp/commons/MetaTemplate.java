package com.eumsocial.whatsapp.commons;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import software.amazon.cloudformation.proxy.HandlerErrorCode;

/**
 * Meta's view of one template, read from the JSON string that GetWhatsAppMessageTemplate returns
 * ({@code {"template": "<JSON>"}}). Only reads; the raw JSON stays available through {@link #json()}.
 */
public final class MetaTemplate {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ObjectNode json;

    private MetaTemplate(ObjectNode json) {
        this.json = json;
    }

    public static MetaTemplate parse(String templateJson) {
        if (templateJson == null || templateJson.isBlank()) {
            throw new HandlerFailure(HandlerErrorCode.GeneralServiceException,
                "GetWhatsAppMessageTemplate returned no template JSON");
        }
        try {
            JsonNode node = MAPPER.readTree(templateJson);
            if (!(node instanceof ObjectNode object)) {
                throw new HandlerFailure(HandlerErrorCode.GeneralServiceException,
                    "GetWhatsAppMessageTemplate returned template JSON that is not an object");
            }
            return new MetaTemplate(object);
        } catch (JsonProcessingException e) {
            throw new HandlerFailure(HandlerErrorCode.GeneralServiceException,
                "GetWhatsAppMessageTemplate returned unreadable template JSON: " + e.getOriginalMessage(), e);
        }
    }

    public static MetaTemplate of(ObjectNode json) {
        return new MetaTemplate(json);
    }

    public ObjectNode json() {
        return json;
    }

    public String id() {
        return text("id");
    }

    public String name() {
        return text("name");
    }

    public String language() {
        return text("language");
    }

    /** Category as Meta reports it now (it may differ from the one submitted). */
    public String category() {
        return upper(text("category"));
    }

    public String previousCategory() {
        return upper(text("previous_category"));
    }

    /** PENDING, APPROVED, REJECTED, PAUSED, DISABLED, IN_APPEAL, ...; upper case, null when absent. */
    public String status() {
        return upper(text("status"));
    }

    /** POSITIONAL or NAMED (upper case), null when absent. */
    public String parameterFormat() {
        return upper(text("parameter_format"));
    }

    /** The quality score ("GREEN", "UNKNOWN"...), whether Meta sends it as an object or a string. */
    public String qualityScore() {
        JsonNode node = json.get("quality_score");
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isObject()) {
            JsonNode score = node.get("score");
            return score == null || score.isNull() ? null : score.asText();
        }
        return node.asText();
    }

    /** Meta's rejection reason; "NONE" when not rejected. */
    public String rejectedReason() {
        return text("rejected_reason");
    }

    /** Meta's {@code rejection_info} ({reason, recommendation}) as one sentence, or null. */
    public String rejectionInfo() {
        JsonNode info = json.get("rejection_info");
        if (info == null || info.isNull()) {
            return null;
        }
        if (!info.isObject()) {
            return info.asText();
        }
        String reason = textOf(info, "reason");
        String recommendation = textOf(info, "recommendation");
        if (reason == null && recommendation == null) {
            return null;
        }
        if (recommendation == null) {
            return reason;
        }
        return reason == null ? recommendation : reason + " Recommendation: " + recommendation;
    }

    public String libraryTemplateName() {
        return text("library_template_name");
    }

    /** The components array as Meta returns it (empty when absent). */
    public ArrayNode components() {
        JsonNode node = json.get("components");
        return node instanceof ArrayNode array ? array : JsonNodeFactory.instance.arrayNode();
    }

    /** True when the template no longer exists for practical purposes (deleted or being deleted). */
    public boolean isGone() {
        return isGoneStatus(status());
    }

    /** The one rule for "gone": DELETED or PENDING_DELETION, in whatever case the service writes it. */
    public static boolean isGoneStatus(String status) {
        return "DELETED".equalsIgnoreCase(status) || "PENDING_DELETION".equalsIgnoreCase(status);
    }

    /** "name (language, id 123)" for messages. */
    public String describe() {
        return name() + " (" + language() + ", id " + id() + ")";
    }

    private String text(String field) {
        return textOf(json, field);
    }

    private static String textOf(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String upper(String value) {
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return json.toString();
    }
}
