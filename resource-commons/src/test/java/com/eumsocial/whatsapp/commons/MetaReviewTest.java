package com.eumsocial.whatsapp.commons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.eumsocial.whatsapp.commons.testing.MetaTemplateJson;
import com.eumsocial.whatsapp.commons.testing.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.cloudformation.proxy.HandlerErrorCode;

class MetaReviewTest {
    private final MutableClock clock = new MutableClock();
    private final MetaReview review = new MetaReview(PollingSchedule.DEFAULT, clock, Duration.ofHours(35));

    private static MetaTemplate template(String status) {
        return MetaTemplate.parse(MetaTemplateJson.template("order_update", "en_US", "UTILITY", "111").status(status).build());
    }

    @Test
    void approvedFinishes() {
        WaitState state = review.start();
        ReviewStep step = review.check(template("APPROVED"), state);
        assertThat(step.isApproved()).isTrue();
        assertThat(step.callbackDelaySeconds()).isZero();
        assertThat(step.errorCode()).isNull();
        assertThat(step.message()).contains("order_update (en_US, id 111) is APPROVED");
        assertThat(state.getPolls()).isEqualTo(1);
    }

    @Test
    void approvalInAnotherCategoryIsReported() {
        MetaTemplate recategorised = MetaTemplate.parse(MetaTemplateJson.template("promo", "en_US", "MARKETING", "5")
            .status("APPROVED").previousCategory("UTILITY").build());
        assertThat(review.check(recategorised, review.start()).message())
            .contains("as MARKETING (submitted as UTILITY)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"PENDING", "IN_APPEAL", "SOMETHING_NEW"})
    void pendingStatusesKeepWaitingOnTheSchedule(String status) {
        WaitState state = review.start();
        clock.advanceSeconds(100);
        ReviewStep step = review.check(template(status), state);
        assertThat(step.isWaiting()).isTrue();
        assertThat(step.callbackDelaySeconds()).isEqualTo(20);
        assertThat(step.message()).contains("status " + status).contains("next check in 20 s");
        assertThat(state.getPolls()).isEqualTo(1);
        assertThat(review.firstDelaySeconds()).isEqualTo(5);
    }

    @Test
    void rejectedCarriesMetasReasonAndInfo() {
        MetaTemplate rejected = MetaTemplate.parse(MetaTemplateJson.template("promo", "en_US", "MARKETING", "7")
            .rejected("INVALID_FORMAT", "Body has adjacent parameters.", "Separate {{1}} and {{2}} with words.").build());
        ReviewStep step = review.check(rejected, review.start());
        assertThat(step.isRejected()).isTrue();
        assertThat(step.errorCode()).isEqualTo(HandlerErrorCode.NotStabilized);
        assertThat(step.message()).isEqualTo("Meta REJECTED template promo (en_US, id 7): reason INVALID_FORMAT."
            + " Body has adjacent parameters. Recommendation: Separate {{1}} and {{2}} with words.");
        assertThat(step.toFailure().code()).isEqualTo(HandlerErrorCode.NotStabilized);
    }

    @Test
    void pausedAndDisabledFailWithAnExplanation() {
        ReviewStep paused = review.check(template("PAUSED"), review.start());
        assertThat(paused.isFailed()).isTrue();
        assertThat(paused.errorCode()).isEqualTo(HandlerErrorCode.NotStabilized);
        assertThat(paused.message()).contains("PAUSED").contains("quality");

        ReviewStep disabled = review.check(template("DISABLED"), review.start());
        assertThat(disabled.errorCode()).isEqualTo(HandlerErrorCode.NotStabilized);
        assertThat(disabled.message()).contains("DISABLED").contains("different name");
    }

    @Test
    void otherTerminalStatusesFailWithFittingCodes() {
        assertThat(review.check(template("DELETED"), review.start()).errorCode()).isEqualTo(HandlerErrorCode.NotFound);
        assertThat(review.check(template("PENDING_DELETION"), review.start()).errorCode()).isEqualTo(HandlerErrorCode.NotFound);
        assertThat(review.check(template("LIMIT_EXCEEDED"), review.start()).errorCode())
            .isEqualTo(HandlerErrorCode.ServiceLimitExceeded);
        assertThat(review.check(template("ARCHIVED"), review.start()).errorCode()).isEqualTo(HandlerErrorCode.NotStabilized);
    }

    @Test
    void theWaitStopsWithAClearMessageBeforeTheHandlerTimeout() {
        WaitState state = review.start();
        clock.advance(Duration.ofHours(35).minusSeconds(30));
        ReviewStep last = review.check(template("PENDING"), state);
        assertThat(last.isWaiting()).isTrue();
        assertThat(last.callbackDelaySeconds()).isEqualTo(30);

        clock.advanceSeconds(30);
        ReviewStep timedOut = review.check(template("PENDING"), state);
        assertThat(timedOut.isFailed()).isTrue();
        assertThat(timedOut.errorCode()).isEqualTo(HandlerErrorCode.NotStabilized);
        assertThat(timedOut.message())
            .contains("Meta has not finished reviewing template order_update (en_US, id 111) after 35 h")
            .contains("2 checks").contains("status PENDING").contains("time limit").contains("WaitForApproval");
    }

    @Test
    void aMissingStateStartsTheWaitNow() {
        ReviewStep step = review.check(template("PENDING"), null);
        assertThat(step.callbackDelaySeconds()).isEqualTo(5);

        WaitState empty = new WaitState();
        review.check(template("PENDING"), empty);
        assertThat(empty.startedAt()).isEqualTo(clock.instant());
    }

    @Test
    void aStepThatIsNoFailureCannotBecomeOne() {
        assertThatThrownBy(() -> ReviewStep.approved("ok").toFailure()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void durationsReadNaturally() {
        assertThat(MetaReview.human(Duration.ofSeconds(42))).isEqualTo("42 s");
        assertThat(MetaReview.human(Duration.ofMinutes(10))).isEqualTo("10 min");
        assertThat(MetaReview.human(Duration.ofHours(3))).isEqualTo("3 h");
        assertThat(MetaReview.human(Duration.ofMinutes(185))).isEqualTo("3 h 5 min");
    }
}
