package com.eumsocial.whatsapp.cdk;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A registry package (the zip a resource module builds) and what the registration needs from its
 * schema: the type name and the union of {@code handlers.*.permissions}. Reading the permissions
 * from the packaged schema keeps one source of truth: the role grants exactly what the
 * registered handlers declare.
 */
final class ResourceTypePackage {
    private static final String SCHEMA_ENTRY = "schema.json";
    private static final String SETTINGS_ENTRY = ".rpdk-config";

    private final Path zip;
    private final String typeName;
    private final List<String> permissions;

    private ResourceTypePackage(Path zip, String typeName, List<String> permissions) {
        this.zip = zip;
        this.typeName = typeName;
        this.permissions = permissions;
    }

    static ResourceTypePackage read(Path zip) {
        if (!Files.isRegularFile(zip)) {
            throw new IllegalArgumentException("registry package " + zip + " does not exist");
        }
        JsonNode schema;
        try (ZipFile file = new ZipFile(zip.toFile())) {
            ZipEntry entry = file.getEntry(SCHEMA_ENTRY);
            if (entry == null) {
                throw new IllegalArgumentException("registry package " + zip + " holds no " + SCHEMA_ENTRY);
            }
            schema = MetaJson.MAPPER.readTree(file.getInputStream(entry));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read registry package " + zip + ": " + e.getMessage(), e);
        }
        String typeName = schema.path("typeName").asText("");
        if (typeName.isEmpty()) {
            throw new IllegalArgumentException("the schema in " + zip + " has no typeName");
        }
        Set<String> permissions = new LinkedHashSet<>();
        Iterator<Map.Entry<String, JsonNode>> handlers = schema.path("handlers").fields();
        while (handlers.hasNext()) {
            handlers.next().getValue().path("permissions").forEach(permission -> permissions.add(permission.asText()));
        }
        if (permissions.isEmpty()) {
            throw new IllegalArgumentException("the schema in " + zip + " declares no handler permissions");
        }
        requireSubmitLayout(zip, typeName);
        return new ResourceTypePackage(zip, typeName, List.copyOf(new ArrayList<>(permissions)));
    }

    /**
     * The registry builds the handlers from the package as `cfn submit` lays it out: the Java
     * plugin's build looks for exactly one {@code target/<type-name-hyphenated>-*.jar} next to
     * {@code .rpdk-config} (cloudformation-cli-java-plugin, codegen.py {@code _find_jar}). A zip
     * in another layout (such as this project's packages before issue 14) is refused here, at
     * synth, instead of failing the registration in the account.
     */
    private static void requireSubmitLayout(Path zip, String typeName) {
        String jarPrefix = "target/" + typeName.replace("::", "-").toLowerCase(java.util.Locale.ROOT) + "-";
        List<String> jars = new ArrayList<>();
        boolean settings = false;
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (var entries = file.entries(); entries.hasMoreElements();) {
                String name = entries.nextElement().getName();
                settings |= name.equals(SETTINGS_ENTRY);
                if (name.startsWith(jarPrefix) && name.endsWith(".jar") && name.indexOf('/', "target/".length()) < 0) {
                    jars.add(name);
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read registry package " + zip + ": " + e.getMessage(), e);
        }
        if (!settings) {
            throw new IllegalArgumentException("registry package " + zip + " holds no " + SETTINGS_ENTRY
                    + "; rebuild it with `mvn package` in its resource module");
        }
        if (jars.size() != 1) {
            throw new IllegalArgumentException("registry package " + zip + " must hold exactly one handler jar " + jarPrefix
                    + "*.jar, as `cfn submit` lays it out; it holds " + (jars.isEmpty() ? "none" : jars)
                    + " (rebuild it with `mvn package` in its resource module)");
        }
    }

    Path zip() {
        return zip;
    }

    String typeName() {
        return typeName;
    }

    /** Union of every handler's permissions, in the order the schema first names them. */
    List<String> permissions() {
        return permissions;
    }
}
