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
        return new ResourceTypePackage(zip, typeName, List.copyOf(new ArrayList<>(permissions)));
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
