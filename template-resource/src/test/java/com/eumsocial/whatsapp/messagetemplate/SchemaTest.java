package com.eumsocial.whatsapp.messagetemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import com.eumsocial.whatsapp.commons.WaitState;
import com.eumsocial.whatsapp.commons.TypeConfigurationModel;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.socialmessaging.model.CreateWhatsAppMessageTemplateRequest;
import software.amazon.awssdk.services.socialmessaging.model.CreateWhatsAppMessageTemplateResponse;
import software.amazon.awssdk.services.socialmessaging.model.DeleteWhatsAppMessageTemplateRequest;
import software.amazon.awssdk.services.socialmessaging.model.DeleteWhatsAppMessageTemplateResponse;
import software.amazon.awssdk.services.socialmessaging.model.ListWhatsAppMessageTemplatesRequest;
import software.amazon.awssdk.services.socialmessaging.model.ListWhatsAppMessageTemplatesResponse;
import software.amazon.awssdk.services.socialmessaging.model.RegistrationStatus;
import software.amazon.awssdk.services.socialmessaging.model.UpdateWhatsAppMessageTemplateRequest;
import software.amazon.awssdk.services.socialmessaging.model.UpdateWhatsAppMessageTemplateResponse;
import software.amazon.cloudformation.resource.ResourceTypeSchema;
import software.amazon.cloudformation.resource.Serializer;
import software.amazon.cloudformation.resource.Validator;
import software.amazon.cloudformation.proxy.HandlerErrorCode;

/** The schema file against the registry's meta-schema, the model, the handlers and the role. */
class SchemaTest {
    private static final Path MODULE = Path.of(System.getProperty("user.dir"));

