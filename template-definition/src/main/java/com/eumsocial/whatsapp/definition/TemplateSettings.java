package com.eumsocial.whatsapp.definition;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * Meta's template-level settings beside name, language, category and components. They are kept
 * in the definition's extra fields (so a definition is written back exactly as declared); the
 * reader checks their JSON types and the rules their values.
 */
public final class TemplateSettings {
    /** Delivery time-to-live of messages sent with the template; ranges per category in {@link MetaLimits}. */
    public static final String MESSAGE_SEND_TTL_SECONDS = "message_send_ttl_seconds";
    /** true turns off Meta's click tracking of the template's URL buttons. */
    public static final String CTA_URL_LINK_TRACKING_OPTED_OUT = "cta_url_link_tracking_opted_out";
    /**
     * A create-call instruction (let Meta change the category instead of rejecting); accepted and
     * passed on, never returned by Meta, so never compared.
     */
    public static final String ALLOW_CATEGORY_CHANGE = "allow_category_change";

    /** Every setting, in the order a definition file lists them. */
    public static final List<String> ALL = List.of(MESSAGE_SEND_TTL_SECONDS, CTA_URL_LINK_TRACKING_OPTED_OUT,
            ALLOW_CATEGORY_CHANGE);

    /**
     * The EUMSocial::WhatsApp::MessageTemplate property that carries each setting (the resource
     * type, the constructs and the runner's folder reader map them alike).
     */
    public static final java.util.Map<String, String> PROPERTY_NAMES = java.util.Map.of(
            MESSAGE_SEND_TTL_SECONDS, "MessageSendTtlSeconds",
            CTA_URL_LINK_TRACKING_OPTED_OUT, "CtaUrlLinkTrackingOptedOut",
            ALLOW_CATEGORY_CHANGE, "AllowCategoryChange");

    private TemplateSettings() {
    }

    /** The whole-number value of {@code field}, or null when absent or of another JSON type. */
    static Integer integer(TemplateDefinition d, String field) {
        JsonNode node = d.extra().get(field);
        return node != null && node.isIntegralNumber() && node.canConvertToInt() ? node.intValue() : null;
    }

    /** The boolean value of {@code field}, or null when absent or of another JSON type. */
    static Boolean bool(TemplateDefinition d, String field) {
        JsonNode node = d.extra().get(field);
        return node != null && node.isBoolean() ? node.booleanValue() : null;
    }
}
