package com.eumsocial.whatsapp.definition;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static com.eumsocial.whatsapp.definition.Json.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rule book, one rule at a time: for every rule a valid definition that passes every rule
 * and an invalid one that breaks it, with the rule id, the place and the message expected.
 */
class TemplateValidatorRulesTest {

    // ---- building blocks (single quotes become double quotes) -------------------------------

    static final String BODY = body("Your order has shipped and will arrive soon.");
    static final String BODY_2 = "{'type':'BODY','text':'Hello {{1}}, your order {{2}} has shipped and will arrive soon.',"
            + "'example':{'body_text':[['Maria','A-1001']]}}";
    static final String FOOTER = "{'type':'FOOTER','text':'Reply STOP to opt out'}";
    static final String AUTH_BODY = "{'type':'BODY','add_security_recommendation':true}";
    static final String AUTH_FOOTER = "{'type':'FOOTER','code_expiration_minutes':10}";
    static final String OTP = "{'type':'OTP','otp_type':'COPY_CODE'}";
    static final String QR = "{'type':'QUICK_REPLY','text':'Yes'}";
    static final String URL = "{'type':'URL','text':'Open','url':'https://shop.example.com/a'}";
    static final String PHONE = "{'type':'PHONE_NUMBER','text':'Call us','phone_number':'+15550100'}";
    static final String COPY = "{'type':'COPY_CODE','example':'SAVE20'}";
    static final String TOP = "'name':'order_update','language':'en_US','category':'UTILITY'";

    static String def(String top, String... components) {
        return "{" + top + ",'components':[" + String.join(",", components) + "]}";
    }

    static String utility(String... components) {
        return def(TOP, components);
    }

    static String marketing(String... components) {
        return def("'name':'offer','language':'en','category':'MARKETING'", components);
    }

    static String auth(String... components) {
        return def("'name':'login_code','language':'en_US','category':'AUTHENTICATION'", components);
    }

    static String named(String... components) {
        return def(TOP + ",'parameter_format':'named'", components);
    }

    static String body(String text) {
        return "{'type':'BODY','text':'" + text + "'}";
    }

    static String body(String text, String example) {
        return "{'type':'BODY','text':'" + text + "','example':" + example + "}";
    }

    static String buttons(String... buttons) {
        return "{'type':'BUTTONS','buttons':[" + String.join(",", buttons) + "]}";
    }

    static String header(String text, String example) {
        return "{'type':'HEADER','format':'TEXT','text':'" + text + "'" + (example == null ? "" : ",'example':" + example) + "}";
    }

    static String footer(String text) {
        return "{'type':'FOOTER','text':'" + text + "'}";
    }

    static String otpButtons(String otp) {
        return buttons(otp);
    }

    static Arguments rule(String id, String valid, String invalid, String path, String message) {
        return Arguments.of(id, valid, invalid, path, message);
    }

