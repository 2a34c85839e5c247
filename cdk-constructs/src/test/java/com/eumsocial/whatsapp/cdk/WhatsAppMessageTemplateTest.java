package com.eumsocial.whatsapp.cdk;

import static com.eumsocial.whatsapp.cdk.TestApps.WABA;
import static com.eumsocial.whatsapp.cdk.TestApps.WABA_ARN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.eumsocial.whatsapp.definition.Category;
import com.eumsocial.whatsapp.definition.ParameterFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.App;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.CfnOutputProps;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class WhatsAppMessageTemplateTest {
    private static final String TYPE = WhatsAppMessageTemplate.RESOURCE_TYPE;
    private static final String ORDER_BODY =
            "Hello {{1}}, your order {{2}} has shipped and should arrive within three working days.";

    private static Template typed;
    private static Template named;
    private static Template authentication;
    private static Template options;
    private static Template fromJson;
    private static WhatsAppMessageTemplate orderUpdate;
    private static WhatsAppMessageTemplate overridden;
    private static IWhatsAppMessageTemplate imported;

    @BeforeAll
    static void synthesize(@TempDir Path dir) throws Exception {
        App app = TestApps.app();

        Stack typedStack = TestApps.stack(app, "Typed");
        orderUpdate = new WhatsAppMessageTemplate(typedStack, "OrderUpdate", WhatsAppMessageTemplateProps.builder()
                .wabaId(WABA)
                .templateName("order_update").language("en_US").category(Category.UTILITY)
                .components(
                        HeaderComponent.text("Order {{1}} is on its way", "A-1042"),
                        BodyComponent.text(ORDER_BODY, "Ana", "A-1042"),
                        FooterComponent.text("Reply STOP to opt out"),
                        ButtonsComponent.of(
                                TemplateButton.url("Track order", "https://example.com/track/{{1}}",
                                        "https://example.com/track/A-1042"),
                                TemplateButton.phoneNumber("Call us", "+15550100")))
                .build());
        new CfnOutput(typedStack, "MetaTemplateId", CfnOutputProps.builder().value(orderUpdate.getMetaTemplateId()).build());
        new CfnOutput(typedStack, "Status", CfnOutputProps.builder().value(orderUpdate.getStatus()).build());

        Stack namedStack = TestApps.stack(app, "Named");
        new WhatsAppMessageTemplate(namedStack, "SpringSale", WhatsAppMessageTemplateProps.builder()
                .wabaArn(WABA_ARN)
                .templateName("spring_sale").language("en_US").category(Category.MARKETING)
                .parameterFormat(ParameterFormat.NAMED)
                .components(List.of(
                        HeaderComponent.textNamed("Spring sale for {{first_name}}", "first_name", "Ana"),
                        BodyComponent.named("Hi {{first_name}}, our spring sale starts today with {{discount}} off every plant.",
                                new java.util.LinkedHashMap<>(Map.of("first_name", "Ana", "discount", "20%"))),
                        ButtonsComponent.of(TemplateButton.quickReply("Stop promotions"),
                                TemplateButton.copyCode("SPRING20"))))
                .build());

        Stack authStack = TestApps.stack(app, "Auth");
        new WhatsAppMessageTemplate(authStack, "LoginCode", WhatsAppMessageTemplateProps.builder()
                .waba(WhatsAppBusinessAccount.fromWabaId(authStack, "Waba", WABA))
                .templateName("login_code").language("en_US").category(Category.AUTHENTICATION)
                .components(BodyComponent.authentication(true), FooterComponent.codeExpiration(10),
                        ButtonsComponent.of(TemplateButton.otpOneTap("Copy code", "Autofill",
                                List.of(new SupportedApp("com.example.app", "K8a/AINcGX7")))))
                .build());

        Stack optionsStack = TestApps.stack(app, "Options");
        new WhatsAppMessageTemplate(optionsStack, "Destroyed", WhatsAppMessageTemplateProps.builder()
                .wabaId(WABA).templateName("destroyed").language("en_US").category(Category.UTILITY)
                .components(BodyComponent.text("This template is deleted from the account together with the stack."))
                .removalPolicy(RemovalPolicy.DESTROY)
                .waitForApproval(false)
                .build());
        imported = WhatsAppMessageTemplate.fromMessageTemplateAttributes(optionsStack, "Imported",
                WhatsAppMessageTemplateAttributes.builder().wabaId(WABA).templateName("legacy").language("en_US")
                        .category(Category.UTILITY).metaTemplateId("1234567890").status("APPROVED").build());

        Stack jsonStack = TestApps.stack(app, "FromJson");
        new WhatsAppMessageTemplate(jsonStack, "FromString", WhatsAppMessageTemplateProps.builder()
                .wabaId(WABA)
                .definition(TemplateDefinitionSource.fromJson("""
                        {"name": "from_string", "language": "en_GB", "category": "utility", "parameter_format": "positional",
                         "components": [{"type": "BODY", "text": "A definition given as a JSON string works like a file."}]}
                        """))
                .build());
        Path file = dir.resolve("shipped.json");
        Files.writeString(file, """
                {"name": "shipped", "language": "en_US", "category": "UTILITY",
                 "components": [{"type": "BODY", "text": "A definition read from a file, with its name overridden."}]}
                """);
        overridden = new WhatsAppMessageTemplate(jsonStack, "FromFile", WhatsAppMessageTemplateProps.builder()
                .wabaId(WABA)
                .definition(TemplateDefinitionSource.fromFile(file.toString()))
                .templateName("shipped_v2").language("en_GB").category(Category.MARKETING)
                .parameterFormat(ParameterFormat.POSITIONAL)
                .build());

        typed = Template.fromStack(typedStack);
        named = Template.fromStack(namedStack);
        authentication = Template.fromStack(authStack);
        options = Template.fromStack(optionsStack);
        fromJson = Template.fromStack(jsonStack);
    }

    @Test
    void typedComponentsBecomeMetaShapedComponentsOfTheRegistryType() {
        Map<String, Object> resource = TestApps.onlyResource(typed, TYPE);
        assertThat(TestApps.properties(resource)).isEqualTo(Map.of(
                "WabaId", WABA,
                "TemplateName", "order_update",
                "Language", "en_US",
                "Category", "UTILITY",
                "Components", List.of(
                        Map.of("type", "HEADER", "format", "TEXT", "text", "Order {{1}} is on its way",
                                "example", Map.of("header_text", List.of("A-1042"))),
                        Map.of("type", "BODY", "text", ORDER_BODY,
                                "example", Map.of("body_text", List.of(List.of("Ana", "A-1042")))),
                        Map.of("type", "FOOTER", "text", "Reply STOP to opt out"),
                        Map.of("type", "BUTTONS", "buttons", List.of(
                                Map.of("type", "URL", "text", "Track order", "url", "https://example.com/track/{{1}}",
                                        "example", List.of("https://example.com/track/A-1042")),
                                Map.of("type", "PHONE_NUMBER", "text", "Call us", "phone_number", "+15550100"))))));
        assertThat(orderUpdate.problems).isEmpty();
        assertThat(orderUpdate.getTemplateName()).isEqualTo("order_update");
        assertThat(orderUpdate.getLanguage()).isEqualTo("en_US");
        assertThat(orderUpdate.getCategory()).isEqualTo("UTILITY");
        assertThat(orderUpdate.getWabaId()).isEqualTo(WABA);
        assertThat(orderUpdate.definition.get("components")).hasSize(4);
    }

    @Test
    void retainIsTheDefaultRemovalPolicy() {
        Map<String, Object> resource = TestApps.onlyResource(typed, TYPE);
        assertThat(resource).containsEntry("DeletionPolicy", "Retain").containsEntry("UpdateReplacePolicy", "Retain");
    }

    @Test
    void metaTemplateIdAndStatusAreAttributes() {
        typed.hasOutput("MetaTemplateId", Map.of("Value", Map.of("Fn::GetAtt", List.of(logicalId(typed), "MetaTemplateId"))));
        typed.hasOutput("Status", Map.of("Value", Map.of("Fn::GetAtt", List.of(logicalId(typed), "Status"))));
    }

    @Test
    void namedParametersAndAnArnForTheWaba() {
        named.hasResourceProperties(TYPE, Map.of(
                "WabaId", WABA_ARN,
                "ParameterFormat", "NAMED",
                "Components", Match.arrayWith(List.of(Map.of("type", "BODY",
                        "text", "Hi {{first_name}}, our spring sale starts today with {{discount}} off every plant.",
                        "example", Map.of("body_text_named_params", Match.anyValue()))))));
    }

    @Test
    void authenticationTemplatesWithAnImportedWaba() {
        authentication.hasResourceProperties(TYPE, Map.of(
                "WabaId", WABA,
                "Category", "AUTHENTICATION",
                "Components", List.of(
                        Map.of("type", "BODY", "add_security_recommendation", true),
                        Map.of("type", "FOOTER", "code_expiration_minutes", 10),
                        Map.of("type", "BUTTONS", "buttons", List.of(Map.of("type", "OTP", "otp_type", "ONE_TAP",
                                "text", "Copy code", "autofill_text", "Autofill",
                                "supported_apps", List.of(Map.of("package_name", "com.example.app",
                                        "signature_hash", "K8a/AINcGX7"))))))));
    }

    @Test
    void destroyAndNoWaitAreOptions() {
        Map<String, Object> resource = TestApps.onlyResource(options, TYPE);
        assertThat(resource).containsEntry("DeletionPolicy", "Delete");
        assertThat(TestApps.properties(resource)).containsEntry("WaitForApproval", false);
    }

    @Test
    void importedTemplatesExposeTheirAttributes() {
        assertThat(imported.getWabaId()).isEqualTo(WABA);
        assertThat(imported.getTemplateName()).isEqualTo("legacy");
        assertThat(imported.getLanguage()).isEqualTo("en_US");
        assertThat(imported.getMetaTemplateId()).isEqualTo("1234567890");
        assertThat(imported.getCategory()).isEqualTo("UTILITY");
        assertThat(imported.getStatus()).isEqualTo("APPROVED");
    }

    @Test
    void importWithoutMetaTemplateIdSaysSoWhenAsked() {
        App app = TestApps.app();
        IWhatsAppMessageTemplate partial = WhatsAppMessageTemplate.fromMessageTemplateAttributes(TestApps.stack(app, "S"),
                "Partial", WhatsAppMessageTemplateAttributes.builder().wabaId(WABA).templateName("a").language("en").build());
        assertThatThrownBy(partial::getMetaTemplateId).isInstanceOf(IllegalStateException.class)
                .hasMessage("S/Partial: metaTemplateId was not given when the template was imported"
                        + " (WhatsAppMessageTemplateAttributes.metaTemplateId)");
        assertThatThrownBy(partial::getStatus).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("S/Partial: status was not given");
        assertThatThrownBy(partial::getCategory).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("S/Partial: category was not given");
        assertThatThrownBy(() -> WhatsAppMessageTemplateAttributes.builder().wabaId(WABA).language("en").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("templateName is required");
    }

    @Test
    void definitionsFromAStringOrAFileWithOverrides() {
        Map<String, Map<String, Object>> found = TestApps.resources(fromJson, TYPE);
        assertThat(found).hasSize(2);
        fromJson.hasResourceProperties(TYPE, Map.of("TemplateName", "from_string", "Language", "en_GB",
                "Category", "UTILITY", "ParameterFormat", "POSITIONAL"));
        fromJson.hasResourceProperties(TYPE, Map.of("TemplateName", "shipped_v2", "Language", "en_GB",
                "Category", "MARKETING", "ParameterFormat", "POSITIONAL",
                "Components", List.of(Map.of("type", "BODY",
                        "text", "A definition read from a file, with its name overridden."))));
        assertThat(overridden.getTemplateName()).isEqualTo("shipped_v2");
    }

    @Test
    void programmingErrorsThrowAtOnceNamingTheConstruct(@TempDir Path dir) {
        App app = TestApps.app();
        Stack stack = TestApps.stack(app, "Errors");
        WhatsAppMessageTemplateProps.Builder valid = WhatsAppMessageTemplateProps.builder()
                .templateName("t").language("en_US").category(Category.UTILITY)
                .components(BodyComponent.text("A body that is long enough to be valid for Meta."));
        assertThatThrownBy(() -> new WhatsAppMessageTemplate(stack, "NoWaba", valid.build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Errors/NoWaba: WhatsAppMessageTemplateProps: give exactly one of waba, wabaId or wabaArn (none given)");
        assertThatThrownBy(() -> new WhatsAppMessageTemplate(stack, "TwoWabas", valid.wabaId(WABA).wabaArn(WABA_ARN).build()))
                .hasMessageContaining("Errors/TwoWabas").hasMessageContaining("(2 given)");
        valid.wabaArn(null);
        assertThatThrownBy(() -> new WhatsAppMessageTemplate(stack, "BadId", valid.wabaId("123").build()))
                .hasMessageContaining("wabaId '123' is not a WABA id");
        assertThatThrownBy(() -> new WhatsAppMessageTemplate(stack, "BadArn", valid.wabaId(null).wabaArn("arn:aws:s3:::b").build()))
                .hasMessageContaining("wabaArn 'arn:aws:s3:::b' is not a WABA ARN");
        valid.wabaArn(null).wabaId(WABA);
        assertThatThrownBy(() -> new WhatsAppMessageTemplate(stack, "NoCategory", valid.category(null).build()))
                .hasMessage("Errors/NoCategory: WhatsAppMessageTemplateProps.category is required");
        valid.category(Category.UTILITY);
        assertThatThrownBy(() -> new WhatsAppMessageTemplate(stack, "NoName", valid.templateName(null).build()))
                .hasMessage("Errors/NoName: WhatsAppMessageTemplateProps.templateName is required");
        valid.templateName("t");
        assertThatThrownBy(() -> new WhatsAppMessageTemplate(stack, "NoComponents", valid.components(List.of()).build()))
                .hasMessageContaining("Errors/NoComponents: WhatsAppMessageTemplateProps needs components");
        assertThatThrownBy(() -> new WhatsAppMessageTemplate(stack, "Both", valid
                .components(BodyComponent.text("x"))
                .definition(TemplateDefinitionSource.fromJson("{}")).build()))
                .hasMessage("Errors/Both: WhatsAppMessageTemplateProps takes components or a definition, not both");
        Path missing = dir.resolve("missing.json");
        assertThatThrownBy(() -> TemplateDefinitionSource.fromFile(missing))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("template definition file " + missing + " does not exist");
    }

    private static String logicalId(Template template) {
        return TestApps.resources(template, TYPE).keySet().iterator().next();
    }
}
