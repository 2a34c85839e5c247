package com.eumsocial.whatsapp.cdk;

import static com.eumsocial.whatsapp.cdk.TestApps.WABA;
import static org.assertj.core.api.Assertions.assertThat;

import com.eumsocial.whatsapp.definition.Category;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/**
 * Issue 13 at synth: every kind Meta accepts (carousels, limited-time offers, single-product and
 * calling templates, the new buttons and headers) builds with the typed builders and from JSON;
 * the template-level settings become properties; an exported folder (CDN URL samples, settings,
 * components over the update limit) synthesizes with warnings instead of failing.
 */
class TemplateKindsSynthTest {
    private static final String TYPE = WhatsAppMessageTemplate.RESOURCE_TYPE;
    private static final String HANDLE = "4::aW1hZ2UvanBlZw==:ARb1";
    private static Template typed;
    private static Template folder;
    private static Stack folderStack;
    private static WhatsAppMessageTemplate carousel;
    private static WhatsAppMessageTemplate offer;
    private static WhatsAppMessageTemplate product;
    private static WhatsAppMessageTemplate calling;

    @BeforeAll
    static void synthesize(@TempDir Path dir) throws Exception {
        App app = TestApps.app();
        Stack typedStack = TestApps.stack(app, "Kinds");
        TemplateButton buy = TemplateButton.url("Buy", "https://shop.example.com/p/{{1}}", "https://shop.example.com/p/a");
        carousel = new WhatsAppMessageTemplate(typedStack, "Cards", WhatsAppMessageTemplateProps.builder()
                .wabaId(WABA).templateName("succulent_cards").language("en_US").category(Category.MARKETING)
                .components(BodyComponent.text("Rare succulents for {{1}}, all under 25 dollars this week.", "Ana"),
                        CarouselComponent.of(
                                CarouselCard.media(HeaderComponent.image(HANDLE), BodyComponent.text("Blue Echeveria"),
                                        TemplateButton.quickReply("More like this"), buy),
                                CarouselCard.media(HeaderComponent.image(HANDLE), BodyComponent.text("Jade plant"),
                                        TemplateButton.quickReply("More like this"), buy)))
                .messageSendTtlSeconds(86_400).ctaUrlLinkTrackingOptedOut(true)
                .build());
        offer = new WhatsAppMessageTemplate(typedStack, "Offer", WhatsAppMessageTemplateProps.builder()
                .wabaId(WABA).templateName("caribbean_offer").language("en_US").category(Category.MARKETING)
                .components(HeaderComponent.video(HANDLE), LimitedTimeOfferComponent.of("Expiring offer!", true),
                        BodyComponent.text("Good news, {{1}}! Use code {{2}} to get 25 percent off all packages.", "Pablo", "CARIBE25"),
                        ButtonsComponent.of(TemplateButton.copyCode("CARIBE25"),
                                TemplateButton.url("Book now", "https://travel.example.com/offers")))
                .allowCategoryChange(true)
                .build());
        product = new WhatsAppMessageTemplate(typedStack, "Product", WhatsAppMessageTemplateProps.builder()
                .wabaId(WABA).templateName("back_in_stock").language("en").category(Category.MARKETING)
                .components(HeaderComponent.product(), BodyComponent.text("The plant you looked at is back in stock today."),
                        ButtonsComponent.of(TemplateButton.spm("View")))
                .build());
        new WhatsAppMessageTemplate(typedStack, "ProductCards", WhatsAppMessageTemplateProps.builder()
                .wabaId(WABA).templateName("product_cards").language("en").category(Category.MARKETING)
                .components(BodyComponent.text("Back in stock this morning: the plants you looked at."),
                        CarouselComponent.of(CarouselCard.product(TemplateButton.spm("View")),
                                CarouselCard.product(TemplateButton.spm("View"))))
                .build());
        new WhatsAppMessageTemplate(typedStack, "Gif", WhatsAppMessageTemplateProps.builder()
                .wabaId(WABA).templateName("spring_gif").language("en").category(Category.MARKETING)
                .components(HeaderComponent.gif(HANDLE), BodyComponent.text("Spring is here, and so are our new collections."),
                        ButtonsComponent.of(TemplateButton.voiceCall("Call on WhatsApp")))
                .build());
        calling = new WhatsAppMessageTemplate(typedStack, "Calling", WhatsAppMessageTemplateProps.builder()
                .wabaId(WABA).templateName("call_consent").language("en").category(Category.UTILITY)
                .components(BodyComponent.text("May we call you about your recent order today?"),
                        CallPermissionRequestComponent.create())
                .messageSendTtlSeconds(3600)
                .build());
        new WhatsAppMessageTemplate(typedStack, "Order", WhatsAppMessageTemplateProps.builder()
                .wabaId(WABA).templateName("order_ready").language("en").category(Category.UTILITY)
                .components(BodyComponent.text("Your order 4411 is ready; review it and pay in the chat."),
                        ButtonsComponent.of(TemplateButton.orderDetails("Review and Pay"), TemplateButton.requestContactInfo(null)))
                .build());

        // What an export writes: Meta's CDN URLs for samples, the settings, a carousel card whose image is a file.
        Path exported = dir.resolve("exported");
        Files.createDirectories(exported);
        Files.write(exported.resolve("jade.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
        Files.writeString(exported.resolve("spring_banner.en_US.json"), """
                {"name": "spring_banner", "language": "en_US", "category": "MARKETING", "message_send_ttl_seconds": 86400,
                 "cta_url_link_tracking_opted_out": true, "allow_category_change": true,
                 "components": [{"type": "HEADER", "format": "IMAGE",
                   "example": {"header_handle": ["https://scontent.whatsapp.net/v/t61.29466-34/abc_n.jpg?ccb=1-7"]}},
                  {"type": "BODY", "text": "Our spring collection is in the shop now."}]}
                """);
        Files.writeString(exported.resolve("cards.en.json"), """
                {"name": "cards", "language": "en", "category": "MARKETING", "components": [
                  {"type": "BODY", "text": "Rare succulents for your home, all under 25 dollars."},
                  {"type": "CAROUSEL", "cards": [
                    {"components": [{"type": "HEADER", "format": "IMAGE", "example": {"header_handle": ["https://scontent.whatsapp.net/a.jpg"]}},
                      {"type": "BUTTONS", "buttons": [{"type": "QUICK_REPLY", "text": "More"}]}]},
                    {"components": [{"type": "HEADER", "format": "IMAGE", "example": {"header_handle": ["file:jade.jpg"]}},
                      {"type": "BUTTONS", "buttons": [{"type": "QUICK_REPLY", "text": "More"}]}]}]}]}
                """);
        Files.writeString(exported.resolve("long_terms.en.json"), "{\"name\": \"long_terms\", \"language\": \"en\", \"category\": \"UTILITY\","
                + " \"components\": [{\"type\": \"BODY\", \"text\": \"Terms: " + "é".repeat(1000) + "\"},"
                + " {\"type\": \"BUTTONS\", \"buttons\": [{\"type\": \"URL\", \"text\": \"Read\", \"url\": \"https://x.example/"
                + "a".repeat(1000) + "\"}]}]}");
        folderStack = TestApps.stack(app, "Exported");
        new WhatsAppTemplateFolder(folderStack, "Templates", WhatsAppTemplateFolderProps.builder()
                .wabaId(WABA).directory(exported.toString()).build());
        typed = Template.fromStack(typedStack);
        folder = Template.fromStack(folderStack);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> properties(Template template, String logicalIdPrefix) {
        return TestApps.resources(template, TYPE).entrySet().stream().filter(e -> e.getKey().startsWith(logicalIdPrefix))
                .map(e -> (Map<String, Object>) e.getValue().get("Properties")).findFirst().orElseThrow();
    }

    @Test
    void everyKindBuildsWithTheTypedBuildersAndPassesTheRules() {
        assertThat(TestApps.resources(typed, TYPE)).hasSize(7);
        assertThat(List.of(carousel, offer, product, calling)).allSatisfy(t -> assertThat(t.problems).isEmpty());
        Map<String, Object> cards = properties(typed, "Cards");
        @SuppressWarnings("unchecked")
        Map<String, Object> carouselComponent = ((List<Map<String, Object>>) cards.get("Components")).get(1);
        assertThat(carouselComponent.get("type")).isEqualTo("CAROUSEL");
        assertThat((List<?>) carouselComponent.get("cards")).hasSize(2);
        assertThat(cards).containsEntry("MessageSendTtlSeconds", 86_400).containsEntry("CtaUrlLinkTrackingOptedOut", true);
        assertThat(properties(typed, "Offer")).containsEntry("AllowCategoryChange", true);
        assertThat(properties(typed, "Calling")).containsEntry("MessageSendTtlSeconds", 3600);
        assertThat(offer.definition.toString()).contains("\"limited_time_offer\":{\"text\":\"Expiring offer!\",\"has_expiration\":true}");
        assertThat(product.definition.toString()).contains("{\"type\":\"SPM\",\"text\":\"View\"}");
    }

    @Test
    void anExportedFolderSynthesizesWithWarningsWhereMetaOnlyReturnedACdnUrl() {
        Map<String, Object> banner = properties(folder, "Templatesspringbanner");
        assertThat(banner).containsEntry("MessageSendTtlSeconds", 86_400).containsEntry("CtaUrlLinkTrackingOptedOut", true)
                .containsEntry("AllowCategoryChange", true);
        assertThat(banner.get("Components").toString()).contains("https://scontent.whatsapp.net/");
        Annotations.fromStack(folderStack).hasWarning("*", Match.stringLikeRegexp(
                ".*spring_banner.en_US.json: components\\[0\\]\\.example\\.header_handle\\[0\\]: the header sample is Meta's CDN URL.*"));
        Annotations.fromStack(folderStack).hasWarning("*", Match.stringLikeRegexp(
                ".*cards.en.json: components\\[1\\]\\.cards\\[0\\]\\.components\\[0\\]\\.example\\.header_handle\\[0\\].*file:.*"));
        Annotations.fromStack(folderStack).hasWarning("*", Match.stringLikeRegexp(
                ".*long_terms.en.json: components: the components are [0-9]+ bytes.*will replace it.*"));
        // The card whose image is a file gets an upload, and its handle from that upload.
        assertThat(TestApps.resources(folder, WhatsAppTemplateMedia.RESOURCE_TYPE)).hasSize(1);
        assertThat(properties(folder, "Templatescardsen").get("Components").toString()).contains("MetaHeaderHandle");
    }
}
