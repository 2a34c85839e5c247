package com.eumsocial.whatsapp.definition;

/**
 * Catalogue of every check made on a definition, with its stable id. The id is what callers
 * and tests match on (messages may be reworded); the description says what the rule demands.
 * Limits that are Meta facts live in {@link MetaLimits}.
 */
public enum Rule {
    // Reading the JSON
    JSON_SYNTAX("json-syntax", "the text is well-formed JSON holding one object"),
    JSON_TYPE("json-type", "every known field has the JSON type Meta expects"),
    FILE_READ("file-read", "the definition file can be read"),
    COMPONENT_TYPE("component-type", "a component's type is HEADER, BODY, FOOTER, BUTTONS, CAROUSEL, "
            + "LIMITED_TIME_OFFER or CALL_PERMISSION_REQUEST"),
    HEADER_FORMAT("header-format", "a HEADER's format is TEXT, IMAGE, VIDEO, DOCUMENT, GIF, LOCATION or PRODUCT"),
    BUTTON_TYPE("button-type", "a button's type is QUICK_REPLY, URL, PHONE_NUMBER, COPY_CODE, OTP, FLOW, CATALOG, "
            + "MPM, SPM, VOICE_CALL, ORDER_DETAILS or REQUEST_CONTACT_INFO"),
    CATEGORY("category", "category is present and one of MARKETING, UTILITY, AUTHENTICATION"),
    PARAMETER_FORMAT("parameter-format", "parameter_format is positional or named"),
    OTP_TYPE("otp-type", "an OTP button has otp_type COPY_CODE, ONE_TAP or ZERO_TAP"),

    // Top level
    NAME_REQUIRED("name-required", "name is present"),
    NAME_CHARSET("name-charset", "name holds only lowercase letters, digits and underscores"),
    NAME_LENGTH("name-length", "name is at most " + MetaLimits.NAME_MAX_LENGTH + " characters"),
    LANGUAGE_REQUIRED("language-required", "language is present"),
    LANGUAGE_LENGTH("language-length", "language is 1-" + MetaLimits.LANGUAGE_MAX_LENGTH + " characters"),
    LANGUAGE_FORMAT("language-format", "language looks like a locale code: en, en_US, fil"),
    LANGUAGE_SUPPORTED("language-supported", "language is one of Meta's supported template languages (SupportedLanguages)"),
    DEFINITION_SIZE("definition-size",
            "the serialised definition is at most " + MetaLimits.DEFINITION_MAX_BYTES + " bytes"),
    COMPONENTS_SIZE("components-size", "(warning) components over " + MetaLimits.COMPONENTS_MAX_BYTES
            + " bytes can be created but not edited in place: a later change replaces the template"),
    MESSAGE_SEND_TTL("message-send-ttl", "message_send_ttl_seconds is within the category's range"),

    // Components
    COMPONENTS_REQUIRED("components-required", "components is a non-empty array"),
    BODY_REQUIRED("body-required", "there is exactly one BODY"),
    COMPONENT_DUPLICATE("component-duplicate", "at most one HEADER, BODY, FOOTER and BUTTONS"),
    TEXT_REQUIRED("text-required", "TEXT headers, bodies and footers have text"),
    HEADER_TEXT_LENGTH("header-text-length",
            "header text is at most " + MetaLimits.HEADER_TEXT_MAX_LENGTH + " characters"),
    BODY_TEXT_LENGTH("body-text-length", "body text is at most " + MetaLimits.BODY_TEXT_MAX_LENGTH + " characters"),
    FOOTER_TEXT_LENGTH("footer-text-length",
            "footer text is at most " + MetaLimits.FOOTER_TEXT_MAX_LENGTH + " characters"),
    HEADER_PARAMETER_COUNT("header-parameter-count",
            "a TEXT header has at most " + MetaLimits.HEADER_MAX_PARAMETERS + " parameter"),
    HEADER_LOCATION_CATEGORY("header-location-category", "LOCATION headers only in UTILITY or MARKETING"),
    HEADER_HANDLE("header-handle", "IMAGE/VIDEO/DOCUMENT headers give one media handle (\"4::...\") in example.header_handle"),
    FOOTER_PARAMETERS("footer-parameters", "a footer has no parameters"),
    HEADER_TEXT_CHARACTERS("header-text-characters", "a TEXT header has no new lines, asterisks or emoji"),
    FOOTER_TEXT_CHARACTERS("footer-text-characters", "a footer has no new lines or emoji"),
    HEADER_MARKETING_ONLY("header-marketing-only", "PRODUCT and GIF headers only in MARKETING templates"),
    AUTHENTICATION_ONLY_FIELD("authentication-only-field",
            "add_security_recommendation and code_expiration_minutes only in AUTHENTICATION templates"),

