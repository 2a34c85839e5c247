package com.eumsocial.whatsapp.commons;

import software.amazon.cloudformation.proxy.HandlerErrorCode;
import software.amazon.cloudformation.proxy.ProgressEvent;

/**
 * Base of every handler (create, read, update, delete, list) of the EUMSocial::WhatsApp types,
 * through each type's {@code BaseHandlerStd}: {@link #handleRequest} is the entry point the
 * wrapper calls. Subclasses implement {@link #handle}; a {@link HandlerFailure} thrown from anywhere inside
 * becomes a FAILED event with its code, and any other exception is translated by
 * {@link ServiceErrorTranslator}, so no service error ends as InternalFailure by accident.
 */
public abstract class TypeHandler<M, C> {

    /**
     * The entry point the wrapper calls for every invocation; never throws. The first invocation
     * of an operation (no callback context) gets {@link #newCallbackContext()}, so handlers never
     * test the context for null.
     */
    public final ProgressEvent<M, C> handleRequest(HandlerInvocation<M, C> invocation) {
        try {
            C context = invocation.callbackContext();
            ProgressEvent<M, C> event = handle(context != null ? invocation : invocation.withCallbackContext(newCallbackContext()));
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

    /**
     * The empty callback context of an operation's first invocation. Each type's
     * {@code BaseHandlerStd} returns a new instance of its CallbackContext; a type with nothing to
     * carry may keep the default (null).
     */
    protected C newCallbackContext() {
        return null;
    }
}
