package com.eumsocial.whatsapp.emulator.meta;

import static com.eumsocial.whatsapp.emulator.meta.BackendFixture.obj;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.junit.jupiter.api.Test;

/** Statuses and qualities Meta reaches outside a review, set through the control operation. */
class TemplateStatusChangeTest {
    private static final String BODY = "Your parcel leaves our warehouse today and arrives soon.";
    private static final String EDIT = "[{'type':'BODY','text':'Your parcel {{1}} left our warehouse today and arrives"
            + " soon.','example':{'body_text':[['P-1']]}}]";

    private final BackendFixture f = new BackendFixture();

    private String approved(String name) {
        String id = f.createUtility(name, BODY.replace("parcel", name.replace('_', ' ') + " parcel"));
        f.reviewPasses();
        assertThat(f.status(id)).isEqualTo("APPROVED");
        return id;
    }

    @Test
    void anAppealedRejectionIsInAppealKeepsItsReasonAndCannotBeEdited() {
        f.backend.forceOutcome(OutcomeRule.rejected("appealed", "PROMOTIONAL"));
        String id = f.createUtility("appealed", BODY);
        f.reviewPasses();
        f.backend.clearOutcomeRules();
        ArrayNode changed = f.backend.changeTemplateStatus(TemplateStatusChange.ofTemplate(id, "in_appeal", null));
        assertThat(changed).hasSize(1);
        assertThat(changed.get(0).path("status").asText()).isEqualTo("IN_APPEAL");
        JsonNode read = f.template(id);
        assertThat(read.path("status").asText()).isEqualTo("IN_APPEAL");
        assertThat(read.path("rejected_reason").asText()).isEqualTo("PROMOTIONAL");
        assertThat(f.fails("UpdateWhatsAppMessageTemplate", BackendFixture.updateInput(id, null, EDIT)).getMessage())
                .contains("is IN_APPEAL").contains("only APPROVED, REJECTED or PAUSED");
        // The appeal succeeds: approved, the rejection forgotten.
        f.backend.changeTemplateStatus(TemplateStatusChange.ofTemplate(id, "APPROVED", null));
        assertThat(f.template(id).path("status").asText()).isEqualTo("APPROVED");
        assertThat(f.template(id).path("rejected_reason").asText()).isEqualTo("NONE");
    }

    @Test
    void archivedAndLimitExceededTemplatesAreListedAndNotEditable() {
        String archived = approved("archived_one");
        String limited = approved("limited_one");
        f.backend.changeTemplateStatus(TemplateStatusChange.ofName("archived_one", "ARCHIVED", null));
        f.backend.changeTemplateStatus(TemplateStatusChange.ofTemplate(limited, "LIMIT_EXCEEDED", null));
        JsonNode listed = f.list(null, null).path("templates");
        assertThat(listed.findValuesAsText("templateStatus")).containsExactly("ARCHIVED", "LIMIT_EXCEEDED");
        for (String id : new String[] {archived, limited}) {
            assertThat(f.fails("UpdateWhatsAppMessageTemplate", BackendFixture.updateInput(id, null, EDIT))
                    .getMessage()).contains("only APPROVED, REJECTED or PAUSED");
        }
        // Archived templates had been approved: deleting one blocks the name like an approved one.
        f.delete("archived_one", archived);
        assertThat(f.createFails(BackendFixture.utilityBody("archived_one", "de", BODY)).getMessage())
                .contains("30 days");
        f.delete("limited_one", limited);
        f.createUtility("limited_one", BODY + " Again.");
    }

