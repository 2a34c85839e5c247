package com.eumsocial.whatsapp.templatemedia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.eumsocial.whatsapp.commons.TypeConfigurationModel;
import com.eumsocial.whatsapp.commons.testing.RegistryFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;
import software.amazon.cloudformation.resource.ResourceTypeSchema;
import software.amazon.cloudformation.resource.Validator;
import software.amazon.cloudformation.resource.exceptions.ValidationException;

/** The files the registry takes: schema, execution role, .rpdk-config and contract-test inputs. */
class RegistryFilesTest {
    private static final Path SCHEMA = Path.of("eumsocial-whatsapp-templatemedia.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JSONObject schema() throws Exception {
        return new JSONObject(Files.readString(SCHEMA));
    }

    @Test
    void theSchemaPassesTheResourceSchemaMetaSchema() throws Exception {
        ResourceTypeSchema loaded = ResourceTypeSchema.load(schema());

        assertThat(loaded.getTypeName()).isEqualTo(ResourceModel.TYPE_NAME);
        assertThat(pointers(loaded.getPrimaryIdentifier())).containsExactly("/properties/MetaHeaderHandle");
        assertThat(pointers(loaded.getReadOnlyProperties())).containsExactly("/properties/MetaHeaderHandle");
        assertThat(pointers(loaded.getCreateOnlyProperties()))
            .containsExactlyInAnyOrder("/properties/WabaId", "/properties/SourceS3Bucket", "/properties/SourceS3Key");
    }

    private static java.util.List<String> pointers(java.util.Collection<?> pointers) {
        return pointers.stream().map(Object::toString).toList();
    }

    @Test
    void theMetaSchemaCheckCatchesABrokenSchema() throws Exception {
        JSONObject broken = schema();
        broken.remove("primaryIdentifier");

        assertThatThrownBy(() -> ResourceTypeSchema.load(broken)).isInstanceOf(ValidationException.class);
    }

    @Test
    void theTypeConfigurationIsTheOneSharedByAllTypes() throws Exception {
        JsonNode schema = JSON.readTree(SCHEMA.toFile());

        assertThat(schema.get("typeConfiguration")).isEqualTo(JSON.readTree(TypeConfigurationModel.schemaJson()));
    }

    @Test
    void theCreateInputIsValidAndTheInvalidInputIsNot() throws Exception {
        Validator validator = new Validator();
        JSONObject create = new JSONObject(Files.readString(Path.of("inputs/inputs_1_create.json")));
        JSONObject invalid = new JSONObject(Files.readString(Path.of("inputs/inputs_1_invalid.json")));

        validator.validateObject(create, schema());
        assertThatThrownBy(() -> validator.validateObject(invalid, schema())).isInstanceOf(ValidationException.class);
    }

    @Test
    void theExecutionRoleGrantsExactlyTheHandlerPermissions() throws Exception {
        Path role = Path.of("resource-role.yaml");
        JsonNode schema = JSON.readTree(SCHEMA.toFile());

        assertThat(RegistryFiles.roleActions(role)).isEqualTo(RegistryFiles.allHandlerPermissions(schema)).contains("s3:GetObject");
        assertThat(RegistryFiles.handlerPermissions(schema, "create")).contains("s3:GetObject");
        String text = Files.readString(role);
        assertThat(text).contains("Service: resources.cloudformation.amazonaws.com")
            .contains("Fn::Sub: arn:${AWS::Partition}:social-messaging:*:${AWS::AccountId}:waba/*")
            .contains("Fn::Sub: arn:${AWS::Partition}:s3:::*/*");
    }

    @Test
    void theConfigurationSchemaIsTheTypeConfigurationWithTheTypeName() throws Exception {
        assertThat(JSON.readTree(Path.of("configuration-schema.json").toFile()))
            .isEqualTo(RegistryFiles.expectedConfigurationSchema(JSON.readTree(SCHEMA.toFile())));
        assertThat(JSON.readTree(Path.of(".cfn_metadata.json").toFile()).get("plugin-name").asText()).isEqualTo("java");
    }

    @Test
    void rpdkConfigNamesThisTypeAndAnEntryPointThatExists() throws Exception {
        JsonNode config = JSON.readTree(Path.of(".rpdk-config").toFile());

        assertThat(config.get("typeName").asText()).isEqualTo(ResourceModel.TYPE_NAME);
        assertThat(config.get("runtime").asText()).isEqualTo("java17");
        assertThat(config.at("/settings/protocolVersion").asText()).isEqualTo("2.0.0");
        assertThat(config.get("entrypoint").asText()).isEqualTo(HandlerWrapper.class.getName() + "::handleRequest");
        assertThat(config.get("testEntrypoint").asText()).isEqualTo(HandlerWrapper.class.getName() + "::testEntrypoint");
    }
}
