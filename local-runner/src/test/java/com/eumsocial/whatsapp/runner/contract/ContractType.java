package com.eumsocial.whatsapp.runner.contract;

import com.eumsocial.whatsapp.runner.invoke.ResourceType;
import com.eumsocial.whatsapp.runner.invoke.TypeSchema;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * What the contract needs to know about one resource type: its schema (the copy packaged with the
 * handlers, as CloudFormation sees it) and the contract-test inputs of its module. The property
 * lists come from the schema so that a schema change changes what the suite expects.
 */
enum ContractType {
    MESSAGE_TEMPLATE(ResourceType.MESSAGE_TEMPLATE, "template-resource"),
    LIBRARY_TEMPLATE(ResourceType.LIBRARY_TEMPLATE, "library-template-resource"),
    TEMPLATE_MEDIA(ResourceType.TEMPLATE_MEDIA, "media-resource");

    static final ObjectMapper MAPPER = new ObjectMapper();

    private final ResourceType resourceType;
    private final String module;

    ContractType(ResourceType resourceType, String module) {
        this.resourceType = resourceType;
        this.module = module;
    }

    ResourceType resourceType() {
        return resourceType;
    }

    String typeName() {
        return resourceType.typeName();
    }

    /** The schema the handler jar carries (the registry reads the same file from the zip). */
    TypeSchema schema() {
        return resourceType.schema();
    }

    List<String> primaryIdentifier() {
        return schema().primaryIdentifier();
    }

    Set<String> readOnly() {
        return schema().readOnly();
    }

    Set<String> writeOnly() {
        return schema().writeOnly();
    }

    Set<String> createOnly() {
        return schema().createOnly();
    }

    boolean declaresHandler(String handler) {
        return schema().handlers().contains(handler);
    }

    /** {@code handlers.<op>.timeoutInMinutes}, or the registry's default of 120 when absent. */
    int timeoutInMinutes(String handler) {
        return schema().json().path("handlers").path(handler).path("timeoutInMinutes").asInt(120);
    }

    /** One of the module's contract-test inputs ({@code inputs_1_create.json}, ...), as a fresh copy. */
    ObjectNode input(String fileName) {
        Path file = moduleDirectory().resolve("inputs").resolve(fileName);
        try {
            return (ObjectNode) MAPPER.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read contract input " + file.toAbsolutePath(), e);
        }
    }

    /** The resource module's folder: surefire runs in local-runner/, a sibling of it. */
    Path moduleDirectory() {
        Path here = Path.of("").toAbsolutePath();
        for (Path dir = here; dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve(module).resolve("inputs"))) {
                return dir.resolve(module);
            }
        }
        throw new IllegalStateException("Cannot find " + module + "/inputs from " + here);
    }
}
