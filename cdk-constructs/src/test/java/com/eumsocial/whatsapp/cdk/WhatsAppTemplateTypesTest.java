package com.eumsocial.whatsapp.cdk;

import static com.eumsocial.whatsapp.cdk.TestApps.WABA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.eumsocial.whatsapp.definition.Category;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.json.JSONArray;
import org.json.JSONObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class WhatsAppTemplateTypesTest {
    private static final List<String> TYPES = List.of(WhatsAppMessageTemplate.RESOURCE_TYPE,
            WhatsAppLibraryTemplate.RESOURCE_TYPE, WhatsAppTemplateMedia.RESOURCE_TYPE);

    @TempDir
    static Path project;
    private static Template registration;
    private static Template templates;
    private static Stack registrationStack;
    private static Stack templatesStack;
    private static WhatsAppTemplateTypes types;

    /**
     * A registry package laid out as the resource modules build it (as `cfn submit` does), with
     * their real schema and a stand-in jar.
     */
    static Path writePackage(Path zip, String schema) throws IOException {
        String typeName = schema.contains("\"typeName\"")
                ? MetaJson.MAPPER.readTree(schema).path("typeName").asText("x") : "x";
        return writePackage(zip, schema, "target/" + typeName.replace("::", "-").toLowerCase(java.util.Locale.ROOT)
                + "-handler-0.1.0-SNAPSHOT.jar", true);
    }

    static Path writePackage(Path zip, String schema, String jarEntry, boolean settings) throws IOException {
        Files.createDirectories(zip.getParent());
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream zipOut = new ZipOutputStream(out)) {
            if (settings) {
                zipOut.putNextEntry(new ZipEntry(".rpdk-config"));
                zipOut.write("{}".getBytes(StandardCharsets.UTF_8));
            }
            zipOut.putNextEntry(new ZipEntry("schema.json"));
            zipOut.write(schema.getBytes(StandardCharsets.UTF_8));
            zipOut.putNextEntry(new ZipEntry(jarEntry));
            zipOut.write(new byte[] {1, 2, 3});
            zipOut.closeEntry();
        }
        return zip;
    }

    @BeforeAll
    static void synthesize() throws IOException {
        for (String type : TYPES) {
            writePackage(project.resolve(WhatsAppTemplateTypes.DEFAULT_PACKAGES.get(type)), RegistrySchemas.text(type));
        }
        App app = TestApps.app();
        registrationStack = TestApps.stack(app, "Registration");
        templatesStack = TestApps.stack(app, "Templates");
        // Declared before the registration: the dependency is wired whichever comes first.
        new WhatsAppMessageTemplate(registrationStack, "SameStack", WhatsAppMessageTemplateProps.builder()
                .wabaId(WABA).templateName("same_stack").language("en_US").category(Category.UTILITY)
                .components(BodyComponent.text("A template declared next to the registration of its type."))
                .build());
        types = new WhatsAppTemplateTypes(registrationStack, "Types", WhatsAppTemplateTypesProps.builder()
                .searchFrom(project.resolve("examples")).build());
        new WhatsAppTemplateFolder(templatesStack, "Folder", WhatsAppTemplateFolderProps.builder()
                .wabaId(WABA).directory(TestApps.FOLDERS.resolve("valid")).build());
        registration = Template.fromStack(registrationStack);
        templates = Template.fromStack(templatesStack);
    }

    private static List<String> permissionsOf(String type) {
        Set<String> union = new LinkedHashSet<>();
        JSONObject handlers = RegistrySchemas.json(type).getJSONObject("handlers");
        for (String handler : handlers.keySet()) {
            JSONArray permissions = handlers.getJSONObject(handler).getJSONArray("permissions");
            permissions.forEach(permission -> union.add((String) permission));
        }
        return new ArrayList<>(union);
    }

    @Test
    void eachTypeGetsAVersionFromItsPackageAndBecomesTheDefault() {
        assertThat(TestApps.resources(registration, "AWS::CloudFormation::ResourceVersion")).hasSize(3);
        for (String type : TYPES) {
            String prefix = type.substring(type.lastIndexOf(':') + 1);
            registration.hasResourceProperties("AWS::CloudFormation::ResourceVersion", Map.of(
                    "TypeName", type,
                    "SchemaHandlerPackage", Map.of("Fn::Sub", Match.stringLikeRegexp("^s3://cdk-.*-assets-.*/[0-9a-f]{64}\\.zip$")),
                    "ExecutionRoleArn", Map.of("Fn::GetAtt", List.of(id("AWS::IAM::Role", "Types" + prefix + "ExecutionRole"), "Arn")),
                    "LoggingConfig", Map.of(
                            "LogGroupName", Map.of("Ref", id("AWS::Logs::LogGroup", "TypesLogGroup")),
                            "LogRoleArn", Map.of("Fn::GetAtt", List.of(id("AWS::IAM::Role", "TypesLoggingRole"), "Arn")))));
            registration.hasResourceProperties("AWS::CloudFormation::ResourceDefaultVersion", Map.of(
                    "TypeVersionArn", Map.of("Fn::GetAtt", List.of(id("AWS::CloudFormation::ResourceVersion", "Types" + prefix + "Version"), "Arn"))));
        }
    }

    @Test
    void executionRolesHoldExactlyTheHandlerPermissionsOfTheirSchema() {
        for (String type : TYPES) {
            String prefix = type.substring(type.lastIndexOf(':') + 1);
            registration.hasResource("AWS::IAM::Role", Map.of("Properties", Map.of(
                    "AssumeRolePolicyDocument", Map.of("Statement", List.of(Map.of(
                            "Action", "sts:AssumeRole", "Effect", "Allow",
                            "Principal", Map.of("Service", "resources.cloudformation.amazonaws.com"),
                            "Condition", Map.of("StringEquals", Map.of("aws:SourceAccount", Map.of("Ref", "AWS::AccountId")),
                                    "StringLike", Map.of("aws:SourceArn", Match.anyValue())))), "Version", "2012-10-17"),
                    "MaxSessionDuration", 8400,
                    "Policies", List.of(Map.of("PolicyName", "HandlerPermissions", "PolicyDocument", Map.of(
                            "Statement", List.of(Map.of("Action", Match.anyValue(), "Effect", "Allow", "Resource", "*")),
                            "Version", "2012-10-17"))))));
            assertThat(actionsOfRole(id("AWS::IAM::Role", "Types" + prefix + "ExecutionRole")))
                    .containsExactlyInAnyOrderElementsOf(permissionsOf(type));
            assertThat(types.getRegistrations().get(type).permissions()).containsExactlyInAnyOrderElementsOf(permissionsOf(type));
        }
        assertThat(types.getLogGroup()).isNotNull();
        assertThat(types.getLoggingRole()).isNotNull();
    }

    @Test
    void templatesDeployAfterTheRegistration() {
        Map<String, Object> sameStack = TestApps.onlyResource(registration, WhatsAppMessageTemplate.RESOURCE_TYPE);
        @SuppressWarnings("unchecked")
        List<String> dependsOn = (List<String>) sameStack.get("DependsOn");
        assertThat(dependsOn).contains(id("AWS::CloudFormation::ResourceDefaultVersion", "TypesMessageTemplateDefaultVersion"),
                id("AWS::CloudFormation::ResourceDefaultVersion", "TypesTemplateMediaDefaultVersion"));
        assertThat(templatesStack.getDependencies()).containsExactly(registrationStack);
        assertThat(TestApps.resources(templates, WhatsAppMessageTemplate.RESOURCE_TYPE)).isNotEmpty();
    }

    @SuppressWarnings("unchecked")
    private static List<String> actionsOfRole(String roleId) {
        Map<String, Object> role = TestApps.resources(registration, "AWS::IAM::Role").get(roleId);
        Map<String, Object> policy = ((List<Map<String, Object>>) TestApps.properties(role).get("Policies")).get(0);
        Map<String, Object> document = (Map<String, Object>) policy.get("PolicyDocument");
        Map<String, Object> statement = ((List<Map<String, Object>>) document.get("Statement")).get(0);
        return (List<String>) statement.get("Action");
    }

    private static String id(String type, String prefix) {
        return TestApps.resources(registration, type).keySet().stream().filter(id -> id.startsWith(prefix))
                .findFirst().orElseThrow(() -> new AssertionError("no " + type + " starting with " + prefix));
    }

    @Test
    void missingOrWrongPackagesAreProgrammingErrors(@TempDir Path empty) throws IOException {
        Stack stack = TestApps.stack(TestApps.app(), "Bad");
        Files.createDirectories(empty.resolve("template-resource"));
        assertThatThrownBy(() -> new WhatsAppTemplateTypes(stack, "NotBuilt", WhatsAppTemplateTypesProps.builder()
                .searchFrom(empty).build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Bad/NotBuilt: WhatsAppTemplateTypesProps.messageTemplatePackage not given and "
                        + empty.resolve("template-resource/target/eumsocial-whatsapp-messagetemplate.zip").toAbsolutePath()
                        + " does not exist; build it with `mvn -pl template-resource package` or pass the zip's path");
        Path root = empty.getRoot();
        assertThatThrownBy(() -> new WhatsAppTemplateTypes(stack, "NoProject", WhatsAppTemplateTypesProps.builder()
                .searchFrom(root).build()))
                .hasMessage("Bad/NoProject: WhatsAppTemplateTypesProps.messageTemplatePackage not given and no "
                        + "template-resource folder found in " + root + " or any folder above it; pass the zip's path");
        Path media = project.resolve(WhatsAppTemplateTypes.DEFAULT_PACKAGES.get(WhatsAppTemplateMedia.RESOURCE_TYPE));
        assertThatThrownBy(() -> new WhatsAppTemplateTypes(stack, "Swapped", WhatsAppTemplateTypesProps.builder()
                .searchFrom(project).messageTemplatePackage(media).build()))
                .hasMessageContaining("Bad/Swapped: WhatsAppTemplateTypesProps.messageTemplatePackage: " + media
                        + " registers EUMSocial::WhatsApp::TemplateMedia, expected EUMSocial::WhatsApp::MessageTemplate");
        Path noSchema = empty.resolve("no-schema.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(noSchema))) {
            zip.putNextEntry(new ZipEntry("handler.jar"));
            zip.closeEntry();
        }
        assertThatThrownBy(() -> new WhatsAppTemplateTypes(stack, "NoSchema", WhatsAppTemplateTypesProps.builder()
                .searchFrom(project).libraryTemplatePackage(noSchema).build()))
                .hasMessageContaining("libraryTemplatePackage: registry package " + noSchema + " holds no schema.json");
        Path noPermissions = writePackage(empty.resolve("no-permissions.zip"),
                "{\"typeName\": \"EUMSocial::WhatsApp::TemplateMedia\", \"handlers\": {\"create\": {\"permissions\": []}}}");
        assertThatThrownBy(() -> new WhatsAppTemplateTypes(stack, "NoPermissions", WhatsAppTemplateTypesProps.builder()
                .searchFrom(project).templateMediaPackage(noPermissions).build()))
                .hasMessageContaining("declares no handler permissions");
        Path noType = writePackage(empty.resolve("no-type.zip"), "{}");
        assertThatThrownBy(() -> new WhatsAppTemplateTypes(stack, "NoType", WhatsAppTemplateTypesProps.builder()
                .searchFrom(project).templateMediaPackage(noType).build()))
                .hasMessageContaining("has no typeName");
        String mediaSchema = RegistrySchemas.text(WhatsAppTemplateMedia.RESOURCE_TYPE);
        Path jarAtRoot = writePackage(empty.resolve("jar-at-root.zip"), mediaSchema, "eumsocial-whatsapp-templatemedia-handler.jar",
                true);
        assertThatThrownBy(() -> new WhatsAppTemplateTypes(stack, "JarAtRoot", WhatsAppTemplateTypesProps.builder()
                .searchFrom(project).templateMediaPackage(jarAtRoot).build()))
                .hasMessageContaining("must hold exactly one handler jar target/eumsocial-whatsapp-templatemedia-*.jar, as `cfn"
                        + " submit` lays it out; it holds none");
        Path noSettings = writePackage(empty.resolve("no-settings.zip"), mediaSchema,
                "target/eumsocial-whatsapp-templatemedia-handler-1.jar", false);
        assertThatThrownBy(() -> new WhatsAppTemplateTypes(stack, "NoSettings", WhatsAppTemplateTypesProps.builder()
                .searchFrom(project).templateMediaPackage(noSettings).build()))
                .hasMessageContaining("holds no .rpdk-config");
        assertThatThrownBy(() -> new WhatsAppTemplateTypes(stack, "Missing", WhatsAppTemplateTypesProps.builder()
                .searchFrom(project).templateMediaPackage(empty.resolve("nope.zip")).build()))
                .hasMessageContaining("registry package " + empty.resolve("nope.zip") + " does not exist");
    }
}
