package com.eumsocial.whatsapp.emulator.meta;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Set;

/**
 * Moves existing templates to a status or quality that Meta reaches outside a review: what
 * happens to a template after it was judged, decided by people or by traffic the emulator does
 * not have. Select by {@code metaTemplateId}, or by {@code templateName} (every language, or
 * one with {@code language}). Statuses (second-hand meanings, see the package notes):
 * <ul>
 *   <li>IN_APPEAL: the business appealed a rejection; not sendable, not editable, Meta decides
 *       within about 24 hours (move it on to APPROVED or REJECTED);</li>
 *   <li>ARCHIVED: archived in WhatsApp Manager; not sendable, not editable until unarchived
 *       (APPROVED again);</li>
 *   <li>LIMIT_EXCEEDED: held back because the WABA is over its template limit; not sendable,
 *       not editable;</li>
 *   <li>APPROVED, REJECTED (with {@code rejectionReason}), PAUSED, DISABLED: the ends of an appeal
 *       or of a quality change.</li>
 * </ul>
 * {@code qualityScore} (GREEN, YELLOW, RED, UNKNOWN) sets the quality Meta rates from customer
 * feedback; with no {@code status} only the quality changes.
 */
public record TemplateStatusChange(String metaTemplateId, String templateName, String language, String status,
                                   String qualityScore, String rejectionReason) {

    public static final Set<String> STATUSES = Set.of("IN_APPEAL", "ARCHIVED", "LIMIT_EXCEEDED", "APPROVED",
            "REJECTED", "PAUSED", "DISABLED");
    public static final Set<String> QUALITY_SCORES = Set.of("GREEN", "YELLOW", "RED", "UNKNOWN");

    public TemplateStatusChange {
        if (blank(metaTemplateId) == blank(templateName)) {
            throw new IllegalArgumentException("give either metaTemplateId or templateName (with an optional"
                    + " language) to select the templates to change");
        }
        if (!blank(language) && blank(templateName)) {
            throw new IllegalArgumentException("language selects among the languages of templateName; give"
                    + " templateName too, or select by metaTemplateId alone");
        }
        status = upper(status);
        qualityScore = upper(qualityScore);
        if (status == null && qualityScore == null) {
            throw new IllegalArgumentException("give status, qualityScore or both");
        }
        if (status != null && !STATUSES.contains(status)) {
            throw new IllegalArgumentException("status must be one of " + new java.util.TreeSet<>(STATUSES)
                    + ", got " + status + " (PENDING comes from an edit, DELETED from a delete)");
        }
        if (qualityScore != null && !QUALITY_SCORES.contains(qualityScore)) {
            throw new IllegalArgumentException("qualityScore must be one of " + new java.util.TreeSet<>(QUALITY_SCORES)
                    + ", got " + qualityScore);
        }
        if ("REJECTED".equals(status)) {
            rejectionReason = rejectionReason == null ? "INVALID_FORMAT" : rejectionReason.toUpperCase(Locale.ROOT);
            if (!OutcomeRule.REJECTION_REASONS.contains(rejectionReason)) {
                throw new IllegalArgumentException("rejectionReason must be one of "
                        + new java.util.TreeSet<>(OutcomeRule.REJECTION_REASONS) + ", got " + rejectionReason);
            }
        } else if (rejectionReason != null) {
            throw new IllegalArgumentException("rejectionReason goes with status REJECTED only");
        }
        metaTemplateId = blank(metaTemplateId) ? null : metaTemplateId;
        templateName = blank(templateName) ? null : templateName;
        language = blank(language) ? null : language;
    }

    public static TemplateStatusChange ofTemplate(String metaTemplateId, String status, String qualityScore) {
        return new TemplateStatusChange(metaTemplateId, null, null, status, qualityScore, null);
    }

    public static TemplateStatusChange ofName(String templateName, String status, String qualityScore) {
        return new TemplateStatusChange(null, templateName, null, status, qualityScore, null);
    }

    boolean selects(StoredTemplate t) {
        if (metaTemplateId != null) {
            return t.id.equals(metaTemplateId);
        }
        return t.name.equals(templateName) && (language == null || t.language.equals(language));
    }

    /** Reads the control API's body: the record's components as JSON members. */
    public static TemplateStatusChange fromJson(JsonNode json) {
        if (json == null || !json.isObject()) {
            throw new IllegalArgumentException("a template status change must be a JSON object");
        }
        return new TemplateStatusChange(text(json, "metaTemplateId"), text(json, "templateName"),
                text(json, "language"), text(json, "status"), text(json, "qualityScore"),
                text(json, "rejectionReason"));
    }

    public ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        putIfPresent(node, "metaTemplateId", metaTemplateId);
        putIfPresent(node, "templateName", templateName);
        putIfPresent(node, "language", language);
        putIfPresent(node, "status", status);
        putIfPresent(node, "qualityScore", qualityScore);
        putIfPresent(node, "rejectionReason", rejectionReason);
        return node;
    }

    private static void putIfPresent(ObjectNode node, String name, String value) {
        if (value != null) {
            node.put(name, value);
        }
    }

    private static String text(JsonNode json, String name) {
        JsonNode value = json.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new IllegalArgumentException(name + " must be a string, got " + value);
        }
        return value.asText();
    }

    private static String upper(String text) {
        return blank(text) ? null : text.trim().toUpperCase(Locale.ROOT);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
