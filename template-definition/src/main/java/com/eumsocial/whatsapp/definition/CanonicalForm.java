package com.eumsocial.whatsapp.definition;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A canonical form of definition JSON in which what Meta returns for a template equals what was
 * declared when nothing changed. It absorbs exactly the differences listed in CONTRACTS.md
 * section B (key order, enum case, defaults Meta fills in, fields Meta adds, media handles that
 * come back as CDN URLs, URL examples as arrays, AUTHENTICATION's generated texts, dropped empty
 * values, and integer representations); any other difference is a real change.
 */
public final class CanonicalForm {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Fields Meta adds to a template it returns; they describe its state, not its content. */
    static final Set<String> META_ADDED_FIELDS = Set.of("id", "status", "quality_score", "rejected_reason",
            "rejection_info", "sub_category", "previous_category", "library_template_name");
    /**
     * Create-call instructions that are not part of the template, so Meta never returns them
     * ({@code allow_category_change} is obsolete since April 2025).
     */
    static final Set<String> REQUEST_ONLY_FIELDS = Set.of("allow_category_change");
    /** Media handles are one-time upload references; Meta returns a CDN URL instead, so any value matches. */
    static final String MEDIA_HANDLE_PLACEHOLDER = "<media handle>";
    /** The label Meta gives an OTP button declared without text, by otp_type. */
    static final Map<String, String> DEFAULT_OTP_BUTTON_TEXT = Map.of(
            "COPY_CODE", "Copy code", "ONE_TAP", "Autofill", "ZERO_TAP", "Autofill");

    private static final Set<String> MEDIA_FORMATS = Set.of("IMAGE", "VIDEO", "DOCUMENT", "GIF");

    /** Whether {@code field} is one Meta adds to a template it returns (its state, not its content). */
    public static boolean isMetaStateField(String field) {
        return META_ADDED_FIELDS.contains(field);
    }

    /** Whether media handles are replaced by a placeholder (to compare) or kept (to report what Meta holds). */
    private enum Mode { COMPARE, STRIP }

    private CanonicalForm() {
    }

    /** The canonical whole definition (Meta's state fields removed, parameter_format defaulted). */
    public static JsonNode ofDefinition(JsonNode definitionJson) {
        if (definitionJson == null || !definitionJson.isObject()) {
            return normalise(definitionJson);
        }
        TreeMap<String, JsonNode> fields = new TreeMap<>();
        Category category = definitionJson.hasNonNull("category") && definitionJson.get("category").isTextual()
                ? Category.find(definitionJson.get("category").textValue()).orElse(null) : null;
        definitionJson.fields().forEachRemaining(e -> {
            String key = e.getKey();
            if (META_ADDED_FIELDS.contains(key) || REQUEST_ONLY_FIELDS.contains(key)) {
                return;
            }
            JsonNode value = switch (key) {
                case "category", "parameter_format" -> upperCase(e.getValue());
                case "components" -> canonicalComponents(e.getValue(), category, Mode.COMPARE);
                default -> normalise(e.getValue());
            };
            if (!isEmpty(value)) {
                fields.put(key, value);
            }
        });
        fields.putIfAbsent("parameter_format", NODES.textNode(ParameterFormat.POSITIONAL.name()));
        ObjectNode out = NODES.objectNode();
        fields.forEach(out::set);
        return out;
    }

    /** The canonical components array; {@code category} decides whether AUTHENTICATION's generated parts are ignored. */
    public static JsonNode ofComponents(JsonNode componentsArray, Category category) {
        return canonicalComponents(componentsArray, category, Mode.COMPARE);
    }

    public static boolean sameComponents(JsonNode declared, JsonNode returned, Category category) {
        return ofComponents(declared, category).equals(ofComponents(returned, category));
    }

    public static boolean sameDefinition(JsonNode declared, JsonNode returned) {
        return ofDefinition(declared).equals(ofDefinition(returned));
    }

    /**
     * What a read handler reports as the template's components: {@code declared} itself when Meta
     * holds the same template (so drift detection sees no change), otherwise Meta's components
     * without the parts Meta generates (AUTHENTICATION texts, default OTP labels, empty values),
     * in canonical key order. Media handles then stay as Meta returned them.
     */
    public static JsonNode reconcileComponents(JsonNode declared, JsonNode returned, Category category) {
        if (declared != null && sameComponents(declared, returned, category)) {
            return declared;
        }
        return canonicalComponents(returned, category, Mode.STRIP);
    }

