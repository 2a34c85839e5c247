package com.eumsocial.whatsapp.cdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The typed builders write Meta's own JSON (no jsii needed). */
class TemplateComponentTest {

    private static String json(TemplateComponent component) {
        return component.toJson().toString();
    }

    @Test
    void headersCoverTextWithAndWithoutParametersMediaAndLocation() {
        assertThat(json(HeaderComponent.text("Your order")))
                .isEqualTo("{\"type\":\"HEADER\",\"format\":\"TEXT\",\"text\":\"Your order\"}");
        assertThat(json(HeaderComponent.text("Order {{1}}", "A-1")))
                .isEqualTo("{\"type\":\"HEADER\",\"format\":\"TEXT\",\"text\":\"Order {{1}}\",\"example\":{\"header_text\":[\"A-1\"]}}");
        assertThat(json(HeaderComponent.textNamed("Order {{order_id}}", "order_id", "A-1")))
                .isEqualTo("{\"type\":\"HEADER\",\"format\":\"TEXT\",\"text\":\"Order {{order_id}}\",\"example\":"
                        + "{\"header_text_named_params\":[{\"param_name\":\"order_id\",\"example\":\"A-1\"}]}}");
        assertThat(json(HeaderComponent.image("4::aW1n")))
                .isEqualTo("{\"type\":\"HEADER\",\"format\":\"IMAGE\",\"example\":{\"header_handle\":[\"4::aW1n\"]}}");
        assertThat(json(HeaderComponent.video("4::dmlk"))).contains("\"format\":\"VIDEO\"", "4::dmlk");
        assertThat(json(HeaderComponent.document("4::ZG9j"))).contains("\"format\":\"DOCUMENT\"", "4::ZG9j");
        assertThat(json(HeaderComponent.location())).isEqualTo("{\"type\":\"HEADER\",\"format\":\"LOCATION\"}");
    }

    @Test
    void bodiesCarryPositionalOrNamedExamplesInOrder() {
        assertThat(json(BodyComponent.text("No parameters here.")))
                .isEqualTo("{\"type\":\"BODY\",\"text\":\"No parameters here.\"}");
        assertThat(json(BodyComponent.text("Hi {{1}}, order {{2}}.", "Ana", "A-1")))
                .isEqualTo("{\"type\":\"BODY\",\"text\":\"Hi {{1}}, order {{2}}.\",\"example\":{\"body_text\":[[\"Ana\",\"A-1\"]]}}");
        Map<String, String> named = new LinkedHashMap<>();
        named.put("first_name", "Ana");
        named.put("discount", "20%");
        assertThat(json(BodyComponent.named("Hi {{first_name}}, {{discount}} off.", named)))
                .isEqualTo("{\"type\":\"BODY\",\"text\":\"Hi {{first_name}}, {{discount}} off.\",\"example\":"
                        + "{\"body_text_named_params\":[{\"param_name\":\"first_name\",\"example\":\"Ana\"},"
                        + "{\"param_name\":\"discount\",\"example\":\"20%\"}]}}");
        assertThat(json(BodyComponent.named("Plain text.", Map.of()))).isEqualTo("{\"type\":\"BODY\",\"text\":\"Plain text.\"}");
        assertThat(json(BodyComponent.authentication(true)))
                .isEqualTo("{\"type\":\"BODY\",\"add_security_recommendation\":true}");
    }