    // Parameters in texts
    PARAMETER_BRACES("parameter-braces", "every {{ has a matching }}"),
    PARAMETER_CHARACTERS("parameter-characters", "no #, $ or % inside a parameter"),
    PARAMETER_SYNTAX("parameter-syntax", "a parameter is {{1}} (a number) or {{first_name}} (lowercase, digits, _)"),
    PARAMETER_FORMAT_MISMATCH("parameter-format-mismatch", "parameters are written in the declared parameter_format"),
    PARAMETER_SEQUENCE("parameter-sequence", "positional parameters run 1, 2, 3 without gaps"),
    PARAMETER_DUPLICATE_NAME("parameter-duplicate-name", "a named parameter appears once per text"),
    PARAMETER_AT_EDGE("parameter-at-edge", "the body neither starts nor ends with a parameter"),
    PARAMETER_ADJACENT("parameter-adjacent", "parameters are separated by words, not just whitespace"),
    PARAMETER_DENSITY("parameter-density", "a body with P parameters has at least "
            + MetaLimits.MIN_WORDS_PER_PARAMETER + "P+1 other words"),

    // Examples
    EXAMPLE_REQUIRED("example-required", "a text with parameters gives examples of them"),
    EXAMPLE_COUNT("example-count", "there is one example value per positional parameter"),
    EXAMPLE_NAMES("example-names", "named examples name exactly the parameters of the text"),
    EXAMPLE_VALUE("example-value", "example values are not blank"),

    // Buttons
    BUTTONS_EMPTY("buttons-empty", "a BUTTONS component has at least one button"),
    BUTTONS_COUNT("buttons-count", "at most " + MetaLimits.BUTTONS_MAX + " buttons"),
    BUTTONS_URL_COUNT("buttons-url-count", "at most " + MetaLimits.URL_BUTTONS_MAX + " URL buttons"),
    BUTTONS_PHONE_COUNT("buttons-phone-count", "at most " + MetaLimits.PHONE_NUMBER_BUTTONS_MAX + " PHONE_NUMBER button"),
    BUTTONS_COPY_CODE_COUNT("buttons-copy-code-count", "at most " + MetaLimits.COPY_CODE_BUTTONS_MAX + " COPY_CODE button"),
    BUTTONS_QUICK_REPLY_GROUPING("buttons-quick-reply-grouping", "QUICK_REPLY buttons are not interleaved with other buttons"),
    BUTTON_TEXT_REQUIRED("button-text-required", "QUICK_REPLY, URL, PHONE_NUMBER, FLOW, CATALOG and MPM buttons have text"),
    BUTTON_TEXT_LENGTH("button-text-length", "button text is at most " + MetaLimits.BUTTON_TEXT_MAX_LENGTH + " characters"),
    BUTTON_URL_REQUIRED("button-url-required", "a URL button has a url"),
    BUTTON_URL_LENGTH("button-url-length", "a url is at most " + MetaLimits.URL_MAX_LENGTH + " characters"),
    BUTTON_URL_SCHEME("button-url-scheme", "a url starts with https:// or http://"),
    BUTTON_URL_PARAMETER("button-url-parameter", "a url has at most one parameter, {{1}}, at its end"),
    BUTTON_URL_EXAMPLE("button-url-example", "a url with a parameter gives one full example url"),
    BUTTON_PHONE_REQUIRED("button-phone-required", "a PHONE_NUMBER button has a phone_number"),
    BUTTON_PHONE_LENGTH("button-phone-length", "a phone_number is at most " + MetaLimits.PHONE_NUMBER_MAX_LENGTH + " characters"),
    BUTTON_PHONE_FORMAT("button-phone-format",
            "a phone_number is digits, with an optional leading + and spaces, dashes or parentheses"),
    BUTTON_COPY_CODE_EXAMPLE("button-copy-code-example",
            "a COPY_CODE button has an example of at most " + MetaLimits.COPY_CODE_EXAMPLE_MAX_LENGTH + " characters"),
    BUTTON_FLOW_REFERENCE("button-flow-reference", "a FLOW button gives exactly one of flow_id, flow_name, flow_json"),
    BUTTON_FLOW_ACTION("button-flow-action", "a FLOW button's flow_action is navigate or data_exchange"),
    BUTTON_OTP_CATEGORY("button-otp-category", "OTP buttons only in AUTHENTICATION templates"),
    BUTTON_MARKETING_ONLY("button-marketing-only", "CATALOG, MPM and SPM buttons only in MARKETING templates"),
    PRODUCT_HEADER_SPM("product-header-spm", "a PRODUCT header comes with an SPM button, and an SPM button with a PRODUCT header"),

