package com.eumsocial.whatsapp.commons;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import software.amazon.cloudformation.proxy.HandlerErrorCode;

/**
 * Waits, across invocations, until a template that was just deleted no longer shows up in Get
 * (missing, DELETED or PENDING_DELETION), so that a create of the same name and language right
 * after a delete does not find the old template still there. Shared by every type that deletes
 * templates; the delete call itself is {@link WabaTemplates#deleteOne}.
 *
 * <p>Usage per invocation: {@code check(...)}; empty means gone (finish with SUCCESS), otherwise
 * return IN_PROGRESS after the given number of seconds, carrying the {@link WaitState}.
 */
public final class DeletionWait {
    private final PollingSchedule schedule;
    private final Clock clock;
    private final Duration maxWait;

    /** @param maxWait how long to wait in all; set it a little below the delete handler's timeoutInMinutes */
    public DeletionWait(PollingSchedule schedule, Clock clock, Duration maxWait) {
        this.schedule = Objects.requireNonNull(schedule, "schedule");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.maxWait = Objects.requireNonNull(maxWait, "maxWait");
    }

    /**
     * Looks once: empty when the template is gone, else the seconds before the next look.
     * Counts the look in {@code wait} (a wait without a start starts now). Throws
     * {@link HandlerFailure} NotStabilized once the template outlives {@code maxWait}. A read that
     * fails with a retriable error is looked at again after a short delay, at most
     * {@value TransientReadFailures#MAX_CONSECUTIVE} times in a row ({@link TransientReadFailures});
     * then, and for any other failure, the read's failure is thrown.
     */
    public OptionalInt check(WabaTemplates templates, String wabaId, String metaTemplateId, WaitState wait) {
        Objects.requireNonNull(wait, "wait");
        if (wait.startedAt() == null) {
            wait.setStartedAtEpochMillis(clock.millis());
        }
        wait.countPoll();
        Optional<MetaTemplate> still;
        try {
            still = templates.getLive(wabaId, metaTemplateId);
        } catch (HandlerFailure failure) {
            return OptionalInt.of(TransientReadFailures.delayAfter(failure, wait, schedule));
        }
        wait.clearTransientFailures();
        if (still.isEmpty()) {
            return OptionalInt.empty();
        }
        Duration elapsed = Duration.between(wait.startedAt(), clock.instant());
        if (elapsed.compareTo(maxWait) >= 0) {
            throw new HandlerFailure(HandlerErrorCode.NotStabilized, "Template " + still.get().describe() + " still exists"
                + " (status " + still.get().status() + ") " + MetaReview.human(elapsed) + " after it was deleted ("
                + wait.getPolls() + " checks); check it in the WhatsApp Manager");
        }
        Duration remaining = maxWait.minus(elapsed);
        return OptionalInt.of((int) Math.max(1, Math.min(schedule.nextDelaySeconds(elapsed), remaining.toSeconds())));
    }
}
