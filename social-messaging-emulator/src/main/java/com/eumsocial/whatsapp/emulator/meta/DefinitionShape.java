package com.eumsocial.whatsapp.emulator.meta;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The checks Meta makes at once, when a definition arrives (answered with
 * InvalidParametersException naming the field): the JSON parses to an object; name, language,
 * category and components are present with the right JSON types; the name is lower-case letters,
 * digits and underscores; category and parameter_format are known values; every component is an
 * object of a known type (HEADER, BODY, FOOTER, BUTTONS, CAROUSEL, LIMITED_TIME_OFFER,
 * CALL_PERMISSION_REQUEST), a HEADER has a known format and every button a known type; a
 * CAROUSEL holds an array of cards whose components are objects of a known type; exactly one BODY
 * and at most one of every other component type. The template-level settings have Meta's JSON
 * types (message_send_ttl_seconds a whole number, the two flags booleans). Everything
 * about wording and format (parameters, examples, lengths, button rules, category-specific shapes)
 * is left to the review, which rejects with INVALID_FORMAT.
 */
final class DefinitionShape {
    /** Text after the definition's closing brace makes it invalid JSON, as it does for Meta. */
    static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    static final Set<String> CATEGORIES = Set.of("MARKETING", "UTILITY", "AUTHENTICATION");
    static final Set<String> COMPONENT_TYPES = Set.of("HEADER", "BODY", "FOOTER", "BUTTONS", "CAROUSEL",
            "LIMITED_TIME_OFFER", "CALL_PERMISSION_REQUEST");
    static final Set<String> HEADER_FORMATS = Set.of("TEXT", "IMAGE", "VIDEO", "DOCUMENT", "GIF", "LOCATION", "PRODUCT");
    static final Set<String> BUTTON_TYPES = Set.of("QUICK_REPLY", "URL", "PHONE_NUMBER", "COPY_CODE", "OTP", "FLOW",
            "CATALOG", "MPM", "SPM", "VOICE_CALL", "ORDER_DETAILS", "REQUEST_CONTACT_INFO");
    private static final Pattern NAME = Pattern.compile("^[a-z0-9_]{1,512}$");
    private static final Pattern LANGUAGE = Pattern.compile("^[a-z]{2,3}(_[A-Za-z0-9]{2,4})?$");

    private DefinitionShape() {
    }

    /** A definition that passed the synchronous checks; category and format upper case. */
    record Parsed(String name, String language, String category, String parameterFormat,
                  ArrayNode components, ObjectNode extras) {
    }

