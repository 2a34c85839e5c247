package com.eumsocial.whatsapp.commons;

import java.util.EnumSet;
import java.util.Set;
import software.amazon.cloudformation.proxy.HandlerErrorCode;

/**
 * How a wait (for Meta's review, for a deletion) treats a status read that failed for a reason
 * that may pass: throttling (429, 503, 504), a service error (other 5xx) or a network failure,
 * after the SDK's own retries. Failing the resource then would leave a created template behind
 * for nothing, so the wait keeps going: IN_PROGRESS with a short, growing delay, and the next
 * invocation reads again. The failures in a row are counted in the {@link WaitState} (the
 * callback context), so a service that stays broken still ends the operation, with the original
 * error code and message, at the {@value #MAX_CONSECUTIVE}th failure in a row. A successful read
 * resets the count.
 */
public final class TransientReadFailures {
    /** The failure in a row that ends the wait (earlier ones are retried on the next invocation). */
    public static final int MAX_CONSECUTIVE = 5;
    /** Cap of the delay after a failed read: the read is retried soon, not on the review's slow schedule. */
    public static final int MAX_DELAY_SECONDS = 60;

    /** The codes CloudFormation documents as Retriable; {@link ServiceErrorTranslator} maps 429/5xx/network to them. */
    private static final Set<HandlerErrorCode> RETRIABLE =
        EnumSet.of(HandlerErrorCode.Throttling, HandlerErrorCode.ServiceInternalError, HandlerErrorCode.NetworkFailure);

    private TransientReadFailures() {
    }

    public static boolean isRetriable(HandlerErrorCode code) {
        return code != null && RETRIABLE.contains(code);
    }

    /**
     * Counts a failed status read in {@code wait} and answers the seconds before the next read.
     *
     * @throws HandlerFailure the failure itself when it is not retriable or there is no wait state to
     *                        count in (a count that is not carried to the next invocation bounds nothing);
     *                        the failure with a note on the {@value #MAX_CONSECUTIVE}th failure in a row
     */
    static int delayAfter(HandlerFailure failure, WaitState wait, PollingSchedule schedule) {
        if (!isRetriable(failure.code()) || wait == null) {
            throw failure;
        }
        int failures = wait.countTransientFailure();
        if (failures >= MAX_CONSECUTIVE) {
            throw new HandlerFailure(failure.code(), failure.getMessage() + " (the status check failed " + failures
                + " times in a row; giving up)", failure);
        }
        // min, 2 min, 4 min, ...: a throttled service gets room, a short outage is ridden out.
        long delay = (long) schedule.minDelaySeconds() << Math.min(failures - 1, 16);
        return (int) Math.max(1, Math.min(delay, Math.min(MAX_DELAY_SECONDS, schedule.maxDelaySeconds())));
    }

    /** "transient failure 2 of at most 4 retried" style note for progress messages. */
    static String progressNote(WaitState wait, int delaySeconds) {
        return "failed status check " + wait.getTransientFailures() + " in a row (at most " + (MAX_CONSECUTIVE - 1)
            + " are retried); next check in " + delaySeconds + " s";
    }
}
