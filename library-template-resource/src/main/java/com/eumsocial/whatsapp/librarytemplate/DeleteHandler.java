package com.eumsocial.whatsapp.librarytemplate;

import com.eumsocial.whatsapp.commons.HandlerInvocation;
import com.eumsocial.whatsapp.commons.WabaReference;
import software.amazon.cloudformation.proxy.ProgressEvent;

/**
 * Deletes this one template (name + id), never the other languages of the name, then waits until
 * Get no longer finds it (the shared deletion step), so a create of the same name and language may
 * follow at once. A template that is already gone is NotFound, so a second delete fails as the
 * handler contract requires.
 */
final class DeleteHandler extends BaseHandlerStd {
    @Override
    protected ProgressEvent<ResourceModel, CallbackContext> handle(HandlerInvocation<ResourceModel, CallbackContext> invocation) {
        ResourceModel model = invocation.model();
        if (invocation.callbackContext().hasTemplate()) {
            return STEPS.awaitGone(invocation, WabaReference.parse(model.getWabaId()), model);
        }
        ExistingTemplate existing = ExistingTemplate.find(invocation, model);
        return STEPS.delete(invocation, existing.waba(), existing.template(), model);
    }
}
