package com.eumsocial.whatsapp.emulator.meta;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Meta's format rules, applied by the review (a template that breaks one is REJECTED with
 * INVALID_FORMAT and a rejection_info naming the first problem). Written from the rules in
 * domain.md section 2, independently of the project's validator.
 */
final class TemplateReview {
    static final int HEADER_TEXT_MAX = 60;
    static final int BODY_TEXT_MAX = 1024;
    static final int FOOTER_TEXT_MAX = 60;
    static final int BUTTON_TEXT_MAX = 25;
    static final int URL_MAX = 2000;
    static final int PHONE_MAX = 20;
    static final int COPY_CODE_EXAMPLE_MAX = 15;
    static final int MAX_BUTTONS = 10;
    static final int MAX_URL_BUTTONS = 2;
    static final int CARD_BODY_MAX = 160;
    static final int OFFER_TEXT_MAX = 16;
    static final int OFFER_BODY_MAX = 600;
    static final Set<String> OTP_TYPES = Set.of("COPY_CODE", "ONE_TAP", "ZERO_TAP");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9][0-9 ()-]{3,19}$");
    private static final Pattern URL_IN_TEXT = Pattern.compile("(?i)(https?://|www\\.)");

    private TemplateReview() {
    }

    /**
     * Every format problem of a submission (empty when Meta's format rules are met).
     *
     * @param mediaKind the media kind (IMAGE, VIDEO, DOCUMENT, or ANY when unknown) of a handle
     *                  this emulator issued, or null for a handle it never issued
     */
    static List<String> problems(String category, String parameterFormat, ArrayNode components,
                                 Function<String, String> mediaKind) {
        List<String> problems = new ArrayList<>();
        boolean named = parameterFormat.equals("NAMED");
        if (category.equals("AUTHENTICATION")) {
            authentication(components, problems);
            return problems;
        }
        boolean offer = has(components, "LIMITED_TIME_OFFER");
        for (int i = 0; i < components.size(); i++) {
            JsonNode c = components.get(i);
            String at = "components[" + i + "]";
            switch (upper(c.path("type").asText())) {
                case "HEADER" -> header(c, at, named, category, mediaKind, problems);
                case "BODY" -> body(c, at, named, offer ? OFFER_BODY_MAX : BODY_TEXT_MAX, true, problems);
                case "FOOTER" -> footer(c, at, problems);
                case "CAROUSEL" -> carousel(c, at, named, category, components, mediaKind, problems);
                case "LIMITED_TIME_OFFER" -> limitedTimeOffer(c, at, category, components, problems);
                case "CALL_PERMISSION_REQUEST" -> callPermission(at, category, components, problems);
                default -> buttons(c.path("buttons"), at + ".buttons", category, problems);
            }
        }
        singleProduct(components, problems);
        return problems;
    }

    /** The template-level settings: message_send_ttl_seconds within the range Meta gives the category. */
    static List<String> settings(String category, JsonNode extras) {
        JsonNode ttl = extras == null ? null : extras.get("message_send_ttl_seconds");
        if (ttl == null || !ttl.isIntegralNumber()) {
            return List.of();
        }
        long seconds = ttl.asLong();
        boolean ok = switch (category) {
            case "AUTHENTICATION" -> seconds == -1 || (seconds >= 30 && seconds <= 900);
            case "UTILITY" -> seconds == -1 || (seconds >= 30 && seconds <= 43_200);
            default -> seconds >= 43_200 && seconds <= 2_592_000;
        };
        return ok ? List.of() : List.of("message_send_ttl_seconds: " + seconds + " is outside the range Meta allows for "
                + category + " templates");
    }

    private static boolean has(ArrayNode components, String type) {
        for (JsonNode c : components) {
            if (upper(c.path("type").asText()).equals(type)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Media-card and product-card carousels: a MARKETING template of a message BODY and 2-10 cards;
     * each card an IMAGE/VIDEO header (media card: optional body of at most 160 characters, up to
     * two quick-reply, URL or phone buttons) or a PRODUCT header (one SPM or URL button); every
     * card built like the first.
     */
    private static void carousel(JsonNode c, String at, boolean named, String category, ArrayNode components,
                                 Function<String, String> mediaKind, List<String> problems) {
        if (!category.equals("MARKETING")) {
            problems.add(at + ": carousels are only allowed in MARKETING templates");
        }
        for (int i = 0; i < components.size(); i++) {
            String type = upper(components.get(i).path("type").asText());
            if (!type.equals("BODY") && !type.equals("CAROUSEL")) {
                problems.add("components[" + i + "]: a carousel template may only have a BODY beside the carousel");
            }
        }
        JsonNode cards = c.path("cards");
        if (cards.size() < 2 || cards.size() > 10) {
            problems.add(at + ".cards: " + cards.size() + " cards; a carousel needs 2 to 10");
        }
        String firstLayout = null;
        for (int k = 0; k < cards.size(); k++) {
            String cardAt = at + ".cards[" + k + "]";
            JsonNode cardComponents = cards.get(k).path("components");
            StringBuilder layout = new StringBuilder();
            String headerFormat = null;
            for (int j = 0; j < cardComponents.size(); j++) {
                JsonNode cc = cardComponents.get(j);
                String ccAt = cardAt + ".components[" + j + "]";
                String type = upper(cc.path("type").asText());
                layout.append(type);
                switch (type) {
                    case "HEADER" -> {
                        headerFormat = upper(cc.path("format").asText());
                        layout.append('/').append(headerFormat);
                        if (!Set.of("IMAGE", "VIDEO", "PRODUCT").contains(headerFormat)) {
                            problems.add(ccAt + ".format: a card header must be IMAGE, VIDEO or PRODUCT");
                        } else if (!headerFormat.equals("PRODUCT")) {
                            header(cc, ccAt, named, category, mediaKind, problems);
                        }
                    }
                    case "BODY" -> body(cc, ccAt, named, CARD_BODY_MAX, false, problems);
                    case "BUTTONS" -> {
                        boolean product = "PRODUCT".equals(headerFormat) || productHeaderAfter(cardComponents, j);
                        Set<String> allowed = product ? Set.of("SPM", "URL") : Set.of("QUICK_REPLY", "URL", "PHONE_NUMBER");
                        int max = product ? 1 : 2;
                        JsonNode buttons = cc.path("buttons");
                        if (buttons.size() > max) {
                            problems.add(ccAt + ".buttons: " + buttons.size() + " buttons; a card allows at most " + max);
                        }
                        for (int b = 0; b < buttons.size(); b++) {
                            String type2 = upper(buttons.get(b).path("type").asText());
                            layout.append('/').append(type2);
                            if (!allowed.contains(type2)) {
                                problems.add(ccAt + ".buttons[" + b + "].type: " + type2 + " buttons are not allowed on a "
                                        + (product ? "product" : "media") + " card");
                            }
                        }
                        if (!buttons.isEmpty()) {
                            buttons(buttons, ccAt + ".buttons", category, problems);
                        }
                    }
                    default -> problems.add(ccAt + ".type: a card may only hold HEADER, BODY and BUTTONS, not " + type);
                }
                layout.append(';');
            }
            if (headerFormat == null) {
                problems.add(cardAt + ": every card needs an IMAGE, VIDEO or PRODUCT header");
            }
            if (firstLayout == null) {
                firstLayout = layout.toString();
            } else if (!firstLayout.equals(layout.toString())) {
                problems.add(cardAt + ": every card must have the same components as the first card");
            }
        }
    }

    private static boolean productHeaderAfter(JsonNode cardComponents, int from) {
        for (int j = from + 1; j < cardComponents.size(); j++) {
            JsonNode cc = cardComponents.get(j);
            if (upper(cc.path("type").asText()).equals("HEADER")) {
                return upper(cc.path("format").asText()).equals("PRODUCT");
            }
        }
        return false;
    }

    /**
     * Limited-time offers: MARKETING only; offer text of 1-16 characters; no FOOTER; an IMAGE or
     * VIDEO header if any; a URL button; a COPY_CODE button, first, when the offer expires.
     */
    private static void limitedTimeOffer(JsonNode c, String at, String category, ArrayNode components,
                                         List<String> problems) {
        if (!category.equals("MARKETING")) {
            problems.add(at + ": limited-time offers are only allowed in MARKETING templates");
        }
        JsonNode offer = c.path("limited_time_offer");
        String text = offer.path("text").asText("");
        if (text.isBlank()) {
            problems.add(at + ".limited_time_offer.text: the offer needs text");
        } else if (text.codePointCount(0, text.length()) > OFFER_TEXT_MAX) {
            problems.add(at + ".limited_time_offer.text: more than " + OFFER_TEXT_MAX + " characters");
        }
        JsonNode buttons = null;
        for (int i = 0; i < components.size(); i++) {
            JsonNode other = components.get(i);
            String type = upper(other.path("type").asText());
            if (type.equals("FOOTER")) {
                problems.add("components[" + i + "]: limited-time offer templates cannot have a footer");
            } else if (type.equals("HEADER") && !Set.of("IMAGE", "VIDEO").contains(upper(other.path("format").asText()))) {
                problems.add("components[" + i + "].format: a limited-time offer header must be an image or a video");
            } else if (type.equals("BUTTONS")) {
                buttons = other.path("buttons");
            }
        }
        int copyCode = -1;
        boolean url = false;
        if (buttons != null) {
            for (int b = 0; b < buttons.size(); b++) {
                String type = upper(buttons.get(b).path("type").asText());
                url |= type.equals("URL");
                if (type.equals("COPY_CODE") && copyCode < 0) {
                    copyCode = b;
                }
            }
        }
        if (!url) {
            problems.add(at + ": a limited-time offer needs a URL button");
        }
        if (offer.path("has_expiration").asBoolean(false) && copyCode < 0) {
            problems.add(at + ": an offer with has_expiration needs a COPY_CODE button with the offer code");
        } else if (copyCode > 0) {
            problems.add(at + ": the COPY_CODE button of a limited-time offer must come first");
        }
    }

    /** A call permission request: MARKETING or UTILITY, and no other interactive component. */
    private static void callPermission(String at, String category, ArrayNode components, List<String> problems) {
        if (!category.equals("MARKETING") && !category.equals("UTILITY")) {
            problems.add(at + ": call permission requests are only allowed in MARKETING and UTILITY templates");
        }
        for (int i = 0; i < components.size(); i++) {
            String type = upper(components.get(i).path("type").asText());
            if (Set.of("BUTTONS", "CAROUSEL", "LIMITED_TIME_OFFER").contains(type)) {
                problems.add("components[" + i + "]: a call permission request cannot be combined with " + type);
            }
        }
    }

    /** Single-product templates: a PRODUCT header and an SPM button go together. */
    private static void singleProduct(ArrayNode components, List<String> problems) {
        boolean productHeader = false;
        boolean spm = false;
        for (JsonNode c : components) {
            String type = upper(c.path("type").asText());
            if (type.equals("HEADER") && upper(c.path("format").asText()).equals("PRODUCT")) {
                productHeader = true;
            }
            if (type.equals("BUTTONS")) {
                for (JsonNode b : c.path("buttons")) {
                    spm |= upper(b.path("type").asText()).equals("SPM");
                }
            }
        }
        if (productHeader != spm) {
            problems.add("components: a PRODUCT header and an SPM button must be used together (single-product template)");
        }
    }

    private static void header(JsonNode c, String at, boolean named, String category,
                               Function<String, String> mediaKind, List<String> problems) {
        String format = upper(c.path("format").asText());
        JsonNode example = c.path("example");
        if ((format.equals("GIF") || format.equals("PRODUCT")) && !category.equals("MARKETING")) {
            problems.add(at + ".format: " + format + " headers are only allowed in MARKETING templates");
        }
        switch (format) {
            case "TEXT" -> {
                String text = c.path("text").asText("");
                if (text.isEmpty()) {
                    problems.add(at + ".text: a TEXT header needs text");
                    return;
                }
                if (text.length() > HEADER_TEXT_MAX) {
                    problems.add(at + ".text: " + text.length() + " characters; a header allows at most "
                            + HEADER_TEXT_MAX);
                }
                if (text.contains("\n") || text.contains("*") || hasEmoji(text)) {
                    problems.add(at + ".text: a text header must not contain new lines, asterisks or emoji");
                }
                ParameterText.Analysis a = ParameterText.analyse(at + ".text", text, named, false, 1);
                problems.addAll(a.problems());
                if (!a.parameters().isEmpty()) {
                    if (named) {
                        requireNamedExamples(example.path("header_text_named_params"), a.parameters(),
                                at + ".example.header_text_named_params", problems);
                    } else {
                        JsonNode ex = example.path("header_text");
                        if (!ex.isArray() || ex.size() < a.parameters().size() || !allNonBlankText(ex)) {
                            problems.add(at + ".example.header_text: the header has a parameter and needs an"
                                    + " example value for it");
                        }
                    }
                }
            }
            case "IMAGE", "VIDEO", "DOCUMENT", "GIF" -> {
                JsonNode handles = example.path("header_handle");
                if (!handles.isArray() || handles.isEmpty() || !handles.get(0).isTextual()) {
                    problems.add(at + ".example.header_handle: a " + format + " header needs an example media"
                            + " handle (\"4::...\" from CreateWhatsAppMessageTemplateMedia)");
                    return;
                }
                String handle = handles.get(0).asText();
                String kind = mediaKind.apply(handle);
                if (kind == null) {
                    problems.add(at + ".example.header_handle: \"" + abbreviate(handle) + "\" is not a media handle"
                            + " Meta issued");
                } else if (!kind.equals("ANY") && !kind.equals(format.equals("GIF") ? "VIDEO" : format)) {
                    problems.add(at + ".example.header_handle: the handle is for a " + kind.toLowerCase(Locale.ROOT)
                            + " but the header format is " + format);
                }
            }
            default -> {
                // LOCATION: no text and no example; allowed in UTILITY and MARKETING, and the
                // only other category (AUTHENTICATION) is refused in authentication(). PRODUCT:
                // the catalog supplies the product when the message is sent.
            }
        }
    }

    /** @param message whether this is the message body (a carousel card's body has no placement or density rules) */
    private static void body(JsonNode c, String at, boolean named, int max, boolean message, List<String> problems) {
        String text = c.path("text").asText("");
        if (text.isBlank()) {
            problems.add(at + ".text: the BODY needs text");
            return;
        }
        int length = text.codePointCount(0, text.length());
        if (length > max) {
            problems.add(at + ".text: " + length + " characters; this body allows at most " + max);
        }
        ParameterText.Analysis a = ParameterText.analyse(at + ".text", text, named, message, Integer.MAX_VALUE);
        problems.addAll(a.problems());
        if (a.parameters().isEmpty()) {
            return;
        }
        JsonNode example = c.path("example");
        if (named) {
            requireNamedExamples(example.path("body_text_named_params"), a.parameters(),
                    at + ".example.body_text_named_params", problems);
        } else {
            JsonNode ex = example.path("body_text");
            if (!ex.isArray() || ex.isEmpty() || !ex.get(0).isArray() || ex.get(0).size() != a.parameters().size()
                    || !allNonBlankText(ex.get(0))) {
                problems.add(at + ".example.body_text: the body has " + a.parameters().size()
                        + " parameters and needs one example value for each, in order ([[\"...\"]])");
            }
        }
    }

    private static void footer(JsonNode c, String at, List<String> problems) {
        String text = c.path("text").asText("");
        if (text.isEmpty()) {
            problems.add(at + ".text: the FOOTER needs text");
            return;
        }
        if (text.length() > FOOTER_TEXT_MAX) {
            problems.add(at + ".text: " + text.length() + " characters; a footer allows at most " + FOOTER_TEXT_MAX);
        }
        if (text.contains("{{") || text.contains("}}")) {
            problems.add(at + ".text: a footer must not contain parameters");
        }
        if (text.contains("\n") || hasEmoji(text)) {
            problems.add(at + ".text: a footer must not contain new lines or emoji");
        }
    }

    private static void buttons(JsonNode buttons, String at, String category, List<String> problems) {
        if (buttons.isEmpty()) {
            problems.add(at + ": a BUTTONS component needs at least one button");
            return;
        }
        if (buttons.size() > MAX_BUTTONS) {
            problems.add(at + ": " + buttons.size() + " buttons; at most " + MAX_BUTTONS + " allowed");
        }
        int urls = 0;
        int phones = 0;
        int copyCodes = 0;
        int groupChanges = 0;
        Boolean previousQuickReply = null;
        for (int i = 0; i < buttons.size(); i++) {
            JsonNode b = buttons.get(i);
            String bat = at + "[" + i + "]";
            String type = upper(b.path("type").asText());
            boolean quickReply = type.equals("QUICK_REPLY");
            if (previousQuickReply != null && previousQuickReply != quickReply) {
                groupChanges++;
            }
            previousQuickReply = quickReply;
            String text = b.path("text").asText("");
            switch (type) {
                case "QUICK_REPLY" -> requireButtonText(text, bat, problems);
                case "URL" -> {
                    urls++;
                    requireButtonText(text, bat, problems);
                    url(b, bat, problems);
                }
                case "PHONE_NUMBER" -> {
                    phones++;
                    requireButtonText(text, bat, problems);
                    String phone = b.path("phone_number").asText("");
                    if (phone.isEmpty()) {
                        problems.add(bat + ".phone_number: a PHONE_NUMBER button needs a phone number");
                    } else if (phone.length() > PHONE_MAX || !PHONE.matcher(phone).matches()) {
                        problems.add(bat + ".phone_number: \"" + phone + "\" is not a phone number of at most "
                                + PHONE_MAX + " characters");
                    }
                }
                case "COPY_CODE" -> {
                    copyCodes++;
                    JsonNode ex = b.path("example");
                    String code = ex.isArray() && !ex.isEmpty() ? ex.get(0).asText("") : ex.asText("");
                    if (code.isEmpty()) {
                        problems.add(bat + ".example: a COPY_CODE button needs an example code");
                    } else if (code.length() > COPY_CODE_EXAMPLE_MAX) {
                        problems.add(bat + ".example: the example code has " + code.length()
                                + " characters; at most " + COPY_CODE_EXAMPLE_MAX);
                    }
                }
                case "OTP" -> problems.add(bat + ".type: OTP buttons are only allowed in AUTHENTICATION templates");
                case "VOICE_CALL", "ORDER_DETAILS" -> requireButtonText(text, bat, problems);
                case "REQUEST_CONTACT_INFO" -> {
                    if (text.length() > BUTTON_TEXT_MAX) {
                        problems.add(bat + ".text: " + text.length() + " characters; a button allows at most "
                                + BUTTON_TEXT_MAX);
                    }
                }
                case "FLOW" -> {
                    requireButtonText(text, bat, problems);
                    if (!b.hasNonNull("flow_id") && !b.hasNonNull("flow_name") && !b.hasNonNull("flow_json")) {
                        problems.add(bat + ": a FLOW button needs flow_id, flow_name or flow_json");
                    }
                }
                default -> {
                    requireButtonText(text, bat, problems);
                    if (!category.equals("MARKETING")) {
                        problems.add(bat + ".type: " + type + " buttons are only allowed in MARKETING templates");
                    }
                }
            }
        }
        if (groupChanges > 1) {
            problems.add(at + ": QUICK_REPLY buttons must be grouped together, not interleaved with other buttons");
        }
        if (urls > MAX_URL_BUTTONS) {
            problems.add(at + ": " + urls + " URL buttons; at most " + MAX_URL_BUTTONS + " allowed");
        }
        if (phones > 1) {
            problems.add(at + ": " + phones + " PHONE_NUMBER buttons; at most 1 allowed");
        }
        if (copyCodes > 1) {
            problems.add(at + ": " + copyCodes + " COPY_CODE buttons; at most 1 allowed");
        }
    }

    private static void url(JsonNode b, String bat, List<String> problems) {
        String url = b.path("url").asText("");
        if (url.isEmpty()) {
            problems.add(bat + ".url: a URL button needs a url");
            return;
        }
        if (url.length() > URL_MAX) {
            problems.add(bat + ".url: " + url.length() + " characters; at most " + URL_MAX);
        }
        if (!url.startsWith("https://") && !url.startsWith("http://")) {
            problems.add(bat + ".url: must start with https:// or http://");
        }
        List<String> params = ParameterText.contents(url);
        if (params.isEmpty()) {
            if ((url.contains("{{") || url.contains("}}"))) {
                problems.add(bat + ".url: mismatched curly braces around a parameter");
            }
            return;
        }
        if (params.size() > 1) {
            problems.add(bat + ".url: a URL may have at most one parameter, found " + params.size());
        } else if (!url.endsWith("{{" + params.get(0) + "}}")) {
            problems.add(bat + ".url: the parameter must be at the end of the URL");
        } else if (!params.get(0).equals("1")) {
            problems.add(bat + ".url: the URL parameter must be {{1}}, found {{" + params.get(0) + "}}");
        }
        JsonNode ex = b.path("example");
        boolean hasExample = ex.isTextual() ? !ex.asText().isBlank()
                : ex.isArray() && !ex.isEmpty() && !ex.get(0).asText("").isBlank();
        if (!hasExample) {
            problems.add(bat + ".example: a URL with a parameter needs an example URL");
        }
    }

    private static void authentication(ArrayNode components, List<String> problems) {
        boolean otp = false;
        for (int i = 0; i < components.size(); i++) {
            JsonNode c = components.get(i);
            String at = "components[" + i + "]";
            switch (upper(c.path("type").asText())) {
                case "HEADER" -> problems.add(upper(c.path("format").asText()).equals("LOCATION")
                        ? at + ".format: LOCATION headers are only allowed in UTILITY and MARKETING templates"
                        : at + ": AUTHENTICATION templates cannot have a HEADER");
                case "BODY" -> {
                    if (c.hasNonNull("text")) {
                        problems.add(at + ".text: the body text of an AUTHENTICATION template is fixed by Meta;"
                                + " give only add_security_recommendation");
                    }
                    JsonNode sec = c.get("add_security_recommendation");
                    if (sec != null && !sec.isNull() && !sec.isBoolean()) {
                        problems.add(at + ".add_security_recommendation must be true or false");
                    }
                }
                case "FOOTER" -> {
                    if (c.hasNonNull("text")) {
                        problems.add(at + ".text: the footer of an AUTHENTICATION template is fixed by Meta;"
                                + " give only code_expiration_minutes");
                    }
                    JsonNode minutes = c.get("code_expiration_minutes");
                    if (minutes == null || !minutes.isIntegralNumber() || minutes.asInt() < 1 || minutes.asInt() > 90) {
                        problems.add(at + ".code_expiration_minutes must be a whole number from 1 to 90");
                    }
                }
                default -> {
                    JsonNode buttons = c.path("buttons");
                    if (buttons.size() != 1 || !upper(buttons.get(0).path("type").asText()).equals("OTP")) {
                        problems.add(at + ".buttons: an AUTHENTICATION template has exactly one button, of type OTP");
                        continue;
                    }
                    otp = true;
                    otpButton(buttons.get(0), at + ".buttons[0]", problems);
                }
            }
        }
        if (!otp && problems.stream().noneMatch(p -> p.contains(".buttons"))) {
            problems.add("components: an AUTHENTICATION template needs a BUTTONS component with one OTP button");
        }
    }

    private static void otpButton(JsonNode b, String at, List<String> problems) {
        String otpType = upper(b.path("otp_type").asText(""));
        if (!OTP_TYPES.contains(otpType)) {
            problems.add(at + ".otp_type must be COPY_CODE, ONE_TAP or ZERO_TAP, got \""
                    + b.path("otp_type").asText("") + "\"");
            return;
        }
        String text = b.path("text").asText("");
        if (text.length() > BUTTON_TEXT_MAX) {
            problems.add(at + ".text: " + text.length() + " characters; a button allows at most " + BUTTON_TEXT_MAX);
        }
        for (String field : new String[] {"text", "autofill_text"}) {
            String value = b.path(field).asText("");
            if (hasEmoji(value) || URL_IN_TEXT.matcher(value).find()) {
                problems.add(at + "." + field + ": AUTHENTICATION templates must not contain URLs or emoji");
            }
        }
        if (!otpType.equals("COPY_CODE")) {
            JsonNode apps = b.path("supported_apps");
            if (!apps.isArray() || apps.isEmpty()) {
                problems.add(at + ".supported_apps: " + otpType + " needs supported_apps with package_name and"
                        + " signature_hash");
            } else {
                for (int i = 0; i < apps.size(); i++) {
                    if (apps.get(i).path("package_name").asText("").isEmpty()
                            || apps.get(i).path("signature_hash").asText("").isEmpty()) {
                        problems.add(at + ".supported_apps[" + i + "]: package_name and signature_hash are required");
                    }
                }
            }
            if (otpType.equals("ZERO_TAP") && !b.path("zero_tap_terms_accepted").asBoolean(false)) {
                problems.add(at + ".zero_tap_terms_accepted: ZERO_TAP needs the zero-tap terms accepted (true)");
            }
        }
    }

    private static void requireNamedExamples(JsonNode examples, List<String> names, String at, List<String> problems) {
        List<String> given = new ArrayList<>();
        if (examples.isArray()) {
            for (JsonNode e : examples) {
                if (!e.path("example").asText("").isBlank()) {
                    given.add(e.path("param_name").asText(""));
                }
            }
        }
        for (String name : names) {
            if (!given.contains(name)) {
                problems.add(at + ": no example for named parameter {{" + name + "}}");
            }
        }
    }

    private static void requireButtonText(String text, String at, List<String> problems) {
        if (text.isEmpty()) {
            problems.add(at + ".text: a button needs text");
        } else if (text.length() > BUTTON_TEXT_MAX) {
            problems.add(at + ".text: " + text.length() + " characters; a button allows at most " + BUTTON_TEXT_MAX);
        }
    }

    private static boolean allNonBlankText(JsonNode array) {
        for (JsonNode n : array) {
            if (!n.isValueNode() || n.asText().isBlank()) {
                return false;
            }
        }
        return true;
    }

    static boolean hasEmoji(String text) {
        // Emoji blocks only: CJK extensions and other supplementary letters (U+20000 and up) are text.
        return text.codePoints().anyMatch(cp -> (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF));
    }

    /** The wording Meta's classifier reads: header/body/footer texts and button texts. */
    static List<String> texts(ArrayNode components) {
        List<String> texts = new ArrayList<>();
        for (JsonNode c : components) {
            if (c.hasNonNull("text")) {
                texts.add(c.get("text").asText());
            }
            for (JsonNode b : c.path("buttons")) {
                if (b.hasNonNull("text")) {
                    texts.add(b.get("text").asText());
                }
            }
        }
        return texts;
    }

    /** The BODY text, or null (AUTHENTICATION bodies have none). */
    static String bodyText(ArrayNode components) {
        for (JsonNode c : components) {
            if (upper(c.path("type").asText()).equals("BODY") && c.hasNonNull("text")) {
                return c.get("text").asText();
            }
        }
        return null;
    }

    static String upper(String s) {
        return s == null ? "" : s.toUpperCase(Locale.ROOT);
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}
