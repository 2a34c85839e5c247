package com.eumsocial.whatsapp.librarytemplate;

import static com.eumsocial.whatsapp.librarytemplate.Fixtures.desired;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.eumsocial.whatsapp.commons.HandlerFailure;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.cloudformation.proxy.HandlerErrorCode;

class InputRulesTest {
    private static Arguments change(String expected, Consumer<ResourceModel> change) {
        return Arguments.of(expected, change);
    }

    private static List<ButtonInput> buttons(ButtonInput... inputs) {
        return Arrays.asList(inputs);
    }

    private static ButtonInput otp(String otpType, Boolean zeroTap, List<SupportedApp> apps) {
        return new ButtonInput("OTP", null, null, otpType, zeroTap, apps);
    }

    static Stream<Arguments> problems() {
        return Stream.of(
            change("WabaId is required", m -> m.setWabaId(null)),
            change("TemplateName is required", m -> m.setTemplateName("")),
            change("TemplateName has 513 characters", m -> m.setTemplateName("a".repeat(513))),
            change("TemplateName 'Order-1' may hold only lowercase letters", m -> m.setTemplateName("Order-1")),
            change("LibraryTemplateName is required", m -> m.setLibraryTemplateName(null)),
            change("LibraryTemplateName 'Order Confirmation' may hold only", m -> m.setLibraryTemplateName("Order Confirmation")),
            change("Category is required", m -> m.setCategory(null)),
            change("Category 'utility' must be one of", m -> m.setCategory("utility")),
            change("Category 'PROMO' must be one of", m -> m.setCategory("PROMO")),
            change("Language is required", m -> m.setLanguage(null)),
            change("Language 'english' is not a language code", m -> m.setLanguage("english")),
            change("Language 'en-US' is not a language code", m -> m.setLanguage("en-US")),
            change("ButtonInputs has 11 entries", m -> m.setButtonInputs(java.util.Collections.nCopies(11,
                new ButtonInput("QUICK_REPLY", null, null, null, null, null)))),
            change("ButtonInputs[0] is empty", m -> m.setButtonInputs(buttons((ButtonInput) null))),
            change("ButtonInputs[0].Type is required", m -> m.setButtonInputs(buttons(new ButtonInput()))),
            change("ButtonInputs[0].Type 'CALL' must be one of", m -> m.setButtonInputs(buttons(
                new ButtonInput("CALL", "+1555", null, null, null, null)))),
            change("ButtonInputs[0].Url.BaseUrl is required for a URL button", m -> m.setButtonInputs(buttons(
                new ButtonInput("URL", null, new UrlInput(null, "https://x.com/1"), null, null, null)))),
            change("ButtonInputs[0].Url.BaseUrl 'example.com' must be an http:// or https:// URL", m -> m.setButtonInputs(buttons(
                new ButtonInput("URL", null, new UrlInput("example.com", null), null, null, null)))),
            change("ButtonInputs[0].Url.UrlSuffixExample 'x y' must be non-empty text without spaces", m -> m.setButtonInputs(buttons(
                new ButtonInput("URL", null, new UrlInput("https://x.com/", "x y"), null, null, null)))),
            change("ButtonInputs[0].Url.UrlSuffixExample '' must be", m -> m.setButtonInputs(buttons(
                new ButtonInput("URL", null, new UrlInput("https://x.com/", ""), null, null, null)))),
            change("ButtonInputs[0].Url.UrlSuffixExample has 401 characters", m -> m.setButtonInputs(buttons(
                new ButtonInput("URL", null, new UrlInput("https://x.com/", "a".repeat(401)), null, null, null)))),
            change("ButtonInputs[0].Url.BaseUrl has 401 characters", m -> m.setButtonInputs(buttons(
                new ButtonInput("URL", null, new UrlInput("https://x.com/" + "a".repeat(387), null), null, null, null)))),
            change("ButtonInputs[0].PhoneNumber applies only to PHONE_NUMBER buttons, not URL", m -> m.setButtonInputs(buttons(
                new ButtonInput("URL", "+1555", new UrlInput("https://x.com/", null), null, null, null)))),
            change("ButtonInputs[0].PhoneNumber is required for a PHONE_NUMBER button", m -> m.setButtonInputs(buttons(
                new ButtonInput("PHONE_NUMBER", null, null, null, null, null)))),
            change("ButtonInputs[0].PhoneNumber '555-0100' must be digits", m -> m.setButtonInputs(buttons(
                new ButtonInput("PHONE_NUMBER", "555-0100", null, null, null, null)))),
            change("ButtonInputs[0].Url applies only to URL buttons, not PHONE_NUMBER", m -> m.setButtonInputs(buttons(
                new ButtonInput("PHONE_NUMBER", "+15550100", new UrlInput("https://x.com/", null), null, null, null)))),
            change("ButtonInputs[0].OtpType applies only to OTP buttons, not QUICK_REPLY", m -> m.setButtonInputs(buttons(
                new ButtonInput("QUICK_REPLY", null, null, "COPY_CODE", null, null)))),
            change("ButtonInputs[0].ZeroTapTermsAccepted applies only to OTP buttons", m -> m.setButtonInputs(buttons(
                new ButtonInput("QUICK_REPLY", null, null, null, true, null)))),
            change("ButtonInputs[0].SupportedApps applies only to OTP buttons", m -> m.setButtonInputs(buttons(
                new ButtonInput("COPY_CODE", null, null, null, null, List.of())))),
            change("ButtonInputs[0].OtpType is required for an OTP button", m -> m.setButtonInputs(buttons(otp(null, null, null)))),
            change("ButtonInputs[0].OtpType 'SMS' must be one of", m -> m.setButtonInputs(buttons(otp("SMS", null, null)))),
            change("ButtonInputs[0].SupportedApps is required for a ONE_TAP button", m -> m.setButtonInputs(buttons(
                otp("ONE_TAP", null, null)))),
            change("ButtonInputs[0].SupportedApps[0].SignatureHash is required", m -> m.setButtonInputs(buttons(
                otp("ONE_TAP", null, List.of(new SupportedApp("com.example", null)))))),
            change("ButtonInputs[0].SupportedApps[0].PackageName is required", m -> m.setButtonInputs(buttons(
                otp("ONE_TAP", null, Arrays.asList((SupportedApp) null))))),
            change("ButtonInputs[0].ZeroTapTermsAccepted must be true for a ZERO_TAP button", m -> m.setButtonInputs(buttons(
                otp("ZERO_TAP", false, List.of(new SupportedApp("com.example", "hash")))))),
            change("BodyInputs.CodeExpirationMinutes is 0", m -> m.setBodyInputs(new BodyInputs(null, null, null, null, 0))),
            change("BodyInputs.CodeExpirationMinutes is 91; it must be 1 to 90", m -> m.setBodyInputs(
                new BodyInputs(null, null, null, null, 91))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("problems")
    void eachBrokenRuleFailsInvalidRequestNamingTheProperty(String expected, Consumer<ResourceModel> change) {
        ResourceModel model = desired();
        change.accept(model);

        assertThatThrownBy(() -> InputRules.validate(model))
            .isInstanceOfSatisfying(HandlerFailure.class, f -> assertThat(f.code()).isEqualTo(HandlerErrorCode.InvalidRequest))
            .hasMessageContaining(expected)
            .hasMessageEndingWith("(nothing was sent to Meta)");
    }

    @Test
    void validInputsOfEveryButtonTypePass() {
        // (the library template would need as many buttons; these rules look at each input alone)
        ResourceModel model = desired();
        model.setButtonInputs(List.of(
            Fixtures.urlInput(),
            new ButtonInput("URL", null, new UrlInput("http://example.com/a", null), null, null, null),
            new ButtonInput("URL", null, new UrlInput("https://example.com/b/", "12345"), null, null, null),
            new ButtonInput("PHONE_NUMBER", "+15550100", null, null, null, null),
            new ButtonInput("QUICK_REPLY", null, null, null, null, null),
            new ButtonInput("COPY_CODE", null, null, null, null, null),
            otp("COPY_CODE", null, null),
            otp("ZERO_TAP", true, List.of(new SupportedApp("com.example", "K8a/AINcGX7")))));
        model.setBodyInputs(new BodyInputs(true, true, true, true, 90));

        assertThat(InputRules.validate(model).id()).isEqualTo(Fixtures.WABA);
    }

    @Test
    void aWabaArnIsResolvedToItsId() {
        ResourceModel model = desired();
        model.setWabaId(Fixtures.WABA_ARN);

        assertThat(InputRules.validate(model).id()).isEqualTo(Fixtures.WABA);
    }

    @Test
    void allProblemsAreReportedTogether() {
        ResourceModel model = new ResourceModel();

        assertThatThrownBy(() -> InputRules.validate(model)).hasMessageContaining("WabaId is required")
            .hasMessageContaining("TemplateName is required").hasMessageContaining("LibraryTemplateName is required")
            .hasMessageContaining("Category is required").hasMessageContaining("Language is required");
    }

    @Test
    void noPropertiesAtAllIsInvalidRequest() {
        assertThatThrownBy(() -> InputRules.validate(null)).isInstanceOf(HandlerFailure.class)
            .hasMessageContaining("no LibraryTemplate properties");
    }
}
