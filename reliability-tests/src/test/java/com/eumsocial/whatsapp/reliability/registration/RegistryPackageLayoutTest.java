package com.eumsocial.whatsapp.reliability.registration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 14, item 7: each registry zip the resource modules build is laid out as `cfn submit`
 * writes it, checked with the rules of cloudformation-cli 0.2.39
 * ({@code Project._add_resources_content_to_zip}, {@code write_settings} and its settings schema)
 * and of its Java plugin 2.2.3 ({@code package}, {@code _find_jar}). The zips are built by the
 * resource modules' {@code package} phase, which a reactor build runs before this module's tests.
 */
class RegistryPackageLayoutTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TYPE_NAME_PATTERN = "^[a-zA-Z0-9]{2,64}::[a-zA-Z0-9]{2,64}::[a-zA-Z0-9]{2,64}$";

    @ParameterizedTest
    @CsvSource({
        "template-resource, EUMSocial::WhatsApp::MessageTemplate, com.eumsocial.whatsapp.messagetemplate",
        "library-template-resource, EUMSocial::WhatsApp::LibraryTemplate, com.eumsocial.whatsapp.librarytemplate",
        "media-resource, EUMSocial::WhatsApp::TemplateMedia, com.eumsocial.whatsapp.templatemedia"})
    void theZipIsLaidOutAsCfnSubmitWritesIt(String module, String typeName, String javaPackage) throws IOException {
        String hyphenated = typeName.replace("::", "-").toLowerCase(Locale.ROOT);
        Path moduleDir = Path.of("..", module).toAbsolutePath().normalize();
        Path zipPath = moduleDir.resolve("target").resolve(hyphenated + ".zip");
        assertThat(zipPath).as("build it first: mvn -B -pl " + module + " -am package -DskipTests").isRegularFile();

        try (ZipFile zip = new ZipFile(zipPath.toFile())) {
            List<String> names = Collections.list(zip.entries()).stream().map(ZipEntry::getName).toList();
            // `cfn submit` stores entries (ZIP_STORED) so the upload's size check sees the real size.
            assertThat(Collections.list(zip.entries())).allSatisfy(e -> assertThat(e.getMethod()).as(e.getName())
                .isEqualTo(ZipEntry.STORED));

            JsonNode settings = read(zip, ".rpdk-config");
            assertThat(settings.path("artifact_type").asText()).isEqualTo("RESOURCE");
            assertThat(settings.path("typeName").asText()).isEqualTo(typeName).matches(TYPE_NAME_PATTERN);
            assertThat(settings.path("language").asText()).isEqualTo("java");
            assertThat(settings.path("runtime").asText()).isEqualTo("java17");
            assertThat(settings.path("entrypoint").asText()).isEqualTo(javaPackage + ".HandlerWrapper::handleRequest");
            assertThat(settings.path("testEntrypoint").asText()).isEqualTo(javaPackage + ".HandlerWrapper::testEntrypoint");
            assertThat(settings.path("settings").path("protocolVersion").asText()).isEqualTo("2.0.0");
            assertThat(JSON.convertValue(settings.path("settings").path("namespace"), List.class))
                .isEqualTo(List.of(javaPackage.split("\\.")));
            assertThat(settings.has("canarySettings")).isTrue();

            JsonNode schema = read(zip, "schema.json");
            assertThat(schema.path("typeName").asText()).isEqualTo(typeName);
            // The CLI writes configuration-schema.json from the schema: typeConfiguration + definitions + typeName.
            ObjectNode expectedConfiguration = ((ObjectNode) schema.path("typeConfiguration")).deepCopy();
            expectedConfiguration.set("definitions", schema.has("definitions") ? schema.get("definitions") : JSON.createObjectNode());
            expectedConfiguration.put("typeName", typeName);
            assertThat(read(zip, "configuration-schema.json")).isEqualTo(expectedConfiguration);
            assertThat(read(zip, ".cfn_metadata.json").path("plugin-name").asText()).isEqualTo("java");

            // The Java plugin's _find_jar: exactly one target/<hyphenated type name>-*.jar.
            List<String> jars = names.stream().filter(n -> n.startsWith("target/" + hyphenated + "-") && n.endsWith(".jar")
                && n.indexOf('/', "target/".length()) < 0).toList();
            assertThat(jars).singleElement().asString().matches("target/" + hyphenated + "-handler-[0-9][^/]*\\.jar");
            List<String> jarClasses = jarEntries(zip, jars.get(0));
            String wrapper = javaPackage.replace('.', '/') + "/HandlerWrapper.class";
            assertThat(jarClasses).contains(wrapper, "software/amazon/cloudformation/LambdaWrapper.class");

            // The plugin's package(): pom.xml and every file under src/.
            assertThat(names).contains("pom.xml");
            assertThat(names).containsAll(relativeFiles(moduleDir, "src"));
            assertThat(names).contains("src/main/java/" + javaPackage.replace('.', '/') + "/HandlerWrapper.java");
            // The CLI's inputs/ folder, file by file.
            assertThat(names).containsAll(relativeFiles(moduleDir, "inputs")).anyMatch(n -> n.startsWith("inputs/"));
        }
    }

    private static JsonNode read(ZipFile zip, String entry) throws IOException {
        ZipEntry found = zip.getEntry(entry);
        assertThat(found).as(entry + " in " + zip.getName()).isNotNull();
        try (InputStream in = zip.getInputStream(found)) {
            return JSON.readTree(in);
        }
    }

    private static List<String> jarEntries(ZipFile zip, String jar) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(zip.getInputStream(zip.getEntry(jar)))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        return names;
    }

    private static List<String> relativeFiles(Path moduleDir, String folder) throws IOException {
        try (Stream<Path> files = Files.walk(moduleDir.resolve(folder))) {
            return files.filter(Files::isRegularFile).map(f -> moduleDir.relativize(f).toString().replace('\\', '/')).toList();
        }
    }
}