    @Test
    void footersAndEveryButtonType() {
        assertThat(json(FooterComponent.text("Reply STOP"))).isEqualTo("{\"type\":\"FOOTER\",\"text\":\"Reply STOP\"}");
        assertThat(json(FooterComponent.codeExpiration(10))).isEqualTo("{\"type\":\"FOOTER\",\"code_expiration_minutes\":10}");
        List<SupportedApp> apps = List.of(new SupportedApp("com.example.app", "K8a/AINcGX7"));
        TemplateComponent buttons = ButtonsComponent.of(
                TemplateButton.quickReply("Yes"),
                TemplateButton.url("Open", "https://example.com"),
                TemplateButton.url("Track", "https://example.com/t/{{1}}", "https://example.com/t/1"),
                TemplateButton.phoneNumber("Call", "+15550100"),
                TemplateButton.copyCode("SAVE20"),
                TemplateButton.otpCopyCode(null),
                TemplateButton.otpOneTap("Copy", "Autofill", apps),
                TemplateButton.otpZeroTap(null, null, apps, true),
                TemplateButton.flow("Book", "1234", "navigate", "WELCOME"),
                TemplateButton.flow("Book", "1234", null, null),
                TemplateButton.catalog("View catalog"),
                TemplateButton.mpm("View items"));
        assertThat(json(buttons)).isEqualTo("{\"type\":\"BUTTONS\",\"buttons\":["
                + "{\"type\":\"QUICK_REPLY\",\"text\":\"Yes\"},"
                + "{\"type\":\"URL\",\"text\":\"Open\",\"url\":\"https://example.com\"},"
                + "{\"type\":\"URL\",\"text\":\"Track\",\"url\":\"https://example.com/t/{{1}}\",\"example\":[\"https://example.com/t/1\"]},"
                + "{\"type\":\"PHONE_NUMBER\",\"text\":\"Call\",\"phone_number\":\"+15550100\"},"
                + "{\"type\":\"COPY_CODE\",\"example\":\"SAVE20\"},"
                + "{\"type\":\"OTP\",\"otp_type\":\"COPY_CODE\"},"
                + "{\"type\":\"OTP\",\"otp_type\":\"ONE_TAP\",\"text\":\"Copy\",\"autofill_text\":\"Autofill\","
                + "\"supported_apps\":[{\"package_name\":\"com.example.app\",\"signature_hash\":\"K8a/AINcGX7\"}]},"
                + "{\"type\":\"OTP\",\"otp_type\":\"ZERO_TAP\",\"zero_tap_terms_accepted\":true,"
                + "\"supported_apps\":[{\"package_name\":\"com.example.app\",\"signature_hash\":\"K8a/AINcGX7\"}]},"
                + "{\"type\":\"FLOW\",\"text\":\"Book\",\"flow_id\":\"1234\",\"flow_action\":\"navigate\",\"navigate_screen\":\"WELCOME\"},"
                + "{\"type\":\"FLOW\",\"text\":\"Book\",\"flow_id\":\"1234\"},"
                + "{\"type\":\"CATALOG\",\"text\":\"View catalog\"},"
                + "{\"type\":\"MPM\",\"text\":\"View items\"}]}");
        assertThat(TemplateButton.quickReply("Yes").toString()).isEqualTo("{\"type\":\"QUICK_REPLY\",\"text\":\"Yes\"}");
    }

    @Test
    void componentsAreImmutableCopies() {
        TemplateComponent footer = FooterComponent.text("Reply STOP");
        footer.toJson().put("text", "changed");
        assertThat(footer.toJson().get("text").asText()).isEqualTo("Reply STOP");
        assertThat(footer.toString()).isEqualTo("{\"type\":\"FOOTER\",\"text\":\"Reply STOP\"}");
    }

    @Test
    void rawJsonComponentsAreTakenAsIsOrRejectedWhenNotAnObject() {
        assertThat(json(TemplateComponent.fromJson("{\"type\":\"FOOTER\",\"text\":\"Hi\"}")))
                .isEqualTo("{\"type\":\"FOOTER\",\"text\":\"Hi\"}");
        assertThatThrownBy(() -> TemplateComponent.fromJson("{\"type\":"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("component JSON is malformed");
        assertThatThrownBy(() -> TemplateComponent.fromJson("{\"type\":\"FOOTER\",\"text\":\"Hi\"}}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("component JSON is malformed");
        assertThatThrownBy(() -> TemplateComponent.fromJson("[1]"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be an object, got ARRAY");
    }

    @Test
    void supportedAppsNeedBothValues() {
        assertThatThrownBy(() -> new SupportedApp("com.example", ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("packageName and signatureHash");
        assertThatThrownBy(() -> new SupportedApp(null, "x")).isInstanceOf(IllegalArgumentException.class);
    }
}