    private static JsonNode canonicalComponents(JsonNode components, Category category, Mode mode) {
        if (components == null || components.isNull() || components.isMissingNode()) {
            return NODES.arrayNode();
        }
        if (!components.isArray()) {
            return normalise(components);
        }
        ArrayNode out = NODES.arrayNode();
        for (JsonNode c : components) {
            out.add(c.isObject() ? component((ObjectNode) c, category, mode) : normalise(c));
        }
        return out;
    }

    private static JsonNode component(ObjectNode component, Category category, Mode mode) {
        ObjectNode c = (ObjectNode) normalise(component);
        upperCaseField(c, "type");
        upperCaseField(c, "format");
        String type = c.path("type").asText("");
        if (type.equals("HEADER") && MEDIA_FORMATS.contains(c.path("format").asText(""))
                && mode == Mode.COMPARE && c.path("example").has("header_handle")) {
            ((ObjectNode) c.get("example")).put("header_handle", MEDIA_HANDLE_PLACEHOLDER);
        }
        if (category == Category.AUTHENTICATION) {
            if (type.equals("BODY")) {
                // Meta writes the text (and its example) from add_security_recommendation, whose absence means false.
                c.remove("text");
                c.remove("example");
                if (c.path("add_security_recommendation").isBoolean() && !c.get("add_security_recommendation").booleanValue()) {
                    c.remove("add_security_recommendation");
                }
            } else if (type.equals("FOOTER") && c.has("code_expiration_minutes")) {
                c.remove("text");
            }
        }
        if (type.equals("CAROUSEL") && c.path("cards").isArray()) {
            // Cards hold components of their own: their media samples and buttons come back as the top level's do.
            for (JsonNode card : c.get("cards")) {
                if (card.isObject() && card.path("components").isArray()) {
                    ((ObjectNode) card).set("components", canonicalComponents(card.get("components"), category, mode));
                }
            }
        }
        if (type.equals("BUTTONS") && c.path("buttons").isArray()) {
            for (JsonNode b : c.get("buttons")) {
                if (b.isObject()) {
                    button((ObjectNode) b);
                }
            }
        }
        return c;
    }

    private static void button(ObjectNode b) {
        upperCaseField(b, "type");
        upperCaseField(b, "otp_type");
        String type = b.path("type").asText("");
        if (type.equals("URL") && b.path("example").isTextual()) {
            ArrayNode example = NODES.arrayNode().add(b.get("example").textValue());
            b.set("example", example);
        }
        if (type.equals("OTP")) {
            String defaultText = DEFAULT_OTP_BUTTON_TEXT.get(b.path("otp_type").asText(""));
            if (defaultText != null && defaultText.equals(b.path("text").asText(null))) {
                b.remove("text");
            }
        }
    }

    /**
     * Sorted keys; nulls, empty strings, empty objects and empty arrays left out of objects;
     * integers in one representation. Array elements keep their positions.
     */
    private static JsonNode normalise(JsonNode node) {
        if (node == null) {
            return NODES.nullNode();
        }
        if (node.isObject()) {
            TreeMap<String, JsonNode> sorted = new TreeMap<>();
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode value = normalise(e.getValue());
                if (!isEmpty(value)) {
                    sorted.put(e.getKey(), value);
                }
            }
            ObjectNode out = NODES.objectNode();
            sorted.forEach(out::set);
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = NODES.arrayNode();
            node.forEach(e -> out.add(normalise(e)));
            return out;
        }
        if (node.isNumber()) {
            return number(node);
        }
        return node.deepCopy();
    }

    /** The node Jackson's parser would produce for the number's value written plainly (10.0 and 10L become 10). */
    private static JsonNode number(JsonNode node) {
        BigDecimal value = node.decimalValue().stripTrailingZeros();
        if (value.scale() > 0) {
            return NODES.numberNode(value.doubleValue());
        }
        BigInteger integer = value.toBigIntegerExact();
        if (integer.bitLength() < 32) {
            return NODES.numberNode(integer.intValue());
        }
        return integer.bitLength() < 64 ? NODES.numberNode(integer.longValue()) : NODES.numberNode(integer);
    }

    private static boolean isEmpty(JsonNode value) {
        return value == null || value.isNull() || value.isMissingNode()
                || (value.isTextual() && value.textValue().isEmpty())
                || ((value.isObject() || value.isArray()) && value.isEmpty());
    }

    private static JsonNode upperCase(JsonNode node) {
        return node != null && node.isTextual() ? NODES.textNode(node.textValue().toUpperCase(Locale.ROOT)) : normalise(node);
    }

    private static void upperCaseField(ObjectNode node, String field) {
        if (node.path(field).isTextual()) {
            node.put(field, node.get(field).textValue().toUpperCase(Locale.ROOT));
        }
    }
}
