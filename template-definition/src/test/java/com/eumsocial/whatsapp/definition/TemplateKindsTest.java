package com.eumsocial.whatsapp.definition;

import com.eumsocial.whatsapp.definition.model.ActionButton;
import com.eumsocial.whatsapp.definition.model.ButtonType;
import com.eumsocial.whatsapp.definition.model.CallPermissionRequest;
import com.eumsocial.whatsapp.definition.model.Carousel;
import com.eumsocial.whatsapp.definition.model.HeaderFormat;
import com.eumsocial.whatsapp.definition.model.LimitedTimeOffer;
import com.eumsocial.whatsapp.definition.model.MediaHeader;
import com.eumsocial.whatsapp.definition.model.ProductHeader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static com.eumsocial.whatsapp.definition.Json.json;
import static com.eumsocial.whatsapp.definition.Json.text;
import static com.eumsocial.whatsapp.definition.TemplateValidatorRulesTest.pointerOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The template kinds beyond header/body/footer/buttons (issue 13): carousels, limited-time
 * offers, single-product and calling templates, the new buttons and header formats, and the
 * template-level settings. Each rule has a valid definition Meta documents and an invalid one
 * that names its field.
 */
class TemplateKindsTest {
    static final String HANDLE = "4::aW1hZ2UvanBlZw==:ARb1";
    static final String MESSAGE = "{'type':'BODY','text':'Rare succulents for your home, all under 25 dollars this week.'}";

    static String def(String category, String... components) {
        return "{'name':'spring_sale','language':'en_US','category':'" + category + "','components':["
                + String.join(",", components) + "]}";
    }

    static String withTtl(String category, int ttl) {
        return "{'name':'spring_sale','language':'en_US','category':'" + category + "','message_send_ttl_seconds':" + ttl
                + ",'components':[" + (category.equals("AUTHENTICATION")
                ? "{'type':'BODY','add_security_recommendation':true},{'type':'BUTTONS','buttons':[{'type':'OTP','otp_type':'COPY_CODE'}]}"
                : "{'type':'BODY','text':'Your order has shipped and will arrive soon.'}") + "]}";
    }

    static String mediaCard(String format, String body, String... buttons) {
        return "{'components':[{'type':'HEADER','format':'" + format + "','example':{'header_handle':['" + HANDLE + "']}}"
                + (body == null ? "" : ",{'type':'BODY','text':'" + body + "'}")
                + (buttons.length == 0 ? "" : ",{'type':'BUTTONS','buttons':[" + String.join(",", buttons) + "]}") + "]}";
    }

    static String productCard(String... buttons) {
        return "{'components':[{'type':'HEADER','format':'PRODUCT'},{'type':'BUTTONS','buttons':["
                + String.join(",", buttons) + "]}]}";
    }

    static String carousel(String... cards) {
        return "{'type':'CAROUSEL','cards':[" + String.join(",", cards) + "]}";
    }

    static final String QR = "{'type':'QUICK_REPLY','text':'Send more like this'}";
    static final String URL = "{'type':'URL','text':'Buy now','url':'https://shop.example.com/p/{{1}}','example':['https://shop.example.com/p/echeveria']}";
    static final String SPM = "{'type':'SPM','text':'View'}";
    static final String CARD = mediaCard("IMAGE", "Blue Echeveria, 12 dollars", QR, URL);
    static final String MEDIA_CAROUSEL = def("MARKETING", MESSAGE, carousel(CARD, CARD));
    static final String PRODUCT_CAROUSEL = def("MARKETING", MESSAGE, carousel(productCard(SPM), productCard(SPM)));
    static final String LTO = "{'type':'LIMITED_TIME_OFFER','limited_time_offer':{'text':'Expiring offer!','has_expiration':true}}";
    static final String LTO_BODY = "{'type':'BODY','text':'Good news, {{1}}! Use code {{2}} to get 25 percent off all Caribbean packages.',"
            + "'example':{'body_text':[['Pablo','CARIBE25']]}}";
    static final String LTO_BUTTONS = "{'type':'BUTTONS','buttons':[{'type':'COPY_CODE','example':'CARIBE25'},"
            + "{'type':'URL','text':'Book now','url':'https://travel.example.com/offers'}]}";
    static final String LIMITED_TIME_OFFER = def("MARKETING",
            "{'type':'HEADER','format':'IMAGE','example':{'header_handle':['" + HANDLE + "']}}", LTO, LTO_BODY, LTO_BUTTONS);
    static final String SINGLE_PRODUCT = def("MARKETING", "{'type':'HEADER','format':'PRODUCT'}",
            "{'type':'BODY','text':'The plant you looked at is back in stock. Tap below to see it.'}",
            "{'type':'FOOTER','text':'Reply STOP to opt out'}", "{'type':'BUTTONS','buttons':[" + SPM + "]}");
    static final String CALL_PERMISSION = def("UTILITY", "{'type':'BODY','text':'We would like to call you to help with your order.'}",
            "{'type':'CALL_PERMISSION_REQUEST'}");

