package com.eumsocial.whatsapp.messagetemplate;

import static org.assertj.core.api.Assertions.assertThat;

import com.eumsocial.whatsapp.commons.HandlerFailure;
import com.eumsocial.whatsapp.definition.DefinitionProblem;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.cloudformation.proxy.HandlerErrorCode;

class TranslatorTest extends HandlerTestBase {

    @Test
    void theDefinitionIsAssembledFromTheProperties() throws Exception {
        ResourceModel model = desired();
        JsonNode definition = Translator.definitionJson(model);
        assertThat(definition.has("parameter_format")).isFalse();
        assertThat(definition.get("components")).isEqualTo(MAPPER.readTree(DECLARED_COMPONENTS));

        model.setParameterFormat("NAMED");
        assertThat(Translator.definitionJson(model).get("parameter_format").asText()).isEqualTo("named");
        assertThat(Translator.bytes(definition).asUtf8String()).startsWith("{\"name\":\"order_shipped\"");
    }

    @Test
    void problemPathsUseThePropertyNames() {
        assertThat(InputRules.propertyPath("components[1].text")).isEqualTo("Components[1].text");
        assertThat(InputRules.propertyPath("name")).isEqualTo("TemplateName");
        assertThat(InputRules.propertyPath("parameter_format")).isEqualTo("ParameterFormat");
        assertThat(InputRules.propertyPath("")).isEqualTo("(template)");
        assertThat(InputRules.propertyPath(null)).isEqualTo("(template)");
        assertThat(InputRules.propertyPath("message_send_ttl_seconds")).isEqualTo("message_send_ttl_seconds");

        HandlerFailure one = InputRules.invalidDefinition(List.of(new DefinitionProblem("/name", "name", "name-pattern", "bad")));
        assertThat(one.code()).isEqualTo(HandlerErrorCode.InvalidRequest);
        assertThat(one.getMessage()).isEqualTo("Template definition has 1 problem (nothing was sent to Meta):\n- TemplateName: bad");
    }

    @Test
    void missingRequiredPropertiesAreListed() {
        assertThat(InputRules.missingRequired(new ResourceModel()))
            .containsExactly("WabaId", "TemplateName", "Language", "Category", "Components");
        assertThat(InputRules.missingRequired(desired())).isEmpty();
    }
}
