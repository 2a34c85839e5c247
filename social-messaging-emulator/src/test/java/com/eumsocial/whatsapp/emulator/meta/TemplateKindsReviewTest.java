package com.eumsocial.whatsapp.emulator.meta;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The emulator's own review of the template kinds beyond header/body/footer/buttons: carousels,
 * limited-time offers, single-product and calling templates, the new buttons and header
 * formats, and message_send_ttl_seconds. Media handles are issued by the emulator itself.
 */
class TemplateKindsReviewTest {
    private final BackendFixture f = new BackendFixture();
    private String image;
    private String video;

    @BeforeEach
    void upload() {
        f.backend.putMediaObject("media", "card.jpg", "image/jpeg", new byte[100]);
        f.backend.putMediaObject("media", "clip.mp4", "video/mp4", new byte[100]);
        image = f.call("CreateWhatsAppMessageTemplateMedia", BackendFixture.obj(
                "{'id':'" + BackendFixture.WABA + "','sourceS3File':{'bucketName':'media','key':'card.jpg'}}"))
                .path("metaHeaderHandle").asText();
        video = f.call("CreateWhatsAppMessageTemplateMedia", BackendFixture.obj(
                "{'id':'" + BackendFixture.WABA + "','sourceS3File':{'bucketName':'media','key':'clip.mp4'}}"))
                .path("metaHeaderHandle").asText();
    }

    private static final String MESSAGE = "{'type':'BODY','text':'Rare succulents for your home, all under 25 dollars this week.'}";
    private static final String QR = "{'type':'QUICK_REPLY','text':'More like this'}";
    private static final String URL = "{'type':'URL','text':'Buy','url':'https://shop.example.com/p/{{1}}','example':['https://shop.example.com/p/a']}";
    private static final String SPM = "{'type':'SPM','text':'View'}";
    private static final String LTO = "{'type':'LIMITED_TIME_OFFER','limited_time_offer':{'text':'Expiring offer!','has_expiration':true}}";
    private static final String LTO_BODY = "{'type':'BODY','text':'Good news, use the code below to get 25 percent off all packages.'}";
    private static final String LTO_BUTTONS = "{'type':'BUTTONS','buttons':[{'type':'COPY_CODE','example':'CARIBE25'},"
            + "{'type':'URL','text':'Book now','url':'https://travel.example.com/offers'}]}";

    private static String def(String category, String... components) {
        return "{'name':'kind_check','language':'en_US','category':'" + category + "','components':["
                + String.join(",", components) + "]}";
    }

    private static String card(String format, String handle, String body, String... buttons) {
        return "{'components':[{'type':'HEADER','format':'" + format + "'"
                + (handle == null ? "" : ",'example':{'header_handle':['" + handle + "']}") + "}"
                + (body == null ? "" : ",{'type':'BODY','text':'" + body + "'}")
                + ",{'type':'BUTTONS','buttons':[" + String.join(",", buttons) + "]}]}";
    }

    private static String carousel(String... cards) {
        return "{'type':'CAROUSEL','cards':[" + String.join(",", cards) + "]}";
    }

    /** Placeholders IMAGE and VIDEO become this emulator's handles. */
    private String withHandles(String definition) {
        return definition.replace("<IMAGE>", image).replace("<VIDEO>", video);
    }

