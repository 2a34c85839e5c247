package com.eumsocial.whatsapp.cdk;

import static com.eumsocial.whatsapp.cdk.TestApps.WABA;
import static org.assertj.core.api.Assertions.assertThat;

import com.eumsocial.whatsapp.definition.Category;
import com.eumsocial.whatsapp.definition.VersionedTemplateName;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Template;

/** Issue 12 on the CDK side: one owner per WABA + name + language, versioned rollout, identities free of checkout paths. */
class GitOpsRolloutTest {
    private static final String MESSAGE = WhatsAppMessageTemplate.RESOURCE_TYPE;
    private static final Path VALID = TestApps.FOLDERS.resolve("valid");

    private static Template versioned;
    private static Template kept;
    private static Template edited;
    private static Template versionedFolder;
    private static Map<String, Object> checkoutA;
    private static Map<String, Object> checkoutB;

    private static WhatsAppMessageTemplateProps.Builder shipped(String body) {
        return WhatsAppMessageTemplateProps.builder().wabaId(WABA).templateName("order_shipped").language("en_US")
                .category(Category.UTILITY).components(BodyComponent.text(body + " {{1}} is on its way to you today.", "A-1"));
    }

    @BeforeAll
    static void synthesize(@TempDir Path dir) throws IOException {
        App app = TestApps.app();
        Stack stack = TestApps.stack(app, "Versioned");
        new WhatsAppMessageTemplate(stack, "Shipped", shipped("Your parcel").versionedRollout(true)
                .currentNameParameter("/whatsapp/templates/order_shipped/en_US").build());
        versioned = Template.fromStack(stack);

        App keptApp = TestApps.app();
        Stack keptStack = TestApps.stack(keptApp, "Kept");
        new WhatsAppMessageTemplate(keptStack, "Shipped", shipped("Your parcel").versionedRollout(true).keepPrevious(true).build());
        kept = Template.fromStack(keptStack);

        App editedApp = TestApps.app();
        Stack editedStack = TestApps.stack(editedApp, "Edited");
        new WhatsAppMessageTemplate(editedStack, "Shipped", shipped("Your order").versionedRollout(true).build());
        edited = Template.fromStack(editedStack);

        App folderApp = TestApps.app();
        Stack folderStack = TestApps.stack(folderApp, "Folder");
        new WhatsAppTemplateFolder(folderStack, "Templates", WhatsAppTemplateFolderProps.builder().wabaId(WABA).directory(VALID)
                .versionedRollout(true).currentNameParameterPrefix("/whatsapp/templates").build());
        versionedFolder = Template.fromStack(folderStack);

        checkoutA = synthFromCheckout(dir.resolve("checkout-a/repo"));
        checkoutB = synthFromCheckout(dir.resolve("elsewhere/b/repo"));
    }