    static Stream<Arguments> rules() {
        String namedBody = "'Hello {{first_name}}, your order has shipped and will arrive soon.'";
        String namedExample = "{'body_text_named_params':[{'param_name':'first_name','example':'Maria'}]}";
        return Stream.of(
                // reading the JSON
                rule("json-syntax", utility(BODY), "'not an object'", "", "must be a JSON object, found string"),
                rule("json-type", utility(BODY), utility("{'type':'BODY','text':5}"), "components[0].text",
                        "must be a string, found number"),
                rule("component-type", utility(BODY), utility(BODY, "{'type':'BANNER'}"), "components[1].type",
                        "unknown component type \"BANNER\"; use one of HEADER, BODY, FOOTER, BUTTONS"),
                rule("component-type", utility(BODY), utility(BODY, "{'text':'x'}"), "components[1].type",
                        "missing component type"),
                rule("header-format", utility(header("Order news", null), BODY),
                        utility("{'type':'HEADER','format':'HOLOGRAM'}", BODY), "components[0].format",
                        "unknown header format \"HOLOGRAM\""),
                rule("button-type", utility(BODY, buttons(QR)), utility(BODY, buttons("{'type':'CALL','text':'Call'}")),
                        "components[1].buttons[0].type", "unknown button type \"CALL\""),
                rule("category", utility(BODY), def("'name':'a','language':'en','category':'PROMO'", BODY), "category",
                        "unknown category \"PROMO\"; use MARKETING, UTILITY or AUTHENTICATION"),
                rule("category", utility(BODY), def("'name':'a','language':'en'", BODY), "category", "missing"),
                rule("parameter-format", named(body(namedBody.replace("'", ""), namedExample)),
                        def(TOP + ",'parameter_format':'numbered'", BODY), "parameter_format",
                        "unknown parameter_format \"numbered\""),
                rule("otp-type", auth(AUTH_BODY, otpButtons(OTP)),
                        auth(AUTH_BODY, otpButtons("{'type':'OTP','otp_type':'TWO_TAP'}")),
                        "components[1].buttons[0].otp_type", "unknown otp_type \"TWO_TAP\""),
                rule("otp-type", auth(AUTH_BODY, otpButtons(OTP)), auth(AUTH_BODY, otpButtons("{'type':'OTP'}")),
                        "components[1].buttons[0].otp_type", "missing otp_type"),

                // top level
                rule("name-required", utility(BODY), def("'language':'en_US','category':'UTILITY'", BODY), "name",
                        "missing; give the template a name"),
                rule("name-charset", def("'name':'order_update_2','language':'en_US','category':'UTILITY'", BODY),
                        def("'name':'Order-Update','language':'en_US','category':'UTILITY'", BODY), "name",
                        "\"Order-Update\" may contain only lowercase letters, digits and underscores; try \"order_update\""),
                rule("name-length", def("'name':'" + "a".repeat(512) + "','language':'en_US','category':'UTILITY'", BODY),
                        def("'name':'" + "a".repeat(513) + "','language':'en_US','category':'UTILITY'", BODY), "name",
                        "is 513 characters long; the limit is 512"),
                rule("language-required", utility(BODY), def("'name':'a','category':'UTILITY'", BODY), "language",
                        "missing; give a language code such as \"en_US\""),
                rule("language-length", def("'name':'a','language':'fil','category':'UTILITY'", BODY),
                        def("'name':'a','language':'en_US_x','category':'UTILITY'", BODY), "language",
                        "\"en_US_x\" is 7 characters long; a language code has at most 6"),
                rule("language-format", def("'name':'a','language':'es_AR','category':'UTILITY'", BODY),
                        def("'name':'a','language':'en_us','category':'UTILITY'", BODY), "language",
                        "\"en_us\" is not a language code"),
                rule("language-format", def("'name':'a','language':'pt_BR','category':'UTILITY'", BODY),
                        def("'name':'a','language':'EN-us','category':'UTILITY'", BODY), "language",
                        "\"EN-us\" is not a language code"),
                rule("language-supported", def("'name':'a','language':'ky_KG','category':'UTILITY'", BODY),
                        def("'name':'a','language':'zz_ZZ','category':'UTILITY'", BODY), "language",
                        "\"zz_ZZ\" is not one of Meta's supported template languages"),
                rule("language-supported", def("'name':'a','language':'en_GB','category':'UTILITY'", BODY),
                        def("'name':'a','language':'en_ZZ','category':'UTILITY'", BODY), "language",
                        "did you mean en, en_GB, en_US?"),
                rule("definition-size", def(TOP + ",'notes':'" + "x".repeat(5000) + "'", BODY),
                        def(TOP + ",'notes':'" + "x".repeat(6000) + "'", BODY), "",
                        "CreateWhatsAppMessageTemplate accepts at most 6000 bytes (templateDefinition)"),

                // components
                rule("components-required", utility(BODY), utility(), "components",
                        "missing or empty; a template needs at least a BODY component"),
                rule("body-required", utility(BODY, FOOTER), utility(FOOTER), "components",
                        "no BODY component; every template needs exactly one"),
                rule("component-duplicate", utility(BODY, FOOTER), utility(BODY, FOOTER, FOOTER), "components[2]",
                        "a second FOOTER component (the first is components[1]); a template has at most one FOOTER"),
                rule("component-duplicate", utility(BODY), utility(BODY, BODY), "components[1]", "a second BODY component"),
                rule("text-required", utility(BODY), utility("{'type':'BODY'}"), "components[0].text", "a BODY needs text"),
                rule("text-required", utility(header("News", null), BODY), utility("{'type':'HEADER','format':'TEXT'}", BODY),
                        "components[0].text", "a TEXT header needs text"),
                rule("text-required", utility(BODY, FOOTER), utility(BODY, "{'type':'FOOTER','text':' '}"),
                        "components[1].text", "a FOOTER needs text"),
                rule("header-text-length", utility(header("H".repeat(60), null), BODY),
                        utility(header("H".repeat(61), null), BODY), "components[0].text",
                        "is 61 characters long; header text has at most 60"),
                rule("body-text-length", utility(body("Your order " + "a".repeat(1013))),
                        utility(body("Your order " + "a".repeat(1020))), "components[0].text",
                        "is 1031 characters long; body text has at most 1024"),
                rule("footer-text-length", utility(BODY, footer("F".repeat(60))), utility(BODY, footer("F".repeat(61))),
                        "components[1].text", "is 61 characters long; footer text has at most 60"),
                rule("header-parameter-count", utility(header("Order {{1}}", "{'header_text':['A-1']}"), BODY),
                        utility(header("Order {{1}} for {{2}}", "{'header_text':['A-1','Maria']}"), BODY),
                        "components[0].text", "has 2 parameters; a header may have at most 1"),
                rule("header-location-category", marketing("{'type':'HEADER','format':'LOCATION'}", BODY),
                        auth("{'type':'HEADER','format':'LOCATION'}", AUTH_BODY, otpButtons(OTP)), "components[0].format",
                        "LOCATION headers are allowed only in UTILITY and MARKETING templates, not AUTHENTICATION"),
                rule("header-handle", marketing("{'type':'HEADER','format':'IMAGE','example':{'header_handle':['4::aW1hZ2U=:ARb1']}}", BODY),
                        marketing("{'type':'HEADER','format':'IMAGE'}", BODY), "components[0].example.header_handle",
                        "IMAGE headers need a media handle; upload the image"),
                rule("header-handle", marketing("{'type':'HEADER','format':'VIDEO','example':{'header_handle':['4::dmlkZW8=:ARb2']}}", BODY),
                        marketing("{'type':'HEADER','format':'VIDEO','example':{'header_handle':['https://cdn.example.com/a.mp4']}}", BODY),
                        "components[0].example.header_handle[0]",
                        "\"https://cdn.example.com/a.mp4\" is not a media handle (they look like \"4::aW1hZ2...\")"),
                rule("header-handle", marketing("{'type':'HEADER','format':'DOCUMENT','example':{'header_handle':['4::ZG9j:ARb3']}}", BODY),
                        marketing("{'type':'HEADER','format':'DOCUMENT','example':{'header_handle':['4::a:b','4::c:d']}}", BODY),
                        "components[0].example.header_handle", "has 2 handles; give exactly one"),
                rule("footer-parameters", utility(BODY, FOOTER), utility(BODY, footer("Reply {{1}} to stop")),
                        "components[1].text", "has parameter {{1}}; a footer cannot have parameters"),
                rule("authentication-only-field", utility(BODY),
                        utility("{'type':'BODY','text':'Your order has shipped and will arrive soon.','add_security_recommendation':true}"),
                        "components[0].add_security_recommendation",
                        "only AUTHENTICATION templates take add_security_recommendation"),
                rule("authentication-only-field", utility(BODY, FOOTER),
                        utility(BODY, "{'type':'FOOTER','text':'Thanks','code_expiration_minutes':5}"),
                        "components[1].code_expiration_minutes", "only AUTHENTICATION templates take code_expiration_minutes"),

                // parameters
                rule("parameter-braces", utility(BODY), utility(body("Hello {{1}, your order has shipped and will arrive soon.")),
                        "components[0].text", "\"{{\" at character 7 has no matching \"}}\""),
                rule("parameter-braces", utility(BODY), utility(body("Hello }} there, your order has shipped and will arrive soon.")),
                        "components[0].text", "\"}}\" at character 7 has no matching \"{{\""),
                rule("parameter-braces", utility(BODY), utility(body("Hello {{{1}}}, your order has shipped and will arrive soon.")),
                        "components[0].text", "\"{{{1}}\" has unbalanced braces"),
                rule("parameter-braces", utility(BODY), utility(body("Hello {{ there {{1}}, your order has shipped and will arrive soon.",
                                "{'body_text':[['Maria']]}")),
                        "components[0].text", "\"{{\" at character 7 is not closed before the next \"{{\""),
                rule("parameter-characters", utility(BODY), utility(body("Hello {{#name}}, your order has shipped and will arrive soon.")),
                        "components[0].text", "parameter {{#name}} contains #, $ or %; parameters may not contain them"),
                rule("parameter-syntax", utility(BODY), utility(body("Hello {{First Name}}, your order has shipped and will arrive soon.")),
                        "components[0].text", "parameter {{First Name}} is not valid"),
                rule("parameter-syntax", utility(BODY_2), utility(body("Hello {{01}}, your order has shipped and will arrive soon.")),
                        "components[0].text", "parameter {{01}} is not valid; write {{1}}, {{2}}, ... or {{a_name}}"),
                rule("parameter-sequence", utility(BODY_2),
                        utility(body("Hello {{0}}, your order has shipped and will arrive soon.", "{'body_text':[['Maria']]}")),
                        "components[0].text", "the first parameter is {{0}}; positional parameters start at {{1}}"),
                rule("parameter-sequence", utility(body("Dear {{1}}, order {{2}} ships {{3}} from {{4}} to {{5}} today; "
                                + "thanks for choosing our friendly store again.", "{'body_text':[['a','b','c','d','e']]}")),
                        utility(body("Dear {{1}}, order {{2}} ships {{3}} from {{4}} to {{6}} today; "
                                + "thanks for choosing our friendly store again.", "{'body_text':[['a','b','c','d','e']]}")),
                        "components[0].text", "parameter {{6}} follows {{4}}; positional parameters must run 1, 2, ..., 6"),
                rule("parameter-format-mismatch", named(body(namedBody.replace("'", ""), namedExample)),
                        utility(body(namedBody.replace("'", ""), namedExample)), "components[0].text",
                        "parameter {{first_name}} is named but parameter_format is positional (the default); "
                                + "set \"parameter_format\": \"named\""),
                rule("parameter-format-mismatch", utility(BODY_2), named(BODY_2), "components[0].text",
                        "parameter {{1}} is positional but parameter_format is named"),
                rule("parameter-sequence", utility(BODY_2),
                        utility(body("Hello {{1}}, your order {{3}} has shipped and will arrive soon.", "{'body_text':[['Maria','A-1']]}")),
                        "components[0].text", "parameter {{3}} follows {{1}}; positional parameters must run 1, 2, 3"),
                rule("parameter-sequence", utility(BODY_2),
                        utility(body("Hello {{2}}, your order has shipped and will arrive soon.", "{'body_text':[['Maria']]}")),
                        "components[0].text", "the first parameter is {{2}}; positional parameters start at {{1}}"),
                rule("parameter-duplicate-name", named(body(namedBody.replace("'", ""), namedExample)),
                        named(body("Hello {{first_name}}, dear {{first_name}}, your order has shipped and will arrive soon.", namedExample)),
                        "components[0].text", "parameter {{first_name}} appears more than once"),
                rule("parameter-at-edge", utility(BODY_2),
                        utility(body("{{1}}, your order has shipped and will arrive soon.", "{'body_text':[['Maria']]}")),
                        "components[0].text", "starts with parameter {{1}}"),
                rule("parameter-at-edge", utility(BODY_2),
                        utility(body("Your order has shipped and will arrive on {{1}}.", "{'body_text':[['Monday']]}")),
                        "components[0].text", "ends with parameter {{1}}"),
                rule("parameter-adjacent", utility(BODY_2),
                        utility(body("Hello {{1}} {{2}}, your order has shipped and will arrive soon.", "{'body_text':[['Maria','Silva']]}")),
                        "components[0].text", "parameters {{1}} and {{2}} are adjacent; put words between them"),
                rule("parameter-density", utility(body("Hi {{1}}, your gate {{2}} opens now.", "{'body_text':[['Ann','B2']]}")),
                        utility(body("Hi {{1}}, gate {{2}} now.", "{'body_text':[['Ann','B2']]}")), "components[0].text",
                        "has 2 parameters but only 3 other words; Meta rejects texts with too many parameters for their "
                                + "length: write at least 5 words"),

                // examples
                rule("example-required", utility(BODY_2),
                        utility(body("Hello {{1}}, your order has shipped and will arrive soon.")), "components[0].example",
                        "the text has 1 parameter but no body_text example; add \"example\": {\"body_text\": [[\"...\"]]}"),
                rule("example-required", utility(header("Order {{1}}", "{'header_text':['A-1']}"), BODY),
                        utility(header("Order {{1}}", null), BODY), "components[0].example",
                        "no header_text example"),
                rule("example-required", named(body(namedBody.replace("'", ""), namedExample)),
                        named(body(namedBody.replace("'", ""), "{'body_text':[['Maria']]}")), "components[0].example",
                        "the text has named parameters {{first_name}} but no body_text_named_params example"),
                rule("example-count", utility(BODY_2),
                        utility(body("Hello {{1}}, your order {{2}} has shipped and will arrive soon.", "{'body_text':[['Maria']]}")),
                        "components[0].example.body_text[0]",
                        "has 1 value but the text has 2 parameters ({{1}} to {{2}}); give one value per parameter, in order"),
                rule("example-count", utility(BODY_2),
                        utility(body("Hello {{1}}, your order {{2}} has shipped and will arrive soon.", "{'body_text':[]}")),
                        "components[0].example.body_text", "is empty; give one row of 2 values"),
                rule("example-count", utility(header("Order {{1}}", "{'header_text':['A-1']}"), BODY),
                        utility(header("Order {{1}}", "{'header_text':['A-1','A-2']}"), BODY),
                        "components[0].example.header_text", "has 2 values but the text has 1 parameter"),
                rule("example-names", named(body(namedBody.replace("'", ""), namedExample)),
                        named(body(namedBody.replace("'", ""), "{'body_text_named_params':[{'param_name':'name','example':'Maria'}]}")),
                        "components[0].example.body_text_named_params[0].param_name",
                        "example for {{name}}, which the text does not use (it uses {{first_name}})"),
                rule("example-names", named(body(namedBody.replace("'", ""), namedExample)),
                        named(body(namedBody.replace("'", ""), "{'body_text_named_params':[{'param_name':'name','example':'Maria'}]}")),
                        "components[0].example.body_text_named_params", "no example for {{first_name}}"),
                rule("example-names", named(header("Hi {{first_name}}", "{'header_text_named_params':[{'param_name':'first_name','example':'Ann'}]}"), BODY),
                        named(header("Hi {{first_name}}", "{'header_text_named_params':[{'example':'Ann'},{'param_name':'first_name','example':'Ann'},{'param_name':'first_name','example':'Bo'}]}"), BODY),
                        "components[0].example.header_text_named_params[0].param_name", "missing param_name"),
                rule("example-value", utility(BODY_2),
                        utility(body("Hello {{1}}, your order {{2}} has shipped and will arrive soon.", "{'body_text':[['','A-1']]}")),
                        "components[0].example.body_text[0][0]", "example for {{1}} is blank; give a realistic value"),
                rule("example-value", named(body(namedBody.replace("'", ""), namedExample)),
                        named(body(namedBody.replace("'", ""), "{'body_text_named_params':[{'param_name':'first_name','example':' '}]}")),
                        "components[0].example.body_text_named_params[0].example", "the example for {{first_name}} is blank"),

                // buttons
                rule("buttons-empty", utility(BODY, buttons(QR)), utility(BODY, buttons()), "components[1].buttons",
                        "a BUTTONS component needs at least one button"),
                rule("buttons-count", utility(BODY, buttons(repeat(QR, 10))), utility(BODY, buttons(repeat(QR, 11))),
                        "components[1].buttons", "has 11 buttons; at most 10 are allowed"),
                rule("buttons-url-count", utility(BODY, buttons(URL, URL)), utility(BODY, buttons(URL, URL, URL)),
                        "components[1].buttons", "has 3 URL buttons; at most 2 allowed"),
                rule("buttons-phone-count", utility(BODY, buttons(PHONE)), utility(BODY, buttons(PHONE, PHONE)),
                        "components[1].buttons", "has 2 PHONE_NUMBER buttons; at most 1 allowed"),
                rule("buttons-copy-code-count", marketing(BODY, buttons(COPY)), marketing(BODY, buttons(COPY, COPY)),
                        "components[1].buttons", "has 2 COPY_CODE buttons; at most 1 allowed"),
                rule("buttons-quick-reply-grouping", utility(BODY, buttons(QR, QR, URL, PHONE)),
                        utility(BODY, buttons(QR, URL, QR)), "components[1].buttons",
                        "QUICK_REPLY buttons must be grouped together, all before or all after the other buttons; "
                                + "the order here is QUICK_REPLY, URL, QUICK_REPLY"),
                rule("buttons-quick-reply-grouping", utility(BODY, buttons(URL, PHONE, QR, QR)),
                        utility(BODY, buttons(URL, QR, PHONE)), "components[1].buttons", "the order here is URL, QUICK_REPLY, PHONE_NUMBER"),
                rule("button-text-required", utility(BODY, buttons(QR)), utility(BODY, buttons("{'type':'QUICK_REPLY'}")),
                        "components[1].buttons[0].text", "a QUICK_REPLY button needs text (its label)"),
                rule("button-text-length", utility(BODY, buttons("{'type':'QUICK_REPLY','text':'" + "q".repeat(25) + "'}")),
                        utility(BODY, buttons("{'type':'QUICK_REPLY','text':'" + "q".repeat(26) + "'}")),
                        "components[1].buttons[0].text", "is 26 characters long; button text has at most 25"),
                rule("button-url-required", utility(BODY, buttons(URL)), utility(BODY, buttons("{'type':'URL','text':'Open'}")),
                        "components[1].buttons[0].url", "a URL button needs a url"),
                rule("button-url-length", utility(BODY, buttons("{'type':'URL','text':'Open','url':'https://x.com/" + "a".repeat(1986) + "'}")),
                        utility(BODY, buttons("{'type':'URL','text':'Open','url':'https://x.com/" + "a".repeat(1987) + "'}")),
                        "components[1].buttons[0].url", "is 2001 characters long; the limit is 2000"),
                rule("button-url-scheme", utility(BODY, buttons("{'type':'URL','text':'Open','url':'http://shop.example.com'}")),
                        utility(BODY, buttons("{'type':'URL','text':'Open','url':'www.example.com'}")),
                        "components[1].buttons[0].url", "\"www.example.com\" must start with https:// or http://"),
                rule("button-url-parameter",
                        utility(BODY, buttons("{'type':'URL','text':'Track','url':'https://x.com/t/{{1}}','example':['https://x.com/t/9']}")),
                        utility(BODY, buttons("{'type':'URL','text':'Track','url':'https://x.com/{{1}}/track','example':['https://x.com/9/track']}")),
                        "components[1].buttons[0].url", "parameter {{1}} must be at the end of the url"),
                rule("button-url-parameter",
                        utility(BODY, buttons("{'type':'URL','text':'Track','url':'https://x.com/t/{{1}}','example':'https://x.com/t/9'}")),
                        utility(BODY, buttons("{'type':'URL','text':'Track','url':'https://x.com/{{1}}/{{2}}','example':['https://x.com/9/8']}")),
                        "components[1].buttons[0].url", "has 2 parameters; a url may have one, {{1}}, at its end"),
                rule("button-url-parameter",
                        utility(BODY, buttons("{'type':'URL','text':'Track','url':'https://x.com/t/{{1}}','example':['https://x.com/t/9']}")),
                        utility(BODY, buttons("{'type':'URL','text':'Track','url':'https://x.com/t/{{order}}','example':['https://x.com/t/9']}")),
                        "components[1].buttons[0].url", "parameter {{order}} must be written {{1}} in a url"),
                rule("button-url-example",
                        utility(BODY, buttons("{'type':'URL','text':'Track','url':'https://x.com/t/{{1}}','example':['https://x.com/t/9']}")),
                        utility(BODY, buttons("{'type':'URL','text':'Track','url':'https://x.com/t/{{1}}'}")),
                        "components[1].buttons[0].example",
                        "the url has a parameter but no example; add \"example\": [\"https://x.com/t/...\"] with a full url"),
                rule("button-url-example",
                        utility(BODY, buttons("{'type':'URL','text':'Track','url':'https://x.com/t/{{1}}','example':['https://x.com/t/9']}")),
                        utility(BODY, buttons("{'type':'URL','text':'Track','url':'https://x.com/t/{{1}}','example':['https://x.com/t/9','https://x.com/t/8']}")),
                        "components[1].buttons[0].example", "has 2 urls; give exactly one full example url"),
                rule("button-phone-required", utility(BODY, buttons(PHONE)), utility(BODY, buttons("{'type':'PHONE_NUMBER','text':'Call'}")),
                        "components[1].buttons[0].phone_number", "a PHONE_NUMBER button needs a phone_number"),
                rule("button-phone-length", utility(BODY, buttons("{'type':'PHONE_NUMBER','text':'Call','phone_number':'+" + "1".repeat(19) + "'}")),
                        utility(BODY, buttons("{'type':'PHONE_NUMBER','text':'Call','phone_number':'+" + "1".repeat(20) + "'}")),
                        "components[1].buttons[0].phone_number", "is 21 characters long; the limit is 20"),
                rule("button-copy-code-example", marketing(BODY, buttons(COPY)), marketing(BODY, buttons("{'type':'COPY_CODE'}")),
                        "components[1].buttons[0].example", "a COPY_CODE button needs an example code"),
                rule("button-copy-code-example", marketing(BODY, buttons("{'type':'COPY_CODE','example':'" + "C".repeat(15) + "'}")),
                        marketing(BODY, buttons("{'type':'COPY_CODE','example':'" + "C".repeat(16) + "'}")),
                        "components[1].buttons[0].example", "is 16 characters long; a COPY_CODE example has at most 15"),
                rule("button-flow-reference", marketing(BODY, buttons("{'type':'FLOW','text':'Book','flow_id':'1234567890'}")),
                        marketing(BODY, buttons("{'type':'FLOW','text':'Book'}")), "components[1].buttons[0]",
                        "a FLOW button names its flow with exactly one of flow_id, flow_name or flow_json; found 0"),
                rule("button-flow-reference", marketing(BODY, buttons("{'type':'FLOW','text':'Book','flow_name':'booking'}")),
                        marketing(BODY, buttons("{'type':'FLOW','text':'Book','flow_id':'1','flow_name':'booking'}")),
                        "components[1].buttons[0]", "found 2"),
                rule("button-flow-action", marketing(BODY, buttons("{'type':'FLOW','text':'Book','flow_id':12,'flow_action':'navigate'}")),
                        marketing(BODY, buttons("{'type':'FLOW','text':'Book','flow_id':'1','flow_action':'open'}")),
                        "components[1].buttons[0].flow_action", "\"open\" is not a flow action; use \"navigate\" or \"data_exchange\""),
                rule("button-otp-category", auth(AUTH_BODY, otpButtons(OTP)), utility(BODY, buttons(OTP)),
                        "components[1].buttons[0].type", "OTP buttons are only for AUTHENTICATION templates, not UTILITY"),

                // AUTHENTICATION
                rule("auth-header", auth(AUTH_BODY, AUTH_FOOTER, otpButtons(OTP)),
                        auth(header("Your code", null), AUTH_BODY, otpButtons(OTP)), "components[0]",
                        "AUTHENTICATION templates have no HEADER; remove this component"),
                rule("auth-body", auth(AUTH_BODY, otpButtons(OTP)),
                        auth("{'type':'BODY','text':'Your code is {{1}}.'}", otpButtons(OTP)), "components[0].text",
                        "remove the text: Meta writes the body of AUTHENTICATION templates"),
                rule("auth-body", auth("{'type':'BODY'}", otpButtons(OTP)),
                        auth("{'type':'BODY','example':{'body_text':[['123456']]}}", otpButtons(OTP)), "components[0].example",
                        "remove the example"),
                rule("auth-footer", auth(AUTH_BODY, AUTH_FOOTER, otpButtons(OTP)),
                        auth(AUTH_BODY, "{'type':'FOOTER','text':'Expires soon','code_expiration_minutes':10}", otpButtons(OTP)),
                        "components[1].text", "remove the text: Meta writes the footer of AUTHENTICATION templates"),
                rule("auth-footer", auth(AUTH_BODY, AUTH_FOOTER, otpButtons(OTP)),
                        auth(AUTH_BODY, "{'type':'FOOTER'}", otpButtons(OTP)), "components[1].code_expiration_minutes",
                        "an AUTHENTICATION footer needs code_expiration_minutes (1-90)"),
                rule("auth-code-expiration", auth(AUTH_BODY, "{'type':'FOOTER','code_expiration_minutes':90}", otpButtons(OTP)),
                        auth(AUTH_BODY, "{'type':'FOOTER','code_expiration_minutes':91}", otpButtons(OTP)),
                        "components[1].code_expiration_minutes", "is 91; it must be between 1 and 90 minutes"),
                rule("auth-code-expiration", auth(AUTH_BODY, "{'type':'FOOTER','code_expiration_minutes':1}", otpButtons(OTP)),
                        auth(AUTH_BODY, "{'type':'FOOTER','code_expiration_minutes':0}", otpButtons(OTP)),
                        "components[1].code_expiration_minutes", "is 0"),
                rule("auth-buttons", auth(AUTH_BODY, otpButtons(OTP)), auth(AUTH_BODY, buttons(OTP, QR)), "components[1].buttons",
                        "an AUTHENTICATION template has exactly one button, of type OTP; found OTP, QUICK_REPLY"),
                rule("auth-buttons", auth(AUTH_BODY, otpButtons(OTP)), auth(AUTH_BODY), "components",
                        "an AUTHENTICATION template needs a BUTTONS component with one OTP button"),
                rule("auth-supported-apps",
                        auth(AUTH_BODY, otpButtons("{'type':'OTP','otp_type':'ZERO_TAP','zero_tap_terms_accepted':true,"
                                + "'supported_apps':[{'package_name':'com.example.app','signature_hash':'K8a/AINcGX7'}]}")),
                        auth(AUTH_BODY, otpButtons("{'type':'OTP','otp_type':'ONE_TAP'}")),
                        "components[1].buttons[0].supported_apps", "a ONE_TAP button needs supported_apps"),
                rule("auth-supported-apps",
                        auth(AUTH_BODY, otpButtons("{'type':'OTP','otp_type':'ONE_TAP','autofill_text':'Autofill',"
                                + "'supported_apps':[{'package_name':'com.example.app','signature_hash':'K8a/AINcGX7'}]}")),
                        auth(AUTH_BODY, otpButtons("{'type':'OTP','otp_type':'ONE_TAP','supported_apps':[{'package_name':'com.example.app'}]}")),
                        "components[1].buttons[0].supported_apps[0].signature_hash", "missing signature_hash"),
                rule("auth-supported-apps",
                        auth(AUTH_BODY, otpButtons("{'type':'OTP','otp_type':'ONE_TAP','supported_apps':[{'package_name':'com.example.app','signature_hash':'K8a/AINcGX7'}]}")),
                        auth(AUTH_BODY, otpButtons("{'type':'OTP','otp_type':'ONE_TAP','supported_apps':[{'signature_hash':'K8a/AINcGX7'}]}")),
                        "components[1].buttons[0].supported_apps[0].package_name", "missing package_name"),
                rule("auth-emoji", auth(AUTH_BODY, otpButtons("{'type':'OTP','otp_type':'COPY_CODE','text':'Copy your code'}")),
                        auth(AUTH_BODY, otpButtons("{'type':'OTP','otp_type':'COPY_CODE','text':'Copy code \uD83D\uDD11'}")),
                        "components[1].buttons[0].text", "contains an emoji; AUTHENTICATION templates may not use emoji"),
                rule("auth-emoji", auth(AUTH_BODY, otpButtons("{'type':'OTP','otp_type':'ONE_TAP','autofill_text':'Fill it',"
                                + "'supported_apps':[{'package_name':'com.example.app','signature_hash':'K8a/AINcGX7'}]}")),
                        auth(AUTH_BODY, otpButtons("{'type':'OTP','otp_type':'ONE_TAP','autofill_text':'Fill \u2705',"
                                + "'supported_apps':[{'package_name':'com.example.app','signature_hash':'K8a/AINcGX7'}]}")),
                        "components[1].buttons[0].autofill_text", "contains an emoji"),
                // found by comparing the validator with the emulator's review (reliability-tests)
                rule("header-text-characters", utility(header("Order news", null), BODY),
                        utility(header("Order *news*", null), BODY), "components[0].text",
                        "contains a new line, an asterisk or an emoji"),
                rule("footer-text-characters", utility(BODY, FOOTER), utility(BODY, footer("Bye \uD83D\uDC4B")),
                        "components[1].text", "contains a new line or an emoji"),
                rule("button-phone-format", utility(BODY, buttons("{'type':'PHONE_NUMBER','text':'Call','phone_number':'+1 (555) 010-0'}")),
                        utility(BODY, buttons("{'type':'PHONE_NUMBER','text':'Call','phone_number':'+15550100x'}")),
                        "components[1].buttons[0].phone_number", "is not a phone number"),
                rule("button-marketing-only", marketing(BODY, buttons("{'type':'CATALOG','text':'View'}")),
                        utility(BODY, buttons("{'type':'CATALOG','text':'View'}")), "components[1].buttons[0].type",
                        "CATALOG buttons are only for MARKETING templates, not UTILITY"),
                rule("auth-url", auth(AUTH_BODY, otpButtons("{'type':'OTP','otp_type':'COPY_CODE','text':'Copy code'}")),
                        auth(AUTH_BODY, otpButtons("{'type':'OTP','otp_type':'COPY_CODE','text':'www.example.com'}")),
                        "components[1].buttons[0].text", "contains a URL"),
                rule("auth-zero-tap-terms",
                        auth(AUTH_BODY, otpButtons("{'type':'OTP','otp_type':'ZERO_TAP','zero_tap_terms_accepted':true,"
                                + "'supported_apps':[{'package_name':'com.example.app','signature_hash':'K8a/AINcGX7'}]}")),
                        auth(AUTH_BODY, otpButtons("{'type':'OTP','otp_type':'ZERO_TAP',"
                                + "'supported_apps':[{'package_name':'com.example.app','signature_hash':'K8a/AINcGX7'}]}")),
                        "components[1].buttons[0].zero_tap_terms_accepted", "zero_tap_terms_accepted"),
                rule("header-format", utility(header("Order news", null), BODY),
                        utility("{'type':'HEADER','format':' TEXT','text':'Order news'}", BODY), "components[0].format",
                        "unknown header format \" TEXT\"")
        );
    }