    // Carousels
    CAROUSEL_CATEGORY("carousel-category", "carousels only in MARKETING templates"),
    CAROUSEL_COMPANIONS("carousel-companions", "beside the CAROUSEL a template has only its BODY"),
    CAROUSEL_CARDS_COUNT("carousel-cards-count", "a carousel has " + MetaLimits.CAROUSEL_MIN_CARDS + "-"
            + MetaLimits.CAROUSEL_MAX_CARDS + " cards"),
    CAROUSEL_CARD_COMPONENT("carousel-card-component", "a card holds only HEADER, BODY and BUTTONS"),
    CAROUSEL_CARD_HEADER("carousel-card-header", "every card has an IMAGE, VIDEO or PRODUCT header"),
    CAROUSEL_CARD_BUTTONS("carousel-card-buttons", "media cards: at most " + MetaLimits.MEDIA_CARD_MAX_BUTTONS
            + " QUICK_REPLY/URL/PHONE_NUMBER buttons; product cards: one SPM or URL button"),
    CAROUSEL_CARDS_ALIKE("carousel-cards-alike", "all cards have the same components"),

    // Limited-time offers
    LTO_CATEGORY("lto-category", "limited-time offers only in MARKETING templates"),
    LTO_TEXT("lto-text", "limited_time_offer.text is present and at most " + MetaLimits.LTO_TEXT_MAX_LENGTH + " characters"),
    LTO_HEADER("lto-header", "a limited-time offer's header is IMAGE or VIDEO"),
    LTO_FOOTER("lto-footer", "a limited-time offer has no FOOTER"),
    LTO_BUTTONS("lto-buttons", "a limited-time offer has a URL button, and a COPY_CODE button first when has_expiration is true"),

    // Calling
    CALL_PERMISSION_CATEGORY("call-permission-category", "CALL_PERMISSION_REQUEST only in MARKETING or UTILITY templates"),
    CALL_PERMISSION_COMPANIONS("call-permission-companions",
            "CALL_PERMISSION_REQUEST is not combined with BUTTONS, CAROUSEL or LIMITED_TIME_OFFER"),

    // AUTHENTICATION's fixed shape
    AUTH_HEADER("auth-header", "AUTHENTICATION templates have no HEADER"),
    AUTH_BODY("auth-body", "an AUTHENTICATION BODY has only add_security_recommendation (Meta writes the text)"),
    AUTH_FOOTER("auth-footer", "an AUTHENTICATION FOOTER has only code_expiration_minutes (Meta writes the text)"),
    AUTH_CODE_EXPIRATION("auth-code-expiration", "code_expiration_minutes is "
            + MetaLimits.CODE_EXPIRATION_MIN_MINUTES + "-" + MetaLimits.CODE_EXPIRATION_MAX_MINUTES),
    AUTH_BUTTONS("auth-buttons", "an AUTHENTICATION template has exactly one button, an OTP button"),
    AUTH_SUPPORTED_APPS("auth-supported-apps",
            "ONE_TAP/ZERO_TAP buttons list supported_apps, each with package_name and signature_hash"),
    AUTH_EMOJI("auth-emoji", "no emoji in an AUTHENTICATION template"),
    AUTH_URL("auth-url", "no URLs in an AUTHENTICATION template"),
    AUTH_ZERO_TAP_TERMS("auth-zero-tap-terms", "a ZERO_TAP button has zero_tap_terms_accepted: true");

    private final String id;
    private final String description;

    Rule(String id, String description) {
        this.id = id;
        this.description = description;
    }

    public String id() {
        return id;
    }

    public String description() {
        return description;
    }
}
