package com.eumsocial.whatsapp.messagetemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.eumsocial.whatsapp.commons.HandlerFailure;
import com.eumsocial.whatsapp.commons.MetaTemplate;
import com.eumsocial.whatsapp.commons.testing.MetaTemplateJson;
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
    void theTemplateLevelSettingsAreSentWhenSet() {
        ResourceModel model = desired();
        model.setMessageSendTtlSeconds(3600);
        model.setCtaUrlLinkTrackingOptedOut(true);
        model.setAllowCategoryChange(false);

        JsonNode definition = Translator.definitionJson(model);

        assertThat(definition.get("message_send_ttl_seconds").intValue()).isEqualTo(3600);
        assertThat(definition.get("cta_url_link_tracking_opted_out").booleanValue()).isTrue();
        assertThat(definition.get("allow_category_change").booleanValue()).isFalse();
        assertThat(Translator.definitionJson(desired()).has("message_send_ttl_seconds")).isFalse();
        assertThat(model.copy()).isEqualTo(model).hasSameHashCodeAs(model);
        assertThat(model.toString()).contains("MessageSendTtlSeconds=3600", "AllowCategoryChange=false");
    }

    @Test
    void readReportsTheSettingsMetaHoldsButNeverTheWriteOnlyAllowCategoryChange() {
        ResourceModel declared = desired();
        declared.setMessageSendTtlSeconds(600);
        declared.setAllowCategoryChange(true);
        MetaTemplate held = MetaTemplate.parse(MetaTemplateJson.template(NAME, LANGUAGE, "UTILITY", ID).status("APPROVED")
            .components(DECLARED_COMPONENTS).build().replace("{\"name\"",
                "{\"message_send_ttl_seconds\":3600,\"cta_url_link_tracking_opted_out\":true,\"name\""));

        ResourceModel read = Translator.toModel(held, declared, WABA);

        assertThat(read.getMessageSendTtlSeconds()).isEqualTo(3600);
        assertThat(read.getCtaUrlLinkTrackingOptedOut()).isTrue();
        assertThat(read.getAllowCategoryChange()).isNull();
        ResourceModel none = Translator.toModel(MetaTemplate.parse(MetaTemplateJson.template(NAME, LANGUAGE, "UTILITY", ID)
            .components(DECLARED_COMPONENTS).build()), declared, WABA);
        assertThat(none.getMessageSendTtlSeconds()).isNull();
        assertThat(none.getCtaUrlLinkTrackingOptedOut()).isNull();
    }

    @Test
    void aTtlOutsideTheCategorysRangeIsRefusedNamingTheProperty() {
        ResourceModel model = desired();
        model.setMessageSendTtlSeconds(86_400);

        assertThatThrownBy(() -> InputRules.validDefinition(model)).isInstanceOf(HandlerFailure.class)
            .hasMessageContaining("- MessageSendTtlSeconds: is 86400; UTILITY templates take 30 to 43200 seconds");
    }

    @Test
    void problemPathsUseThePropertyNames() {
        assertThat(InputRules.propertyPath("components[1].text")).isEqualTo("Components[1].text");
        assertThat(InputRules.propertyPath("name")).isEqualTo("TemplateName");
        assertThat(InputRules.propertyPath("parameter_format")).isEqualTo("ParameterFormat");
        assertThat(InputRules.propertyPath("")).isEqualTo("(template)");
        assertThat(InputRules.propertyPath(null)).isEqualTo("(template)");
        assertThat(InputRules.propertyPath("message_send_ttl_seconds")).isEqualTo("MessageSendTtlSeconds");
        assertThat(InputRules.propertyPath("cta_url_link_tracking_opted_out")).isEqualTo("CtaUrlLinkTrackingOptedOut");
        assertThat(InputRules.propertyPath("allow_category_change")).isEqualTo("AllowCategoryChange");
        assertThat(InputRules.propertyPath("extra_field")).isEqualTo("extra_field");

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