    static Arguments rule(String id, String valid, String invalid, String path, String message) {
        return Arguments.of(id, valid, invalid, path, message);
    }

    /** Each new rule: a definition Meta accepts, one that breaks the rule, the field named, part of the message. */
    static Stream<Arguments> rules() {
        return Stream.of(
                rule("carousel-category", MEDIA_CAROUSEL, def("UTILITY", MESSAGE, carousel(CARD, CARD)),
                        "components[1].type", "carousel templates are MARKETING templates, not UTILITY"),
                rule("carousel-companions", MEDIA_CAROUSEL,
                        def("MARKETING", MESSAGE, "{'type':'FOOTER','text':'Reply STOP to opt out'}", carousel(CARD, CARD)),
                        "components[1]", "a carousel template has only a BODY"),
                rule("carousel-cards-count", MEDIA_CAROUSEL, def("MARKETING", MESSAGE, carousel(CARD)),
                        "components[1].cards", "has 1 card; a carousel has 2 to 10 cards"),
                rule("carousel-cards-count", def("MARKETING", MESSAGE, carousel(repeat(CARD, 10))),
                        def("MARKETING", MESSAGE, carousel(repeat(CARD, 11))),
                        "components[1].cards", "has 11 cards"),
                rule("carousel-card-component", MEDIA_CAROUSEL,
                        def("MARKETING", MESSAGE, carousel(CARD, "{'components':[{'type':'HEADER','format':'IMAGE','example':{'header_handle':['"
                                + HANDLE + "']}},{'type':'BODY','text':'Blue Echeveria, 12 dollars'},{'type':'FOOTER','text':'x'},"
                                + "{'type':'BUTTONS','buttons':[" + QR + "," + URL + "]}]}")),
                        "components[1].cards[1].components[2].type", "a card holds a HEADER, an optional BODY and BUTTONS"),
                rule("carousel-card-header", def("MARKETING", MESSAGE, carousel(mediaCard("VIDEO", null, QR), mediaCard("VIDEO", null, QR))),
                        def("MARKETING", MESSAGE, carousel(mediaCard("DOCUMENT", null, QR), mediaCard("DOCUMENT", null, QR))),
                        "components[1].cards[0].components[0].format", "a card header is IMAGE or VIDEO"),
                rule("carousel-card-header", MEDIA_CAROUSEL,
                        def("MARKETING", MESSAGE, carousel("{'components':[{'type':'BODY','text':'No picture'}]}",
                                "{'components':[{'type':'BODY','text':'No picture'}]}")),
                        "components[1].cards[0].components", "this card has no HEADER"),
                rule("carousel-card-buttons", MEDIA_CAROUSEL,
                        def("MARKETING", MESSAGE, carousel(mediaCard("IMAGE", null, QR, URL, QR), mediaCard("IMAGE", null, QR, URL, QR))),
                        "components[1].cards[0].components[1].buttons", "a media card has at most 2"),
                rule("carousel-card-buttons", PRODUCT_CAROUSEL,
                        def("MARKETING", MESSAGE, carousel(productCard(QR), productCard(QR))),
                        "components[1].cards[0].components[1].buttons[0].type", "a product card takes SPM, URL buttons, not QUICK_REPLY"),
                rule("carousel-cards-alike", MEDIA_CAROUSEL,
                        def("MARKETING", MESSAGE, carousel(CARD, mediaCard("IMAGE", null, QR, URL))),
                        "components[1].cards[1].components", "all cards must have the same components"),
                rule("body-text-length", MEDIA_CAROUSEL,
                        def("MARKETING", MESSAGE, carousel(mediaCard("IMAGE", "x".repeat(161), QR), mediaCard("IMAGE", "x".repeat(161), QR))),
                        "components[1].cards[0].components[1].text", "a card's body text has at most 160"),
                rule("header-handle", MEDIA_CAROUSEL,
                        def("MARKETING", MESSAGE, carousel("{'components':[{'type':'HEADER','format':'IMAGE'},{'type':'BUTTONS','buttons':[" + QR + "]}]}",
                                "{'components':[{'type':'HEADER','format':'IMAGE'},{'type':'BUTTONS','buttons':[" + QR + "]}]}")),
                        "components[1].cards[0].components[0].example.header_handle", "IMAGE headers need a media handle"),
                rule("button-url-example", MEDIA_CAROUSEL,
                        def("MARKETING", MESSAGE, carousel(mediaCard("IMAGE", null, "{'type':'URL','text':'Buy','url':'https://a.example/{{1}}'}"),
                                mediaCard("IMAGE", null, "{'type':'URL','text':'Buy','url':'https://a.example/{{1}}'}"))),
                        "components[1].cards[1].components[1].buttons[0].example", "the url has a parameter but no example"),

                rule("lto-category", LIMITED_TIME_OFFER, def("UTILITY", LTO, LTO_BODY, LTO_BUTTONS), "components[0].type",
                        "limited-time offer templates are MARKETING templates, not UTILITY"),
                rule("lto-text", LIMITED_TIME_OFFER,
                        def("MARKETING", "{'type':'LIMITED_TIME_OFFER','limited_time_offer':{'text':'Offer ends very soon!','has_expiration':true}}",
                                LTO_BODY, LTO_BUTTONS),
                        "components[0].limited_time_offer.text", "is 21 characters long; the offer text has at most 16"),
                rule("lto-text", LIMITED_TIME_OFFER, def("MARKETING", "{'type':'LIMITED_TIME_OFFER'}", LTO_BODY, LTO_BUTTONS),
                        "components[0].limited_time_offer", "missing; add"),
                rule("lto-header", LIMITED_TIME_OFFER,
                        def("MARKETING", "{'type':'HEADER','format':'TEXT','text':'Sale'}", LTO, LTO_BODY, LTO_BUTTONS),
                        "components[0].format", "a limited-time offer header is IMAGE or VIDEO, not TEXT"),
                rule("lto-footer", LIMITED_TIME_OFFER,
                        def("MARKETING", LTO, LTO_BODY, "{'type':'FOOTER','text':'Terms apply'}", LTO_BUTTONS),
                        "components[2]", "limited-time offer templates have no FOOTER"),
                rule("lto-buttons", def("MARKETING", "{'type':'LIMITED_TIME_OFFER','limited_time_offer':{'text':'Expiring offer!'}}",
                                LTO_BODY, "{'type':'BUTTONS','buttons':[{'type':'URL','text':'Book now','url':'https://travel.example.com'}]}"),
                        def("MARKETING", LTO, LTO_BODY, "{'type':'BUTTONS','buttons':[{'type':'URL','text':'Book now','url':'https://travel.example.com'}]}"),
                        "components[2].buttons", "has_expiration is true, so the offer needs a COPY_CODE button"),
                rule("lto-buttons", LIMITED_TIME_OFFER,
                        def("MARKETING", LTO, LTO_BODY, "{'type':'BUTTONS','buttons':[{'type':'URL','text':'Book now','url':'https://travel.example.com'},"
                                + "{'type':'COPY_CODE','example':'CARIBE25'}]}"),
                        "components[2].buttons", "the COPY_CODE button must be the first button"),
                rule("lto-buttons", LIMITED_TIME_OFFER,
                        def("MARKETING", LTO, LTO_BODY, "{'type':'BUTTONS','buttons':[{'type':'COPY_CODE','example':'CARIBE25'}]}"),
                        "components[2].buttons", "a limited-time offer needs a URL button"),
                rule("body-text-length", LIMITED_TIME_OFFER,
                        def("MARKETING", LTO, "{'type':'BODY','text':'Book now " + "x".repeat(600) + "'}", LTO_BUTTONS),
                        "components[1].text", "body text has at most 600"),

                rule("call-permission-category", CALL_PERMISSION,
                        "{'name':'call_me','language':'en','category':'AUTHENTICATION','components':[{'type':'BODY','add_security_recommendation':true},"
                                + "{'type':'CALL_PERMISSION_REQUEST'},{'type':'BUTTONS','buttons':[{'type':'OTP','otp_type':'COPY_CODE'}]}]}",
                        "components[1].type", "allowed only in MARKETING and UTILITY templates, not AUTHENTICATION"),
                rule("call-permission-companions", CALL_PERMISSION,
                        def("MARKETING", MESSAGE, "{'type':'CALL_PERMISSION_REQUEST'}", "{'type':'BUTTONS','buttons':[" + QR + "]}"),
                        "components[2]", "cannot be combined with other interactive components"),

                rule("product-header-spm", SINGLE_PRODUCT,
                        def("MARKETING", "{'type':'HEADER','format':'PRODUCT'}", MESSAGE, "{'type':'BUTTONS','buttons':[" + QR + "]}"),
                        "components[0].format", "a PRODUCT header needs an SPM button"),
                rule("product-header-spm", SINGLE_PRODUCT, def("MARKETING", MESSAGE, "{'type':'BUTTONS','buttons':[" + SPM + "]}"),
                        "components[1].buttons[0].type", "an SPM button shows the product of a PRODUCT header"),
                rule("header-marketing-only", SINGLE_PRODUCT,
                        def("UTILITY", "{'type':'HEADER','format':'GIF','example':{'header_handle':['" + HANDLE + "']}}", MESSAGE),
                        "components[0].format", "GIF headers are only for MARKETING templates, not UTILITY"),
                rule("header-marketing-only", def("MARKETING", "{'type':'HEADER','format':'GIF','example':{'header_handle':['" + HANDLE + "']}}", MESSAGE),
                        def("UTILITY", "{'type':'HEADER','format':'PRODUCT'}", MESSAGE, "{'type':'BUTTONS','buttons':[" + SPM + "]}"),
                        "components[0].format", "PRODUCT headers are only for MARKETING templates, not UTILITY"),
                rule("button-marketing-only", SINGLE_PRODUCT,
                        def("UTILITY", "{'type':'HEADER','format':'PRODUCT'}", MESSAGE, "{'type':'BUTTONS','buttons':[" + SPM + "]}"),
                        "components[2].buttons[0].type", "SPM buttons are only for MARKETING templates, not UTILITY"),
                rule("button-text-required",
                        def("MARKETING", MESSAGE, "{'type':'BUTTONS','buttons':[{'type':'VOICE_CALL','text':'Call on WhatsApp'}]}"),
                        def("MARKETING", MESSAGE, "{'type':'BUTTONS','buttons':[{'type':'VOICE_CALL'}]}"),
                        "components[1].buttons[0].text", "a VOICE_CALL button needs text"),
                rule("button-text-length",
                        def("UTILITY", "{'type':'BODY','text':'Your order 4411 is ready; review it and pay in the chat.'}",
                                "{'type':'BUTTONS','buttons':[{'type':'ORDER_DETAILS','text':'Review and Pay'}]}"),
                        def("UTILITY", "{'type':'BODY','text':'Your order 4411 is ready; review it and pay in the chat.'}",
                                "{'type':'BUTTONS','buttons':[{'type':'ORDER_DETAILS','text':'Review the order and pay for it now'}]}"),
                        "components[1].buttons[0].text", "button text has at most 25"),
                rule("button-type",
                        def("UTILITY", "{'type':'BODY','text':'Share your contact details so our agent can reach you.'}",
                                "{'type':'BUTTONS','buttons':[{'type':'REQUEST_CONTACT_INFO'}]}"),
                        def("UTILITY", "{'type':'BODY','text':'Share your contact details so our agent can reach you.'}",
                                "{'type':'BUTTONS','buttons':[{'type':'REQUEST_LOCATION'}]}"),
                        "components[1].buttons[0].type", "unknown button type \"REQUEST_LOCATION\""),

                rule("message-send-ttl", withTtl("AUTHENTICATION", 600), withTtl("AUTHENTICATION", 901),
                        "message_send_ttl_seconds", "is 901; AUTHENTICATION templates take 30 to 900 seconds, or -1 for 30 days"),
                rule("message-send-ttl", withTtl("UTILITY", -1), withTtl("UTILITY", 29),
                        "message_send_ttl_seconds", "UTILITY templates take 30 to 43200 seconds"),
                rule("message-send-ttl", withTtl("MARKETING", 43_200), withTtl("MARKETING", -1),
                        "message_send_ttl_seconds", "is -1; MARKETING templates take 43200 to 2592000 seconds"),
                rule("json-type", withTtl("UTILITY", 3600),
                        "{'name':'a','language':'en','category':'UTILITY','message_send_ttl_seconds':'1 hour',"
                                + "'components':[{'type':'BODY','text':'Your order has shipped.'}]}",
                        "message_send_ttl_seconds", "must be a whole number, found string"),
                rule("json-type", "{'name':'a','language':'en','category':'MARKETING','cta_url_link_tracking_opted_out':true,"
                                + "'allow_category_change':true,'components':[{'type':'BODY','text':'Spring sale starts today.'}]}",
                        "{'name':'a','language':'en','category':'MARKETING','cta_url_link_tracking_opted_out':'yes',"
                                + "'components':[{'type':'BODY','text':'Spring sale starts today.'}]}",
                        "cta_url_link_tracking_opted_out", "must be true or false, found string")
        );
    }

