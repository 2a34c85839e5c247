package com.eumsocial.whatsapp.reliability.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

/**
 * A seeded generator of template definitions: a valid seed with 1-3 random mutations (string
 * edits with parameter fragments, emoji, control characters, injection-like text and long runs;
 * JSON type changes; removed, added, duplicated or reordered fields, components and buttons;
 * enum swaps; out-of-range numbers). The same seed gives the same sequence of cases.
 */
public final class DefinitionMutator {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    /** Valid definitions (per domain.md section 2) of every category and most component kinds. */
    public static final List<String> SEEDS = List.of(
            """
            {"name":"spring_sale","language":"en_US","category":"MARKETING","components":[
             {"type":"HEADER","format":"TEXT","text":"Spring sale for {{1}}","example":{"header_text":["Ana"]}},
             {"type":"BODY","text":"Hello {{1}}, your garden order {{2}} ships today from our shop in Porto.",
              "example":{"body_text":[["Ana","A-1001"]]}},
             {"type":"FOOTER","text":"Reply STOP to opt out"},
             {"type":"BUTTONS","buttons":[
               {"type":"QUICK_REPLY","text":"Stop promotions"},
               {"type":"URL","text":"Shop now","url":"https://shop.example.com/{{1}}","example":["https://shop.example.com/spring"]},
               {"type":"PHONE_NUMBER","text":"Call us","phone_number":"+15550100"}]}]}""",
            """
            {"name":"parcel_update","language":"pt_BR","category":"UTILITY","parameter_format":"named","components":[
             {"type":"HEADER","format":"TEXT","text":"Parcel {{parcel_id}}","example":{"header_text_named_params":[{"param_name":"parcel_id","example":"P-77"}]}},
             {"type":"BODY","text":"Hi {{first_name}}, your parcel is on its way and arrives on {{day}} before noon.",
              "example":{"body_text_named_params":[{"param_name":"first_name","example":"Ana"},{"param_name":"day","example":"Monday"}]}},
             {"type":"BUTTONS","buttons":[{"type":"URL","text":"Track","url":"https://track.example.com/parcels"}]}]}""",
            """
            {"name":"login_code","language":"en","category":"AUTHENTICATION","components":[
             {"type":"BODY","add_security_recommendation":true},
             {"type":"FOOTER","code_expiration_minutes":10},
             {"type":"BUTTONS","buttons":[{"type":"OTP","otp_type":"COPY_CODE","text":"Copy code"}]}]}""",
            """
            {"name":"app_login","language":"de","category":"AUTHENTICATION","components":[
             {"type":"BODY"},
             {"type":"BUTTONS","buttons":[{"type":"OTP","otp_type":"ONE_TAP","text":"Autofill",
               "supported_apps":[{"package_name":"com.example.app","signature_hash":"K8a/AINcGX7"}]}]}]}""",
            """
            {"name":"store_visit","language":"fr","category":"UTILITY","components":[
             {"type":"HEADER","format":"LOCATION"},
             {"type":"BODY","text":"Your table is ready at our shop; please show this message at the desk."}]}""",
            """
            {"name":"welcome_code","language":"es","category":"MARKETING","components":[
             {"type":"BODY","text":"Welcome back {{1}}! Use the code below for a discount on your next visit.",
              "example":{"body_text":[["Lucia"]]}},
             {"type":"BUTTONS","buttons":[{"type":"COPY_CODE","example":"SAVE20"},
               {"type":"URL","text":"Visit","url":"https://shop.example.com/"},
               {"type":"QUICK_REPLY","text":"No thanks"},{"type":"QUICK_REPLY","text":"Later"}]}]}""",
            // The kinds of issue 13; <IMAGE> and <VIDEO> stand for handles the emulator issues (see MEDIA_PLACEHOLDERS).
            """
            {"name":"succulent_cards","language":"en_US","category":"MARKETING","components":[
             {"type":"BODY","text":"Rare succulents for {{1}}, all under 25 dollars this week only.","example":{"body_text":[["Ana"]]}},
             {"type":"CAROUSEL","cards":[
               {"components":[{"type":"HEADER","format":"IMAGE","example":{"header_handle":["<IMAGE>"]}},
                 {"type":"BODY","text":"Blue Echeveria for {{1}} dollars","example":{"body_text":[["12"]]}},
                 {"type":"BUTTONS","buttons":[{"type":"QUICK_REPLY","text":"More like this"},
                   {"type":"URL","text":"Buy","url":"https://shop.example.com/p/{{1}}","example":["https://shop.example.com/p/echeveria"]}]}]},
               {"components":[{"type":"HEADER","format":"IMAGE","example":{"header_handle":["<IMAGE>"]}},
                 {"type":"BODY","text":"Jade plant for {{1}} dollars","example":{"body_text":[["9"]]}},
                 {"type":"BUTTONS","buttons":[{"type":"QUICK_REPLY","text":"More like this"},
                   {"type":"URL","text":"Buy","url":"https://shop.example.com/p/{{1}}","example":["https://shop.example.com/p/jade"]}]}]}]}]}""",
            """
            {"name":"product_cards","language":"en","category":"MARKETING","components":[
             {"type":"BODY","text":"Back in stock this morning: the plants you looked at last week."},
             {"type":"CAROUSEL","cards":[
               {"components":[{"type":"HEADER","format":"PRODUCT"},{"type":"BUTTONS","buttons":[{"type":"SPM","text":"View"}]}]},
               {"components":[{"type":"HEADER","format":"PRODUCT"},{"type":"BUTTONS","buttons":[{"type":"SPM","text":"View"}]}]},
               {"components":[{"type":"HEADER","format":"PRODUCT"},{"type":"BUTTONS","buttons":[{"type":"SPM","text":"View"}]}]}]}]}""",
            """
            {"name":"caribbean_offer","language":"en_US","category":"MARKETING","message_send_ttl_seconds":86400,"components":[
             {"type":"HEADER","format":"VIDEO","example":{"header_handle":["<VIDEO>"]}},
             {"type":"LIMITED_TIME_OFFER","limited_time_offer":{"text":"Expiring offer!","has_expiration":true}},
             {"type":"BODY","text":"Good news, {{1}}! Use code {{2}} to get 25 percent off all Caribbean packages.",
              "example":{"body_text":[["Pablo","CARIBE25"]]}},
             {"type":"BUTTONS","buttons":[{"type":"COPY_CODE","example":"CARIBE25"},
               {"type":"URL","text":"Book now","url":"https://travel.example.com/offers/{{1}}","example":["https://travel.example.com/offers/caribe"]}]}]}""",
            """
            {"name":"back_in_stock","language":"de","category":"MARKETING","cta_url_link_tracking_opted_out":true,"components":[
             {"type":"HEADER","format":"PRODUCT"},
             {"type":"BODY","text":"The plant you looked at is back in stock. Tap below to see it."},
             {"type":"FOOTER","text":"Reply STOP to opt out"},
             {"type":"BUTTONS","buttons":[{"type":"SPM","text":"View"}]}]}""",
            """
            {"name":"call_consent","language":"es","category":"UTILITY","parameter_format":"named","message_send_ttl_seconds":3600,"components":[
             {"type":"BODY","text":"Hi {{first_name}}, may we call you about your recent order today?",
              "example":{"body_text_named_params":[{"param_name":"first_name","example":"Lucia"}]}},
             {"type":"CALL_PERMISSION_REQUEST"}]}""",
            """
            {"name":"order_ready","language":"fr","category":"UTILITY","allow_category_change":true,"components":[
             {"type":"BODY","text":"Your order 4411 is ready; review it and pay in the chat, or call us."},
             {"type":"BUTTONS","buttons":[{"type":"ORDER_DETAILS","text":"Review and Pay"},{"type":"VOICE_CALL","text":"Call us"},
               {"type":"REQUEST_CONTACT_INFO"}]}]}""",
            """
            {"name":"spring_gif","language":"it","category":"MARKETING","components":[
             {"type":"HEADER","format":"GIF","example":{"header_handle":["<VIDEO>"]}},
             {"type":"BODY","text":"Spring is here, and so are our new garden collections for you."},
             {"type":"BUTTONS","buttons":[{"type":"VOICE_CALL","text":"Call on WhatsApp"},{"type":"QUICK_REPLY","text":"Stop promotions"}]}]}""");

