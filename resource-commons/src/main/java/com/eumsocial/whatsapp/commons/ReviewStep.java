package com.eumsocial.whatsapp.commons;

import software.amazon.cloudformation.proxy.HandlerErrorCode;

/**
 * What to do after one look at Meta's review (see {@link MetaReview#check}).
 *
 * @param outcome APPROVED: finish; WAIT: return IN_PROGRESS after {@code callbackDelaySeconds};
 *                REJECTED: Meta refused the template (callers delete what they created, then fail
 *                with {@code errorCode}/{@code message}); FAILED: fail with {@code errorCode}/{@code message}
 * @param callbackDelaySeconds seconds before the next check (WAIT only; 0 otherwise)
 * @param errorCode the code for REJECTED and FAILED, null otherwise
 * @param message progress or failure message for the user
 */
public record ReviewStep(Outcome outcome, int callbackDelaySeconds, HandlerErrorCode errorCode, String message) {
    public enum Outcome { APPROVED, WAIT, REJECTED, FAILED }

    public static ReviewStep approved(String message) {
        return new ReviewStep(Outcome.APPROVED, 0, null, message);
    }

    public static ReviewStep waitFor(int delaySeconds, String message) {
        return new ReviewStep(Outcome.WAIT, delaySeconds, null, message);
    }

    public static ReviewStep rejected(String message) {
        return new ReviewStep(Outcome.REJECTED, 0, HandlerErrorCode.NotStabilized, message);
    }

    public static ReviewStep failed(HandlerErrorCode code, String message) {
        return new ReviewStep(Outcome.FAILED, 0, code, message);
    }

    public boolean isApproved() {
        return outcome == Outcome.APPROVED;
    }

    public boolean isWaiting() {
        return outcome == Outcome.WAIT;
    }

    public boolean isRejected() {
        return outcome == Outcome.REJECTED;
    }

    public boolean isFailed() {
        return outcome == Outcome.FAILED;
    }

    /** The failure this step stands for (REJECTED and FAILED only). */
    public HandlerFailure toFailure() {
        if (errorCode == null) {
            throw new IllegalStateException("A " + outcome + " step is not a failure");
        }
        return new HandlerFailure(errorCode, message);
    }
}