    static String[] repeat(String card, int times) {
        String[] out = new String[times];
        java.util.Arrays.fill(out, card);
        return out;
    }

    @ParameterizedTest(name = "{0}: {3}")
    @MethodSource("rules")
    void validDefinitionPassesEveryRule(String rule, String valid, String invalid, String path, String message) {
        assertThat(TemplateValidator.validate(json(valid))).as("problems of the valid example for " + rule).isEmpty();
        assertThat(TemplateDefinitionParser.parse(text(valid)).toJson()).as("written back").isEqualTo(json(valid));
    }

    @ParameterizedTest(name = "{0}: {3}")
    @MethodSource("rules")
    void invalidDefinitionNamesItsField(String rule, String valid, String invalid, String path, String message) {
        assertThat(TemplateValidator.validate(json(invalid))).as("problems of the invalid example for " + rule)
                .anySatisfy(p -> {
                    assertThat(p.rule()).isEqualTo(rule);
                    assertThat(p.path()).isEqualTo(path);
                    assertThat(p.pointer()).isEqualTo(pointerOf(path));
                    assertThat(p.message()).contains(message);
                });
    }

    @Test
    void everyKindIsReadIntoItsOwnType() {
        TemplateDefinition carousel = TemplateDefinitionParser.parse(text(PRODUCT_CAROUSEL));
        Carousel c = carousel.carousel().orElseThrow();
        assertThat(c.cards()).hasSize(2);
        assertThat(c.cards().get(0).header()).containsInstanceOf(ProductHeader.class);
        assertThat(c.cards().get(0).buttons().orElseThrow().buttons()).containsExactly(new ActionButton(ButtonType.SPM, "View"));

        LimitedTimeOffer offer = TemplateDefinitionParser.parse(text(LIMITED_TIME_OFFER)).limitedTimeOffer().orElseThrow();
        assertThat(offer.text()).isEqualTo("Expiring offer!");
        assertThat(offer.hasExpiration()).isTrue();

        assertThat(TemplateDefinitionParser.parse(text(CALL_PERMISSION)).components())
                .hasAtLeastOneElementOfType(CallPermissionRequest.class);
        TemplateDefinition gif = TemplateDefinitionParser.parse(text(def("MARKETING",
                "{'type':'HEADER','format':'gif','example':{'header_handle':['" + HANDLE + "']}}", MESSAGE)));
        assertThat(gif.header().orElseThrow()).isInstanceOf(MediaHeader.class)
                .extracting(h -> h.format()).isEqualTo(HeaderFormat.GIF);
    }

