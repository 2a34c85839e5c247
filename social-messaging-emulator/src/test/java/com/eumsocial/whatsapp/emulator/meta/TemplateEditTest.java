package com.eumsocial.whatsapp.emulator.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TemplateEditTest {
    private static final String NEW_BODY = "[{'type':'BODY','text':'Your order is ready for pickup at the store.'}]";
    private final BackendFixture f = new BackendFixture();

    private String approved(String name) {
        String id = f.createUtility(name, "Your order " + name + " is ready to collect.");
        f.reviewPasses();
        assertThat(f.status(id)).isEqualTo("APPROVED");
        return id;
    }

    @Test
    void anEditReplacesTheComponentsAndGoesBackToReview() {
        String id = approved("pickup");
        f.update(id, null, NEW_BODY);
        assertThat(f.status(id)).isEqualTo("PENDING");
        f.reviewPasses();
        var t = f.template(id);
        assertThat(t.path("status").asText()).isEqualTo("APPROVED");
        assertThat(t.path("components").get(0).path("text").asText())
                .isEqualTo("Your order is ready for pickup at the store.");
    }

    @Test
    void pendingTemplatesCannotBeEdited() {
        String id = f.createUtility("pending_one", "A template still under review.");
        ServiceError e = f.fails("UpdateWhatsAppMessageTemplate", BackendFixture.updateInput(id, null, NEW_BODY));
        assertThat(e.errorType()).isEqualTo("InvalidParametersException");
        assertThat(e.getMessage()).contains("PENDING", "APPROVED, REJECTED or PAUSED");
    }

    @Test
    void anApprovedTemplatesCategoryCannotChange() {
        String id = approved("fixed_category");
        ServiceError e = f.fails("UpdateWhatsAppMessageTemplate",
                BackendFixture.updateInput(id, "MARKETING", null));
        assertThat(e.errorType()).isEqualTo("InvalidParametersException");
        assertThat(e.getMessage()).contains("category");
        // Naming the same category is not a change.
        f.update(id, "utility", NEW_BODY);
        assertThat(f.status(id)).isEqualTo("PENDING");
    }

    @Test
    void anApprovedTemplateCanBeEditedOncePer24Hours() {
        String id = approved("daily");
        f.update(id, null, NEW_BODY);
        f.reviewPasses();
        ServiceError e = f.fails("UpdateWhatsAppMessageTemplate", BackendFixture.updateInput(id, null,
                "[{'type':'BODY','text':'A second edit on the same day is refused.'}]"));
        assertThat(e.errorType()).isEqualTo("InvalidParametersException");
        assertThat(e.getMessage()).contains("24 hours");
        f.clock.advance(Duration.ofHours(24));
        f.update(id, null, "[{'type':'BODY','text':'A day later the edit is accepted.'}]");
        assertThat(f.status(id)).isEqualTo("PENDING");
    }

    @Test
    void anApprovedTemplateCanBeEditedTenTimesIn30Days() {
        String id = approved("monthly");
        for (int i = 0; i < 10; i++) {
            f.update(id, null, "[{'type':'BODY','text':'Edit number " + i + " of this approved template.'}]");
            f.reviewPasses();
            f.clock.advance(Duration.ofHours(24));
        }
        ServiceError e = f.fails("UpdateWhatsAppMessageTemplate", BackendFixture.updateInput(id, null,
                "[{'type':'BODY','text':'The eleventh edit within thirty days.'}]"));
        assertThat(e.errorType()).isEqualTo("InvalidParametersException");
        assertThat(e.getMessage()).contains("10 times");
        // 30 days after the first edit, it drops out of the window.
        f.clock.advance(Duration.ofDays(20));
        f.update(id, null, "[{'type':'BODY','text':'The eleventh edit within thirty days.'}]");
    }

    @Test
    void rejectedTemplatesCanBeEditedWithoutLimitAndChangeCategory() {
        f.backend.forceOutcome(OutcomeRule.rejected("fixme", "INCORRECT_CATEGORY"));
        String id = f.createUtility("fixme", "This template gets rejected at first.");
        f.reviewPasses();
        assertThat(f.template(id).path("rejected_reason").asText()).isEqualTo("INCORRECT_CATEGORY");
        f.backend.clearOutcomeRules();
        f.backend.forceOutcome(OutcomeRule.rejected("fixme", "SCAM"));
        for (int i = 0; i < 3; i++) {
            f.update(id, null, "[{'type':'BODY','text':'Rejected edit number " + i + " is fine.'}]");
            f.reviewPasses();
            assertThat(f.template(id).path("rejected_reason").asText()).isEqualTo("SCAM");
        }
        f.backend.clearOutcomeRules();
        f.update(id, "MARKETING", null);
        f.reviewPasses();
        var t = f.template(id);
        assertThat(t.path("status").asText()).isEqualTo("APPROVED");
        assertThat(t.path("category").asText()).isEqualTo("MARKETING");
        assertThat(t.path("rejected_reason").asText()).isEqualTo("NONE");
    }

    @Test
    void pausedTemplatesCanBeEdited() {
        f.backend.forceOutcome(OutcomeRule.pausedAfter("paused_one", Duration.ofHours(1)));
        String id = f.createUtility("paused_one", "This template will be paused later.");
        f.reviewPasses();
        assertThat(f.status(id)).isEqualTo("APPROVED");
        f.clock.advance(Duration.ofHours(1));
        assertThat(f.status(id)).isEqualTo("PAUSED");
        f.backend.clearOutcomeRules();
        f.update(id, null, NEW_BODY);
        f.reviewPasses();
        assertThat(f.status(id)).isEqualTo("APPROVED");
    }

    @Test
    void updateInputErrors() {
        String id = approved("errors");
        assertThat(f.fails("UpdateWhatsAppMessageTemplate", BackendFixture.updateInput(id, null, null)).getMessage())
                .contains("Nothing to update");
        assertThat(f.fails("UpdateWhatsAppMessageTemplate", BackendFixture.updateInput(id, null, "{not json"))
                .getMessage()).contains("templateComponents");
        assertThat(f.fails("UpdateWhatsAppMessageTemplate",
                BackendFixture.updateInput(id, null, "{'type':'BODY'}")).getMessage())
                .contains("templateComponents must be a JSON array");
        assertThat(f.fails("UpdateWhatsAppMessageTemplate", BackendFixture.updateInput(id, "PROMOTION", null))
                .getMessage()).contains("templateCategory");
        assertThat(f.fails("UpdateWhatsAppMessageTemplate", BackendFixture.updateInput("42", null, NEW_BODY))
                .errorType()).isEqualTo("ResourceNotFoundException");
        // A refused edit changes nothing.
        assertThat(f.status(id)).isEqualTo("APPROVED");
    }

    @Test
    void anEditThatBreaksTheRulesIsRejectedByReview() {
        String id = approved("broken_edit");
        f.update(id, null, "[{'type':'BODY','text':'{{1}} starts with a parameter here.','example':{'body_text':[['x']]}}]");
        f.reviewPasses();
        var t = f.template(id);
        assertThat(t.path("status").asText()).isEqualTo("REJECTED");
        assertThat(t.path("rejected_reason").asText()).isEqualTo("INVALID_FORMAT");
        assertThat(t.path("rejection_info").path("reason").asText()).contains("must not start with a parameter");
    }
}
