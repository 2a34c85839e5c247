package com.eumsocial.whatsapp.emulator.meta;

import static com.eumsocial.whatsapp.emulator.meta.BackendFixture.JSON;
import static com.eumsocial.whatsapp.emulator.meta.BackendFixture.WABA;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LibraryTest {
    private final BackendFixture f = new BackendFixture();

    private ObjectNode listLibrary(Map<String, String> filters, Integer max, String token) {
        ObjectNode in = JSON.createObjectNode().put("id", WABA);
        if (filters != null) {
            ObjectNode fl = in.putObject("filters");
            filters.forEach(fl::put);
        }
        if (max != null) {
            in.put("maxResults", max);
        }
        if (token != null) {
            in.put("nextToken", token);
        }
        return f.call("ListWhatsAppTemplateLibrary", in);
    }

    private static List<String> names(ObjectNode page) {
        List<String> out = new ArrayList<>();
        page.path("metaLibraryTemplates").forEach(t -> out.add(t.path("templateName").asText() + "/"
                + t.path("templateLanguage").asText()));
        return out;
    }

    private static ObjectNode fromLibrary(String name, String library, String category, String language) {
        ObjectNode in = JSON.createObjectNode().put("id", WABA);
        in.putObject("metaLibraryTemplate").put("templateName", name).put("libraryTemplateName", library)
                .put("templateCategory", category).put("templateLanguage", language);
        return in;
    }

    private static ObjectNode urlInput(String base, String suffix) {
        ObjectNode b = JSON.createObjectNode().put("type", "URL");
        ObjectNode url = b.putObject("url").put("base_url", base);
        if (suffix != null) {
            url.put("url_suffix_example", suffix);
        }
        return b;
    }

    @Test
    void theCatalogHasAtLeastTwentyEntriesAcrossTopicsIndustriesAndLanguages() {
        ObjectNode all = listLibrary(null, null, null);
        JsonNode entries = all.path("metaLibraryTemplates");
        assertThat(entries.size()).isGreaterThanOrEqualTo(20);
        assertThat(all.has("nextToken")).isFalse();
        Set<String> languages = new HashSet<>();
        Set<String> topics = new HashSet<>();
        Set<String> buttonTypes = new HashSet<>();
        for (JsonNode e : entries) {
            languages.add(e.path("templateLanguage").asText());
            topics.add(e.path("templateTopic").asText());
            e.path("templateButtons").forEach(b -> buttonTypes.add(b.path("type").asText()));
            assertThat(e.path("templateId").asText()).matches("^[0-9]+$");
            assertThat(e.path("templateIndustry").isArray()).isTrue();
            assertThat(e.path("templateBody").asText()).isNotBlank();
        }
        assertThat(languages).contains("en_US", "es", "pt_BR", "fr", "de", "id");
        assertThat(topics.size()).isGreaterThanOrEqualTo(5);
        assertThat(buttonTypes).contains("URL", "PHONE_NUMBER", "QUICK_REPLY", "OTP");
    }

    @Test
    void filtersNarrowTheList() {
        assertThat(names(listLibrary(Map.of("language", "es"), null, null)))
                .containsExactlyInAnyOrder("order_confirmation/es", "appointment_reminder/es", "verification_code/es");
        assertThat(names(listLibrary(Map.of("searchKey", "PACKAGE"), null, null)))
                .contains("shipping_update/en_US", "delivery_failed/en_US").doesNotContain("payment_received/en_US");
        assertThat(names(listLibrary(Map.of("searchKey", "order confirmation"), null, null)))
                .contains("order_confirmation/en_US");
        assertThat(names(listLibrary(Map.of("topic", "payments", "language", "de"), null, null)))
                .containsExactly("payment_received/de");
        assertThat(names(listLibrary(Map.of("usecase", "SHIPPING_UPDATE"), null, null)))
                .containsExactly("shipping_update/en_US", "shipping_update/fr");
        assertThat(names(listLibrary(Map.of("industry", "travel"), null, null)))
                .contains("flight_update/en_US", "reservation_confirmation/pt_BR");
        assertThat(names(listLibrary(Map.of("industry", "nowhere"), null, null))).isEmpty();
    }

    @Test
    void unknownFiltersAreRefused() {
        ServiceError e = f.fails("ListWhatsAppTemplateLibrary", (ObjectNode) BackendFixture.parse(
                "{'id':'" + WABA + "','filters':{'colour':'blue'}}"));
        assertThat(e.errorType()).isEqualTo("InvalidParametersException");
        assertThat(e.getMessage()).contains("colour");
    }

    @Test
    void theLibraryPages() {
        List<String> seen = new ArrayList<>();
        ObjectNode page = listLibrary(Map.of("language", "en_US"), 4, null);
        seen.addAll(names(page));
        while (page.has("nextToken")) {
            page = listLibrary(Map.of("language", "en_US"), 4, page.path("nextToken").asText());
            assertThat(page.path("metaLibraryTemplates").size()).isBetween(1, 4);
            seen.addAll(names(page));
        }
        assertThat(seen).doesNotHaveDuplicates().isEqualTo(names(listLibrary(Map.of("language", "en_US"), null, null)));
        // A token belongs to its filters.
        String token = listLibrary(Map.of("language", "en_US"), 4, null).path("nextToken").asText();
        assertThat(f.fails("ListWhatsAppTemplateLibrary", JSON.createObjectNode().put("id", WABA).put("nextToken", token))
                .errorType()).isEqualTo("InvalidParametersException");
    }

    @Test
    void createFromLibraryAppliesButtonInputsAndCarriesTheLibraryName() {
        ObjectNode in = fromLibrary("my_order_confirmation", "order_confirmation", "UTILITY", "en_US");
        ((ObjectNode) in.get("metaLibraryTemplate")).putArray("libraryTemplateButtonInputs")
                .add(urlInput("https://shop.example.com/orders/", "A123"));
        ObjectNode out = f.call("CreateWhatsAppMessageTemplateFromLibrary", in);
        assertThat(out.path("templateStatus").asText()).isEqualTo("PENDING");
        assertThat(out.path("category").asText()).isEqualTo("UTILITY");
        String id = out.path("metaTemplateId").asText();
        f.reviewPasses();
        ObjectNode t = f.template(id);
        assertThat(t.path("status").asText()).isEqualTo("APPROVED");
        assertThat(t.path("library_template_name").asText()).isEqualTo("order_confirmation");
        assertThat(t.path("name").asText()).isEqualTo("my_order_confirmation");
        JsonNode c = t.path("components");
        assertThat(c.get(0).path("type").asText()).isEqualTo("HEADER");
        assertThat(c.get(1).path("text").asText()).startsWith("Hi {{1}}, thank you for your order {{2}}.");
        JsonNode button = c.get(2).path("buttons").get(0);
        assertThat(button.path("url").asText()).isEqualTo("https://shop.example.com/orders/{{1}}");
        assertThat(button.path("example").get(0).asText()).isEqualTo("https://shop.example.com/orders/A123");
    }

    @Test
    void metasDocumentedUrlInputFormBaseWithParameterAndWholeExampleUrl() {
        ObjectNode in = fromLibrary("my_order_confirmation_meta_form", "order_confirmation", "UTILITY", "en_US");
        ((ObjectNode) in.get("metaLibraryTemplate")).putArray("libraryTemplateButtonInputs")
                .add(urlInput("https://shop.example.com/orders/{{1}}", "https://shop.example.com/orders/A123"));
        String id = f.call("CreateWhatsAppMessageTemplateFromLibrary", in).path("metaTemplateId").asText();
        f.reviewPasses();
        ObjectNode t = f.template(id);
        assertThat(t.path("status").asText()).isEqualTo("APPROVED");
        JsonNode button = t.path("components").get(2).path("buttons").get(0);
        assertThat(button.path("url").asText()).isEqualTo("https://shop.example.com/orders/{{1}}");
        assertThat(button.path("example").get(0).asText()).isEqualTo("https://shop.example.com/orders/A123");
    }

    @Test
    void aUrlInputWithoutSuffixGivesAStaticUrlAndQuickRepliesNeedNoInput() {
        ObjectNode in = fromLibrary("account_notice", "account_update", "UTILITY", "en_US");
        ArrayNode inputs = ((ObjectNode) in.get("metaLibraryTemplate")).putArray("libraryTemplateButtonInputs");
        inputs.add(urlInput("https://www.example.com/account", null));
        inputs.addObject().put("type", "PHONE_NUMBER").put("phoneNumber", "+14255550100");
        String id = f.call("CreateWhatsAppMessageTemplateFromLibrary", in).path("metaTemplateId").asText();
        JsonNode buttons = f.template(id).path("components").get(1).path("buttons");
        assertThat(buttons.get(0).path("phone_number").asText()).isEqualTo("+14255550100");
        assertThat(buttons.get(1).path("url").asText()).isEqualTo("https://www.example.com/account");
        assertThat(buttons.get(1).has("example")).isFalse();
    }

    @Test
    void missingButtonInputsAreRefusedNamingTheButton() {
        ServiceError url = f.fails("CreateWhatsAppMessageTemplateFromLibrary",
                fromLibrary("x", "shipping_update", "UTILITY", "en_US"));
        assertThat(url.errorType()).isEqualTo("InvalidParametersException");
        assertThat(url.getMessage()).contains("libraryTemplateButtonInputs", "URL \"Track package\"", "base_url");

        ObjectNode phone = fromLibrary("y", "delivery_failed", "UTILITY", "en_US");
        ServiceError e = f.fails("CreateWhatsAppMessageTemplateFromLibrary", phone);
        assertThat(e.getMessage()).contains("PHONE_NUMBER \"Call us\"", "phoneNumber");

        ObjectNode badUrl = fromLibrary("z", "shipping_update", "UTILITY", "en_US");
        ((ObjectNode) badUrl.get("metaLibraryTemplate")).putArray("libraryTemplateButtonInputs")
                .add(urlInput("ftp://x", "1"));
        assertThat(f.fails("CreateWhatsAppMessageTemplateFromLibrary", badUrl).getMessage()).contains("https://");

        ObjectNode extra = fromLibrary("w", "payment_received", "UTILITY", "en_US");
        ((ObjectNode) extra.get("metaLibraryTemplate")).putArray("libraryTemplateButtonInputs")
                .add(urlInput("https://x.com/", "1"));
        assertThat(f.fails("CreateWhatsAppMessageTemplateFromLibrary", extra).getMessage()).contains("has no buttons");

        ObjectNode unmatched = fromLibrary("v", "event_reminder", "UTILITY", "en_US");
        ArrayNode inputs = ((ObjectNode) unmatched.get("metaLibraryTemplate")).putArray("libraryTemplateButtonInputs");
        inputs.add(urlInput("https://x.com/e/", "1"));
        inputs.add(urlInput("https://x.com/map", null));
        inputs.addObject().put("type", "PHONE_NUMBER").put("phoneNumber", "+1");
        assertThat(f.fails("CreateWhatsAppMessageTemplateFromLibrary", unmatched).getMessage())
                .contains("libraryTemplateButtonInputs[2]");
        assertThat(f.list(null, null).path("templates")).isEmpty();
    }

    @Test
    void unknownLibraryTemplatesLanguagesAndWrongCategoriesAreInvalidParameters() {
        ServiceError unknown = f.fails("CreateWhatsAppMessageTemplateFromLibrary",
                fromLibrary("x", "no_such_template", "UTILITY", "en_US"));
        assertThat(unknown.errorType()).isEqualTo("InvalidParametersException");
        assertThat(unknown.getMessage()).contains("libraryTemplateName", "no_such_template");
        ServiceError language = f.fails("CreateWhatsAppMessageTemplateFromLibrary",
                fromLibrary("x", "payment_received", "UTILITY", "ja"));
        assertThat(language.getMessage()).contains("not available in ja", "en_US", "de");
        ServiceError category = f.fails("CreateWhatsAppMessageTemplateFromLibrary",
                fromLibrary("x", "payment_received", "MARKETING", "en_US"));
        assertThat(category.getMessage()).contains("templateCategory", "UTILITY");
        ServiceError name = f.fails("CreateWhatsAppMessageTemplateFromLibrary",
                fromLibrary("Bad Name", "payment_received", "UTILITY", "en_US"));
        assertThat(name.getMessage()).contains("metaLibraryTemplate.templateName");
        ObjectNode missing = JSON.createObjectNode().put("id", WABA);
        assertThat(f.fails("CreateWhatsAppMessageTemplateFromLibrary", missing).errorType())
                .isEqualTo("ValidationException");
    }

    @Test
    void bodyInputsAddSentencesWithExamples() {
        ObjectNode in = fromLibrary("paid", "payment_received", "UTILITY", "en_US");
        ((ObjectNode) in.get("metaLibraryTemplate")).putObject("libraryTemplateBodyInputs")
                .put("addContactNumber", true).put("addLearnMoreLink", true).put("addTrackPackageLink", false);
        String id = f.call("CreateWhatsAppMessageTemplateFromLibrary", in).path("metaTemplateId").asText();
        f.reviewPasses();
        ObjectNode t = f.template(id);
        assertThat(t.path("status").asText()).isEqualTo("APPROVED");
        JsonNode body = t.path("components").get(0);
        assertThat(body.path("text").asText()).endsWith(" Call {{3}} if you have questions. Learn more at {{4}} any time.");
        assertThat(body.path("example").path("body_text").get(0)).hasSize(4);

        ObjectNode track = fromLibrary("tracked", "shipping_update", "UTILITY", "en_US");
        ((ObjectNode) track.get("metaLibraryTemplate")).putObject("libraryTemplateBodyInputs").put("addTrackPackageLink", true);
        ((ObjectNode) track.get("metaLibraryTemplate")).putArray("libraryTemplateButtonInputs")
                .add(urlInput("https://x.com/t/", "1"));
        String trackId = f.call("CreateWhatsAppMessageTemplateFromLibrary", track).path("metaTemplateId").asText();
        assertThat(f.template(trackId).path("components").get(0).path("text").asText())
                .endsWith("Track your package at {{4}} any time.");
    }

    @Test
    void authenticationOnlyInputsAreRefusedElsewhereAndTheOtherWayRound() {
        ObjectNode in = fromLibrary("paid", "payment_received", "UTILITY", "en_US");
        ((ObjectNode) in.get("metaLibraryTemplate")).putObject("libraryTemplateBodyInputs").put("codeExpirationMinutes", 5);
        assertThat(f.fails("CreateWhatsAppMessageTemplateFromLibrary", in).getMessage())
                .contains("codeExpirationMinutes applies only to AUTHENTICATION");
        ObjectNode auth = fromLibrary("code", "verification_code", "AUTHENTICATION", "en_US");
        ((ObjectNode) auth.get("metaLibraryTemplate")).putObject("libraryTemplateBodyInputs").put("addContactNumber", true);
        assertThat(f.fails("CreateWhatsAppMessageTemplateFromLibrary", auth).getMessage())
                .contains("addContactNumber does not apply to AUTHENTICATION");
        ObjectNode minutes = fromLibrary("code", "verification_code", "AUTHENTICATION", "en_US");
        ((ObjectNode) minutes.get("metaLibraryTemplate")).putObject("libraryTemplateBodyInputs").put("codeExpirationMinutes", 91);
        assertThat(f.fails("CreateWhatsAppMessageTemplateFromLibrary", minutes).getMessage()).contains("1 to 90");
        ObjectNode wrongButton = fromLibrary("code", "verification_code", "AUTHENTICATION", "en_US");
        ((ObjectNode) wrongButton.get("metaLibraryTemplate")).putArray("libraryTemplateButtonInputs")
                .addObject().put("type", "URL");
        assertThat(f.fails("CreateWhatsAppMessageTemplateFromLibrary", wrongButton).getMessage())
                .contains("only an OTP button input");
    }

    @Test
    void authenticationFromLibraryTakesSecurityExpiryAndOtpInputs() {
        ObjectNode in = fromLibrary("login_code", "verification_code", "AUTHENTICATION", "en_US");
        ObjectNode lib = (ObjectNode) in.get("metaLibraryTemplate");
        lib.putObject("libraryTemplateBodyInputs").put("addSecurityRecommendation", true).put("codeExpirationMinutes", 5);
        ObjectNode otp = lib.putArray("libraryTemplateButtonInputs").addObject().put("type", "OTP").put("otpType", "one_tap")
                .put("zeroTapTermsAccepted", false);
        otp.putArray("supportedApps").addObject().put("package_name", "com.example.app").put("signature_hash", "K8a/AINcGX7");
        String id = f.call("CreateWhatsAppMessageTemplateFromLibrary", in).path("metaTemplateId").asText();
        f.reviewPasses();
        ObjectNode t = f.template(id);
        assertThat(t.path("status").asText()).isEqualTo("APPROVED");
        assertThat(t.path("category").asText()).isEqualTo("AUTHENTICATION");
        JsonNode c = t.path("components");
        assertThat(c.get(0).path("text").asText()).endsWith("do not share this code.");
        assertThat(c.get(1).path("text").asText()).isEqualTo("This code expires in 5 minutes.");
        JsonNode button = c.get(2).path("buttons").get(0);
        assertThat(button.path("otp_type").asText()).isEqualTo("ONE_TAP");
        assertThat(button.path("supported_apps").get(0).path("package_name").asText()).isEqualTo("com.example.app");
    }

    @Test
    void everyCatalogEntryCanBeCreatedAndIsApproved() {
        JsonNode entries = listLibrary(null, null, null).path("metaLibraryTemplates");
        List<String> ids = new ArrayList<>();
        int n = 0;
        for (JsonNode e : entries) {
            ObjectNode in = fromLibrary("lib_" + n++, e.path("templateName").asText(), e.path("templateCategory").asText(),
                    e.path("templateLanguage").asText());
            ArrayNode inputs = ((ObjectNode) in.get("metaLibraryTemplate")).putArray("libraryTemplateButtonInputs");
            for (JsonNode b : e.path("templateButtons")) {
                switch (b.path("type").asText()) {
                    case "URL" -> inputs.add(urlInput("https://www.example.com/x/", "42"));
                    case "PHONE_NUMBER" -> inputs.addObject().put("type", "PHONE_NUMBER").put("phoneNumber", "+14255550100");
                    default -> { }
                }
            }
            ids.add(f.call("CreateWhatsAppMessageTemplateFromLibrary", in).path("metaTemplateId").asText());
        }
        f.reviewPasses();
        for (String id : ids) {
            ObjectNode t = f.template(id);
            assertThat(t.path("status").asText()).as(t.toString()).isEqualTo("APPROVED");
        }
    }

    @Test
    void libraryTemplatesAreNotDuplicatesOfEachOtherNorRecategorised() {
        ObjectNode a = fromLibrary("survey_a", "feedback_survey", "UTILITY", "en_US");
        ObjectNode b = fromLibrary("survey_b", "feedback_survey", "UTILITY", "en_US");
        String ida = f.call("CreateWhatsAppMessageTemplateFromLibrary", a).path("metaTemplateId").asText();
        String idb = f.call("CreateWhatsAppMessageTemplateFromLibrary", b).path("metaTemplateId").asText();
        f.reviewPasses();
        assertThat(f.status(ida)).isEqualTo("APPROVED");
        assertThat(f.status(idb)).isEqualTo("APPROVED");
    }
}
