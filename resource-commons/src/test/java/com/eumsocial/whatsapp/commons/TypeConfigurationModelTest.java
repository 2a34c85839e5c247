package com.eumsocial.whatsapp.commons;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class TypeConfigurationModelTest {
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void jsonRoundTripUsesThePascalCaseNames() throws Exception {
        String json = "{\"EndpointOverride\":\"http://localhost:4566\",\"Polling\":{\"MinDelaySeconds\":2,"
            + "\"MaxDelaySeconds\":60,\"Ratio\":0.5}}";
        TypeConfigurationModel model = mapper.readValue(json, TypeConfigurationModel.class);
        assertThat(model.getEndpointOverride()).isEqualTo("http://localhost:4566");
        assertThat(model.getPolling()).isEqualTo(new TypeConfigurationModel.Polling(2, 60, 0.5));
        assertThat(mapper.readTree(mapper.writeValueAsString(model))).isEqualTo(mapper.readTree(json));
        assertThat(model).isEqualTo(mapper.readValue(json, TypeConfigurationModel.class))
            .hasSameHashCodeAs(mapper.readValue(json, TypeConfigurationModel.class));
        assertThat(mapper.writeValueAsString(new TypeConfigurationModel())).isEqualTo("{}");
    }

    @Test
    void theSchemaDescribesEveryFieldOfTheModel() throws Exception {
        JsonNode schema = mapper.readTree(TypeConfigurationModel.schemaJson());
        assertThat(schema.get("additionalProperties").asBoolean(true)).isFalse();
        assertThat(schema.get("properties").fieldNames()).toIterable().containsExactlyInAnyOrder("EndpointOverride", "Polling");
        assertThat(schema.at("/properties/Polling/properties").fieldNames()).toIterable()
            .containsExactlyInAnyOrder("MinDelaySeconds", "MaxDelaySeconds", "Ratio");
    }

    @Test
    void settersAndGetters() {
        TypeConfigurationModel model = new TypeConfigurationModel();
        model.setEndpointOverride("http://x");
        TypeConfigurationModel.Polling polling = new TypeConfigurationModel.Polling();
        polling.setMinDelaySeconds(1);
        polling.setMaxDelaySeconds(2);
        polling.setRatio(0.3);
        model.setPolling(polling);
        assertThat(model.getPolling().getMinDelaySeconds()).isEqualTo(1);
        assertThat(model.getPolling().getMaxDelaySeconds()).isEqualTo(2);
        assertThat(model.getPolling().getRatio()).isEqualTo(0.3);
        assertThat(model).isNotEqualTo(new TypeConfigurationModel());
    }
}
