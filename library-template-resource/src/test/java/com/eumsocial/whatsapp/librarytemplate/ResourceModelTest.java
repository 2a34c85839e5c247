package com.eumsocial.whatsapp.librarytemplate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.cloudformation.resource.Serializer;

class ResourceModelTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    static final String EVERY_PROPERTY = """
        {"WabaId":"waba-01","TemplateName":"order_update","LibraryTemplateName":"order_confirmation","Category":"UTILITY",
         "Language":"en_US",
         "ButtonInputs":[{"Type":"URL","Url":{"BaseUrl":"https://x.com/","UrlSuffixExample":"https://x.com/1"}},
                         {"Type":"PHONE_NUMBER","PhoneNumber":"+15550100"},
                         {"Type":"OTP","OtpType":"ZERO_TAP","ZeroTapTermsAccepted":true,
                          "SupportedApps":[{"PackageName":"com.example","SignatureHash":"K8a/AINcGX7"}]}],
         "BodyInputs":{"AddContactNumber":true,"AddLearnMoreLink":false,"AddSecurityRecommendation":true,
                       "AddTrackPackageLink":false,"CodeExpirationMinutes":10},
         "WaitForApproval":false,"MetaTemplateId":"123","Status":"APPROVED","QualityScore":"GREEN","RejectedReason":"NONE",
         "Components":[{"type":"BODY","text":"Hi {{1}}","example":{"body_text":[["Ana"]]}}]}
        """;

    @Test
    void everyPropertyRoundTripsUnderItsSchemaName() throws Exception {
        ResourceModel model = MAPPER.readValue(EVERY_PROPERTY, ResourceModel.class);

        assertThat(model.getButtonInputs()).hasSize(3);
        assertThat(model.getButtonInputs().get(0).getUrl().getUrlSuffixExample()).isEqualTo("https://x.com/1");
        assertThat(model.getButtonInputs().get(1).getPhoneNumber()).isEqualTo("+15550100");
        assertThat(model.getButtonInputs().get(2).getSupportedApps().get(0).getSignatureHash()).isEqualTo("K8a/AINcGX7");
        assertThat(model.getButtonInputs().get(2).getZeroTapTermsAccepted()).isTrue();
        assertThat(model.getBodyInputs().getCodeExpirationMinutes()).isEqualTo(10);
        assertThat(model.getWaitForApproval()).isFalse();
        assertThat(model.getComponents().get(0).path("text").asText()).isEqualTo("Hi {{1}}");
        assertThat(MAPPER.readTree(MAPPER.writeValueAsString(model))).isEqualTo(MAPPER.readTree(EVERY_PROPERTY));
    }

    @Test
    void theWrappersSerializerReadsAndWritesTheSameJson() throws Exception {
        Serializer serializer = new Serializer();
        ResourceModel model = serializer.deserialize(EVERY_PROPERTY, new com.fasterxml.jackson.core.type.TypeReference<ResourceModel>() { });

        assertThat(MAPPER.readTree(serializer.serialize(model))).isEqualTo(MAPPER.readTree(EVERY_PROPERTY));
    }

    @Test
    void absentPropertiesAreNotWritten() {
        ResourceModel model = new ResourceModel();
        model.setMetaTemplateId("1");
        model.setButtonInputs(List.of(new ButtonInput()));

        JsonNode written = MAPPER.valueToTree(model);

        assertThat(written.toString()).isEqualTo("{\"ButtonInputs\":[{}],\"MetaTemplateId\":\"1\"}");
    }

    @Test
    void identifiersNeedAllTheirParts() {
        ResourceModel model = Fixtures.withId(Fixtures.desired());

        assertThat(model.getPrimaryIdentifier().toMap()).containsOnly(
            java.util.Map.entry("/properties/WabaId", Fixtures.WABA), java.util.Map.entry("/properties/MetaTemplateId", Fixtures.ID));
        assertThat(model.getAdditionalIdentifiers()).hasSize(1);
        assertThat(Fixtures.desired().getPrimaryIdentifier()).isNull();
        ResourceModel bare = new ResourceModel();
        assertThat(bare.getPrimaryIdentifier()).isNull();
        assertThat(bare.getAdditionalIdentifiers()).isNull();
        bare.setMetaTemplateId("1");
        assertThat(bare.getPrimaryIdentifier()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"WabaId", "TemplateName", "LibraryTemplateName", "Category", "Language", "ButtonInputs", "BodyInputs",
        "WaitForApproval", "MetaTemplateId", "Status", "QualityScore", "RejectedReason", "Components"})
    void equalityCoversEveryProperty(String property) throws Exception {
        ResourceModel model = MAPPER.readValue(EVERY_PROPERTY, ResourceModel.class);
        com.fasterxml.jackson.databind.node.ObjectNode json = (com.fasterxml.jackson.databind.node.ObjectNode) MAPPER.readTree(EVERY_PROPERTY);
        json.remove(property);
        ResourceModel other = MAPPER.treeToValue(json, ResourceModel.class);

        assertThat(model).isEqualTo(model.copy()).hasSameHashCodeAs(model.copy()).isNotEqualTo(other);
        assertThat(model.toString()).contains(property + "=");
    }

    @Test
    void nestedTypesCompareByValue() throws Exception {
        ResourceModel a = MAPPER.readValue(EVERY_PROPERTY, ResourceModel.class);
        ResourceModel b = MAPPER.readValue(EVERY_PROPERTY, ResourceModel.class);
        List<Consumer<ResourceModel>> changes = List.of(
            m -> m.getButtonInputs().get(0).getUrl().setBaseUrl("https://y.com/"),
            m -> m.getButtonInputs().get(0).getUrl().setUrlSuffixExample(null),
            m -> m.getButtonInputs().get(0).setType("QUICK_REPLY"),
            m -> m.getButtonInputs().get(1).setPhoneNumber("+1"),
            m -> m.getButtonInputs().get(2).setOtpType("ONE_TAP"),
            m -> m.getButtonInputs().get(2).setZeroTapTermsAccepted(false),
            m -> m.getButtonInputs().get(2).getSupportedApps().get(0).setPackageName("other"),
            m -> m.getButtonInputs().get(2).getSupportedApps().get(0).setSignatureHash("other"),
            m -> m.getButtonInputs().get(2).setSupportedApps(null),
            m -> m.getButtonInputs().get(0).setUrl(null),
            m -> m.getBodyInputs().setAddContactNumber(false),
            m -> m.getBodyInputs().setAddLearnMoreLink(true),
            m -> m.getBodyInputs().setAddSecurityRecommendation(false),
            m -> m.getBodyInputs().setAddTrackPackageLink(true),
            m -> m.getBodyInputs().setCodeExpirationMinutes(11));

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a.getButtonInputs().get(2).toString()).contains("OtpType=ZERO_TAP").contains("PackageName=com.example");
        assertThat(a.getBodyInputs().toString()).contains("CodeExpirationMinutes=10");
        assertThat(a.getButtonInputs().get(0).getUrl().toString()).contains("BaseUrl=https://x.com/");
        for (Consumer<ResourceModel> change : changes) {
            ResourceModel changed = MAPPER.readValue(EVERY_PROPERTY, ResourceModel.class);
            change.accept(changed);
            assertThat(changed).isNotEqualTo(a);
        }
    }

    @Test
    void callbackContextRoundTripsAndCompares() throws Exception {
        CallbackContext context = new CallbackContext("1", "n",
            com.eumsocial.whatsapp.commons.WaitState.startingAt(java.time.Instant.parse("2026-01-01T00:00:00Z")));
        CallbackContext read = MAPPER.readValue(MAPPER.writeValueAsString(context), CallbackContext.class);

        assertThat(read).isEqualTo(context).hasSameHashCodeAs(context);
        assertThat(read.toString()).contains("metaTemplateId=1");
        read.setTemplateName("m");
        assertThat(read).isNotEqualTo(context);
        read.setTemplateName("n");
        read.setMetaTemplateId("2");
        assertThat(read).isNotEqualTo(context);
    }
}
