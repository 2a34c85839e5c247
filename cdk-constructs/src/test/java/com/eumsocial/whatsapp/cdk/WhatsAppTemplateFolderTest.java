package com.eumsocial.whatsapp.cdk;

import static com.eumsocial.whatsapp.cdk.TestApps.WABA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.App;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.Token;
import software.amazon.awscdk.assertions.Template;

class WhatsAppTemplateFolderTest {
    private static final Path VALID = TestApps.FOLDERS.resolve("valid");
    private static final String MESSAGE = WhatsAppMessageTemplate.RESOURCE_TYPE;
    private static final String LIBRARY = WhatsAppLibraryTemplate.RESOURCE_TYPE;
    private static final String MEDIA = WhatsAppTemplateMedia.RESOURCE_TYPE;

    private static WhatsAppTemplateFolder folder;
    private static Template original;
    private static Stack originalStack;
    private static Template renamed;
    private static Template destroyed;

    @BeforeAll
    static void synthesize(@TempDir Path dir) throws IOException {
        App app = TestApps.app();
        Stack stack = TestApps.stack(app, "Gitops");
        folder = new WhatsAppTemplateFolder(stack, "Templates", WhatsAppTemplateFolderProps.builder()
                .wabaId(WABA).directory(VALID).build());

        // The same definitions under other file names and folders: ids must not move.
        Path copy = dir.resolve("renamed");
        copyRenamed(VALID, copy);
        // Another app: one app may declare each WABA + name + language once (the one-owner rule).
        Stack renamedStack = TestApps.stack(TestApps.app(), "Renamed");
        new WhatsAppTemplateFolder(renamedStack, "Templates", WhatsAppTemplateFolderProps.builder()
                .wabaId(WABA).directory(copy.toString()).build());

        Stack destroyStack = TestApps.stack(app, "Destroy");
        new WhatsAppTemplateFolder(destroyStack, "Templates", WhatsAppTemplateFolderProps.builder()
                .wabaArn(TestApps.WABA_ARN).directory(VALID).removalPolicy(RemovalPolicy.DESTROY).waitForApproval(false)
                .build());

        original = Template.fromStack(stack);
        originalStack = stack;
        renamed = Template.fromStack(renamedStack);
        destroyed = Template.fromStack(destroyStack);
    }

    /** Copies the folder flat, renaming every definition file (media keep their place). */
    private static void copyRenamed(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                Path relative = from.relativize(file);
                Path target = relative.toString().endsWith(".json") && !relative.startsWith(".drafts")
                        ? to.resolve("all").resolve("renamed-" + relative.toString().replace('/', '-'))
                        : to.resolve(relative);
                Files.createDirectories(target.getParent());
                Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        // The media references are relative to the definition file: "../images/banner.png" still resolves.
    }

    @Test
    void everyDefinitionFileBecomesOneTemplateAndHiddenOrOtherFilesAreSkipped() {
        assertThat(TestApps.resources(original, MESSAGE)).hasSize(7);
        assertThat(TestApps.resources(original, LIBRARY)).hasSize(1);
        assertThat(folder.getTemplates().keySet()).containsExactly(
                "login_code.en_US", "delivery_update.en_US", "spring_sale.en_US", "menu.en_US", "welcome.en_US", "welcome.es",
                "order_shipped.en_US", "order_shipped.pt_BR");
        assertThat(folder.getTemplate("draft_not_loaded", "en_US")).isNull();
    }

    @Test
    void languagesOfOneNameAreSeparateTemplates() {
        assertThat(folder.getTemplate("order_shipped", "en_US").getLanguage()).isEqualTo("en_US");
        assertThat(folder.getTemplate("order_shipped", "pt_BR").getLanguage()).isEqualTo("pt_BR");
        // Every template of a folder, library ones included, exposes the attributes a stack outputs.
        folder.getTemplates().values().forEach(t -> {
            assertThat(t.getCategory()).isIn("MARKETING", "UTILITY", "AUTHENTICATION");
            assertThat(Token.isUnresolved(t.getStatus())).as(t.getTemplateName() + " status is Fn::GetAtt").isTrue();
            assertThat(Token.isUnresolved(t.getMetaTemplateId())).isTrue();
        });
        original.hasResourceProperties(MESSAGE, Map.of("TemplateName", "order_shipped", "Language", "pt_BR"));
        original.hasResourceProperties(MESSAGE, Map.of("TemplateName", "order_shipped", "Language", "en_US"));
    }

    @Test
    void logicalIdsComeFromNameAndLanguageSoRenamingFilesReplacesNothing() {
        assertThat(TestApps.resources(renamed, MESSAGE).keySet())
                .containsExactlyInAnyOrderElementsOf(TestApps.resources(original, MESSAGE).keySet());
        assertThat(TestApps.resources(renamed, LIBRARY).keySet())
                .containsExactlyInAnyOrderElementsOf(TestApps.resources(original, LIBRARY).keySet());
        assertThat(TestApps.resources(original, MESSAGE).keySet())
                .anySatisfy(id -> assertThat(id).startsWith("Templatesordershippedpt"));
    }