    @Test
    void templateSettingsAreTypedAndWrittenBackAsDeclared() {
        TemplateDefinition d = TemplateDefinitionParser.parse(text("{'name':'a','language':'en','category':'MARKETING',"
                + "'message_send_ttl_seconds':86400,'cta_url_link_tracking_opted_out':true,'allow_category_change':false,"
                + "'components':[{'type':'BODY','text':'Spring sale starts today.'}]}"));

        assertThat(d.messageSendTtlSeconds()).isEqualTo(86_400);
        assertThat(d.ctaUrlLinkTrackingOptedOut()).isTrue();
        assertThat(d.allowCategoryChange()).isFalse();
        assertThat(TemplateValidator.validate(d)).isEmpty();
        assertThat(d.toJson().get("message_send_ttl_seconds").intValue()).isEqualTo(86_400);
        assertThat(TemplateDefinitionParser.parse(text("{'name':'a','language':'en','category':'MARKETING',"
                + "'components':[{'type':'BODY','text':'Spring sale starts today.'}]}")).messageSendTtlSeconds()).isNull();
    }

    @Test
    void componentsOverTheUpdateLimitButWithinTheCreateLimitAreAcceptedWithAWarning() {
        String big = def("UTILITY", "{'type':'BODY','text':'Your order " + "é".repeat(1000) + "'}",
                "{'type':'BUTTONS','buttons':[{'type':'URL','text':'Open','url':'https://x.com/" + "a".repeat(1000) + "'}]}");
        TemplateDefinition d = TemplateDefinitionParser.parse(text(big));

        assertThat(TemplateValidator.validate(json(big))).isEmpty();
        assertThat(TemplateValidator.validate(d)).isEmpty();
        assertThat(TemplateValidator.warnings(d)).singleElement().satisfies(w -> {
            assertThat(w.rule()).isEqualTo("components-size");
            assertThat(w.path()).isEqualTo("components");
            assertThat(w.message()).contains("can be created, but a later change to its components will replace it");
        });
        assertThat(TemplateValidator.warnings(json(big))).hasSize(1);
        assertThat(TemplateValidator.warnings(TemplateDefinitionParser.parse(text(MEDIA_CAROUSEL)))).isEmpty();
    }

