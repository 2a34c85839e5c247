package com.eumsocial.whatsapp.runner.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.eumsocial.whatsapp.runner.deploy.DeployState;
import com.eumsocial.whatsapp.runner.deploy.LifecycleHistory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Meta's lifecycle rules as the preflight applies them, one rule at a time. */
class LifecyclePreflightTest {
    private static final String TEMPLATE = "EUMSocial::WhatsApp::MessageTemplate";
    private static final String WABA = "waba-1";
    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    private LifecycleHistory history;
    private Path stateFile;

    @BeforeEach
    void setUp() throws Exception {
        stateFile = Files.createTempDirectory("preflight").resolve("state.json");
        history = DeployState.load(stateFile).lifecycle();
    }

    private static Change change(ChangeKind kind, String status, String category, String... changed) {
        return new Change("Id", TEMPLATE, "t/en_US", kind, List.of(changed), List.of(), status, category, List.of(), List.of());
    }

    private static LifecyclePreflight.Subject subject(Change change, String declaredCategory) {
        return new LifecyclePreflight.Subject(change, WABA, "t", "42", declaredCategory, false);
    }

    private Change check(Change change, String declaredCategory) {
        return check(List.of(subject(change, declaredCategory)), MetaLimits.of(250, 100), 0).changes().get(0);
    }

    private LifecyclePreflight.Result check(List<LifecyclePreflight.Subject> subjects, MetaLimits limits, int live) {
        return LifecyclePreflight.check(subjects, history, limits, Map.of(WABA, live), NOW);
    }

    @Test
    void aFirstEditOfAnApprovedTemplatePassesWithAWarningAboutReview() {
        Change c = check(change(ChangeKind.UPDATE_IN_PLACE, "APPROVED", "UTILITY", "Components"), "UTILITY");
        assertThat(c.kind()).isEqualTo(ChangeKind.UPDATE_IN_PLACE);
        assertThat(c.notes()).singleElement().asString().contains("sends it back to Meta's review");
    }

    @Test
    void theCategoryOfAnApprovedTemplateIsFrozen() {
        Change c = check(change(ChangeKind.UPDATE_IN_PLACE, "APPROVED", "UTILITY", "Category"), "MARKETING");
        assertThat(c.kind()).isEqualTo(ChangeKind.BLOCKED);
        assertThat(c.reasons()).singleElement().asString().startsWith("category frozen: the template is APPROVED as UTILITY");
        // a REJECTED template may change category
        assertThat(check(change(ChangeKind.UPDATE_IN_PLACE, "REJECTED", "UTILITY", "Category"), "MARKETING").kind())
            .isEqualTo(ChangeKind.UPDATE_IN_PLACE);
    }

    @Test
    void anApprovedTemplateIsEditedOncePer24HoursAndTenTimesPer30Days() {
        history.recordApprovedEdit(WABA, "42", NOW.minus(Duration.ofHours(23)));
        Change c = check(change(ChangeKind.DRIFT_CORRECTION, "APPROVED", "UTILITY", "Components"), "UTILITY");
        assertThat(c.kind()).isEqualTo(ChangeKind.BLOCKED);
        assertThat(c.reasons()).singleElement().asString().contains("one edit per 24 hours, the next from 2026-12-01T13:00:00Z");

        history = DeployState.load(stateFile.resolveSibling("other.json")).lifecycle();
        for (int day = 2; day <= 20; day += 2) {
            history.recordApprovedEdit(WABA, "42", NOW.minus(Duration.ofDays(day)));
        }
        c = check(change(ChangeKind.UPDATE_IN_PLACE, "APPROVED", "UTILITY", "Components"), "UTILITY");
        assertThat(c.reasons()).singleElement().asString().contains("10 times in 30 days; Meta allows 10, the next from 2026-12-11");
        // edits of a REJECTED or PAUSED template are not limited
        assertThat(check(change(ChangeKind.UPDATE_IN_PLACE, "PAUSED", "UTILITY", "Components"), "UTILITY").kind())
            .isEqualTo(ChangeKind.UPDATE_IN_PLACE);
    }

    @Test
    void pendingAndDisabledTemplatesCannotBeEditedAndDisabledOnesNotDeleted() {
        assertThat(check(change(ChangeKind.UPDATE_IN_PLACE, "PENDING", "UTILITY", "Components"), "UTILITY").reasons())
            .singleElement().asString().contains("deploy again when Meta's review has ended");
        assertThat(check(change(ChangeKind.UPDATE_IN_PLACE, "DISABLED", "UTILITY", "Components"), "UTILITY").reasons())
            .singleElement().asString().contains("a DISABLED template stays as it is");
        assertThat(check(change(ChangeKind.DELETE, "DISABLED", "UTILITY"), null).reasons())
            .singleElement().asString().contains("Meta does not allow deleting a disabled template");
        assertThat(check(change(ChangeKind.NO_CHANGE, "PAUSED", "UTILITY"), "UTILITY").notes())
            .singleElement().asString().contains("Meta holds it PAUSED: it cannot be sent");
    }