    private static String[] repeat(String button, int times) {
        String[] out = new String[times];
        Arrays.fill(out, button);
        return out;
    }

    @ParameterizedTest(name = "{0}: {3}")
    @MethodSource("rules")
    void validExamplePassesEveryRule(String rule, String valid, String invalid, String path, String message) {
        assertThat(TemplateValidator.validate(json(valid))).as("problems of the valid example for " + rule).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {3}")
    @MethodSource("rules")
    void invalidExampleBreaksTheRuleAtThePlaceWithAnActionableMessage(String rule, String valid, String invalid,
                                                                     String path, String message) {
        List<DefinitionProblem> problems = TemplateValidator.validate(json(invalid));

        assertThat(problems).as("problems of the invalid example for " + rule)
                .anySatisfy(p -> {
                    assertThat(p.rule()).isEqualTo(rule);
                    assertThat(p.path()).isEqualTo(path);
                    assertThat(p.pointer()).isEqualTo(pointerOf(path));
                    assertThat(p.message()).contains(message);
                });
    }

    @Test
    void everyRuleInTheCatalogueHasAValidAndAnInvalidExample() {
        Set<String> covered = Stream.concat(rules(), TemplateKindsTest.rules()).map(a -> (String) a.get()[0])
                .collect(Collectors.toSet());
        // components-size is a warning; TemplateKindsTest covers it.
        covered.add(Rule.COMPONENTS_SIZE.id());
        // file-read needs a file system failure; TemplateDefinitionParserTest covers it.
        covered.add(Rule.FILE_READ.id());

        assertThat(Arrays.stream(Rule.values()).map(Rule::id)).allMatch(covered::contains);
    }

    @Test
    void ruleIdsAreUniqueAndDescribed() {
        assertThat(Arrays.stream(Rule.values()).map(Rule::id)).doesNotHaveDuplicates();
        assertThat(Arrays.stream(Rule.values())).allSatisfy(r -> assertThat(r.description()).isNotBlank());
    }

    /** "components[1].buttons[0].text" -> "/components/1/buttons/0/text". */
    static String pointerOf(String path) {
        if (path.isEmpty()) {
            return "";
        }
        return "/" + path.replace("[", ".").replace("]", "").replace('.', '/');
    }
}
