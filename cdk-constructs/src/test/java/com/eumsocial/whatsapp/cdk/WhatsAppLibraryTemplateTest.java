package com.eumsocial.whatsapp.cdk;

import static com.eumsocial.whatsapp.cdk.TestApps.WABA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.eumsocial.whatsapp.definition.Category;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.CfnOutputProps;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Template;

class WhatsAppLibraryTemplateTest {
    private static final String TYPE = WhatsAppLibraryTemplate.RESOURCE_TYPE;
    private static final List<SupportedApp> APPS = List.of(new SupportedApp("com.example.app", "K8a/AINcGX7"));

    private static Template template;
    private static WhatsAppLibraryTemplate shipping;
    private static WhatsAppLibraryTemplate invalid;

    @BeforeAll
    static void synthesize() {
        App app = TestApps.app();
        Stack stack = TestApps.stack(app, "Library");
        shipping = new WhatsAppLibraryTemplate(stack, "Shipping", WhatsAppLibraryTemplateProps.builder()
                .wabaId(WABA).templateName("shipping_update").libraryTemplateName("shipping_update_1")
                .category(Category.UTILITY).language("en_US")
                .buttonInputs(LibraryButtonInput.url("https://example.com/track/{{1}}", "https://example.com/track/A-1"),
                        LibraryButtonInput.phoneNumber("+15550100"), LibraryButtonInput.quickReply())
                .bodyInputs(LibraryBodyInputs.builder().addContactNumber(true).addLearnMoreLink(false)
                        .addTrackPackageLink(true).build())
                .waitForApproval(false)
                .build());
        new CfnOutput(stack, "Id", CfnOutputProps.builder().value(shipping.getMetaTemplateId()).build());
        new CfnOutput(stack, "Status", CfnOutputProps.builder().value(shipping.getStatus()).build());
        new WhatsAppLibraryTemplate(stack, "Otp", WhatsAppLibraryTemplateProps.builder()
                .wabaId(WABA).templateName("otp_code").libraryTemplateName("verification_code_1")
                .category(Category.AUTHENTICATION).language("en")
                .buttonInputs(List.of(LibraryButtonInput.otp("ZERO_TAP", APPS, true)))
                .bodyInputs(LibraryBodyInputs.builder().addSecurityRecommendation(true).codeExpirationMinutes(5).build())
                .removalPolicy(RemovalPolicy.DESTROY)
                .build());
        template = Template.fromStack(stack);

        App badApp = TestApps.app();
        invalid = new WhatsAppLibraryTemplate(TestApps.stack(badApp, "Bad"), "Invalid", WhatsAppLibraryTemplateProps.builder()
                .wabaId(WABA).templateName("bad").libraryTemplateName("Not A Name")
                .category(Category.AUTHENTICATION).language("en_US")
                .buttonInputs(LibraryButtonInput.builder().type("URL").build(),
                        LibraryButtonInput.builder().type("URL").url("https://example.com", "not a url").build(),
                        LibraryButtonInput.builder().type("PHONE_NUMBER").phoneNumber("call me").build(),
                        LibraryButtonInput.builder().type("OTP").build(),
                        LibraryButtonInput.otp("ONE_TAP", List.of(), null),
                        LibraryButtonInput.otp("ZERO_TAP", APPS, false),
                        LibraryButtonInput.builder().type("COPY_CODE").build(),
                        LibraryButtonInput.builder().type("FLY").build(),
                        LibraryButtonInput.quickReply(), LibraryButtonInput.quickReply(), LibraryButtonInput.quickReply())
                .bodyInputs(LibraryBodyInputs.builder().codeExpirationMinutes(0).build())
                .build());
    }

    @Test
    void everyInputBecomesThePropertiesOfTheRegistryType() {
        template.hasResource(TYPE, Map.of("DeletionPolicy", "Retain", "Properties", Map.of(
                "WabaId", WABA,
                "TemplateName", "shipping_update",
                "LibraryTemplateName", "shipping_update_1",
                "Category", "UTILITY",
                "Language", "en_US",
                "ButtonInputs", List.of(
                        Map.of("Type", "URL", "Url", Map.of("BaseUrl", "https://example.com/track/{{1}}",
                                "UrlSuffixExample", "https://example.com/track/A-1")),
                        Map.of("Type", "PHONE_NUMBER", "PhoneNumber", "+15550100"),
                        Map.of("Type", "QUICK_REPLY")),
                "BodyInputs", Map.of("AddContactNumber", true, "AddLearnMoreLink", false, "AddTrackPackageLink", true),
                "WaitForApproval", false)));
        template.hasResource(TYPE, Map.of("DeletionPolicy", "Delete", "Properties", Map.of(
                "WabaId", WABA, "TemplateName", "otp_code", "LibraryTemplateName", "verification_code_1",
                "Category", "AUTHENTICATION", "Language", "en",
                "ButtonInputs", List.of(Map.of("Type", "OTP", "OtpType", "ZERO_TAP", "ZeroTapTermsAccepted", true,
                        "SupportedApps", List.of(Map.of("PackageName", "com.example.app", "SignatureHash", "K8a/AINcGX7")))),
                "BodyInputs", Map.of("AddSecurityRecommendation", true, "CodeExpirationMinutes", 5))));
    }