    @Test
    void deletingAnApprovedTemplateWarnsAboutTheNameAndAfterwardsTheNameIsBlockedFor30Days() {
        Change deleted = check(change(ChangeKind.DELETE, "APPROVED", "UTILITY"), null);
        assertThat(deleted.kind()).isEqualTo(ChangeKind.DELETE);
        assertThat(deleted.notes()).singleElement().asString().contains("blocks its name (every language) for 30 days");

        history.recordDeletion(WABA, "t", "APPROVED", NOW.minus(Duration.ofDays(29)));
        Change created = check(change(ChangeKind.CREATE, null, null), "UTILITY");
        assertThat(created.reasons()).singleElement().asString().startsWith("name blocked:").contains("until 2026-12-02T12:00:00Z");
        history.recordDeletion(WABA, "t", "REJECTED", NOW);   // a rejected template's name is free again
        history = DeployState.load(stateFile).lifecycle();    // and the record survives a restart
        assertThat(history.nameBlockedUntil(WABA, "t", NOW)).isPresent();
        assertThat(history.nameBlockedUntil(WABA, "t", NOW.plus(Duration.ofDays(2)))).isEmpty();
    }

    @Test
    void createsBeyondTheCapAreAllRefusedAndCreatesBeyondTheHourlyQuotaWait() {
        List<LifecyclePreflight.Subject> subjects = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            subjects.add(subject(change(ChangeKind.CREATE, null, null), "UTILITY"));
        }
        LifecyclePreflight.Result capped = check(subjects, MetaLimits.of(250, 100), 248);
        assertThat(capped.changes()).allSatisfy(c -> assertThat(c.reasons()).singleElement().asString()
            .contains("holds 248 templates and this deploy creates 3 more", "cap of 250"));

        history.recordCreation(WABA, NOW.minus(Duration.ofMinutes(30)));
        LifecyclePreflight.Result quota = check(subjects, MetaLimits.of(250, 3), 0);
        assertThat(quota.changes()).allSatisfy(c -> assertThat(c.kind()).isEqualTo(ChangeKind.CREATE));
        assertThat(quota.notes()).singleElement().asString().contains("creation quota: 3 template(s)", "created 1 in the last hour",
            "wait for the quota (about 1 h in all)");

        assertThat(check(subjects, MetaLimits.UNKNOWN_CAP, 10_000).notes()).singleElement().asString()
            .contains("template cap not checked");
        assertThatThrownBy(() -> MetaLimits.of(0, 100)).hasMessageContaining("template cap must be at least 1");
    }

    @Test
    void retainedResourcesAndMediaHaveNoLifecycleRules() {
        Change retained = LifecyclePreflight.check(List.of(new LifecyclePreflight.Subject(change(ChangeKind.DELETE, "DISABLED", "UTILITY"),
            WABA, "t", "42", null, true)), history, MetaLimits.UNKNOWN_CAP, Map.of(), NOW).changes().get(0);
        assertThat(retained.kind()).isEqualTo(ChangeKind.DELETE);
        Change media = new Change("M", "EUMSocial::WhatsApp::TemplateMedia", "banner.png", ChangeKind.CREATE, List.of(), List.of(),
            null, null, List.of(), List.of());
        assertThat(LifecyclePreflight.check(List.of(new LifecyclePreflight.Subject(media, WABA, null, null, null, false)), history,
            MetaLimits.of(1, 1), Map.of(WABA, 5), NOW).changes().get(0).kind()).isEqualTo(ChangeKind.CREATE);
    }

    @Test
    void aPlanRoundTripsThroughJson() {
        Change blocked = change(ChangeKind.UPDATE_IN_PLACE, "APPROVED", "UTILITY", "Category").blocked(List.of("category frozen"));
        Plan plan = new Plan("Stack", NOW, List.of(blocked, change(ChangeKind.NO_CHANGE, "APPROVED", "UTILITY")),
            List.of("a note"));

        Plan back = Plan.fromJson(plan.toJson());

        assertThat(back).isEqualTo(plan);
        assertThat(back.blocked()).isTrue();
        assertThat(back.counts()).containsEntry(ChangeKind.BLOCKED, 1).containsEntry(ChangeKind.NO_CHANGE, 1);
        assertThat(plan.toJsonString()).contains("\"kind\" : \"BLOCKED\"");
        assertThat(plan.refusal()).contains("t/en_US (Id): category frozen", "nothing was sent");
        assertThat(back.change("Id")).isPresent();
        assertThat(back.drifted()).isEmpty();
    }
}
