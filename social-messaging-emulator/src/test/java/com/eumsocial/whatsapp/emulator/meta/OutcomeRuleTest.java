package com.eumsocial.whatsapp.emulator.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class OutcomeRuleTest {
    private final BackendFixture f = new BackendFixture();

    @Test
    void forcedRejectionCarriesTheReason() {
        f.backend.forceOutcome(OutcomeRule.rejected("bad_one", "scam"));
        String id = f.createUtility("bad_one", "Perfectly fine wording for a template.");
        f.reviewPasses();
        ObjectNode t = f.template(id);
        assertThat(t.path("status").asText()).isEqualTo("REJECTED");
        assertThat(t.path("rejected_reason").asText()).isEqualTo("SCAM");
        assertThat(t.has("rejection_info")).isFalse();
    }

    @Test
    void forcedInvalidFormatHasARejectionInfo() {
        f.backend.forceOutcome(OutcomeRule.rejected("*", null));
        String id = f.createUtility("any_name", "Perfectly fine wording for a template.");
        f.reviewPasses();
        ObjectNode t = f.template(id);
        assertThat(t.path("rejected_reason").asText()).isEqualTo("INVALID_FORMAT");
        assertThat(t.path("rejection_info").path("reason").asText()).contains("outcome rule");
    }

    @Test
    void pendingForeverNeverEnds() {
        f.backend.forceOutcome(OutcomeRule.pendingForever("stuck"));
        String id = f.createUtility("stuck", "This template waits for ever.");
        f.clock.advance(Duration.ofDays(400));
        assertThat(f.status(id)).isEqualTo("PENDING");
        assertThat(f.backend.inspect().path("wabas").get(0).path("templates").get(0).path("reviewDueAt").asText())
                .isEqualTo("never");
    }

    @Test
    void forcedApprovalOverridesMetasJudgement() {
        f.backend.forceOutcome(OutcomeRule.approved("lenient"));
        String id = f.createUtility("lenient", "{{1}} would be rejected, and it is a sale");
        f.reviewPasses();
        ObjectNode t = f.template(id);
        assertThat(t.path("status").asText()).isEqualTo("APPROVED");
        assertThat(t.path("category").asText()).isEqualTo("UTILITY");
    }

    @Test
    void disabledAfterApprovalHappensOnTheClock() {
        f.backend.forceOutcome(OutcomeRule.disabledAfter("fading", Duration.ofHours(2)));
        String id = f.createUtility("fading", "Wording that Meta later disables.");
        f.reviewPasses();
        assertThat(f.status(id)).isEqualTo("APPROVED");
        f.clock.advance(Duration.ofHours(2).minusSeconds(1));
        assertThat(f.status(id)).isEqualTo("APPROVED");
        f.clock.advance(Duration.ofSeconds(1));
        assertThat(f.status(id)).isEqualTo("DISABLED");
        assertThat(f.template(id).path("quality_score").path("score").asText()).isEqualTo("RED");
        assertThat(f.list(null, null).path("templates").get(0).path("templateQualityScore").asText()).isEqualTo("RED");
    }

    @Test
    void approvalAndLaterPauseApplyInOneReadLongAfter() {
        f.backend.forceOutcome(OutcomeRule.pausedAfter("later", null));
        String id = f.createUtility("later", "Wording that Meta pauses at once.");
        f.clock.advance(Duration.ofDays(1));
        assertThat(f.status(id)).isEqualTo("PAUSED");
    }

    @Test
    void recategorisationAfterApprovalMovesUtilityToMarketing() {
        f.backend.forceOutcome(OutcomeRule.recategorisedAfter("moved", Duration.ofDays(3)));
        String id = f.createUtility("moved", "Your statement for this month is ready.");
        String marketing = f.create("{'name':'moved','language':'es','category':'MARKETING','components':"
                + "[{'type':'BODY','text':'Nuevos productos en nuestra tienda esta semana.'}]}");
        f.reviewPasses();
        assertThat(f.template(id).path("category").asText()).isEqualTo("UTILITY");
        f.clock.advance(Duration.ofDays(3));
        ObjectNode t = f.template(id);
        assertThat(t.path("status").asText()).isEqualTo("APPROVED");
        assertThat(t.path("category").asText()).isEqualTo("MARKETING");
        assertThat(t.path("previous_category").asText()).isEqualTo("UTILITY");
        ObjectNode m = f.template(marketing);
        assertThat(m.path("category").asText()).isEqualTo("MARKETING");
        assertThat(m.has("previous_category")).isFalse();
        assertThat(OutcomeRule.fromJson(BackendFixture.parse(
                "{'templateName':'x','outcome':'recategorised','afterSeconds':5}")))
                .isEqualTo(OutcomeRule.recategorisedAfter("x", Duration.ofSeconds(5)));
    }

    @Test
    void theNewestMatchingRuleWinsAndOtherNamesAreUntouched() {
        f.backend.forceOutcome(OutcomeRule.rejected("*", "SCAM"));
        f.backend.forceOutcome(OutcomeRule.approved("special"));
        String special = f.createUtility("special", "Wording of the special template.");
        String other = f.createUtility("other", "Wording of some other template.");
        f.reviewPasses();
        assertThat(f.status(special)).isEqualTo("APPROVED");
        assertThat(f.status(other)).isEqualTo("REJECTED");
        f.backend.clearOutcomeRules();
        String normal = f.createUtility("normal", "Wording of a normal template.");
        f.reviewPasses();
        assertThat(f.status(normal)).isEqualTo("APPROVED");
    }

    @Test
    void rulesReadFromJson() {
        OutcomeRule r = OutcomeRule.fromJson(BackendFixture.parse(
                "{'templateName':'x','outcome':'rejected','rejectionReason':'tag_content_mismatch'}"));
        assertThat(r).isEqualTo(OutcomeRule.rejected("x", "TAG_CONTENT_MISMATCH"));
        OutcomeRule p = OutcomeRule.fromJson(BackendFixture.parse("{'templateName':'*','outcome':'PAUSED','afterSeconds':60}"));
        assertThat(p.after()).isEqualTo(Duration.ofSeconds(60));
        assertThat(OutcomeRule.fromJson(p.toJson())).isEqualTo(p);
        assertThat(OutcomeRule.fromJson(r.toJson())).isEqualTo(r);
        assertThat(OutcomeRule.pendingForever("y").toJson().toString())
                .isEqualTo("{\"templateName\":\"y\",\"outcome\":\"PENDING_FOREVER\"}");
        assertThat(OutcomeRule.approved("x").matches("y")).isFalse();
    }

    @Test
    void badRulesAreRefused() {
        assertThatThrownBy(() -> OutcomeRule.fromJson(BackendFixture.parse("[]"))).hasMessageContaining("JSON object");
        assertThatThrownBy(() -> OutcomeRule.fromJson(BackendFixture.parse("{'templateName':'x'}")))
                .hasMessageContaining("outcome is required");
        assertThatThrownBy(() -> OutcomeRule.fromJson(BackendFixture.parse("{'templateName':'x','outcome':'MAYBE'}")))
                .hasMessageContaining("outcome must be one of");
        assertThatThrownBy(() -> OutcomeRule.fromJson(BackendFixture.parse("{'outcome':'APPROVED'}")))
                .hasMessageContaining("templateName is required");
        assertThatThrownBy(() -> OutcomeRule.fromJson(BackendFixture.parse(
                "{'templateName':'x','outcome':'PAUSED','afterSeconds':'soon'}"))).hasMessageContaining("afterSeconds");
        assertThatThrownBy(() -> OutcomeRule.rejected("x", "BECAUSE")).hasMessageContaining("rejectionReason must be");
        assertThatThrownBy(() -> OutcomeRule.pausedAfter("x", Duration.ofSeconds(-1))).hasMessageContaining("negative");
        assertThatThrownBy(() -> f.backend.forceOutcome(null)).isInstanceOf(NullPointerException.class);
    }
}