    @Test
    void itIsAMessageTemplateForSenders() {
        IWhatsAppMessageTemplate asTemplate = shipping;
        assertThat(asTemplate.getTemplateName()).isEqualTo("shipping_update");
        assertThat(asTemplate.getLanguage()).isEqualTo("en_US");
        assertThat(asTemplate.getWabaId()).isEqualTo(WABA);
        String id = TestApps.resources(template, TYPE).entrySet().stream()
                .filter(e -> "shipping_update".equals(TestApps.properties(e.getValue()).get("TemplateName")))
                .map(Map.Entry::getKey).findFirst().orElseThrow();
        template.hasOutput("Id", Map.of("Value", Map.of("Fn::GetAtt", List.of(id, "MetaTemplateId"))));
        template.hasOutput("Status", Map.of("Value", Map.of("Fn::GetAtt", List.of(id, "Status"))));
        assertThat(shipping.problems).isEmpty();
    }

    @Test
    void badInputsAreAllReportedWithTheirField() {
        assertThat(invalid.problems).containsExactlyInAnyOrder(
                "library_template_name: 'Not A Name' is not a template name (lowercase letters, digits and underscores, at most 512)",
                "button_inputs: at most 10 button inputs, got 11",
                "button_inputs[0].url.base_url: a URL button needs an http(s) base URL",
                "button_inputs[1].url.url_suffix_example: must be a whole http(s) URL",
                "button_inputs[2].phone_number: a PHONE_NUMBER button needs a phone number like +15550100",
                "button_inputs[3].otp_type: an OTP button needs otp_type COPY_CODE, ONE_TAP or ZERO_TAP",
                "button_inputs[4].supported_apps: ONE_TAP needs 1-5 supported apps, got 0",
                "button_inputs[5].zero_tap_terms_accepted: ZERO_TAP requires accepting Meta's zero-tap terms",
                "button_inputs[7].type: 'FLY' is not one of COPY_CODE, OTP, PHONE_NUMBER, QUICK_REPLY, URL",
                "body_inputs.code_expiration_minutes: must be 1-90, got 0");
    }

    @Test
    void aNameTheBundledListLacksIsAWarningWithTheNearestNamesAndAKnownNameIsNot() {
        Stack stack = TestApps.stack(TestApps.app(), "Names");
        WhatsAppLibraryTemplate misspelled = new WhatsAppLibraryTemplate(stack, "Misspelled", WhatsAppLibraryTemplateProps.builder()
                .wabaId(WABA).templateName("paid").libraryTemplateName("payment_recieved")
                .category(Category.UTILITY).language("en_US").build());
        new WhatsAppLibraryTemplate(stack, "Known", WhatsAppLibraryTemplateProps.builder()
                .wabaId(WABA).templateName("paid_too").libraryTemplateName("payment_received")
                .category(Category.UTILITY).language("en_US").build());
        List<String> warnings = software.amazon.awscdk.assertions.Annotations.fromStack(stack)
                .findWarning("*", software.amazon.awscdk.assertions.Match.anyValue()).stream()
                .map(m -> m.getId() + " " + m.getEntry().getData()).toList();
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0)).startsWith("/Names/Misspelled ")
                .contains("libraryTemplateName: 'payment_recieved' is not among the")
                .contains("Did you mean payment_received or payment_reminder?")
                .contains("local-runner library --search")
                .contains("[ack: " + WhatsAppLibraryTemplate.UNKNOWN_LIBRARY_NAME + "]");
        // A warning, not a problem: synthesis goes on.
        assertThat(misspelled.problems).isEmpty();
        Template.fromStack(stack).resourceCountIs(TYPE, 2);
    }

    @Test
    void missingRequiredPropsAreProgrammingErrors() {
        Stack stack = TestApps.stack(TestApps.app(), "Missing");
        assertThatThrownBy(() -> new WhatsAppLibraryTemplate(stack, "NoLibraryName", WhatsAppLibraryTemplateProps.builder()
                .wabaId(WABA).templateName("a").category(Category.UTILITY).language("en").build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Missing/NoLibraryName: WhatsAppLibraryTemplateProps.libraryTemplateName is required");
        assertThatThrownBy(() -> new WhatsAppLibraryTemplate(stack, "NoCategory", WhatsAppLibraryTemplateProps.builder()
                .wabaId(WABA).templateName("a").libraryTemplateName("b").language("en").build()))
                .hasMessage("Missing/NoCategory: WhatsAppLibraryTemplateProps.category is required");
        assertThatThrownBy(() -> LibraryButtonInput.builder().build()).hasMessage("LibraryButtonInput: type is required");
    }
}
