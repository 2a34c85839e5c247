package com.eumsocial.whatsapp.emulator.meta;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Forces the review outcome of templates by name ({@code "*"} matches every template). The most
 * recently added matching rule wins. A rule replaces Meta's judgement entirely: a forced APPROVED
 * template is approved even if it breaks format rules.
 */
public record OutcomeRule(String templateName, Outcome outcome, String rejectionReason, Duration after) {

    public enum Outcome {
        /** Review ends REJECTED with {@code rejectionReason}. */
        REJECTED,
        /** Review never ends. */
        PENDING_FOREVER,
        /** Review ends APPROVED (category as submitted). */
        APPROVED,
        /** Approved, then PAUSED {@code after} the approval. */
        PAUSED,
        /** Approved, then DISABLED {@code after} the approval. */
        DISABLED,
        /**
         * Approved as submitted, then moved to MARKETING {@code after} the approval, with
         * previous_category the submitted one (Meta re-categorises approved templates too).
         */
        RECATEGORISED
    }

    static final Set<String> REJECTION_REASONS = Set.of("ABUSIVE_CONTENT", "INCORRECT_CATEGORY", "INVALID_FORMAT",
            "PROMOTIONAL", "SCAM", "TAG_CONTENT_MISMATCH");

    public OutcomeRule {
        if (templateName == null || templateName.isEmpty()) {
            throw new IllegalArgumentException("templateName is required (a template name or \"*\")");
        }
        Objects.requireNonNull(outcome, "outcome");
        if (outcome == Outcome.REJECTED) {
            rejectionReason = rejectionReason == null ? "INVALID_FORMAT" : rejectionReason.toUpperCase(Locale.ROOT);
            if (!REJECTION_REASONS.contains(rejectionReason)) {
                throw new IllegalArgumentException("rejectionReason must be one of " + REJECTION_REASONS
                        + ", got " + rejectionReason);
            }
        } else {
            rejectionReason = null;
        }
        if (outcome == Outcome.PAUSED || outcome == Outcome.DISABLED || outcome == Outcome.RECATEGORISED) {
            after = after == null ? Duration.ZERO : after;
            if (after.isNegative()) {
                throw new IllegalArgumentException("after must not be negative, got " + after);
            }
        } else {
            after = null;
        }
    }

    public static OutcomeRule rejected(String templateName, String reason) {
        return new OutcomeRule(templateName, Outcome.REJECTED, reason, null);
    }

    public static OutcomeRule pendingForever(String templateName) {
        return new OutcomeRule(templateName, Outcome.PENDING_FOREVER, null, null);
    }

    public static OutcomeRule approved(String templateName) {
        return new OutcomeRule(templateName, Outcome.APPROVED, null, null);
    }

    public static OutcomeRule pausedAfter(String templateName, Duration afterApproval) {
        return new OutcomeRule(templateName, Outcome.PAUSED, null, afterApproval);
    }

    public static OutcomeRule disabledAfter(String templateName, Duration afterApproval) {
        return new OutcomeRule(templateName, Outcome.DISABLED, null, afterApproval);
    }

    public static OutcomeRule recategorisedAfter(String templateName, Duration afterApproval) {
        return new OutcomeRule(templateName, Outcome.RECATEGORISED, null, afterApproval);
    }

    public boolean matches(String name) {
        return templateName.equals("*") || templateName.equals(name);
    }

    /**
     * Reads {@code {"templateName": "...", "outcome": "REJECTED", "rejectionReason": "SCAM",
     * "afterSeconds": 60}} (the control API's body).
     */
    public static OutcomeRule fromJson(JsonNode json) {
        if (json == null || !json.isObject()) {
            throw new IllegalArgumentException("an outcome rule must be a JSON object");
        }
        String name = json.path("templateName").asText(null);
        String outcomeText = json.path("outcome").asText(null);
        if (outcomeText == null) {
            throw new IllegalArgumentException("outcome is required: one of REJECTED, PENDING_FOREVER, APPROVED,"
                    + " PAUSED, DISABLED, RECATEGORISED");
        }
        Outcome outcome;
        try {
            outcome = Outcome.valueOf(outcomeText.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("outcome must be one of REJECTED, PENDING_FOREVER, APPROVED, PAUSED,"
                    + " DISABLED, RECATEGORISED, got " + outcomeText, e);
        }
        JsonNode after = json.get("afterSeconds");
        if (after != null && !after.canConvertToLong()) {
            throw new IllegalArgumentException("afterSeconds must be a whole number of seconds");
        }
        return new OutcomeRule(name, outcome, json.path("rejectionReason").asText(null),
                after == null ? null : Duration.ofSeconds(after.asLong()));
    }

    public ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("templateName", templateName);
        node.put("outcome", outcome.name());
        if (rejectionReason != null) {
            node.put("rejectionReason", rejectionReason);
        }
        if (after != null) {
            node.put("afterSeconds", after.getSeconds());
        }
        return node;
    }
}
