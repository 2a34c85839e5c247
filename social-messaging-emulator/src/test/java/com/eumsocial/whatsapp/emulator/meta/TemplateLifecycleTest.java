package com.eumsocial.whatsapp.emulator.meta;

import static com.eumsocial.whatsapp.emulator.meta.BackendFixture.JSON;
import static com.eumsocial.whatsapp.emulator.meta.BackendFixture.WABA;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateLifecycleTest {
    private final BackendFixture f = new BackendFixture();

    @Test
    void createGoesPendingAndIsApprovedOnlyWhenTheReviewDelayHasPassed() {
        ObjectNode out = f.call("CreateWhatsAppMessageTemplate",
                BackendFixture.createInput(BackendFixture.utilityBody("order_update", "en_US",
                        "Your order has shipped and will arrive soon.")));
        assertThat(out.path("templateStatus").asText()).isEqualTo("PENDING");
        assertThat(out.path("category").asText()).isEqualTo("UTILITY");
        String id = out.path("metaTemplateId").asText();
        assertThat(id).matches("^[0-9]+$");

        assertThat(f.status(id)).isEqualTo("PENDING");
        f.clock.advance(Duration.ofSeconds(4));
        assertThat(f.status(id)).isEqualTo("PENDING");
        f.clock.advance(Duration.ofSeconds(1));
        ObjectNode t = f.template(id);
        assertThat(t.path("status").asText()).isEqualTo("APPROVED");
        assertThat(t.path("quality_score").path("score").asText()).isEqualTo("UNKNOWN");
        assertThat(t.path("rejected_reason").asText()).isEqualTo("NONE");
    }

    @Test
    void templateIdsGrowWithEachCreation() {
        long a = Long.parseLong(f.createUtility("first_one", "The first template of the account."));
        long b = Long.parseLong(f.createUtility("second_one", "The second template of the account."));
        assertThat(b).isEqualTo(a + 1);
    }

    @Test
    void aDuplicateNameAndLanguageIsRefusedNamingTheExistingTemplate() {
        String id = f.createUtility("greeting", "Hello and welcome to our store.");
        ServiceError e = f.createFails(BackendFixture.utilityBody("greeting", "en_US", "A different wording entirely."));
        assertThat(e.errorType()).isEqualTo("InvalidParametersException");
        assertThat(e.getMessage()).contains("greeting", "en_US", id);
        // Another language of the same name is a separate template.
        f.create(BackendFixture.utilityBody("greeting", "es", "Hola y bienvenido a nuestra tienda."));
    }

    @Test
    void getOfAnUnknownOrDeletedTemplateIsNotFound() {
        ServiceError unknown = f.fails("GetWhatsAppMessageTemplate",
                JSON.createObjectNode().put("id", WABA).put("metaTemplateId", "123"));
        assertThat(unknown.errorType()).isEqualTo("ResourceNotFoundException");

        String id = f.createUtility("short_lived", "This template will be deleted right away.");
        f.delete("short_lived", id);
        assertThat(f.fails("GetWhatsAppMessageTemplate",
                JSON.createObjectNode().put("id", WABA).put("metaTemplateId", id)).errorType())
                .isEqualTo("ResourceNotFoundException");
        assertThat(f.list(null, null).path("templates")).isEmpty();
    }

    @Test
    void listReturnsSummariesAndPagesWithNextToken() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(f.createUtility("tpl_" + i, "Template number " + i + " has its own words."));
        }
        f.reviewPasses();
        ObjectNode page1 = f.list(2, null);
        assertThat(page1.path("templates")).hasSize(2);
        JsonNode s = page1.path("templates").get(0);
        assertThat(s.path("templateName").asText()).isEqualTo("tpl_0");
        assertThat(s.path("metaTemplateId").asText()).isEqualTo(ids.get(0));
        assertThat(s.path("templateStatus").asText()).isEqualTo("APPROVED");
        assertThat(s.path("templateQualityScore").asText()).isEqualTo("UNKNOWN");
        assertThat(s.path("templateLanguage").asText()).isEqualTo("en_US");
        assertThat(s.path("templateCategory").asText()).isEqualTo("UTILITY");
        String token = page1.path("nextToken").asText();
        assertThat(token).isNotEmpty();

        // A deletion between pages does not shift the next page.
        f.delete("tpl_1", null);
        ObjectNode page2 = f.list(2, token);
        assertThat(page2.path("templates").findValuesAsText("templateName")).containsExactly("tpl_2", "tpl_3");
        ObjectNode page3 = f.list(2, page2.path("nextToken").asText());
        assertThat(page3.path("templates").findValuesAsText("templateName")).containsExactly("tpl_4");
        assertThat(page3.has("nextToken")).isFalse();

        assertThat(f.list(null, null).path("templates")).hasSize(4);
    }

    @Test
    void listRefusesForeignTokensAndOutOfRangeMaxResults() {
        assertThat(f.fails("ListWhatsAppMessageTemplates", JSON.createObjectNode().put("id", WABA)
                .put("nextToken", "bm90LWEtdG9rZW4")).errorType()).isEqualTo("InvalidParametersException");
        assertThat(f.fails("ListWhatsAppMessageTemplates", JSON.createObjectNode().put("id", WABA)
                .put("nextToken", Pagination.token("templates:" + WABA, "abc"))).errorType())
                .isEqualTo("InvalidParametersException");
        assertThat(f.fails("ListWhatsAppMessageTemplates", JSON.createObjectNode().put("id", WABA)
                .put("maxResults", 101)).errorType()).isEqualTo("ValidationException");
        assertThat(f.fails("ListWhatsAppMessageTemplates", JSON.createObjectNode().put("id", WABA)
                .put("maxResults", 0)).errorType()).isEqualTo("ValidationException");
    }

    @Test
    void deleteByNameRemovesEveryLanguageAndByIdOnlyOne() {
        String en = f.create(BackendFixture.utilityBody("notice", "en_US", "Our office is closed on Monday."));
        String es = f.create(BackendFixture.utilityBody("notice", "es", "Nuestra oficina cierra el lunes."));
        String fr = f.create(BackendFixture.utilityBody("notice", "fr", "Notre bureau est ferme lundi."));
        f.delete("notice", es);
        assertThat(f.list(null, null).path("templates").findValuesAsText("metaTemplateId")).containsExactly(en, fr);
        f.delete("notice", null);
        assertThat(f.list(null, null).path("templates")).isEmpty();
    }

    @Test
    void deleteAllLanguagesWithAnIdRemovesEveryLanguageOfItsName() {
        String en = f.create(BackendFixture.utilityBody("hours", "en_US", "We open at nine every morning."));
        f.create(BackendFixture.utilityBody("hours", "de", "Wir oeffnen jeden Morgen um neun."));
        String other = f.createUtility("other", "A template with another name.");
        f.call("DeleteWhatsAppMessageTemplate", BackendFixture.deleteInput("hours", en).put("deleteAllLanguages", true));
        assertThat(f.list(null, null).path("templates").findValuesAsText("metaTemplateId")).containsExactly(other);
        assertThat(f.fails("DeleteWhatsAppMessageTemplate", BackendFixture.deleteInput("hours", other)
                .put("deleteAllLanguages", true)).errorType()).isEqualTo("InvalidParametersException");
        f.call("DeleteWhatsAppMessageTemplate", BackendFixture.deleteInput("other", other).put("deleteAllLanguages", false));
        assertThat(f.list(null, null).path("templates")).isEmpty();
    }

    @Test
    void deleteErrors() {
        assertThat(f.fails("DeleteWhatsAppMessageTemplate", BackendFixture.deleteInput("nothing", null)).errorType())
                .isEqualTo("ResourceNotFoundException");
        String id = f.createUtility("named_one", "A template with a particular name.");
        assertThat(f.fails("DeleteWhatsAppMessageTemplate", BackendFixture.deleteInput("other_name", id))
                .errorType()).isEqualTo("InvalidParametersException");
        assertThat(f.fails("DeleteWhatsAppMessageTemplate", BackendFixture.deleteInput("named_one", "999"))
                .errorType()).isEqualTo("ResourceNotFoundException");
    }

    @Test
    void aDisabledTemplateCannotBeDeleted() {
        f.backend.forceOutcome(OutcomeRule.disabledAfter("doomed", Duration.ofMinutes(1)));
        String id = f.createUtility("doomed", "This template will be disabled by Meta.");
        f.reviewPasses();
        f.clock.advance(Duration.ofMinutes(1));
        assertThat(f.status(id)).isEqualTo("DISABLED");
        ServiceError e = f.fails("DeleteWhatsAppMessageTemplate", BackendFixture.deleteInput("doomed", null));
        assertThat(e.errorType()).isEqualTo("InvalidParametersException");
        assertThat(e.getMessage()).contains("DISABLED");
        assertThat(f.status(id)).isEqualTo("DISABLED");
    }

    @Test
    void aDeletedApprovedTemplatesNameIsBlockedForThirtyDays() {
        String id = f.createUtility("reused", "A template whose name is reused later.");
        f.reviewPasses();
        assertThat(f.status(id)).isEqualTo("APPROVED");
        f.delete("reused", null);
        f.clock.advance(Duration.ofDays(29));
        ServiceError e = f.createFails(BackendFixture.utilityBody("reused", "en_US", "New words for the old name."));
        assertThat(e.errorType()).isEqualTo("InvalidParametersException");
        assertThat(e.getMessage()).contains("30 days");
        // Other languages of the name are blocked too: the block is on the name.
        assertThat(f.createFails(BackendFixture.utilityBody("reused", "es", "Palabras nuevas para el nombre."))
                .errorType()).isEqualTo("InvalidParametersException");
        f.clock.advance(Duration.ofDays(1));
        f.create(BackendFixture.utilityBody("reused", "en_US", "New words for the old name."));
    }

    @Test
    void aDeletedPendingTemplatesNameCanBeReusedAtOnce() {
        String id = f.createUtility("never_approved", "This template is deleted while pending.");
        f.delete("never_approved", id);
        f.createUtility("never_approved", "This template is deleted while pending.");
    }

    @Test
    void templateCountPerWabaIsLimited() {
        BackendFixture small = new BackendFixture(MetaSettings.builder().maxTemplatesPerWaba(3));
        for (int i = 0; i < 3; i++) {
            small.createUtility("t" + i, "Distinct wording for template " + i + " here.");
        }
        ServiceError e = small.createFails(BackendFixture.utilityBody("t3", "en_US", "One template too many here."));
        assertThat(e.errorType()).isEqualTo("LimitExceededException");
        assertThat(e.getMessage()).contains("3");
        small.delete("t0", null);
        small.createUtility("t3", "One template too many here.");
    }

    @Test
    void creationsPerWabaPerHourAreLimited() {
        BackendFixture small = new BackendFixture(MetaSettings.builder().maxCreationsPerWabaPerHour(2));
        small.createUtility("a", "Wording for the first template.");
        small.createUtility("b", "Wording for the second template.");
        small.delete("a", null);
        ServiceError e = small.createFails(BackendFixture.utilityBody("c", "en_US", "Wording for the third one."));
        assertThat(e.errorType()).isEqualTo("LimitExceededException");
        assertThat(e.getMessage()).contains("per hour");
        small.clock.advance(Duration.ofMinutes(59));
        assertThat(small.createFails(BackendFixture.utilityBody("c", "en_US", "Wording for the third one."))
                .errorType()).isEqualTo("LimitExceededException");
        small.clock.advance(Duration.ofMinutes(1));
        small.createUtility("c", "Wording for the third one.");
    }

    @Test
    void createInputIsRequired() {
        ObjectNode noDefinition = JSON.createObjectNode().put("id", WABA);
        assertThat(f.fails("CreateWhatsAppMessageTemplate", noDefinition).errorType()).isEqualTo("ValidationException");
        ObjectNode noId = BackendFixture.createInput(BackendFixture.utilityBody("x", "en_US", "Some words here."));
        noId.remove("id");
        assertThat(f.fails("CreateWhatsAppMessageTemplate", noId).errorType()).isEqualTo("ValidationException");
        ObjectNode textual = JSON.createObjectNode().put("id", WABA)
                .put("templateDefinition", BackendFixture.utilityBody("as_text", "en_US", "Given as text.")
                        .replace('\'', '"'));
        assertThat(f.call("CreateWhatsAppMessageTemplate", textual).path("templateStatus").asText())
                .isEqualTo("PENDING");
        ObjectNode empty = JSON.createObjectNode().put("id", WABA).put("templateDefinition", "");
        assertThat(f.fails("CreateWhatsAppMessageTemplate", empty).errorType()).isEqualTo("ValidationException");
    }

    @Test
    void operationsTheEmulatorDoesNotPlayAreAClientError() {
        ServiceError e = f.fails("SendWhatsAppMessage", JSON.createObjectNode());
        assertThat(e.errorType()).isEqualTo("InvalidParametersException");
        assertThat(e.getMessage()).isEqualTo("SendWhatsAppMessage is not supported by the emulator");
    }
}
