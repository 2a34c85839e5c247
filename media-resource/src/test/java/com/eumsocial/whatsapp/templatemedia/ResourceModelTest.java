package com.eumsocial.whatsapp.templatemedia;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ResourceModelTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void everyPropertyRoundTripsUnderItsSchemaName() throws Exception {
        String json = "{\"WabaId\":\"waba-01\",\"SourceS3Bucket\":\"bucket\",\"SourceS3Key\":\"a/b.png\","
            + "\"MetaHeaderHandle\":\"4::abc\"}";

        ResourceModel model = MAPPER.readValue(json, ResourceModel.class);

        assertThat(model.getWabaId()).isEqualTo("waba-01");
        assertThat(model.getSourceS3Bucket()).isEqualTo("bucket");
        assertThat(model.getSourceS3Key()).isEqualTo("a/b.png");
        assertThat(model.getMetaHeaderHandle()).isEqualTo("4::abc");
        assertThat(MAPPER.readTree(MAPPER.writeValueAsString(model))).isEqualTo(MAPPER.readTree(json));
    }

    @Test
    void absentPropertiesAreNotWrittenAsNulls() throws Exception {
        JsonNode written = MAPPER.valueToTree(ResourceModel.builder().metaHeaderHandle("4::abc").build());

        assertThat(written.fieldNames()).toIterable().containsExactly("MetaHeaderHandle");
    }

    @Test
    void thePrimaryIdentifierIsTheHandle() {
        assertThat(ResourceModel.builder().metaHeaderHandle("4::abc").build().getPrimaryIdentifier().toMap())
            .containsEntry("/properties/MetaHeaderHandle", "4::abc").hasSize(1);
        assertThat(new ResourceModel().getPrimaryIdentifier()).isNull();
        assertThat(new ResourceModel().getAdditionalIdentifiers()).isNull();
    }

    @Test
    void equalityCoversEveryProperty() {
        ResourceModel model = CreateHandlerTest.desired().toBuilder().metaHeaderHandle("4::abc").build();

        assertThat(model).isEqualTo(model.toBuilder().build()).hasSameHashCodeAs(model.toBuilder().build());
        assertThat(model).isNotEqualTo(model.toBuilder().wabaId("waba-other").build());
        assertThat(model).isNotEqualTo(model.toBuilder().sourceS3Bucket("other").build());
        assertThat(model).isNotEqualTo(model.toBuilder().sourceS3Key("other").build());
        assertThat(model).isNotEqualTo(model.toBuilder().metaHeaderHandle("4::other").build());
        assertThat(model.toString()).contains("SourceS3Bucket=my-template-media");
        assertThat(new CallbackContext()).isEqualTo(new CallbackContext()).hasSameHashCodeAs(new CallbackContext());
    }
}