    /** The same files in another folder, loaded by absolute paths outside the working directory. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> synthFromCheckout(Path checkout) throws IOException {
        try (Stream<Path> walk = Files.walk(VALID)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                Path to = checkout.resolve(VALID.relativize(file).toString());
                Files.createDirectories(to.getParent());
                Files.copy(file, to);
            }
        }
        App app = TestApps.app();
        Stack stack = TestApps.stack(app, "Checkout");
        new WhatsAppMessageTemplate(stack, "Typed", WhatsAppMessageTemplateProps.builder().wabaId(WABA)
                .definition(TemplateDefinitionSource.fromFile(checkout.resolve("media/welcome.es.json").toAbsolutePath())).build());
        new WhatsAppTemplateFolder(stack, "Templates", WhatsAppTemplateFolderProps.builder().wabaId(WABA)
                .directory(checkout.resolve("utility").toAbsolutePath()).versionedRollout(true).build());
        return (Map<String, Object>) Template.fromStack(stack).toJSON();
    }

    private static String templateName(Template t) {
        return (String) TestApps.properties(TestApps.onlyResource(t, MESSAGE)).get("TemplateName");
    }

    @Test
    void theVersionedNameFollowsTheRuleOfTemplateDefinition() throws Exception {
        String name = templateName(versioned);
        assertThat(name).matches("order_shipped_v[0-9a-f]{8}");
        String expected = VersionedTemplateName.derive("order_shipped", new ObjectMapper().readTree("{\"language\":\"en_US\","
                + "\"category\":\"UTILITY\",\"components\":[{\"type\":\"BODY\",\"text\":\"Your parcel {{1}} is on its way to you"
                + " today.\",\"example\":{\"body_text\":[[\"A-1\"]]}}]}"));
        assertThat(name).isEqualTo(expected);
        assertThat(templateName(kept)).as("same content, same version").isEqualTo(name);
        assertThat(templateName(edited)).as("a change is a new template").isNotEqualTo(name).startsWith("order_shipped_v");
    }

    @Test
    void theOldVersionIsDeletedAfterTheUpdateUnlessKept() {
        Map<String, Object> template = TestApps.onlyResource(versioned, MESSAGE);
        assertThat(template.get("UpdateReplacePolicy")).isEqualTo("Delete");
        assertThat(template.get("DeletionPolicy")).isEqualTo("Retain");
        assertThat(TestApps.onlyResource(kept, MESSAGE).get("UpdateReplacePolicy")).isEqualTo("Retain");
    }

    @Test
    void theOutputAndTheParameterNameTheVersionInServiceOnceItIsCreated() {
        String name = templateName(versioned);
        String logicalId = TestApps.resources(versioned, MESSAGE).keySet().iterator().next();
        Map<String, Map<String, Object>> outputs = versioned.findOutputs("*");
        assertThat(outputs).hasSize(1);
        Map<String, Object> output = outputs.values().iterator().next();
        assertThat(output.get("Value")).isEqualTo(name);
        Map<String, Object> parameter = TestApps.onlyResource(versioned, "AWS::SSM::Parameter");
        assertThat(TestApps.properties(parameter)).containsEntry("Name", "/whatsapp/templates/order_shipped/en_US")
                .containsEntry("Value", name);
        assertThat(parameter.get("DependsOn")).isEqualTo(List.of(logicalId));
        assertThat(kept.findResources("AWS::SSM::Parameter")).isEmpty();
    }

    @Test
    void aVersionedFolderVersionsItsMessageTemplatesWithAParameterEach() {
        Map<String, Map<String, Object>> templates = TestApps.resources(versionedFolder, MESSAGE);
        assertThat(templates.values()).allSatisfy(t -> {
            assertThat((String) TestApps.properties(t).get("TemplateName")).matches("[a-z_]+_v[0-9a-f]{8}");
            assertThat(t.get("UpdateReplacePolicy")).isEqualTo("Delete");
        });
        assertThat(TestApps.resources(versionedFolder, "AWS::SSM::Parameter").values())
                .extracting(p -> TestApps.properties(p).get("Name"))
                .contains("/whatsapp/templates/order_shipped/en_US", "/whatsapp/templates/welcome/es");
        assertThat(TestApps.resources(versionedFolder, WhatsAppLibraryTemplate.RESOURCE_TYPE).values())
                .allSatisfy(t -> {
                    assertThat((String) TestApps.properties(t).get("TemplateName")).doesNotContain("_v");
                    assertThat(t.get("UpdateReplacePolicy")).isEqualTo("Retain");
                });
    }

    @Test
    void theSameFilesInAnotherCheckoutSynthesizeTheSameStack() {
        assertThat(checkoutA).isEqualTo(checkoutB);
        assertThat(checkoutA.toString()).doesNotContain("checkout-a").doesNotContain(System.getProperty("java.io.tmpdir"));
    }

    @Test
    void mediaCountByContentALiteralHandleByItselfAndForeignDeployTimeHandlesAsOneConstant() {
        assertThat(MediaFingerprints.ofFile(VALID.resolve("images/banner.png")))
                .isEqualTo("sha256:a8aa3e48ec4a10da66057c73cd997350b05ca4c2bfd650abfe22a2ab41d9359d");
        assertThat(MediaFingerprints.of("4::aW1hZ2U=")).isEqualTo("4::aW1hZ2U=");
        assertThat(MediaFingerprints.of("${Token[TOKEN.991]}")).isEqualTo("deploy-time-handle");
    }

    @Test
    void twoDeclarationsOfOneNameAndLanguageInOneAppAreRefusedNamingBoth() {
        App app = TestApps.app();
        Stack first = TestApps.stack(app, "First");
        Stack second = TestApps.stack(app, "Second");
        new WhatsAppTemplateFolder(first, "Templates", WhatsAppTemplateFolderProps.builder().wabaId(WABA).directory(VALID).build());
        new WhatsAppMessageTemplate(second, "Typed", shipped("Your parcel").build());
        new WhatsAppMessageTemplate(second, "OtherLanguage", shipped("Your parcel").language("en_GB").build());
        new WhatsAppLibraryTemplate(second, "Library", WhatsAppLibraryTemplateProps.builder().wabaId(WABA)
                .templateName("delivery_update").language("en_US").category(Category.UTILITY)
                .libraryTemplateName("delivery_update_1").build());
        String message = TestApps.synthFailure(app);
        assertThat(message).contains("Second/Typed declares order_shipped (en_US) in " + WABA + " again; already declared by"
                + " First/Templates (" + VALID.resolve("utility/order_shipped.en_US.json") + ")");
        assertThat(message).contains("Second/Library declares delivery_update (en_US)");
        assertThat(message).doesNotContain("en_GB");
    }
}
