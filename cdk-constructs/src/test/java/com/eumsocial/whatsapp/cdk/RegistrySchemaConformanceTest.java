package com.eumsocial.whatsapp.cdk;

import static com.eumsocial.whatsapp.cdk.TestApps.WABA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.eumsocial.whatsapp.definition.Category;
import com.eumsocial.whatsapp.definition.ParameterFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.json.JSONObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Template;
import software.amazon.cloudformation.resource.Validator;
import software.amazon.cloudformation.resource.exceptions.ValidationException;

/**
 * Every resource of our types that the constructs synthesize is valid input for its registry
 * schema (the schemas written by the resource modules). Deploy-time values (Fn::GetAtt of a
 * media handle, the asset bucket) are replaced by plausible values first, as CloudFormation
 * resolves them before the handler sees the properties.
 */
class RegistrySchemaConformanceTest {
    private static final String BODY = "Hello {{1}}, your order {{2}} has shipped and should arrive within three working days.";
    private static final List<SupportedApp> APPS = List.of(new SupportedApp("com.example.app", "K8a/AINcGX7"));
    private static Template template;

    @BeforeAll
    static void synthesize() {
        App app = TestApps.app();
        Stack stack = TestApps.stack(app, "Everything");
        new WhatsAppTemplateFolder(stack, "Folder", WhatsAppTemplateFolderProps.builder()
                .wabaId(WABA).directory(TestApps.FOLDERS.resolve("valid")).waitForApproval(true).build());
        WhatsAppTemplateMedia video = new WhatsAppTemplateMedia(stack, "Video", WhatsAppTemplateMediaProps.builder()
                .wabaId(WABA).source(TemplateMediaSource.fromBucketName("media-bucket", "intro.mp4")).build());
        WhatsAppTemplateMedia pdf = new WhatsAppTemplateMedia(stack, "Pdf", WhatsAppTemplateMediaProps.builder()
                .wabaArn(TestApps.WABA_ARN).source(TemplateMediaSource.fromBucketName("media-bucket", "menu.pdf")).build());
        typed(stack, "VideoIntro", "video_intro", Category.MARKETING, HeaderComponent.video(video), BodyComponent.text(BODY, "Ana", "A-1"),
                ButtonsComponent.of(TemplateButton.flow("Book a visit", "1234567890", "navigate", "WELCOME"),
                        TemplateButton.catalog("View catalog")));
        typed(stack, "Menu", "menu_document", Category.UTILITY, HeaderComponent.document(pdf), BodyComponent.text(BODY, "Ana", "A-1"),
                FooterComponent.text("Reply STOP to opt out"));
        typed(stack, "Store", "store_location", Category.UTILITY, HeaderComponent.location(), BodyComponent.text(BODY, "Ana", "A-1"),
                ButtonsComponent.of(TemplateButton.quickReply("Yes please"), TemplateButton.quickReply("No thanks")));
        typed(stack, "Coupon", "coupon", Category.MARKETING, BodyComponent.text(BODY, "Ana", "A-1"),
                ButtonsComponent.of(TemplateButton.copyCode("SPRING20"), TemplateButton.url("Shop now", "https://example.com/shop")));
        typed(stack, "Products", "products", Category.MARKETING, HeaderComponent.text("Our spring picks"),
                BodyComponent.text(BODY, "Ana", "A-1"), ButtonsComponent.of(TemplateButton.mpm("View items")));
        typed(stack, "ZeroTap", "zero_tap", Category.AUTHENTICATION, BodyComponent.authentication(false),
                ButtonsComponent.of(TemplateButton.otpZeroTap("Copy code", "Autofill", APPS, true)));
        new WhatsAppMessageTemplate(stack, "Named", WhatsAppMessageTemplateProps.builder()
                .wabaId(WABA).templateName("named").language("en_US").category(Category.MARKETING)
                .parameterFormat(ParameterFormat.NAMED).waitForApproval(false)
                .components(BodyComponent.named("Hi {{first_name}}, the spring sale starts today in every one of our shops.",
                        Map.of("first_name", "Ana")))
                .build());
        new WhatsAppLibraryTemplate(stack, "Library", WhatsAppLibraryTemplateProps.builder()
                .wabaId(WABA).templateName("otp_library").libraryTemplateName("verification_code_1")
                .category(Category.AUTHENTICATION).language("en_US").waitForApproval(false)
                .buttonInputs(LibraryButtonInput.otp("ONE_TAP", APPS, null))
                .bodyInputs(LibraryBodyInputs.builder().addSecurityRecommendation(true).codeExpirationMinutes(10).build())
                .build());
        template = Template.fromStack(stack);
    }

