package com.eumsocial.whatsapp.emulator.meta;

import static com.eumsocial.whatsapp.emulator.meta.BackendFixture.ACCOUNT;
import static com.eumsocial.whatsapp.emulator.meta.BackendFixture.JSON;
import static com.eumsocial.whatsapp.emulator.meta.BackendFixture.WABA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Clock, settings, reset, inspect, replay and determinism. */
class BackendControlTest {
    /** What the protocol layer's journal records: the operations the model does not mark @readonly. */
    private static final java.util.Set<String> STATE_CHANGING_OPERATIONS =
            com.eumsocial.whatsapp.emulator.protocol.ServiceModel.load().stateChangingOperations();


    @Test
    void theClockMovesOnlyWhenToldAndCanBeSet() {
        EmulatorClock clock = EmulatorClock.fixedAt(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
        clock.advance(Duration.ofHours(1));
        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-01-01T01:00:00Z"));
        assertThat(clock.offset()).isEqualTo(Duration.ofHours(1));
        clock.set(Instant.parse("2025-06-01T00:00:00Z"));
        assertThat(clock.instant()).isEqualTo(Instant.parse("2025-06-01T00:00:00Z"));
        assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
        assertThat(clock.withZone(ZoneId.of("Europe/Paris"))).isSameAs(clock);
        assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1))).hasMessageContaining("negative");
    }

    @Test
    void theDefaultClockFollowsItsBasePlusTheOffset() {
        Instant base = Instant.parse("2026-03-01T12:00:00Z");
        EmulatorClock clock = new EmulatorClock(Clock.fixed(base, ZoneOffset.UTC));
        clock.advance(Duration.ofDays(2));
        assertThat(clock.instant()).isEqualTo(base.plus(Duration.ofDays(2)));
        EmulatorClock real = new EmulatorClock();
        Instant before = Instant.now();
        assertThat(real.instant()).isAfterOrEqualTo(before.minusSeconds(1));
    }

    @Test
    void settingsHaveSensibleDefaultsAndRefuseNonsense() {
        MetaSettings d = MetaSettings.defaults();
        assertThat(d.wabas()).hasSize(1);
        assertThat(d.wabas().get(0).id()).isEqualTo(MetaSettings.DEFAULT_WABA_ID);
        assertThat(d.wabas().get(0).accountId()).isEqualTo("000000000000");
        assertThat(d.wabas().get(0).phoneNumbers()).hasSize(1);
        assertThat(d.reviewDelay()).isEqualTo(Duration.ofSeconds(5));
        assertThat(d.maxTemplatesPerWaba()).isEqualTo(250);
        assertThat(d.maxCreationsPerWabaPerHour()).isEqualTo(100);
        assertThat(d.mediaRoot()).isEmpty();
        assertThat(d.region()).isEqualTo("us-east-1");
        assertThat(d.mediaObjects()).isEmpty();
        assertThat(d.randomSeed()).isEqualTo(42L);

        MetaSettings.WabaSeed seeded = MetaSettings.WabaSeed.of("waba-abc", "123456789012");
        assertThat(seeded.metaWabaId()).matches("^[0-9]+$");
        assertThat(seeded.name()).isNotBlank();
        assertThat(seeded.registrationStatus()).isEqualTo("COMPLETE");
        MetaSettings.PhoneNumberSeed phone = MetaSettings.PhoneNumberSeed.of("phone-number-id-abc", "+15550100");
        assertThat(phone.metaPhoneNumberId()).matches("^[0-9]+$");
        assertThat(phone.displayPhoneNumber()).isEqualTo("+15550100");

        assertThatThrownBy(() -> MetaSettings.WabaSeed.of("abc", "123456789012")).hasMessageContaining("WABA id");
        assertThatThrownBy(() -> MetaSettings.WabaSeed.of("waba-abc", "12")).hasMessageContaining("accountId");
        assertThatThrownBy(() -> new MetaSettings.WabaSeed("waba-abc", "123456789012", null, null, "DONE", null, null))
                .hasMessageContaining("registrationStatus");
        assertThatThrownBy(() -> MetaSettings.PhoneNumberSeed.of("phone-abc", "+1")).hasMessageContaining("phoneNumberId");
        assertThatThrownBy(() -> MetaSettings.PhoneNumberSeed.of("phone-number-id-abc", "")).hasMessageContaining("phoneNumber");
        assertThatThrownBy(() -> MetaSettings.PhoneNumberSeed.of("phone-number-id-abc", "+1").withDataLocalizationRegion("de"))
                .hasMessageContaining("dataLocalizationRegion");
        assertThatThrownBy(() -> MetaSettings.builder().reviewDelay(Duration.ofSeconds(-1))).hasMessageContaining("reviewDelay");
        assertThatThrownBy(() -> MetaSettings.builder().maxTemplatesPerWaba(0)).hasMessageContaining("maxTemplatesPerWaba");
        assertThatThrownBy(() -> MetaSettings.builder().maxCreationsPerWabaPerHour(0))
                .hasMessageContaining("maxCreationsPerWabaPerHour");
        assertThatThrownBy(() -> MetaSettings.builder().region("mars")).hasMessageContaining("region");
        assertThatThrownBy(() -> MetaSettings.builder().waba(seeded).waba(seeded).build()).hasMessageContaining("twice");
        MetaSettings custom = MetaSettings.builder().region("eu-west-1").wabas(List.of(seeded)).randomSeed(7).build();
        assertThat(custom.wabas()).containsExactly(seeded);
        assertThat(custom.region()).isEqualTo("eu-west-1");
    }

    @Test
    void aReviewDelayRangeGivesEachTemplateItsOwnReproducibleDelay() {
        MetaSettings settings = MetaSettings.builder()
                .reviewDelayRange(Duration.ofSeconds(2), Duration.ofSeconds(20)).randomSeed(11).build();
        assertThat(settings.reviewDelay()).isEqualTo(Duration.ofSeconds(2));
        assertThat(settings.reviewDelayMax()).isEqualTo(Duration.ofSeconds(20));
        List<Duration> delays = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            Duration d = settings.reviewDelayFor("bulk_" + i, "en_US");
            assertThat(d).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(20));
            assertThat(settings.reviewDelayFor("bulk_" + i, "en_US")).isEqualTo(d);
            delays.add(d);
        }
        // Spread over the range, not bunched: both thirds at the ends are used.
        assertThat(delays).anyMatch(d -> d.compareTo(Duration.ofSeconds(8)) < 0)
                .anyMatch(d -> d.compareTo(Duration.ofSeconds(14)) > 0);
        assertThat(settings.reviewDelayFor("bulk_0", "de"))
                .isNotEqualTo(MetaSettings.builder().reviewDelayRange(Duration.ofSeconds(2), Duration.ofSeconds(20))
                        .randomSeed(12).build().reviewDelayFor("bulk_0", "de"));
        MetaSettings fixed = MetaSettings.builder().reviewDelayRange(Duration.ofSeconds(3), Duration.ofSeconds(3))
                .build();
        assertThat(fixed.reviewDelayFor("any", "en")).isEqualTo(Duration.ofSeconds(3));
        assertThat(MetaSettings.defaults().reviewDelayMax()).isEqualTo(Duration.ofSeconds(5));
        assertThat(MetaSettings.builder().reviewDelayRange(Duration.ZERO, Duration.ofSeconds(9))
                .reviewDelay(Duration.ofSeconds(4)).build().reviewDelayFor("x", "en")).isEqualTo(Duration.ofSeconds(4));
        assertThatThrownBy(() -> MetaSettings.builder().reviewDelayRange(Duration.ofSeconds(5), Duration.ofSeconds(4)))
                .hasMessageContaining("longest");
        assertThatThrownBy(() -> MetaSettings.builder().reviewDelayRange(Duration.ofSeconds(-1), Duration.ofSeconds(4)))
                .hasMessageContaining("shortest");

        EmulatorClock clock = EmulatorClock.fixedAt(BackendFixture.START);
        MetaBackend backend = new MetaBackend(settings, clock);
        ObjectNode out = backend.invoke("CreateWhatsAppMessageTemplate", ACCOUNT,
                BackendFixture.createInput(BackendFixture.utilityBody("bulk_7", "en_US", "Your order is ready for pickup")));
        String id = out.path("metaTemplateId").asText();
        Duration delay = settings.reviewDelayFor("bulk_7", "en_US");
        clock.advance(delay.minusMillis(1));
        assertThat(statusOf(backend, id)).isEqualTo("PENDING");
        clock.advance(Duration.ofMillis(1));
        assertThat(statusOf(backend, id)).isEqualTo("APPROVED");
    }

    private static String statusOf(MetaBackend backend, String id) {
        ObjectNode in = JSON.createObjectNode().put("id", WABA).put("metaTemplateId", id);
        String text = backend.invoke("GetWhatsAppMessageTemplate", ACCOUNT, in).path("template").asText();
        try {
            return JSON.readTree(text).path("status").asText();
        } catch (Exception e) {
            throw new AssertionError(text, e);
        }
    }

    @Test
    void arnsUseTheConfiguredRegion() {
        MetaBackend backend = new MetaBackend(MetaSettings.builder().region("eu-west-1").build(),
                EmulatorClock.fixedAt(BackendFixture.START));
        JsonNode account = backend.invoke("GetLinkedWhatsAppBusinessAccount", ACCOUNT,
                JSON.createObjectNode().put("id", WABA)).path("account");
        assertThat(account.path("arn").asText()).startsWith("arn:aws:social-messaging:eu-west-1:000000000000:waba/");
    }

    @Test
    void resetForgetsTemplatesRulesAndHandlesButKeepsTheClockAndObjects() {
        BackendFixture f = new BackendFixture();
        f.backend.forceOutcome(OutcomeRule.rejected("*", "SCAM"));
        f.backend.putMediaObject("b", "k.png", "image/png", new byte[3]);
        f.call("CreateWhatsAppMessageTemplateMedia", (ObjectNode) BackendFixture.parse(
                "{'id':'" + WABA + "','sourceS3File':{'bucketName':'b','key':'k.png'}}"));
        f.createUtility("before_reset", "A template from before the reset.");
        f.clock.advance(Duration.ofHours(1));
        f.backend.reset();
        ObjectNode state = f.backend.inspect();
        assertThat(state.path("outcomeRules")).isEmpty();
        assertThat(state.path("mediaHandles").asInt()).isZero();
        assertThat(state.path("wabas").get(0).path("templates")).isEmpty();
        assertThat(state.path("clock").asText()).isEqualTo(BackendFixture.START.plus(Duration.ofHours(1)).toString());
        String id = f.createUtility("before_reset", "A template from before the reset.");
        assertThat(id).isEqualTo(Long.toString(MetaState.FIRST_TEMPLATE_ID));
        f.reviewPasses();
        assertThat(f.status(id)).isEqualTo("APPROVED");
        assertThat(f.call("CreateWhatsAppMessageTemplateMedia", (ObjectNode) BackendFixture.parse(
                "{'id':'" + WABA + "','sourceS3File':{'bucketName':'b','key':'k.png'}}")).path("metaHeaderHandle").asText())
                .startsWith("4::");
    }

    @Test
    void inspectSummarisesEachWaba() {
        BackendFixture f = new BackendFixture();
        f.backend.forceOutcome(OutcomeRule.pendingForever("waiting"));
        f.createUtility("waiting", "A template that keeps waiting.");
        String approved = f.createUtility("done", "A template that gets approved.");
        f.reviewPasses();
        f.createUtility("fresh", "A template created just now.");
        ObjectNode state = f.backend.inspect();
        assertThat(state.path("outcomeRules").get(0).path("templateName").asText()).isEqualTo("waiting");
        JsonNode waba = state.path("wabas").get(0);
        assertThat(waba.path("id").asText()).isEqualTo(WABA);
        assertThat(waba.path("accountId").asText()).isEqualTo(ACCOUNT);
        assertThat(waba.path("counts").path("PENDING").asInt()).isEqualTo(2);
        assertThat(waba.path("counts").path("APPROVED").asInt()).isEqualTo(1);
        assertThat(waba.path("templates").get(1).path("metaTemplateId").asText()).isEqualTo(approved);
        assertThat(waba.path("templates").get(2).path("reviewDueAt").asText())
                .isEqualTo(BackendFixture.START.plus(Duration.ofSeconds(10)).toString());
    }

    /** A recorded call: what the protocol layer's journal holds. */
    private record Call(String operation, ObjectNode input, Instant at) {
    }

    @Test
    void replayingTheJournalOnAFreshBackendReproducesTheState() {
        BackendFixture live = new BackendFixture();
        live.backend.putMediaObject("b", "pic.jpg", "image/jpeg", new byte[100]);
        List<Call> journal = new ArrayList<>();
        java.util.function.BiFunction<String, ObjectNode, ObjectNode> journaled = (op, in) -> {
            ObjectNode copy = in.deepCopy();
            ObjectNode out = live.call(op, in);
            if (STATE_CHANGING_OPERATIONS.contains(op)) {
                journal.add(new Call(op, copy, live.clock.instant()));
            }
            return out;
        };
        String handle = journaled.apply("CreateWhatsAppMessageTemplateMedia", (ObjectNode) BackendFixture.parse(
                "{'id':'" + WABA + "','sourceS3File':{'bucketName':'b','key':'pic.jpg'}}")).path("metaHeaderHandle").asText();
        journaled.apply("CreateWhatsAppMessageTemplate", BackendFixture.createInput("{'name':'pic','language':'en_US',"
                + "'category':'MARKETING','components':[{'type':'HEADER','format':'IMAGE','example':{'header_handle':['"
                + handle + "']}},{'type':'BODY','text':'A picture of our new shop.'}]}"));
        live.clock.advance(Duration.ofMinutes(1));
        String edited = journaled.apply("CreateWhatsAppMessageTemplate", BackendFixture.createInput(
                BackendFixture.utilityBody("edited", "en_US", "Words before the edit."))).path("metaTemplateId").asText();
        live.clock.advance(Duration.ofMinutes(1));
        journaled.apply("UpdateWhatsAppMessageTemplate", BackendFixture.updateInput(edited, null,
                "[{'type':'BODY','text':'Words after the edit, with a sale.'}]"));
        live.clock.advance(Duration.ofDays(1));
        journaled.apply("DeleteWhatsAppMessageTemplate", BackendFixture.deleteInput("pic", null));
        live.clock.advance(Duration.ofMinutes(1));

        BackendFixture restarted = new BackendFixture();
        for (Call c : journal) {
            restarted.clock.set(c.at());
            restarted.backend.replay(c.operation(), ACCOUNT, c.input());
        }
        restarted.clock.set(live.clock.instant());
        assertThat(restarted.backend.inspect()).isEqualTo(live.backend.inspect());
        assertThat(restarted.template(edited)).isEqualTo(live.template(edited));
        assertThat(restarted.template(edited).path("category").asText()).isEqualTo("MARKETING");
        // The name of the approved template deleted before the restart is still blocked.
        assertThat(restarted.createFails("{'name':'pic','language':'en_US','category':'UTILITY','components':"
                + "[{'type':'BODY','text':'Trying the name again.'}]}").getMessage()).contains("30 days");
    }

    @Test
    void twoBackendsGivenTheSameCallsAndInstantsAgree() {
        BackendFixture a = new BackendFixture();
        BackendFixture b = new BackendFixture();
        for (BackendFixture f : List.of(a, b)) {
            f.createUtility("one", "The first deterministic template.");
            f.clock.advance(Duration.ofSeconds(3));
            f.createUtility("two", "The second deterministic template, a deal.");
            f.reviewPasses();
            f.call("AssociateWhatsAppBusinessAccount", (ObjectNode) BackendFixture.parse("{'signupCallback':{'accessToken':'t'}}"));
        }
        assertThat(a.backend.inspect()).isEqualTo(b.backend.inspect());
        assertThat(a.list(null, null)).isEqualTo(b.list(null, null));
    }

    @Test
    void withDefaultsRunsOnRealTime() {
        MetaBackend backend = MetaBackend.withDefaults();
        assertThat(backend.clock().instant()).isAfter(Instant.parse("2024-01-01T00:00:00Z"));
        assertThat(backend.invoke("ListLinkedWhatsAppBusinessAccounts", ACCOUNT, null).path("linkedAccounts")).hasSize(1);
    }

    @Test
    void serviceErrorsCarryTheirType() {
        ServiceError e = new ServiceError("ThrottledRequestException", "slow down");
        assertThat(e.errorType()).isEqualTo("ThrottledRequestException");
        assertThat(e.getMessage()).isEqualTo("slow down");
        assertThat(e).hasToString("ThrottledRequestException: slow down");
    }

    @Test
    void pageTokensAreCheckedAndBelongToTheirList() {
        String token = Pagination.token("a", "3");
        assertThat(Pagination.position("a", token)).isEqualTo("3");
        assertThat(Pagination.position("a", null)).isNull();
        assertThatThrownBy(() -> Pagination.position("b", token)).isInstanceOf(ServiceError.class);
        assertThatThrownBy(() -> Pagination.position("a", "%%%")).isInstanceOf(ServiceError.class);
        assertThatThrownBy(() -> Pagination.position("a", Pagination.token("a", ""))).isInstanceOf(ServiceError.class);
        assertThatThrownBy(() -> Pagination.byOffset("a", List.of(1, 2), Pagination.token("a", "x"), 1))
                .isInstanceOf(ServiceError.class);
        assertThatThrownBy(() -> Pagination.byOffset("a", List.of(1, 2), Pagination.token("a", "5"), 1))
                .isInstanceOf(ServiceError.class);
        Pagination.Page<Integer> page = Pagination.byOffset("a", List.of(1, 2, 3), null, 2);
        assertThat(page.items()).containsExactly(1, 2);
        assertThat(Pagination.byOffset("a", List.of(1, 2, 3), page.nextToken(), 2).items()).containsExactly(3);
    }

    @Test
    void inputMembersOfTheWrongTypeAreValidationErrors() {
        BackendFixture f = new BackendFixture();
        assertThat(f.fails("GetLinkedWhatsAppBusinessAccount", (ObjectNode) BackendFixture.parse("{'id':{'a':1}}"))
                .errorType()).isEqualTo("ValidationException");
        assertThat(f.fails("ListWhatsAppMessageTemplates", (ObjectNode) BackendFixture.parse(
                "{'id':'" + WABA + "','maxResults':'many'}")).errorType()).isEqualTo("ValidationException");
        assertThat(f.list(null, null).path("templates")).isEmpty();
        assertThat(f.call("ListWhatsAppMessageTemplates", (ObjectNode) BackendFixture.parse(
                "{'id':'" + WABA + "','maxResults':'5'}")).path("templates")).isEmpty();
        assertThat(f.fails("CreateWhatsAppMessageTemplate", (ObjectNode) BackendFixture.parse(
                "{'id':'" + WABA + "','templateDefinition':5}")).errorType()).isEqualTo("ValidationException");
        assertThat(f.fails("ListWhatsAppTemplateLibrary", (ObjectNode) BackendFixture.parse(
                "{'id':'" + WABA + "','filters':'x'}")).errorType()).isEqualTo("ValidationException");
        assertThat(InputMembers.optionalBoolean(BackendFixture.parse("{'b':'TRUE'}"), "b")).isTrue();
        assertThat(InputMembers.optionalBoolean(BackendFixture.parse("{'b':true}"), "b")).isTrue();
        assertThat(InputMembers.optionalBoolean(BackendFixture.parse("{}"), "b")).isFalse();
        assertThatThrownBy(() -> InputMembers.optionalBoolean(BackendFixture.parse("{'b':3}"), "b"))
                .isInstanceOf(ServiceError.class);
    }
}