    static Stream<Arguments> approved() {
        String mediaCard = card("IMAGE", "<IMAGE>", "Blue Echeveria, 12 dollars", QR, URL);
        return Stream.of(
                Arguments.of("media-card carousel", def("MARKETING", MESSAGE, carousel(mediaCard, mediaCard))),
                Arguments.of("video cards without body", def("MARKETING", MESSAGE, carousel(card("VIDEO", "<VIDEO>", null, QR),
                        card("VIDEO", "<VIDEO>", null, QR)))),
                Arguments.of("product-card carousel", def("MARKETING", MESSAGE, carousel(card("PRODUCT", null, null, SPM),
                        card("PRODUCT", null, null, SPM)))),
                Arguments.of("limited-time offer", def("MARKETING", "{'type':'HEADER','format':'IMAGE','example':{'header_handle':['<IMAGE>']}}",
                        LTO, LTO_BODY, LTO_BUTTONS)),
                Arguments.of("single product", def("MARKETING", "{'type':'HEADER','format':'PRODUCT'}", MESSAGE,
                        "{'type':'FOOTER','text':'Reply STOP to opt out'}", "{'type':'BUTTONS','buttons':[" + SPM + "]}")),
                Arguments.of("gif header", def("MARKETING", "{'type':'HEADER','format':'GIF','example':{'header_handle':['<VIDEO>']}}", MESSAGE)),
                Arguments.of("call permission request", def("UTILITY",
                        "{'type':'BODY','text':'We would like to call you about your order today.'}", "{'type':'CALL_PERMISSION_REQUEST'}")),
                Arguments.of("voice call, order details, contact buttons", def("UTILITY",
                        "{'type':'BODY','text':'Your order 4411 is ready for review in the chat.'}",
                        "{'type':'BUTTONS','buttons':[{'type':'ORDER_DETAILS','text':'Review and Pay'},{'type':'VOICE_CALL','text':'Call us'},"
                                + "{'type':'REQUEST_CONTACT_INFO'}]}")),
                Arguments.of("utility copy code", def("UTILITY", "{'type':'BODY','text':'Your refund code for order 4411 is below.'}",
                        "{'type':'BUTTONS','buttons':[{'type':'COPY_CODE','example':'REFUND4411'}]}")),
                Arguments.of("marketing ttl", "{'name':'kind_check','language':'en','category':'MARKETING','message_send_ttl_seconds':86400,"
                        + "'cta_url_link_tracking_opted_out':true,'allow_category_change':true,'components':[" + MESSAGE + "]}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("approved")
    void metaApprovesEveryDocumentedKind(String kind, String definition) {
        String id = f.create(withHandles(definition));
        f.reviewPasses();
        assertThat(f.template(id).path("rejection_info").path("reason").asText()).isEmpty();
        assertThat(f.status(id)).isEqualTo("APPROVED");
    }

    static Stream<Arguments> rejected() {
        String mediaCard = card("IMAGE", "<IMAGE>", "Blue Echeveria, 12 dollars", QR, URL);
        return Stream.of(
                Arguments.of(def("UTILITY", MESSAGE, carousel(mediaCard, mediaCard)), "carousels are only allowed in MARKETING"),
                Arguments.of(def("MARKETING", MESSAGE, "{'type':'FOOTER','text':'Bye now'}", carousel(mediaCard, mediaCard)),
                        "may only have a BODY beside the carousel"),
                Arguments.of(def("MARKETING", MESSAGE, carousel(mediaCard)), "1 cards; a carousel needs 2 to 10"),
                Arguments.of(def("MARKETING", MESSAGE, carousel(card("DOCUMENT", "<IMAGE>", null, QR), card("DOCUMENT", "<IMAGE>", null, QR))),
                        "a card header must be IMAGE, VIDEO or PRODUCT"),
                Arguments.of(def("MARKETING", MESSAGE, carousel(card("IMAGE", "<IMAGE>", null, QR, QR, URL),
                        card("IMAGE", "<IMAGE>", null, QR, QR, URL))), "a card allows at most 2"),
                Arguments.of(def("MARKETING", MESSAGE, carousel(card("PRODUCT", null, null, QR), card("PRODUCT", null, null, QR))),
                        "QUICK_REPLY buttons are not allowed on a product card"),
                Arguments.of(def("MARKETING", MESSAGE, carousel(mediaCard, card("IMAGE", "<IMAGE>", null, QR, URL))),
                        "same components as the first card"),
                Arguments.of(def("MARKETING", MESSAGE, carousel(card("IMAGE", "<IMAGE>", "x".repeat(161), QR),
                        card("IMAGE", "<IMAGE>", "x".repeat(161), QR))), "at most 160"),
                Arguments.of(def("MARKETING", MESSAGE, carousel(card("IMAGE", "4::forged", null, QR), card("IMAGE", "4::forged", null, QR))),
                        "is not a media handle Meta issued"),
                Arguments.of(def("MARKETING", MESSAGE, carousel("{'components':[{'type':'FOOTER','text':'x'}]}",
                        "{'components':[{'type':'FOOTER','text':'x'}]}")), "may only hold HEADER, BODY and BUTTONS"),
                Arguments.of(def("UTILITY", LTO, LTO_BODY, LTO_BUTTONS), "limited-time offers are only allowed in MARKETING"),
                Arguments.of(def("MARKETING", "{'type':'LIMITED_TIME_OFFER','limited_time_offer':{'text':'Offer ends very soon!'}}",
                        LTO_BODY, LTO_BUTTONS), "more than 16 characters"),
                Arguments.of(def("MARKETING", "{'type':'LIMITED_TIME_OFFER'}", LTO_BODY, LTO_BUTTONS), "the offer needs text"),
                Arguments.of(def("MARKETING", LTO, LTO_BODY, "{'type':'FOOTER','text':'Terms apply'}", LTO_BUTTONS), "cannot have a footer"),
                Arguments.of(def("MARKETING", "{'type':'HEADER','format':'TEXT','text':'Sale'}", LTO, LTO_BODY, LTO_BUTTONS),
                        "must be an image or a video"),
                Arguments.of(def("MARKETING", LTO, LTO_BODY, "{'type':'BUTTONS','buttons':[{'type':'COPY_CODE','example':'A1'}]}"),
                        "needs a URL button"),
                Arguments.of(def("MARKETING", LTO, LTO_BODY, "{'type':'BUTTONS','buttons':[{'type':'URL','text':'Go','url':'https://a.example'}]}"),
                        "needs a COPY_CODE button"),
                Arguments.of(def("MARKETING", LTO, LTO_BODY, "{'type':'BUTTONS','buttons':[{'type':'URL','text':'Go','url':'https://a.example'},"
                        + "{'type':'COPY_CODE','example':'A1'}]}"), "must come first"),
                Arguments.of(def("MARKETING", LTO, "{'type':'BODY','text':'Book now " + "x".repeat(600) + "'}", LTO_BUTTONS),
                        "allows at most 600"),
                Arguments.of(def("MARKETING", MESSAGE, "{'type':'CALL_PERMISSION_REQUEST'}", "{'type':'BUTTONS','buttons':[" + QR + "]}"),
                        "cannot be combined with BUTTONS"),
                Arguments.of(def("MARKETING", "{'type':'HEADER','format':'PRODUCT'}", MESSAGE), "must be used together"),
                Arguments.of(def("UTILITY", "{'type':'HEADER','format':'GIF','example':{'header_handle':['<VIDEO>']}}", MESSAGE),
                        "GIF headers are only allowed in MARKETING"),
                Arguments.of(def("MARKETING", "{'type':'HEADER','format':'GIF','example':{'header_handle':['<IMAGE>']}}", MESSAGE),
                        "the handle is for a image but the header format is GIF"),
                Arguments.of(def("MARKETING", MESSAGE, "{'type':'BUTTONS','buttons':[{'type':'VOICE_CALL'}]}"), "a button needs text"),
                Arguments.of("{'name':'kind_check','language':'en','category':'MARKETING','message_send_ttl_seconds':600,'components':["
                        + MESSAGE + "]}", "message_send_ttl_seconds: 600 is outside the range Meta allows for MARKETING"),
                Arguments.of("{'name':'kind_check','language':'en','category':'UTILITY','message_send_ttl_seconds':43201,'components':["
                        + "{'type':'BODY','text':'Your order has shipped today.'}]}", "43201 is outside the range"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("rejected")
    void metaRejectsWhatItsPagesRule(String definition, String reason) {
        String id = f.create(withHandles(definition));
        f.reviewPasses();
        ObjectNode t = f.template(id);
        assertThat(t.path("status").asText()).isEqualTo("REJECTED");
        assertThat(t.path("rejected_reason").asText()).isEqualTo("INVALID_FORMAT");
        assertThat(t.path("rejection_info").path("recommendation").asText()).contains(reason);
    }

    @Test
    void aCarouselIsReturnedWithCdnUrlsInItsCardsAndUpperCaseTypes() {
        String card = "{'components':[{'type':'header','format':'image','example':{'header_handle':['" + image + "']}},"
                + "{'type':'buttons','buttons':[{'type':'url','text':'Buy','url':'https://shop.example.com/p/{{1}}','example':'https://shop.example.com/p/a'}]}]}";
        String id = f.create(def("MARKETING", MESSAGE, "{'type':'carousel','cards':[" + card + "," + card + "]}"));
        f.reviewPasses();
        JsonNode cards = f.template(id).path("components").get(1).path("cards");

        assertThat(f.template(id).path("components").get(1).path("type").asText()).isEqualTo("CAROUSEL");
        assertThat(cards).hasSize(2);
        JsonNode header = cards.get(0).path("components").get(0);
        assertThat(header.path("type").asText()).isEqualTo("HEADER");
        assertThat(header.path("format").asText()).isEqualTo("IMAGE");
        assertThat(header.path("example").path("header_handle").get(0).asText()).startsWith("https://scontent.emulator.local/");
        JsonNode button = cards.get(1).path("components").get(1).path("buttons").get(0);
        assertThat(button.path("type").asText()).isEqualTo("URL");
        assertThat(button.path("example").isArray()).isTrue();
    }

    @Test
    void templateSettingsAreReturnedOnRead() {
        String id = f.create("{'name':'kind_check','language':'en','category':'UTILITY','message_send_ttl_seconds':3600,"
                + "'cta_url_link_tracking_opted_out':true,'allow_category_change':true,"
                + "'components':[{'type':'BODY','text':'Your order has shipped today.'}]}");
        f.reviewPasses();
        ObjectNode t = f.template(id);
        assertThat(t.has("allow_category_change")).as("a create instruction, not kept").isFalse();
        assertThat(t.path("message_send_ttl_seconds").asInt()).isEqualTo(3600);
        assertThat(t.path("cta_url_link_tracking_opted_out").asBoolean()).isTrue();
    }
}
