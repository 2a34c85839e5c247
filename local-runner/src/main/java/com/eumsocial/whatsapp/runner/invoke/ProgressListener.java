package com.eumsocial.whatsapp.runner.invoke;

import java.time.Duration;

/** Sees every event of a {@link HandlerInvoker#run} loop, in order, and every retry (for progress output). */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (request, event, invocation) -> { };

    /**
     * @param request    the request that produced the event
     * @param event      the handler's answer
     * @param invocation 1 for the first invocation of the operation, then 2, 3, ...
     */
    void onEvent(CloudFormationRequest request, ProgressEventJson event, int invocation);

    /**
     * The event just passed to {@link #onEvent} is FAILED with a retriable error code; the same
     * request is sent again after {@code delay}.
     *
     * @param attempt     1 for the first retry of this failure streak, then 2, ...
     * @param maxAttempts how many retries a streak may have
     */
    default void onRetry(CloudFormationRequest request, ProgressEventJson failed, int attempt, int maxAttempts, Duration delay) {
    }
}
