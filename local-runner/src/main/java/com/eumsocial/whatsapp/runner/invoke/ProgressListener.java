package com.eumsocial.whatsapp.runner.invoke;

/** Sees every event of a {@link HandlerInvoker#run} loop, in order (for progress output). */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (request, event, invocation) -> { };

    /**
     * @param request    the request that produced the event
     * @param event      the handler's answer
     * @param invocation 1 for the first invocation of the operation, then 2, 3, ...
     */
    void onEvent(CloudFormationRequest request, ProgressEventJson event, int invocation);
}