    /** Placeholders in the seeds for media handles, to be replaced by handles the emulator under test issued. */
    public static final List<String> MEDIA_PLACEHOLDERS = List.of("<IMAGE>", "<VIDEO>");

    /** Fragments spliced into strings. */
    private static final List<String> FRAGMENTS = List.of(
            "{{1}}", "{{2}}", "{{3}}", "{{0}}", "{{", "}}", "{{first_name}}", "{{day}}", "{{ 1 }}", "{{#}}",
            "{{a$b}}", "{{50%}}", "{{Name}}", "{{1}}{{2}}", "{{1}} {{2}}", "\n", "\t", "*", "😀", "☀", "🇩🇪",
            "é", "\u200b", "\u0000", "\u202e", "<script>alert(1)</script>", "'; DROP TABLE templates; --",
            "${jndi:ldap://x/a}", "../../etc/passwd", "%s%n", "\\", "\"", "https://x.example.com", "www.example.com",
            ".", " ", "  ", "x", "word ");

    private static final List<String> ENUMS = List.of("HEADER", "BODY", "FOOTER", "BUTTONS", "TEXT", "IMAGE",
            "VIDEO", "DOCUMENT", "LOCATION", "QUICK_REPLY", "URL", "PHONE_NUMBER", "COPY_CODE", "OTP", "FLOW",
            "CATALOG", "MPM", "MARKETING", "UTILITY", "AUTHENTICATION", "named", "positional", "COPY_CODE",
            "ONE_TAP", "ZERO_TAP", "body", "Marketing", "unknown", "CAROUSEL", "LIMITED_TIME_OFFER",
            "CALL_PERMISSION_REQUEST", "PRODUCT", "GIF", "SPM", "VOICE_CALL", "ORDER_DETAILS", "REQUEST_CONTACT_INFO",
            "carousel", "<IMAGE>", "<VIDEO>");