    @Test
    void anS3ObjectReferenceUploadsThatObject() {
        String mediaId = TestApps.resources(original, MEDIA).entrySet().stream()
                .filter(e -> "garden-media".equals(TestApps.properties(e.getValue()).get("SourceS3Bucket")))
                .map(Map.Entry::getKey).findFirst().orElseThrow();
        assertThat(TestApps.properties(TestApps.resources(original, MEDIA).get(mediaId)))
                .containsEntry("SourceS3Key", "menus/spring.pdf");
        original.hasResourceProperties(MESSAGE, Map.of("TemplateName", "menu", "Components", List.of(
                Map.of("type", "HEADER", "format", "DOCUMENT", "example", Map.of("header_handle",
                        List.of(Map.of("Fn::GetAtt", List.of(mediaId, "MetaHeaderHandle"))))),
                software.amazon.awscdk.assertions.Match.anyValue())));
    }

    @Test
    void aMediaFileIsUploadedOnceAndItsHandleFillsEveryHeaderThatNamesIt() {
        Map<String, Map<String, Object>> media = TestApps.resources(original, MEDIA);
        assertThat(media).hasSize(2);
        assertThat(folder.getMediaFileCount()).isEqualTo(2);
        String mediaId = media.entrySet().stream()
                .filter(e -> !"garden-media".equals(TestApps.properties(e.getValue()).get("SourceS3Bucket")))
                .map(Map.Entry::getKey).findFirst().orElseThrow();
        Map<String, Object> handle = Map.of("Fn::GetAtt", List.of(mediaId, "MetaHeaderHandle"));
        for (String language : List.of("en_US", "es")) {
            original.hasResourceProperties(MESSAGE, Map.of("TemplateName", "welcome", "Language", language,
                    "Components", List.of(
                            Map.of("type", "HEADER", "format", "IMAGE", "example", Map.of("header_handle", List.of(handle))),
                            software.amazon.awscdk.assertions.Match.anyValue())));
        }
        assertThat(TestApps.properties(media.get(mediaId))).containsEntry("WabaId", WABA)
                .containsKeys("SourceS3Bucket", "SourceS3Key");
    }

    @Test
    void libraryFilesDeclareLibraryTemplates() {
        assertThat(TestApps.properties(TestApps.onlyResource(original, LIBRARY))).isEqualTo(Map.of(
                "WabaId", WABA,
                "TemplateName", "delivery_update",
                "LibraryTemplateName", "delivery_update_1",
                "Category", "UTILITY",
                "Language", "en_US",
                "ButtonInputs", List.of(
                        Map.of("Type", "URL", "Url", Map.of("BaseUrl", "https://example.com/track/{{1}}",
                                "UrlSuffixExample", "https://example.com/track/A-1042")),
                        Map.of("Type", "PHONE_NUMBER", "PhoneNumber", "+15550100")),
                "BodyInputs", Map.of("AddContactNumber", true, "AddTrackPackageLink", true)));
    }

    @Test
    void aLibraryFileWithANameTheBundledListLacksWarnsNamingTheFile() {
        List<String> warnings = software.amazon.awscdk.assertions.Annotations.fromStack(originalStack)
                .findWarning("*", software.amazon.awscdk.assertions.Match.anyValue()).stream()
                .map(m -> String.valueOf(m.getEntry().getData())).toList();
        assertThat(warnings).singleElement().asString()
                .contains("delivery_update.json: library_template_name: 'delivery_update_1' is not among the");
    }

    @Test
    void templatesAreRetainedByDefaultAndTheFolderOptionsReachEveryTemplate() {
        for (String type : List.of(MESSAGE, LIBRARY)) {
            assertThat(TestApps.resources(original, type).values())
                    .allSatisfy(resource -> assertThat(resource).containsEntry("DeletionPolicy", "Retain"));
            assertThat(TestApps.resources(destroyed, type).values()).allSatisfy(resource -> {
                assertThat(resource).containsEntry("DeletionPolicy", "Delete");
                assertThat(TestApps.properties(resource)).containsEntry("WaitForApproval", false)
                        .containsEntry("WabaId", TestApps.WABA_ARN);
            });
        }
    }

    @Test
    void aMissingFolderIsAProgrammingError(@TempDir Path dir) {
        App app = TestApps.app();
        Stack stack = TestApps.stack(app, "S");
        Path missing = dir.resolve("nope");
        assertThatThrownBy(() -> new WhatsAppTemplateFolder(stack, "F", WhatsAppTemplateFolderProps.builder()
                .wabaId(WABA).directory(missing).build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("S/F: template folder " + missing + " does not exist");
        assertThatThrownBy(() -> new WhatsAppTemplateFolder(stack, "G", WhatsAppTemplateFolderProps.builder()
                .wabaId(WABA).build()))
                .hasMessage("S/G: WhatsAppTemplateFolderProps.directory is required");
    }

    @Test
    void anEmptyFolderDeclaresNothing(@TempDir Path dir) {
        App app = TestApps.app();
        Stack stack = TestApps.stack(app, "Empty");
        WhatsAppTemplateFolder empty = new WhatsAppTemplateFolder(stack, "F", WhatsAppTemplateFolderProps.builder()
                .wabaId(WABA).directory(dir).build());
        assertThat(empty.getTemplates()).isEmpty();
        assertThat(TestApps.resources(Template.fromStack(stack), MESSAGE)).isEmpty();
    }
}