    static Parsed parseDefinition(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw ServiceError.invalidParameters("templateDefinition is not valid JSON: "
                    + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw ServiceError.invalidParameters("templateDefinition must be a JSON object");
        }
        ObjectNode def = (ObjectNode) root;
        String name = requiredString(def, "name", "templateDefinition.name");
        checkName(name, "templateDefinition.name");
        String language = requiredString(def, "language", "templateDefinition.language");
        checkLanguage(language, "templateDefinition.language");
        String category = category(requiredString(def, "category", "templateDefinition.category"),
                "templateDefinition.category");
        String format = "POSITIONAL";
        JsonNode pf = def.get("parameter_format");
        if (pf != null && !pf.isNull()) {
            if (!pf.isTextual() || !(pf.asText().equalsIgnoreCase("positional") || pf.asText().equalsIgnoreCase("named"))) {
                throw ServiceError.invalidParameters("templateDefinition.parameter_format must be \"positional\" or"
                        + " \"named\", got " + pf);
            }
            format = pf.asText().toUpperCase(Locale.ROOT);
        }
        JsonNode components = def.get("components");
        if (components == null || components.isNull()) {
            throw ServiceError.invalidParameters("templateDefinition.components is required");
        }
        ArrayNode checked = checkComponents(components, "templateDefinition.components");
        checkSettings(def);
        ObjectNode extras = MAPPER.createObjectNode();
        Iterator<Map.Entry<String, JsonNode>> fields = def.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            if (!Set.of("name", "language", "category", "parameter_format", "components").contains(f.getKey())) {
                extras.set(f.getKey(), f.getValue());
            }
        }
        return new Parsed(name, language, category, format, checked, extras);
    }

    /** The components blob of UpdateWhatsAppMessageTemplate: a JSON array of components. */
    static ArrayNode parseComponents(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw ServiceError.invalidParameters("templateComponents is not valid JSON: " + e.getOriginalMessage());
        }
        return checkComponents(root, "templateComponents");
    }

    static ArrayNode checkComponents(JsonNode components, String field) {
        if (components == null || !components.isArray()) {
            throw ServiceError.invalidParameters(field + " must be a JSON array of components");
        }
        if (components.isEmpty()) {
            throw ServiceError.invalidParameters(field + " must contain at least a BODY component");
        }
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        for (int i = 0; i < components.size(); i++) {
            String at = field + "[" + i + "]";
            String type = checkComponent(components.get(i), at);
            counts.merge(type, 1, Integer::sum);
            if (type.equals("CAROUSEL")) {
                checkCards(components.get(i).get("cards"), at + ".cards");
            }
        }
        int bodies = counts.getOrDefault("BODY", 0);
        if (bodies != 1) {
            throw ServiceError.invalidParameters(field + " must contain exactly one BODY component, found " + bodies);
        }
        for (java.util.Map.Entry<String, Integer> e : new java.util.TreeMap<>(counts).entrySet()) {
            if (e.getValue() > 1) {
                throw ServiceError.invalidParameters(field + " may contain at most one " + e.getKey() + " component");
            }
        }
        return (ArrayNode) components;
    }

    /** A carousel's cards: an array of objects, each with an array of components of known types. */
    private static void checkCards(JsonNode cards, String field) {
        if (cards == null || !cards.isArray()) {
            throw ServiceError.invalidParameters(field + " is required and must be a JSON array of cards");
        }
        for (int k = 0; k < cards.size(); k++) {
            JsonNode card = cards.get(k);
            String at = field + "[" + k + "]";
            if (!card.isObject() || !card.path("components").isArray()) {
                throw ServiceError.invalidParameters(at + " must be a JSON object with a components array");
            }
            JsonNode components = card.get("components");
            for (int j = 0; j < components.size(); j++) {
                String type = checkComponent(components.get(j), at + ".components[" + j + "]");
                if (type.equals("CAROUSEL")) {
                    throw ServiceError.invalidParameters(at + ".components[" + j + "]: a card cannot hold a carousel");
                }
            }
        }
    }

    /** One component's shape; returns its type, upper case. */
    private static String checkComponent(JsonNode c, String at) {
        {
            if (!c.isObject()) {
                throw ServiceError.invalidParameters(at + " must be a JSON object");
            }
            String type = requiredString((ObjectNode) c, "type", at + ".type").toUpperCase(Locale.ROOT);
            if (!COMPONENT_TYPES.contains(type)) {
                throw ServiceError.invalidParameters(at + ".type: unknown component type \"" + c.get("type").asText()
                        + "\"; expected one of " + new java.util.TreeSet<>(COMPONENT_TYPES));
            }
            for (String textField : new String[] {"text", "format"}) {
                JsonNode v = c.get(textField);
                if (v != null && !v.isNull() && !v.isTextual()) {
                    throw ServiceError.invalidParameters(at + "." + textField + " must be a string");
                }
            }
            // Only the components that carry examples are held to their shape; a field a component
            // does not use is passed through like any other unknown field.
            JsonNode example = c.get("example");
            if ((type.equals("HEADER") || type.equals("BODY")) && example != null && !example.isNull()
                    && !example.isObject()) {
                throw ServiceError.invalidParameters(at + ".example must be a JSON object");
            }
            switch (type) {
                case "HEADER" -> {
                    String format = requiredString((ObjectNode) c, "format", at + ".format").toUpperCase(Locale.ROOT);
                    if (!HEADER_FORMATS.contains(format)) {
                        throw ServiceError.invalidParameters(at + ".format: unknown header format \"" + format
                                + "\"; expected one of " + new java.util.TreeSet<>(HEADER_FORMATS));
                    }
                }
                case "BUTTONS" -> checkButtons(c.get("buttons"), at + ".buttons");
                case "LIMITED_TIME_OFFER" -> {
                    JsonNode offer = c.get("limited_time_offer");
                    if (offer != null && !offer.isNull() && !offer.isObject()) {
                        throw ServiceError.invalidParameters(at + ".limited_time_offer must be a JSON object");
                    }
                    JsonNode expiration = offer == null ? null : offer.get("has_expiration");
                    if (expiration != null && !expiration.isNull() && !expiration.isBoolean()) {
                        throw ServiceError.invalidParameters(at + ".limited_time_offer.has_expiration must be true or false");
                    }
                    JsonNode text = offer == null ? null : offer.get("text");
                    if (text != null && !text.isNull() && !text.isTextual()) {
                        throw ServiceError.invalidParameters(at + ".limited_time_offer.text must be a string");
                    }
                }
                default -> {
                    // BODY, FOOTER, CAROUSEL (cards checked by the caller), CALL_PERMISSION_REQUEST
                }
            }
            return type;
        }
    }

    /** The template-level settings Meta types: a whole-number TTL and two booleans. */
    static void checkSettings(ObjectNode def) {
        JsonNode ttl = def.get("message_send_ttl_seconds");
        if (ttl != null && !ttl.isNull() && !(ttl.isIntegralNumber() && ttl.canConvertToInt())) {
            throw ServiceError.invalidParameters("templateDefinition.message_send_ttl_seconds must be a whole number of"
                    + " seconds, got " + ttl);
        }
        for (String flag : new String[] {"cta_url_link_tracking_opted_out", "allow_category_change"}) {
            JsonNode v = def.get(flag);
            if (v != null && !v.isNull() && !v.isBoolean()) {
                throw ServiceError.invalidParameters("templateDefinition." + flag + " must be true or false, got " + v);
            }
        }
    }

    private static void checkButtons(JsonNode buttons, String field) {
        if (buttons == null || !buttons.isArray()) {
            throw ServiceError.invalidParameters(field + " is required and must be a JSON array of buttons");
        }
        for (int i = 0; i < buttons.size(); i++) {
            String at = field + "[" + i + "]";
            JsonNode b = buttons.get(i);
            if (!b.isObject()) {
                throw ServiceError.invalidParameters(at + " must be a JSON object");
            }
            String type = requiredString((ObjectNode) b, "type", at + ".type").toUpperCase(Locale.ROOT);
            if (!BUTTON_TYPES.contains(type)) {
                throw ServiceError.invalidParameters(at + ".type: unknown button type \"" + b.get("type").asText()
                        + "\"; expected one of " + new java.util.TreeSet<>(BUTTON_TYPES));
            }
            String typedField = switch (type) {
                case "URL" -> "url";
                case "PHONE_NUMBER" -> "phone_number";
                case "OTP" -> "otp_type";
                default -> null;
            };
            for (String textField : new String[] {"text", typedField}) {
                JsonNode v = textField == null ? null : b.get(textField);
                if (v != null && !v.isNull() && !v.isTextual()) {
                    throw ServiceError.invalidParameters(at + "." + textField + " must be a string");
                }
            }
        }
    }

    static void checkName(String name, String field) {
        if (!NAME.matcher(name).matches()) {
            throw ServiceError.invalidParameters(field + " \"" + name + "\" is invalid: use 1-512 lower-case letters,"
                    + " digits and underscores");
        }
    }

    static void checkLanguage(String language, String field) {
        if (language.length() > 6 || !LANGUAGE.matcher(language).matches()) {
            throw ServiceError.invalidParameters(field + " \"" + language + "\" is not a language code such as en_US"
                    + " or es");
        }
        if (!TemplateLanguages.CODES.contains(language)) {
            throw ServiceError.invalidParameters(field + " \"" + language + "\" is not a language Meta supports for"
                    + " message templates (Meta: Param language must be one of its supported languages, e.g. en_US, es, pt_BR)");
        }
    }

    static String category(String value, String field) {
        String upper = value.toUpperCase(Locale.ROOT);
        if (!CATEGORIES.contains(upper)) {
            throw ServiceError.invalidParameters(field + " must be MARKETING, UTILITY or AUTHENTICATION, got \""
                    + value + "\"");
        }
        return upper;
    }

    private static String requiredString(ObjectNode node, String key, String field) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            throw ServiceError.invalidParameters(field + " is required");
        }
        if (!v.isTextual() || v.asText().isEmpty()) {
            throw ServiceError.invalidParameters(field + " must be a non-empty string");
        }
        return v.asText();
    }
}
