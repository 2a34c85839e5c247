package com.eumsocial.whatsapp.commons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.eumsocial.whatsapp.commons.testing.MetaTemplateJson;
import org.junit.jupiter.api.Test;
import software.amazon.cloudformation.proxy.HandlerErrorCode;

class MetaTemplateTest {

    @Test
    void readsMetasFields() {
        MetaTemplate t = MetaTemplate.parse(MetaTemplateJson.template("order_update", "en_US", "utility", "123")
            .status("approved").parameterFormat("positional").qualityScore("GREEN").previousCategory("marketing")
            .components("[{\"type\":\"BODY\",\"text\":\"Hi\"}]").field("library_template_name", "lib").build());
        assertThat(t.id()).isEqualTo("123");
        assertThat(t.name()).isEqualTo("order_update");
        assertThat(t.language()).isEqualTo("en_US");
        assertThat(t.category()).isEqualTo("UTILITY");
        assertThat(t.previousCategory()).isEqualTo("MARKETING");
        assertThat(t.status()).isEqualTo("APPROVED");
        assertThat(t.parameterFormat()).isEqualTo("POSITIONAL");
        assertThat(t.qualityScore()).isEqualTo("GREEN");
        assertThat(t.rejectedReason()).isEqualTo("NONE");
        assertThat(t.rejectionInfo()).isNull();
        assertThat(t.libraryTemplateName()).isEqualTo("lib");
        assertThat(t.components()).hasSize(1);
        assertThat(t.isGone()).isFalse();
        assertThat(t.describe()).isEqualTo("order_update (en_US, id 123)");
        assertThat(t.json().get("id").asText()).isEqualTo("123");
        assertThat(t.toString()).contains("\"order_update\"");
    }

    @Test
    void toleratesMissingAndOddlyShapedFields() {
        MetaTemplate t = MetaTemplate.parse("{\"name\":\"x\",\"quality_score\":\"YELLOW\",\"rejection_info\":\"text only\"}");
        assertThat(t.status()).isNull();
        assertThat(t.category()).isNull();
        assertThat(t.qualityScore()).isEqualTo("YELLOW");
        assertThat(t.rejectionInfo()).isEqualTo("text only");
        assertThat(t.components()).isEmpty();

        assertThat(MetaTemplate.parse("{\"quality_score\":{}}").qualityScore()).isNull();
        assertThat(MetaTemplate.parse("{\"quality_score\":null}").qualityScore()).isNull();
        assertThat(MetaTemplate.parse("{\"rejection_info\":{}}").rejectionInfo()).isNull();
        assertThat(MetaTemplate.parse("{\"rejection_info\":{\"reason\":\"R\"}}").rejectionInfo()).isEqualTo("R");
        assertThat(MetaTemplate.parse("{\"rejection_info\":{\"recommendation\":\"Do\"}}").rejectionInfo()).isEqualTo("Do");
    }

    @Test
    void deletedStatusesAreGone() {
        assertThat(MetaTemplate.parse("{\"status\":\"DELETED\"}").isGone()).isTrue();
        assertThat(MetaTemplate.parse("{\"status\":\"PENDING_DELETION\"}").isGone()).isTrue();
    }

    @Test
    void unreadableJsonIsAServiceError() {
        for (String bad : new String[] {null, " ", "[1]", "{not json"}) {
            assertThatThrownBy(() -> MetaTemplate.parse(bad))
                .isInstanceOfSatisfying(HandlerFailure.class,
                    f -> assertThat(f.code()).isEqualTo(HandlerErrorCode.GeneralServiceException))
                .hasMessageContaining("GetWhatsAppMessageTemplate");
        }
    }
}
