package com.eumsocial.whatsapp.commons;

import software.amazon.cloudformation.proxy.HandlerErrorCode;
import software.amazon.cloudformation.proxy.ProgressEvent;

/**
 * Base of every handler (create, read, update, delete, list) of the EUMSocial::WhatsApp types.
 * Subclasses implement {@link #handle}; a {@link HandlerFailure} thrown from anywhere inside
 * becomes a FAILED event with its code, and any other exception is translated by
 * {@link ServiceErrorTranslator}, so no service error ends as InternalFailure by accident.
 */
public abstract class TypeHandler<M, C> {

    /** Runs the handler; never throws. */
    public final ProgressEvent<M, C> handleRequest(HandlerInvocation<M, C> invocation) {
        try {
            ProgressEvent<M, C> event = handle(invocation);
            if (event == null) {
                return ProgressEvent.failed(null, null, HandlerErrorCode.InternalFailure,
                    getClass().getSimpleName() + " returned no progress event");
            }
            return event;
        } catch (HandlerFailure failure) {
            invocation.logger().log(getClass().getSimpleName() + " failed " + failure.code() + ": " + failure.getMessage());
            return ProgressEvent.failed(null, null, failure.code(), failure.getMessage());
        } catch (RuntimeException e) {
            HandlerFailure failure = ServiceErrorTranslator.translate(e, getClass().getSimpleName());
            invocation.logger().log(getClass().getSimpleName() + " failed " + failure.code() + ": " + e);
            return ProgressEvent.failed(null, null, failure.code(), failure.getMessage());
        }
    }

    protected abstract ProgressEvent<M, C> handle(HandlerInvocation<M, C> invocation);
}