    private static void typed(Stack stack, String id, String name, Category category, TemplateComponent... components) {
        new WhatsAppMessageTemplate(stack, id, WhatsAppMessageTemplateProps.builder()
                .wabaId(WABA).templateName(name).language("en_US").category(category).components(components).build());
    }

    @Test
    void messageTemplatesMatchTheirSchema() {
        assertThat(validateAll(WhatsAppMessageTemplate.RESOURCE_TYPE)).isEqualTo(14);
    }

    @Test
    void libraryTemplatesMatchTheirSchema() {
        assertThat(validateAll(WhatsAppLibraryTemplate.RESOURCE_TYPE)).isEqualTo(2);
    }

    @Test
    void templateMediaMatchTheirSchema() {
        assertThat(validateAll(WhatsAppTemplateMedia.RESOURCE_TYPE)).isEqualTo(4);
    }

    @Test
    void theCheckCanFail() {
        JSONObject schema = RegistrySchemas.json(WhatsAppMessageTemplate.RESOURCE_TYPE);
        JSONObject wrong = new JSONObject(Map.of("WabaId", WABA, "TemplateName", "Not Valid", "Language", "en_US",
                "Category", "UTILITY", "Components", List.of(Map.of("type", "BODY", "text", "x"))));
        assertThatThrownBy(() -> new Validator().validateObject(wrong, schema)).isInstanceOf(ValidationException.class);
    }

    /** Validates every synthesized resource of the type and returns how many there were. */
    private static int validateAll(String type) {
        JSONObject schema = RegistrySchemas.json(type);
        Map<String, Map<String, Object>> resources = TestApps.resources(template, type);
        List<String> failures = new ArrayList<>();
        resources.forEach((id, resource) -> {
            Object properties = resolved(TestApps.properties(resource), null);
            try {
                new Validator().validateObject(new JSONObject(castMap(properties)), schema);
            } catch (ValidationException e) {
                failures.add(id + ": " + e.getMessage() + " " + e.getCausingExceptions());
            }
        });
        assertThat(failures).as("resources of " + type + " that break its schema").isEmpty();
        return resources.size();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object value) {
        return (Map<String, Object>) value;
    }

    /** Replaces intrinsic functions with what CloudFormation would pass for them. */
    @SuppressWarnings("unchecked")
    private static Object resolved(Object value, String key) {
        if (value instanceof Map<?, ?> map) {
            if (map.size() == 1 && map.keySet().iterator().next().toString().matches("Fn::.*|Ref")) {
                return switch (key == null ? "" : key) {
                    case "header_handle" -> "4::aW1hZ2UvcG5n:ARZ";
                    case "SourceS3Bucket" -> "cdk-hnb659fds-assets-111122223333-us-east-1";
                    case "SourceS3Key" -> "0123abcd.png";
                    case "WabaId" -> WABA;
                    default -> throw new AssertionError("no stand-in for an intrinsic under " + key + ": " + map);
                };
            }
            Map<String, Object> copy = new LinkedHashMap<>();
            ((Map<String, Object>) map).forEach((k, v) -> copy.put(k, resolved(v, k)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(item -> copy.add(resolved(item, key)));
            return copy;
        }
        return value;
    }
}