    @Test
    void anUnknownButtonOrComponentTypeIsOneProblemNotTwo() {
        assertThat(TemplateValidator.validate(json(def("UTILITY", MESSAGE, "{'type':'BUTTONS','buttons':[{'type':'CALL','text':'x'}]}"))))
                .extracting(DefinitionProblem::rule, DefinitionProblem::path)
                .containsExactly(tuple("button-type", "components[1].buttons[0].type"));
        assertThat(TemplateValidator.validate(json(def("UTILITY", "{'type':'BODDY','text':'Your order has shipped.'}"))))
                .extracting(DefinitionProblem::rule, DefinitionProblem::path)
                .containsExactly(tuple("component-type", "components[0].type"));
    }

    @Test
    void copyCodeIsAcceptedInUtilityTemplatesAsMetaDocumentsNoRefusal() {
        assertThat(TemplateValidator.validate(json(def("UTILITY", "{'type':'BODY','text':'Your refund code for order 4411 is below.'}",
                "{'type':'BUTTONS','buttons':[{'type':'COPY_CODE','example':'REFUND4411'}]}")))).isEmpty();
    }

    @Test
    void cardPlacesStayRightWhenAnEarlierCardComponentCouldNotBeRead() {
        List<DefinitionProblem> problems = TemplateValidator.validate(json(def("MARKETING", MESSAGE, carousel(CARD,
                "{'components':[{'type':'STICKER'},{'type':'HEADER','format':'IMAGE','example':{'header_handle':['" + HANDLE + "']}},"
                        + "{'type':'BODY','text':'Blue Echeveria, 12 dollars'},{'type':'BUTTONS','buttons':[" + QR + ","
                        + "{'type':'URL','text':'" + "b".repeat(26) + "','url':'https://shop.example.com'}]}]}"))));

        assertThat(problems).extracting(DefinitionProblem::rule, DefinitionProblem::path).contains(
                tuple("component-type", "components[1].cards[1].components[0].type"),
                tuple("button-text-length", "components[1].cards[1].components[3].buttons[1].text"));
    }

    @Test
    void canonicalFormIgnoresCardMediaSamplesAndCase() {
        String declared = text(MEDIA_CAROUSEL);
        String returned = declared.replace(HANDLE, "https://scontent.whatsapp.net/v/t61/abc.jpg").replace("'CAROUSEL'", "'carousel'")
                .replace("\"CAROUSEL\"", "\"carousel\"").replace("\"HEADER\"", "\"header\"");
        assertThat(CanonicalForm.sameDefinition(json(MEDIA_CAROUSEL), Json.tree(returned))).isTrue();
        assertThat(CanonicalForm.sameDefinition(json(MEDIA_CAROUSEL),
                Json.tree(returned.replace("Blue Echeveria", "Red Echeveria")))).isFalse();
    }
}