    static JSONObject schema() {
        try (InputStream in = SchemaTest.class.getResourceAsStream(TypeSettings.SCHEMA_RESOURCE)) {
            return new JSONObject(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode schemaNode() throws IOException {
        return HandlerTestBase.MAPPER.readTree(schema().toString());
    }

    @Test
    void theClasspathSchemaIsTheModuleRootFile() throws IOException {
        assertThat(HandlerTestBase.MAPPER.readTree(Files.readString(MODULE.resolve("eumsocial-whatsapp-messagetemplate.json"))))
            .isEqualTo(schemaNode());
    }

    @Test
    void theSchemaIsValidAgainstTheProviderDefinitionMetaSchema() {
        ResourceTypeSchema type = ResourceTypeSchema.load(schema());
        assertThat(type.getTypeName()).isEqualTo(ResourceModel.TYPE_NAME);
        assertThat(type.getPrimaryIdentifierAsStrings()).containsExactly("/properties/WabaId", "/properties/MetaTemplateId");
        assertThat(type.getAdditionalIdentifiersAsStrings())
            .containsExactly(List.of("/properties/WabaId", "/properties/TemplateName", "/properties/Language"));
        assertThat(type.getCreateOnlyPropertiesAsStrings()).containsExactlyInAnyOrder("/properties/WabaId",
            "/properties/TemplateName", "/properties/Language", "/properties/ParameterFormat");
        assertThat(type.getReadOnlyPropertiesAsStrings()).containsExactlyInAnyOrder("/properties/MetaTemplateId",
            "/properties/Status", "/properties/QualityScore", "/properties/RejectedReason");
        assertThat(type.getWriteOnlyPropertiesAsStrings()).containsExactly("/properties/WaitForApproval");
        assertThat(schema().getJSONObject("tagging").getBoolean("taggable")).isFalse();
    }

    @Test
    void theMetaSchemaCheckIsRealAMalformedSchemaFails() {
        JSONObject broken = schema();
        broken.getJSONObject("definitions").getJSONObject("Component").put("additionalProperties", true);
        assertThatThrownBy(() -> ResourceTypeSchema.load(broken)).isInstanceOf(RuntimeException.class);

        JSONObject unknownKey = schema();
        unknownKey.put("handlerz", new JSONObject());
        assertThatThrownBy(() -> ResourceTypeSchema.load(unknownKey)).isInstanceOf(RuntimeException.class);
    }

    @Test
    void timeoutsAllowADayLongReview() {
        ResourceTypeSchema type = ResourceTypeSchema.load(schema());
        assertThat(type.getHandlerTimeoutInMinutes("create")).isEqualTo(TypeSettings.CREATE_UPDATE_TIMEOUT_MINUTES).isEqualTo(2160);
        assertThat(type.getHandlerTimeoutInMinutes("update")).isEqualTo(TypeSettings.CREATE_UPDATE_TIMEOUT_MINUTES);
        assertThat(type.getHandlerTimeoutInMinutes("delete")).isEqualTo(TypeSettings.DELETE_TIMEOUT_MINUTES);
        assertThat(TypeSettings.REVIEW_MAX_WAIT.toHours()).isGreaterThanOrEqualTo(24);
    }

    @Test
    void theTypeConfigurationIsTheSharedOneAndConfigurationSchemaJsonMatches() throws IOException {
        JsonNode shared = HandlerTestBase.MAPPER.readTree(TypeConfigurationModel.schemaJson());
        JsonNode schema = schemaNode();
        assertThat(schema.get("typeConfiguration")).isEqualTo(shared);

        ObjectNode expected = (ObjectNode) shared.deepCopy();
        expected.set("definitions", schema.get("definitions"));
        expected.put("typeName", ResourceModel.TYPE_NAME);
        assertThat(HandlerTestBase.MAPPER.readTree(Files.readString(MODULE.resolve("configuration-schema.json"))))
            .isEqualTo(expected);
    }

    // ---- permissions: exactly the operations each handler calls ----

    private static Set<String> permissions(String handler) {
        return new TreeSet<>(ResourceTypeSchema.load(schema()).getHandlerPermissions(handler));
    }

    /** Runs scenarios on fresh mocks and collects every operation called. */
    private static Set<String> called(List<Consumer<HandlerTestBase>> scenarios) {
        Set<String> all = new TreeSet<>();
        for (Consumer<HandlerTestBase> scenario : scenarios) {
            HandlerTestBase base = new HandlerTestBase() { };
            scenario.accept(base);
            all.addAll(base.operationsCalled());
        }
        return all;
    }

    private static void approvedAfterCreate(HandlerTestBase t) {
        t.wabaLinked(RegistrationStatus.COMPLETE);
        t.templatesListed();
        when(t.client.createWhatsAppMessageTemplate(any(CreateWhatsAppMessageTemplateRequest.class)))
            .thenReturn(CreateWhatsAppMessageTemplateResponse.builder().metaTemplateId(HandlerTestBase.ID).templateStatus("PENDING").build());
        t.getReturns(HandlerTestBase.meta("APPROVED"));
        var first = t.run(new CreateHandler(), HandlerTestBase.desired(), null);
        assertThat(t.run(new CreateHandler(), first.getResourceModel(), first.getCallbackContext()).isSuccess()).isTrue();
    }

    private static void rejectedAfterCreate(HandlerTestBase t) {
        t.getReturns(HandlerTestBase.meta("REJECTED"));
        when(t.client.deleteWhatsAppMessageTemplate(any(DeleteWhatsAppMessageTemplateRequest.class)))
            .thenReturn(DeleteWhatsAppMessageTemplateResponse.builder().build());
        var event = t.run(new CreateHandler(), HandlerTestBase.desired(),
            new CallbackContext(HandlerTestBase.ID, HandlerTestBase.NAME, true, WaitState.startingAt(t.clock.instant())));
        assertThat(event.getErrorCode()).isEqualTo(HandlerErrorCode.NotStabilized);
    }

    private static ResourceModel withId(ResourceModel model) {
        model.setMetaTemplateId(HandlerTestBase.ID);
        return model;
    }

    @Test
    void createPermissionsAreExactlyTheCallsItMakes() {
        assertThat(called(List.of(SchemaTest::approvedAfterCreate, SchemaTest::rejectedAfterCreate)))
            .isEqualTo(permissions("create"));
    }

    @Test
    void readPermissionsAreExactlyTheCallsItMakes() {
        assertThat(called(List.of(t -> {
            t.getReturns(HandlerTestBase.meta("APPROVED"));
            assertThat(t.run(new ReadHandler(), withId(HandlerTestBase.desired()), null).isSuccess()).isTrue();
        }))).isEqualTo(permissions("read"));
    }

    @Test
    void updatePermissionsAreExactlyTheCallsItMakes() {
        assertThat(called(List.of(t -> {
            t.getReturns(HandlerTestBase.meta("APPROVED"), HandlerTestBase.meta("APPROVED").components(HandlerTestBase.EDITED_COMPONENTS));
            when(t.client.updateWhatsAppMessageTemplate(any(UpdateWhatsAppMessageTemplateRequest.class)))
                .thenReturn(UpdateWhatsAppMessageTemplateResponse.builder().build());
            ResourceModel edited = withId(HandlerTestBase.desired());
            edited.setComponents(HandlerTestBase.components(HandlerTestBase.EDITED_COMPONENTS));
            var first = t.run(new UpdateHandler(), edited, withId(HandlerTestBase.desired()), null);
            assertThat(t.run(new UpdateHandler(), first.getResourceModel(), null, first.getCallbackContext()).isSuccess()).isTrue();
        }))).isEqualTo(permissions("update"));
    }

    @Test
    void deletePermissionsAreExactlyTheCallsItMakes() {
        assertThat(called(List.of(t -> {
            t.getReturns(HandlerTestBase.meta("APPROVED"), HandlerTestBase.meta("DELETED"));
            when(t.client.deleteWhatsAppMessageTemplate(any(DeleteWhatsAppMessageTemplateRequest.class)))
                .thenReturn(DeleteWhatsAppMessageTemplateResponse.builder().build());
            assertThat(t.run(new DeleteHandler(), withId(HandlerTestBase.desired()), null).isSuccess()).isTrue();
        }))).isEqualTo(permissions("delete"));
    }

    @Test
    void listPermissionsAreExactlyTheCallsItMakes() {
        assertThat(called(List.of(t -> {
            when(t.client.listWhatsAppMessageTemplates(any(ListWhatsAppMessageTemplatesRequest.class)))
                .thenReturn(ListWhatsAppMessageTemplatesResponse.builder().build());
            ResourceModel filter = new ResourceModel();
            filter.setWabaId(HandlerTestBase.WABA);
            assertThat(t.run(new ListHandler(), filter, null).isSuccess()).isTrue();
        }))).isEqualTo(permissions("list"));
    }

    @Test
    void theExecutionRoleHoldsExactlyTheUnionOfHandlerPermissions() throws IOException {
        String role = Files.readString(MODULE.resolve("resource-role.yaml"));
        Set<String> union = new TreeSet<>();
        for (String handler : List.of("create", "read", "update", "delete", "list")) {
            union.addAll(permissions(handler));
        }
        Set<String> inRole = role.lines().map(String::trim).filter(l -> l.startsWith("- \"social-messaging:"))
            .map(l -> l.substring(3, l.length() - 1)).collect(Collectors.toCollection(TreeSet::new));
        assertThat(inRole).isEqualTo(union);
        assertThat(role).contains("resources.cloudformation.amazonaws.com")
            .contains("arn:${AWS::Partition}:social-messaging:*:${AWS::AccountId}:waba/*");
    }

    // ---- the model and the schema describe the same properties ----

    @Test
    void everySchemaPropertyRoundTripsThroughTheResourceModel() throws IOException {
        JsonNode properties = schemaNode().get("properties");
        ObjectNode full = HandlerTestBase.MAPPER.createObjectNode();
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = properties.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            names.add(name);
            String type = properties.get(name).path("type").asText();
            switch (type) {
                case "boolean" -> full.put(name, false);
                case "array" -> full.set(name, HandlerTestBase.MAPPER.readTree(HandlerTestBase.DECLARED_COMPONENTS));
                default -> full.put(name, properties.get(name).has("enum")
                    ? properties.get(name).get("enum").get(0).asText() : name.equals("MetaTemplateId") ? "123" : "value-" + name);
            }
        }
        assertThat(names).hasSize(11);
        full.put("WabaId", HandlerTestBase.WABA);
        full.put("TemplateName", HandlerTestBase.NAME);
        full.put("Language", HandlerTestBase.LANGUAGE);

        Serializer serializer = new Serializer();
        ResourceModel model = serializer.deserializeStrict(full.toString(), new TypeReference<ResourceModel>() { });
        assertThat(HandlerTestBase.MAPPER.readTree(serializer.serialize(model))).isEqualTo(full);
        new Validator().validateObject(new JSONObject(serializer.serialize(model)), schema());
        assertThat(model.copy()).isEqualTo(model).hasSameHashCodeAs(model);
        assertThat(model.toString()).contains("MetaTemplateId=123");
    }

    @Test
    void identifiersOfTheModel() {
        ResourceModel model = HandlerTestBase.desired();
        assertThat(model.getPrimaryIdentifier()).isNull();
        model.setMetaTemplateId("9");
        assertThat(model.getPrimaryIdentifier().getString(ResourceModel.IDENTIFIER_KEY_METATEMPLATEID)).isEqualTo("9");
        assertThat(model.getAdditionalIdentifiers()).hasSize(1);
        assertThat(new ResourceModel().getAdditionalIdentifiers()).isNull();
        assertThat(model).isNotEqualTo("x");
    }

    // ---- inputs/ ----

    @Test
    void theContractTestInputsAreSchemaValidAndTheInvalidOneFailsTheHandler() throws IOException {
        Validator validator = new Validator();
        for (String file : List.of("inputs_1_create.json", "inputs_1_update.json", "inputs_1_invalid.json")) {
            JSONObject input = new JSONObject(Files.readString(MODULE.resolve("inputs").resolve(file)));
            validator.validateObject(input, schema());
        }
        Serializer serializer = new Serializer();
        for (String file : List.of("inputs_1_create.json", "inputs_1_update.json")) {
            ResourceModel model = serializer.deserializeStrict(Files.readString(MODULE.resolve("inputs").resolve(file)),
                new TypeReference<ResourceModel>() { });
            InputRules.validDefinition(model);
        }
        HandlerTestBase t = new HandlerTestBase() { };
        ResourceModel invalid = serializer.deserializeStrict(
            Files.readString(MODULE.resolve("inputs").resolve("inputs_1_invalid.json")), new TypeReference<ResourceModel>() { });
        var event = t.run(new CreateHandler(), invalid, null);
        assertThat(event.getErrorCode()).isEqualTo(HandlerErrorCode.InvalidRequest);
        assertThat(t.operationsCalled()).isEmpty();
    }
}
