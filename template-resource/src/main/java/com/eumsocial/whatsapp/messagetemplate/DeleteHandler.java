package com.eumsocial.whatsapp.messagetemplate;

import com.eumsocial.whatsapp.commons.HandlerFailure;
import com.eumsocial.whatsapp.commons.HandlerInvocation;
import com.eumsocial.whatsapp.commons.MetaTemplate;
import com.eumsocial.whatsapp.commons.WabaReference;
import software.amazon.cloudformation.proxy.ProgressEvent;

/**
 * Deletes this language of the template only (name + MetaTemplateId; other languages of the same
 * name are other resources), then waits until Get no longer finds it (the shared deletion step).
 */
final class DeleteHandler extends BaseHandlerStd {

    @Override
    protected ProgressEvent<ResourceModel, CallbackContext> handle(HandlerInvocation<ResourceModel, CallbackContext> invocation) {
        ResourceModel model = invocation.model();
        if (model == null) {
            throw HandlerFailure.notFound("The delete request names no template");
        }
        WabaReference waba = WabaReference.parse(model.getWabaId(), "WabaId");
        if (invocation.callbackContext().hasTemplate()) {
            return STEPS.awaitGone(invocation, waba, model);
        }
        String id = requireId(model.getMetaTemplateId(), "Delete");
        MetaTemplate template = invocation.templates().getLive(waba.id(), id).orElseThrow(() -> HandlerFailure.notFound(
            "Template id " + id + " does not exist in WABA " + waba.id() + " (already deleted)"));
        return STEPS.delete(invocation, waba, template, model);
    }
}
