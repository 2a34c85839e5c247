package com.eumsocial.whatsapp.commons;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import software.amazon.cloudformation.proxy.HandlerErrorCode;

/**
 * Decides, from one look at a template, whether the wait for Meta's review is over: APPROVED
 * succeeds; REJECTED fails with Meta's reason; PAUSED and DISABLED fail with an explanation;
 * PENDING and IN_APPEAL (and statuses this code does not know) keep waiting on the
 * {@link PollingSchedule}; the wait gives up with NotStabilized before the handler's own timeout
 * ({@code maxWait}) would end the operation with a less helpful message.
 *
 * <p>Shared by every type that waits for a review (MessageTemplate, LibraryTemplate). Usage per
 * invocation: Get the template, call {@link #check}, then act on the {@link ReviewStep}.
 */
public final class MetaReview {
    private final PollingSchedule schedule;
    private final Clock clock;
    private final Duration maxWait;

    /**
     * @param maxWait how long the whole wait may last; set it a little below the handler's
     *                {@code timeoutInMinutes} so the handler, not CloudFormation, ends a long wait
     */
    public MetaReview(PollingSchedule schedule, Clock clock, Duration maxWait) {
        this.schedule = Objects.requireNonNull(schedule, "schedule");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.maxWait = Objects.requireNonNull(maxWait, "maxWait");
    }

    /** A fresh wait state starting now. */
    public WaitState start() {
        return WaitState.startingAt(clock.instant());
    }

    /** Delay before the first check of a wait that has just started. */
    public int firstDelaySeconds() {
        return schedule.nextDelaySeconds(Duration.ZERO);
    }

    /**
     * Looks at {@code template} (just read) and decides; counts the check in {@code state}.
     * A null state starts the wait now.
     */
    public ReviewStep check(MetaTemplate template, WaitState state) {
        WaitState wait = state == null ? start() : state;
        if (wait.startedAt() == null) {
            wait.setStartedAtEpochMillis(clock.millis());
        }
        wait.countPoll();
        String status = template.status() == null ? "UNKNOWN" : template.status();
        String who = "Template " + template.describe();
        switch (status) {
            case "APPROVED":
                return ReviewStep.approved(who + " is APPROVED by Meta" + recategorised(template));
            case "REJECTED":
                return ReviewStep.rejected(rejectionMessage(template));
            case "PAUSED":
                return ReviewStep.failed(HandlerErrorCode.NotStabilized, who
                    + " is PAUSED by Meta because of low quality (customer feedback); it cannot be used until Meta"
                    + " unpauses it or it is edited. Quality score: " + template.qualityScore());
            case "DISABLED":
                return ReviewStep.failed(HandlerErrorCode.NotStabilized, who
                    + " is DISABLED by Meta (repeated quality problems); it can no longer be sent or deleted."
                    + " Create a template with a different name.");
            case "DELETED":
            case "PENDING_DELETION":
                return ReviewStep.failed(HandlerErrorCode.NotFound, who + " was deleted (status " + status
                    + ") while waiting for Meta's review");
            case "LIMIT_EXCEEDED":
                return ReviewStep.failed(HandlerErrorCode.ServiceLimitExceeded, who
                    + " hit Meta's template limit for this WABA (status LIMIT_EXCEEDED)");
            case "ARCHIVED":
                return ReviewStep.failed(HandlerErrorCode.NotStabilized, who + " is ARCHIVED by Meta");
            default:
                return keepWaiting(template, status, wait);
        }
    }

    /**
     * The status read of {@code templateId} failed: a retriable failure (Throttling,
     * ServiceInternalError, NetworkFailure) keeps the wait going with a short delay and is counted
     * in {@code state}; see {@link TransientReadFailures}.
     *
     * @throws HandlerFailure {@code failure} when it is not retriable or {@code state} is null, or
     *                        when it is the {@value TransientReadFailures#MAX_CONSECUTIVE}th in a row
     */
    public ReviewStep afterFailedRead(HandlerFailure failure, WaitState state, String templateId) {
        int delay = TransientReadFailures.delayAfter(failure, state, schedule);
        return ReviewStep.waitFor(delay, "Waiting for Meta's review of template id " + templateId + ": could not read its"
            + " status (" + failure.code() + ": " + failure.getMessage() + "); "
            + TransientReadFailures.progressNote(state, delay));
    }

    private ReviewStep keepWaiting(MetaTemplate template, String status, WaitState wait) {
        Instant now = clock.instant();
        Duration elapsed = Duration.between(wait.startedAt(), now);
        Duration remaining = maxWait.minus(elapsed);
        if (remaining.isNegative() || remaining.isZero()) {
            return ReviewStep.failed(HandlerErrorCode.NotStabilized, "Meta has not finished reviewing template "
                + template.describe() + " after " + human(elapsed) + " (" + wait.getPolls() + " checks; status "
                + status + "). The wait stops here because the handler's time limit of about " + human(maxWait)
                + " would be exceeded. The template is left as it is: check it in the console, or set"
                + " WaitForApproval to false to finish once it is submitted.");
        }
        int delay = schedule.nextDelaySeconds(elapsed);
        // Never sleep past the deadline: the last check lands on it, so the message above is the outcome.
        delay = (int) Math.max(1, Math.min(delay, Math.max(1, remaining.toSeconds())));
        return ReviewStep.waitFor(delay, "Waiting for Meta's review of template " + template.describe() + ": status "
            + status + " after " + human(elapsed) + "; next check in " + delay + " s");
    }

    private static String recategorised(MetaTemplate template) {
        String previous = template.previousCategory();
        if (previous != null && !previous.equals(template.category())) {
            return " as " + template.category() + " (submitted as " + previous + ")";
        }
        return "";
    }

    /** "Meta REJECTED template x (en_US, id 1): reason INVALID_FORMAT. <info>" */
    public static String rejectionMessage(MetaTemplate template) {
        StringBuilder text = new StringBuilder("Meta REJECTED template ").append(template.describe())
            .append(": reason ").append(template.rejectedReason() == null ? "not given" : template.rejectedReason());
        String info = template.rejectionInfo();
        if (info != null) {
            text.append(". ").append(info);
        }
        return text.toString();
    }

    static String human(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        if (seconds < 120) {
            return seconds + " s";
        }
        if (seconds < 7200) {
            return (seconds / 60) + " min";
        }
        long hours = seconds / 3600;
        long minutes = (seconds % 3600) / 60;
        return minutes == 0 ? hours + " h" : hours + " h " + minutes + " min";
    }
}
