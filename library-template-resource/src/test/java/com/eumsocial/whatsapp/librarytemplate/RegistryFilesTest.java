package com.eumsocial.whatsapp.librarytemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.eumsocial.whatsapp.commons.TypeConfigurationModel;
import com.eumsocial.whatsapp.commons.testing.RegistryFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.cloudformation.resource.ResourceTypeSchema;
import software.amazon.cloudformation.resource.Validator;
import software.amazon.cloudformation.resource.exceptions.ValidationException;

/** The files the registry takes: schema, execution role, .rpdk-config and contract-test inputs. */
class RegistryFilesTest {
    private static final Path SCHEMA = Path.of("eumsocial-whatsapp-librarytemplate.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JSONObject schema() throws Exception {
        return new JSONObject(Files.readString(SCHEMA));
    }

    private static List<String> pointers(Collection<?> pointers) {
        return pointers.stream().map(Object::toString).toList();
    }

    @Test
    void theSchemaPassesTheResourceSchemaMetaSchema() throws Exception {
        ResourceTypeSchema loaded = ResourceTypeSchema.load(schema());

        assertThat(loaded.getTypeName()).isEqualTo(ResourceModel.TYPE_NAME);
        assertThat(pointers(loaded.getPrimaryIdentifier())).containsExactly("/properties/WabaId", "/properties/MetaTemplateId");
        assertThat(pointers(loaded.getReadOnlyProperties())).containsExactlyInAnyOrder("/properties/MetaTemplateId",
            "/properties/Status", "/properties/QualityScore", "/properties/RejectedReason", "/properties/Components");
        // Everything but WaitForApproval is create-only (the contract).
        assertThat(pointers(loaded.getCreateOnlyProperties())).containsExactlyInAnyOrder("/properties/WabaId",
            "/properties/TemplateName", "/properties/LibraryTemplateName", "/properties/Category", "/properties/Language",
            "/properties/ButtonInputs", "/properties/BodyInputs");
        assertThat(pointers(loaded.getWriteOnlyProperties())).contains("/properties/WaitForApproval");
    }

    @Test
    void theMetaSchemaCheckCatchesABrokenSchema() throws Exception {
        JSONObject broken = schema();
        broken.getJSONObject("properties").getJSONObject("WabaId").put("type", "text");

        assertThatThrownBy(() -> ResourceTypeSchema.load(broken)).isInstanceOf(ValidationException.class);
    }

    @Test
    void timeoutsAreTheOnesTheHandlersWaitWithin() throws Exception {
        JsonNode handlers = JSON.readTree(SCHEMA.toFile()).get("handlers");

        assertThat(handlers.at("/create/timeoutInMinutes").asInt()).isEqualTo(TypeSettings.CREATE_TIMEOUT_MINUTES);
        assertThat(handlers.at("/delete/timeoutInMinutes").asInt()).isEqualTo(TypeSettings.DELETE_TIMEOUT_MINUTES);
        assertThat(TypeSettings.REVIEW_MAX_WAIT.toMinutes()).isLessThan(TypeSettings.CREATE_TIMEOUT_MINUTES);
        assertThat(TypeSettings.DELETE_MAX_WAIT.toMinutes()).isLessThan(TypeSettings.DELETE_TIMEOUT_MINUTES);
    }

    @Test
    void theSchemaAndTheHandlerRulesAgreeOnTheAllowedValues() throws Exception {
        JsonNode definitions = JSON.readTree(SCHEMA.toFile()).get("definitions");
        Set<String> buttonTypes = new TreeSet<>();
        definitions.at("/ButtonInput/properties/Type/enum").forEach(v -> buttonTypes.add(v.asText()));
        Set<String> otpTypes = new TreeSet<>();
        definitions.at("/ButtonInput/properties/OtpType/enum").forEach(v -> otpTypes.add(v.asText()));

        assertThat(buttonTypes).isEqualTo(new TreeSet<>(InputRules.BUTTON_TYPES));
        assertThat(otpTypes).isEqualTo(new TreeSet<>(InputRules.OTP_TYPES));
        assertThat(definitions.at("/BodyInputs/properties/CodeExpirationMinutes/minimum").asInt())
            .isEqualTo(com.eumsocial.whatsapp.definition.MetaLimits.CODE_EXPIRATION_MIN_MINUTES);
        assertThat(definitions.at("/BodyInputs/properties/CodeExpirationMinutes/maximum").asInt())
            .isEqualTo(com.eumsocial.whatsapp.definition.MetaLimits.CODE_EXPIRATION_MAX_MINUTES);
        assertThat(definitions.at("/ButtonInput/properties/Url").isMissingNode()).isFalse();
    }

    @Test
    void theTypeConfigurationIsTheOneSharedByAllTypes() throws Exception {
        assertThat(JSON.readTree(SCHEMA.toFile()).get("typeConfiguration"))
            .isEqualTo(JSON.readTree(TypeConfigurationModel.schemaJson()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"inputs/inputs_1_create.json", "inputs/inputs_1_update.json"})
    void theContractTestInputsAreValid(String file) throws Exception {
        new Validator().validateObject(new JSONObject(Files.readString(Path.of(file))), schema());
    }

    @Test
    void theInvalidInputIsRejectedByTheSchema() throws Exception {
        JSONObject invalid = new JSONObject(Files.readString(Path.of("inputs/inputs_1_invalid.json")));

        assertThatThrownBy(() -> new Validator().validateObject(invalid, schema())).isInstanceOf(ValidationException.class);
    }

    @Test
    void theUpdateInputChangesOnlyWaitForApproval() throws Exception {
        JsonNode create = JSON.readTree(Path.of("inputs/inputs_1_create.json").toFile());
        JsonNode update = JSON.readTree(Path.of("inputs/inputs_1_update.json").toFile());

        Set<String> changed = new TreeSet<>();
        create.fieldNames().forEachRemaining(name -> {
            if (!create.get(name).equals(update.get(name))) {
                changed.add(name);
            }
        });
        assertThat(changed).containsExactly("WaitForApproval");
    }

    @Test
    void theExecutionRoleGrantsExactlyTheHandlerPermissionsOnTheWabas() throws Exception {
        Path role = Path.of("resource-role.yaml");

        assertThat(RegistryFiles.roleActions(role)).isEqualTo(RegistryFiles.allHandlerPermissions(JSON.readTree(SCHEMA.toFile())));
        String text = Files.readString(role);
        assertThat(text).contains("Service: resources.cloudformation.amazonaws.com")
            .contains("Fn::Sub: arn:${AWS::Partition}:social-messaging:*:${AWS::AccountId}:waba/*");
        assertThat(text.split("Resource:", -1)).hasSize(2);
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