    private final Random random;

    public DefinitionMutator(long seed) {
        this.random = new Random(seed);
    }

    /** One case: a seed with 1-3 mutations, as JSON text (sometimes text that is not JSON at all). */
    public String next() {
        ObjectNode root = (ObjectNode) parse(SEEDS.get(random.nextInt(SEEDS.size())));
        int mutations = 1 + random.nextInt(3);
        for (int i = 0; i < mutations; i++) {
            mutate(root);
        }
        String json = root.toString();
        if (random.nextInt(100) == 0) {
            // Text that is not JSON, or JSON that is not an object.
            return switch (random.nextInt(4)) {
                case 0 -> json.substring(0, random.nextInt(json.length()));
                case 1 -> "[" + json + "]";
                case 2 -> json + "}";
                default -> "\"" + json.replace("\"", "'") + "\"";
            };
        }
        return json;
    }

    private record Slot(JsonNode parent, String key, int index) {
        JsonNode get() {
            return parent.isObject() ? parent.get(key) : parent.get(index);
        }

        void set(JsonNode value) {
            if (parent.isObject()) {
                ((ObjectNode) parent).set(key, value);
            } else {
                ((ArrayNode) parent).set(index, value);
            }
        }

        void remove() {
            if (parent.isObject()) {
                ((ObjectNode) parent).remove(key);
            } else {
                ((ArrayNode) parent).remove(index);
            }
        }
    }

    private void mutate(ObjectNode root) {
        List<Slot> slots = new ArrayList<>();
        collect(root, slots);
        Slot slot = slots.get(random.nextInt(slots.size()));
        JsonNode value = slot.get();
        int op = random.nextInt(100);
        if (value.isTextual() && op < 45) {
            slot.set(F.textNode(editString(value.asText())));
        } else if (op < 55) {
            slot.set(otherType(value));
        } else if (op < 65) {
            slot.remove();
        } else if (op < 72 && value.isArray() && !value.isEmpty()) {
            ArrayNode array = (ArrayNode) value;
            array.insert(random.nextInt(array.size() + 1), array.get(random.nextInt(array.size())).deepCopy());
        } else if (op < 77 && value.isArray() && value.size() > 1) {
            ArrayNode array = (ArrayNode) value;
            int a = random.nextInt(array.size());
            int b = random.nextInt(array.size());
            JsonNode tmp = array.get(a);
            array.set(a, array.get(b));
            array.set(b, tmp);
        } else if (op < 82 && value.isObject()) {
            ((ObjectNode) value).put(pick(List.of("text", "example", "format", "buttons", "url", "otp_type",
                    "add_security_recommendation", "code_expiration_minutes", "phone_number", "extra_field",
                    "message_send_ttl_seconds", "cards", "limited_time_offer", "has_expiration",
                    "cta_url_link_tracking_opted_out", "allow_category_change")), pick(List.of("x", "{{1}}", "TEXT", "")));
        } else if (op < 90) {
            slot.set(F.textNode(pick(ENUMS)));
        } else if (value.isNumber() || op < 95) {
            slot.set(F.numberNode(pick(List.of(0, -1, 1, 29, 30, 90, 91, 900, 901, 43_200, 43_201, 2_592_000, 2_592_001,
                    1_000_000))));
        } else {
            slot.set(F.textNode(editString(value.isTextual() ? value.asText() : "")));
        }
    }

    private String editString(String s) {
        int op = random.nextInt(10);
        String fragment = pick(FRAGMENTS);
        int at = s.isEmpty() ? 0 : random.nextInt(s.length() + 1);
        if (at > 0 && at < s.length() && Character.isLowSurrogate(s.charAt(at))) {
            at++;
        }
        return switch (op) {
            case 0 -> "";
            case 1 -> fragment + s;
            case 2 -> s + fragment;
            case 3 -> s + "x".repeat(pick(List.of(30, 60, 1000, 1100, 3000)));
            case 4 -> s.toUpperCase(java.util.Locale.ROOT);
            case 5 -> s.isEmpty() ? fragment : s.substring(0, at);
            default -> s.substring(0, at) + fragment + s.substring(at);
        };
    }

    private JsonNode otherType(JsonNode value) {
        return switch (random.nextInt(6)) {
            case 0 -> F.nullNode();
            case 1 -> F.booleanNode(random.nextBoolean());
            case 2 -> F.numberNode(random.nextInt(100));
            case 3 -> F.arrayNode().add(value.deepCopy());
            case 4 -> F.objectNode();
            default -> F.textNode(value.isValueNode() ? value.asText() : value.toString());
        };
    }

    private static void collect(JsonNode node, List<Slot> slots) {
        if (node.isObject()) {
            Iterator<String> names = node.fieldNames();
            List<String> keys = new ArrayList<>();
            names.forEachRemaining(keys::add);
            for (String k : keys) {
                slots.add(new Slot(node, k, -1));
                collect(node.get(k), slots);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                slots.add(new Slot(node, null, i));
                collect(node.get(i), slots);
            }
        }
    }

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    public static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
