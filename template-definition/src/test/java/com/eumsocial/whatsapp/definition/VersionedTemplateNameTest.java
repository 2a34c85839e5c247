package com.eumsocial.whatsapp.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class VersionedTemplateNameTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text.replace('\'', '"'));
    }

    @Test
    void theNameIsTheBaseWithEightHexDigitsOfTheCanonicalContent() throws Exception {
        String name = VersionedTemplateName.derive("order_shipped", json(
                "{'name':'order_shipped','language':'en_US','category':'UTILITY','components':[{'type':'BODY','text':'Shipped.'}]}"));
        assertThat(name).matches("order_shipped_v[0-9a-f]{8}");
        assertThat(MetaLimits.NAME_PATTERN.matcher(name).matches()).isTrue();
        assertThat(VersionedTemplateName.isVersionOf(name, "order_shipped")).isTrue();
        assertThat(VersionedTemplateName.isVersionOf(name, "order")).isFalse();
        assertThat(VersionedTemplateName.isVersionOf("order_shipped_vXYZ12345", "order_shipped")).isFalse();
    }

    @Test
    void whatMetaIgnoresKeepsTheNameAndWhatMetaSeesChangesIt() throws Exception {
        String v1 = VersionedTemplateName.derive("order_shipped", json(
                "{'name':'order_shipped','language':'en_US','category':'UTILITY','components':[{'type':'BODY','text':'Shipped.'}]}"));
        String cosmetic = VersionedTemplateName.derive("order_shipped", json(
                "{'components':[{'text':'Shipped.','type':'body'}],'category':'utility','language':'en_US','name':'other',"
                        + "'parameter_format':'positional'}"));
        String edited = VersionedTemplateName.derive("order_shipped", json(
                "{'name':'order_shipped','language':'en_US','category':'UTILITY','components':[{'type':'BODY','text':'Sent.'}]}"));
        String otherMedia = VersionedTemplateName.derive("order_shipped", json(
                "{'name':'order_shipped','language':'en_US','category':'UTILITY','components':[{'type':'BODY','text':'Shipped.'}]}"),
                List.of("sha256:abc"));
        assertThat(cosmetic).isEqualTo(v1);
        assertThat(edited).isNotEqualTo(v1);
        assertThat(otherMedia).isNotEqualTo(v1);
    }

    @Test
    void aLongBaseIsCutToKeepMetasLimit() throws Exception {
        String base = "a".repeat(512);
        String name = VersionedTemplateName.derive(base, json("{'language':'en','category':'UTILITY','components':[]}"));
        assertThat(name).hasSize(512).startsWith("a".repeat(502) + "_v");
        assertThat(VersionedTemplateName.isVersionOf(name, base)).isTrue();
    }

    @Test
    void aBaseOutsideMetasCharsetOrANonObjectIsRefused() throws Exception {
        assertThatThrownBy(() -> VersionedTemplateName.derive("Order", json("{}")))
                .hasMessageContaining("base name \"Order\" must hold only lowercase letters");
        assertThatThrownBy(() -> VersionedTemplateName.derive("order", json("[]")))
                .hasMessageContaining("the definition of order must be a JSON object");
    }
}
