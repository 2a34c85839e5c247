package com.eumsocial.whatsapp.commons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.cloudformation.proxy.HandlerErrorCode;

/**
 * The schedule against its targets, by simulation (counting checks, no timing): a review that
 * ends after D seconds is noticed by the first check at or after D.
 */
class PollingScheduleTest {

    /** Checks made, and the lag between the end of the review and the check that sees it. */
    record Simulation(int checks, long lagSeconds) {
    }

    static Simulation simulate(PollingSchedule schedule, long reviewSeconds) {
        long t = schedule.nextDelaySeconds(Duration.ZERO); // the first check comes one delay after submitting
        int checks = 1;
        while (t < reviewSeconds) {
            t += schedule.nextDelaySeconds(Duration.ofSeconds(t));
            checks++;
        }
        return new Simulation(checks, t - reviewSeconds);
    }

    static int constantFiveSecondChecks(long reviewSeconds) {
        return (int) Math.ceil(reviewSeconds / 5.0);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 4, 5, 6, 17, 30, 59, 61, 120, 299, 600, 601, 1800, 3600, 4500, 7200, 21_600, 43_200, 86_400})
    void detectionLagIsAtMostFiveSecondsOrOneFifthOfTheReview(long reviewSeconds) {
        Simulation run = simulate(PollingSchedule.DEFAULT, reviewSeconds);
        assertThat(run.lagSeconds()).isLessThanOrEqualTo(Math.max(5, (long) Math.ceil(0.2 * reviewSeconds)));
    }

    @Test
    void aTenMinuteReviewCostsAtMostAQuarterOfConstantPolling() {
        Simulation run = simulate(PollingSchedule.DEFAULT, 600);
        assertThat(constantFiveSecondChecks(600)).isEqualTo(120);
        assertThat(run.checks()).isLessThanOrEqualTo(120 / 4);
    }

    @Test
    void aDayLongReviewCostsAtMostOnePercentOfConstantPolling() {
        Simulation run = simulate(PollingSchedule.DEFAULT, 86_400);
        assertThat(constantFiveSecondChecks(86_400)).isEqualTo(17_280);
        assertThat(run.checks()).isLessThanOrEqualTo(172);
    }

    @Test
    void aQuickApprovalIsSeenQuickly() {
        assertThat(simulate(PollingSchedule.DEFAULT, 5)).isEqualTo(new Simulation(1, 0));
        assertThat(simulate(PollingSchedule.DEFAULT, 12).lagSeconds()).isLessThanOrEqualTo(5);
    }

    @Test
    void delayGrowsWithTheWaitBetweenTheBounds() {
        PollingSchedule schedule = PollingSchedule.DEFAULT;
        assertThat(schedule.nextDelaySeconds(Duration.ZERO)).isEqualTo(5);
        assertThat(schedule.nextDelaySeconds(Duration.ofSeconds(-3))).isEqualTo(5);
        assertThat(schedule.nextDelaySeconds(Duration.ofSeconds(100))).isEqualTo(20);
        assertThat(schedule.nextDelaySeconds(Duration.ofSeconds(101))).isEqualTo(21);
        assertThat(schedule.nextDelaySeconds(Duration.ofHours(10))).isEqualTo(900);
    }

    @Test
    void typeConfigurationOverridesOnlyWhatItSets() {
        assertThat(PollingSchedule.from(null)).isEqualTo(PollingSchedule.DEFAULT);
        assertThat(PollingSchedule.from(new TypeConfigurationModel())).isEqualTo(PollingSchedule.DEFAULT);
        assertThat(PollingSchedule.from(new TypeConfigurationModel(null, new TypeConfigurationModel.Polling(null, null, null))))
            .isEqualTo(PollingSchedule.DEFAULT);
        assertThat(PollingSchedule.from(new TypeConfigurationModel(null, new TypeConfigurationModel.Polling(1, 60, 0.5))))
            .isEqualTo(new PollingSchedule(1, 60, 0.5));
        assertThat(PollingSchedule.from(new TypeConfigurationModel(null, new TypeConfigurationModel.Polling(1000, null, null))))
            .isEqualTo(new PollingSchedule(1000, 1000, 0.2));
    }

    @Test
    void badSettingsFailAsInvalidTypeConfigurationNamingTheField() {
        assertThatThrownBy(() -> new PollingSchedule(0, 10, 0.2))
            .isInstanceOfSatisfying(HandlerFailure.class,
                f -> assertThat(f.code()).isEqualTo(HandlerErrorCode.InvalidTypeConfiguration))
            .hasMessageContaining("MinDelaySeconds");
        assertThatThrownBy(() -> new PollingSchedule(10, 5, 0.2)).hasMessageContaining("MaxDelaySeconds");
        assertThatThrownBy(() -> new PollingSchedule(5, 10, 0)).hasMessageContaining("Ratio");
        assertThatThrownBy(() -> new PollingSchedule(5, 10, 1.5)).hasMessageContaining("Ratio");
        assertThatThrownBy(() -> new PollingSchedule(5, 10, Double.NaN)).hasMessageContaining("Ratio");
    }
}