    @Test
    void qualityIsGreenOrYellowWithoutChangingTheStatus() {
        String green = approved("green_one");
        String yellow = approved("yellow_one");
        assertThat(f.template(green).at("/quality_score/score").asText()).isEqualTo("UNKNOWN");
        f.backend.changeTemplateStatus(TemplateStatusChange.ofTemplate(green, null, "green"));
        f.backend.changeTemplateStatus(new TemplateStatusChange(null, "yellow_one", "en_US", null, "YELLOW", null));
        assertThat(f.template(green).at("/quality_score/score").asText()).isEqualTo("GREEN");
        assertThat(f.template(yellow).at("/quality_score/score").asText()).isEqualTo("YELLOW");
        assertThat(f.template(yellow).path("status").asText()).isEqualTo("APPROVED");
        assertThat(f.list(null, null).path("templates").findValuesAsText("templateQualityScore"))
                .containsExactly("GREEN", "YELLOW");
        assertThat(f.backend.inspect().at("/wabas/0/templates/1/qualityScore").asText()).isEqualTo("YELLOW");
    }

    @Test
    void aChangeDuringReviewEndsTheReviewAndARejectionNeedsAKnownReason() {
        String id = f.createUtility("under_review", BODY);
        f.backend.changeTemplateStatus(new TemplateStatusChange(id, null, null, "REJECTED", null, "scam"));
        f.reviewPasses();
        assertThat(f.template(id).path("status").asText()).isEqualTo("REJECTED");
        assertThat(f.template(id).path("rejected_reason").asText()).isEqualTo("SCAM");
    }

    @Test
    void badChangesAreRefusedNamingTheField() {
        assertThatThrownBy(() -> TemplateStatusChange.fromJson(obj("{'status':'ARCHIVED'}")))
                .hasMessageContaining("metaTemplateId or templateName");
        assertThatThrownBy(() -> TemplateStatusChange.fromJson(obj("{'metaTemplateId':'1','templateName':'x',"
                + "'status':'ARCHIVED'}"))).hasMessageContaining("either metaTemplateId or templateName");
        assertThatThrownBy(() -> TemplateStatusChange.fromJson(obj("{'metaTemplateId':'1','language':'en_US',"
                + "'status':'ARCHIVED'}"))).hasMessageContaining("language");
        assertThatThrownBy(() -> TemplateStatusChange.fromJson(obj("{'metaTemplateId':'1'}")))
                .hasMessageContaining("status, qualityScore or both");
        assertThatThrownBy(() -> TemplateStatusChange.fromJson(obj("{'metaTemplateId':'1','status':'PENDING'}")))
                .hasMessageContaining("status must be one of").hasMessageContaining("PENDING comes from an edit");
        assertThatThrownBy(() -> TemplateStatusChange.fromJson(obj("{'metaTemplateId':'1','qualityScore':'BLUE'}")))
                .hasMessageContaining("qualityScore must be one of");
        assertThatThrownBy(() -> TemplateStatusChange.fromJson(obj("{'metaTemplateId':'1','status':'REJECTED',"
                + "'rejectionReason':'BORING'}"))).hasMessageContaining("rejectionReason must be one of");
        assertThatThrownBy(() -> TemplateStatusChange.fromJson(obj("{'metaTemplateId':'1','status':'ARCHIVED',"
                + "'rejectionReason':'SCAM'}"))).hasMessageContaining("REJECTED only");
        assertThatThrownBy(() -> TemplateStatusChange.fromJson(obj("{'metaTemplateId':1,'status':'ARCHIVED'}")))
                .hasMessageContaining("metaTemplateId must be a string");
        assertThatThrownBy(() -> TemplateStatusChange.fromJson(BackendFixture.JSON.createArrayNode())).hasMessageContaining("JSON object");
        assertThatThrownBy(() -> f.backend.changeTemplateStatus(TemplateStatusChange.ofName("nobody", "ARCHIVED",
                null))).hasMessageContaining("no live template matches");
        TemplateStatusChange change = new TemplateStatusChange(null, "x", "de", "REJECTED", "RED", null);
        assertThat(TemplateStatusChange.fromJson(change.toJson())).isEqualTo(change);
        assertThat(change.rejectionReason()).isEqualTo("INVALID_FORMAT");
    }
}
