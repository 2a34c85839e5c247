package com.eumsocial.whatsapp.cdk;

import static com.eumsocial.whatsapp.cdk.TestApps.WABA;
import static org.assertj.core.api.Assertions.assertThat;

import com.eumsocial.whatsapp.definition.Category;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Stack;

/**
 * A template Meta would reject for its form fails {@code cdk synth}: every problem of the app at
 * once, each naming the construct path, the file (when there is one) and the field.
 */
class SynthValidationTest {
    private static final Path BROKEN = TestApps.FOLDERS.resolve("broken");
    private static String message;
    private static WhatsAppMessageTemplate typed;

    @BeforeAll
    static void synthesize() {
        App app = TestApps.app();
        Stack stack = TestApps.stack(app, "Broken");
        new WhatsAppTemplateFolder(stack, "Folder", WhatsAppTemplateFolderProps.builder()
                .wabaId(WABA).directory(BROKEN).build());
        typed = new WhatsAppMessageTemplate(stack, "Typed", WhatsAppMessageTemplateProps.builder()
                .wabaId(WABA).templateName("typed").language("en_US").category(Category.UTILITY)
                .components(BodyComponent.text("Hello {{1}}, this body has a parameter but no example at all."))
                .build());
        new WhatsAppLibraryTemplate(stack, "Library", WhatsAppLibraryTemplateProps.builder()
                .wabaId(WABA).templateName("Library Name").libraryTemplateName("delivery_update_1")
                .language("en_US").category(Category.UTILITY)
                .build());
        message = TestApps.synthFailure(app);
    }

    private static String file(String name) {
        return BROKEN.resolve(name).toString();
    }

    @Test
    void malformedJsonNamesTheFileAndPosition() {
        assertThat(message).contains("[Broken/Folder] " + file("malformed.json") + ": malformed JSON at line 2, column");
    }

    @Test
    void textAfterTheDefinitionIsMalformedJson() {
        assertThat(message).contains("[Broken/Folder] " + file("trailing_brace.json") + ": malformed JSON at line 3, column");
    }

    @Test
    void everyRuleProblemOfAFileIsReportedWithItsField() {
        String prefix = "[Broken/Folder/Bad Name.en_US] " + file("bad_rules.json") + ": ";
        assertThat(message).contains(prefix + "name: ");
        assertThat(message).contains(prefix + "components[0].text: parameter {{3}} follows {{1}}");
        assertThat(message).contains(prefix + "components[0].text: starts with parameter {{1}}");
    }

    @Test
    void duplicatesMissingNamesMissingMediaAndUnsupportedFields() {
        assertThat(message).contains("[Broken/Folder] " + file("duplicate_b.json")
                + ": declares twice in en_US again (already declared in " + file("duplicate_a.json") + ")");
        assertThat(message).contains("[Broken/Folder] " + file("no_name.json")
                + ": name: name and language are required strings");
        assertThat(message).contains("[Broken/Folder/missing_media.en_US] " + file("missing_media.json")
                + ": components[0].example.header_handle[0]: media file 'images/nope.png' not found");
        assertThat(message).contains("[Broken/Folder/extra_field.en_US] " + file("extra_field.json")
                + ": delivery_window_seconds: not supported by EUMSocial::WhatsApp::MessageTemplate");
    }

    @Test
    void mediaReferencesMustBeOfTheHeadersType() {
        String prefix = "[Broken/Folder/wrong_media.en_US] " + file("wrong_media.json") + ": components[0].example.";
        assertThat(message).contains(prefix + "header_handle[0]: IMAGE headers take .jpg, .jpeg, .png files, not 'malformed.json'");
        assertThat(message).contains(prefix + "header_handle[1]: 's3://bucket-only' is not an S3 object reference (expected s3://<bucket>/<key>)");
        assertThat(message).contains(prefix + "header_handle[2]: IMAGE headers take .jpg, .jpeg, .png files, not 'media/menu.pdf'");
    }

    @Test
    void libraryFilesAreCheckedToo() {
        String prefix = "[Broken/Folder/bad_library.en_US] " + file("bad_library.json") + ": ";
        assertThat(message).contains(prefix + "library_template_button_inputs[0].type: 'TELEPORT' is not one of");
        assertThat(message).contains(prefix + "library_template_body_inputs.code_expiration_minutes: must be 1-90, got 100");
    }

    @Test
    void libraryFilesWithWrongJsonTypesSayWhatIsExpected() {
        String types = "[Broken/Folder/library_types.en_US] " + file("library_types.json") + ": ";
        assertThat(message).doesNotContain(types + "category: missing").doesNotContain(types + "library_template_name: is required")
                .doesNotContain(types + "library_template_button_inputs[0].url");
        assertThat(message).contains(types + "unknown_top: unknown field (expected one of category, language,");
        assertThat(message).contains(types + "library_template_name: must be a string");
        assertThat(message).contains(types + "category: 'SOMETHING' is not one of MARKETING, UTILITY, AUTHENTICATION");
        assertThat(message).contains(types + "library_template_button_inputs[0]: must be an object");
        assertThat(message).contains(types + "library_template_button_inputs[1].type: must be a string");
        assertThat(message).contains(types + "library_template_button_inputs[2].type: is required");
        assertThat(message).contains(types + "library_template_button_inputs[3].url: must be an object with base_url and url_suffix_example");
        assertThat(message).contains(types + "library_template_button_inputs[3].supported_apps: must be an array");
        assertThat(message).contains(types + "library_template_button_inputs[4].supported_apps[0]: needs package_name and signature_hash");
        assertThat(message).contains(types + "library_template_button_inputs[4].zero_tap_terms_accepted: must be true or false");
        assertThat(message).contains(types + "library_template_button_inputs[4].color: unknown field");
        assertThat(message).contains(types + "library_template_button_inputs[5].url.extra: unknown field");
        assertThat(message).contains(types + "library_template_body_inputs.add_contact_number: must be true or false");
        assertThat(message).contains(types + "library_template_body_inputs.code_expiration_minutes: must be an integer");
        assertThat(message).contains(types + "library_template_body_inputs.other: unknown field");
        String shapes = "[Broken/Folder/library_shapes.en_US] " + file("library_shapes.json") + ": ";
        assertThat(message).contains(shapes + "category: is required");
        assertThat(message).contains(shapes + "library_template_button_inputs: must be an array");
        assertThat(message).contains(shapes + "library_template_body_inputs: must be an object");
        assertThat(message).contains("[Broken/Folder] " + file("not_object.json")
                + ": a template definition must be a JSON object, got array");
    }

    @Test
    void typedTemplatesNameTheirConstructAndField() {
        assertThat(message).contains("[Broken/Typed] components[0].example: ");
        assertThat(typed.problems).isNotEmpty().allSatisfy(problem -> assertThat(problem).startsWith("components[0]"));
        assertThat(message).contains("[Broken/Library] name: ");
    }

    @Test
    void oneSynthReportsThemAll() {
        List<String> files = List.of("malformed.json", "bad_rules.json", "duplicate_b.json", "no_name.json",
                "missing_media.json", "extra_field.json", "bad_library.json");
        files.forEach(name -> assertThat(message).contains(file(name)));
        assertThat(message).contains("Validation failed with the following errors");
    }
}
