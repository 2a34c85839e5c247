package com.eumsocial.whatsapp.commons.testing;

import static org.mockito.Mockito.mockingDetails;

import com.eumsocial.whatsapp.commons.TypeConfigurationModel;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the files a resource type hands to the registry (schema, resource-role.yaml,
 * configuration-schema.json) for the checks every type's tests make: permissions against the
 * role and against the calls the handlers really make, and the configuration schema against the
 * shared type configuration. Paths are relative to the module (surefire's working directory).
 */
public final class RegistryFiles {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** An IAM action as a YAML list item: "- social-messaging:GetX" or "- s3:GetObject", quoted or not. */
    private static final Pattern ACTION_ITEM = Pattern.compile("^\\s*-\\s*\"?([a-z0-9-]+:[A-Za-z0-9*]+)\"?\\s*$");

    private RegistryFiles() {
    }

    public static JsonNode json(Path file) {
        try {
            return MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code handlers.<handler>.permissions} of a schema (empty when the handler is not declared). */
    public static Set<String> handlerPermissions(JsonNode schema, String handler) {
        Set<String> actions = new TreeSet<>();
        schema.path("handlers").path(handler).path("permissions").forEach(p -> actions.add(p.asText()));
        return actions;
    }

    /** The union of every handler's permissions: what the execution role must grant. */
    public static Set<String> allHandlerPermissions(JsonNode schema) {
        Set<String> actions = new TreeSet<>();
        schema.path("handlers").fieldNames().forEachRemaining(handler -> actions.addAll(handlerPermissions(schema, handler)));
        return actions;
    }

    /** Every action the role file lists (YAML list items shaped like an IAM action). */
    public static Set<String> roleActions(Path resourceRoleYaml) {
        Set<String> actions = new TreeSet<>();
        try {
            for (String line : Files.readAllLines(resourceRoleYaml)) {
                Matcher item = ACTION_ITEM.matcher(line);
                if (item.matches()) {
                    actions.add(item.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return actions;
    }

    /**
     * The Social Messaging actions a Mockito mock of the client was asked for: method
     * {@code getWhatsAppMessageTemplate} is action {@code social-messaging:GetWhatsAppMessageTemplate}.
     */
    public static Set<String> calledActions(Object mockClient) {
        Set<String> actions = new TreeSet<>();
        mockingDetails(mockClient).getInvocations().forEach(invocation -> {
            String method = invocation.getMethod().getName();
            actions.add("social-messaging:" + Character.toUpperCase(method.charAt(0)) + method.substring(1));
        });
        return actions;
    }

    /** What configuration-schema.json must hold: the shared type configuration, the schema's definitions, its typeName. */
    public static JsonNode expectedConfigurationSchema(JsonNode schema) {
        try {
            ObjectNode expected = (ObjectNode) MAPPER.readTree(TypeConfigurationModel.schemaJson());
            // As `cfn` writes it: schema.get("definitions", {}).
            expected.set("definitions", schema.has("definitions") ? schema.get("definitions") : MAPPER.createObjectNode());
            expected.set("typeName", schema.get("typeName"));
            return expected;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
