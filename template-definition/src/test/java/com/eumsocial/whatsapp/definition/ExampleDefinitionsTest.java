package com.eumsocial.whatsapp.definition;

import com.eumsocial.whatsapp.definition.model.Body;
import com.eumsocial.whatsapp.definition.model.Buttons;
import com.eumsocial.whatsapp.definition.model.CopyCodeButton;
import com.eumsocial.whatsapp.definition.model.Footer;
import com.eumsocial.whatsapp.definition.model.HeaderFormat;
import com.eumsocial.whatsapp.definition.model.MediaHeader;
import com.eumsocial.whatsapp.definition.model.NamedParameterExample;
import com.eumsocial.whatsapp.definition.model.OtpButton;
import com.eumsocial.whatsapp.definition.model.OtpType;
import com.eumsocial.whatsapp.definition.model.PhoneNumberButton;
import com.eumsocial.whatsapp.definition.model.QuickReplyButton;
import com.eumsocial.whatsapp.definition.model.SupportedApp;
import com.eumsocial.whatsapp.definition.model.TextHeader;
import com.eumsocial.whatsapp.definition.model.UrlButton;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The example files under src/test/resources/definitions are valid and read as intended. */
class ExampleDefinitionsTest {

    @ParameterizedTest
    @ValueSource(strings = {"utility_order_update.json", "marketing_named_offer.json", "authentication_otp.json",
            "marketing_image_header.json"})
    void everyExampleIsValidAndSurvivesARoundTrip(String file) {
        TemplateDefinition d = TemplateDefinitionParser.parse(Json.example(file));

        assertThat(TemplateValidator.validate(d)).isEmpty();
        assertThat(TemplateValidator.validate(Json.exampleJson(file))).isEmpty();
        assertThat(TemplateDefinitionParser.parse(TemplateDefinitionWriter.toPrettyJson(d))).isEqualTo(d);
        assertThat(TemplateDefinitionParser.parse(TemplateDefinitionWriter.toJson(d))).isEqualTo(d);
    }

    @Test
    void utilityPositionalExampleReadsAsTypedComponents() {
        TemplateDefinition d = TemplateDefinitionParser.parse(Json.example("utility_order_update.json"));

        assertThat(d.name()).isEqualTo("order_update");
        assertThat(d.language()).isEqualTo("en_US");
        assertThat(d.category()).isEqualTo(Category.UTILITY);
        assertThat(d.parameterFormat()).isEqualTo(ParameterFormat.POSITIONAL);
        assertThat(d.declaredParameterFormat()).isNull();
        assertThat(d.header()).get().isInstanceOf(TextHeader.class);
        TextHeader header = (TextHeader) d.header().orElseThrow();
        assertThat(header.text()).isEqualTo("Order {{1}}");
        assertThat(header.example().headerText()).containsExactly("A-1001");
        Body body = d.body().orElseThrow();
        assertThat(body.example().bodyText()).containsExactly(List.of("Maria", "A-1001", "March 3"));
        Footer footer = d.footer().orElseThrow();
        assertThat(footer.text()).isEqualTo("Reply STOP to opt out");
        Buttons buttons = d.buttons().orElseThrow();
        assertThat(buttons.buttons()).hasSize(2);
        UrlButton url = (UrlButton) buttons.buttons().get(0);
        assertThat(url.url()).isEqualTo("https://shop.example.com/track/{{1}}");
        assertThat(url.example()).containsExactly("https://shop.example.com/track/A-1001");
        assertThat(buttons.buttons().get(1)).isEqualTo(new PhoneNumberButton("Call us", "+15550100", null));
    }

    @Test
    void marketingNamedExampleKeepsItsExtraTopLevelField() {
        TemplateDefinition d = TemplateDefinitionParser.parse(Json.example("marketing_named_offer.json"));

        assertThat(d.parameterFormat()).isEqualTo(ParameterFormat.NAMED);
        assertThat(d.extra().get("message_send_ttl_seconds").intValue()).isEqualTo(86400);
        assertThat(d.body().orElseThrow().example().bodyTextNamedParams()).containsExactly(
                new NamedParameterExample("discount", "20%"), new NamedParameterExample("end_date", "March 31"));
        assertThat(d.buttons().orElseThrow().buttons()).containsExactly(
                new QuickReplyButton("Stop promotions"), new QuickReplyButton("Tell me more"),
                new CopyCodeButton(null, "SPRING20", null),
                new UrlButton("Shop now", "https://shop.example.com/spring", null, null));
        assertThat(d.toJson().get("message_send_ttl_seconds").intValue()).isEqualTo(86400);
    }

    @Test
    void authenticationExampleHasItsSpecialShapes() {
        TemplateDefinition d = TemplateDefinitionParser.parse(Json.example("authentication_otp.json"));

        assertThat(d.category()).isEqualTo(Category.AUTHENTICATION);
        assertThat(d.body().orElseThrow().addSecurityRecommendation()).isTrue();
        assertThat(d.body().orElseThrow().text()).isNull();
        assertThat(d.footer().orElseThrow().codeExpirationMinutes()).isEqualTo(10);
        OtpButton otp = (OtpButton) d.buttons().orElseThrow().buttons().get(0);
        assertThat(otp.otpType()).isEqualTo(OtpType.ONE_TAP);
        assertThat(otp.supportedApps()).containsExactly(new SupportedApp("com.example.shop", "K8a/AINcGX7"));
    }

    @Test
    void imageHeaderExampleHoldsTheMediaHandle() {
        TemplateDefinition d = TemplateDefinitionParser.parse(Json.example("marketing_image_header.json"));

        MediaHeader header = (MediaHeader) d.header().orElseThrow();
        assertThat(header.format()).isEqualTo(HeaderFormat.IMAGE);
        assertThat(header.example().headerHandle()).singleElement().asString().startsWith("4::");
    }
}
