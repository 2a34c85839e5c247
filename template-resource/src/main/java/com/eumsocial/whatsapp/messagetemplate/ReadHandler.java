package com.eumsocial.whatsapp.messagetemplate;

import com.eumsocial.whatsapp.commons.HandlerFailure;
import com.eumsocial.whatsapp.commons.HandlerInvocation;
import com.eumsocial.whatsapp.commons.MetaTemplate;
import com.eumsocial.whatsapp.commons.WabaReference;
import software.amazon.cloudformation.proxy.ProgressEvent;

/** Meta's current view of the template; DELETED and PENDING_DELETION templates are NotFound. */
final class ReadHandler extends BaseHandlerStd {

    @Override
    protected ProgressEvent<ResourceModel, CallbackContext> handle(HandlerInvocation<ResourceModel, CallbackContext> invocation) {
        ResourceModel model = invocation.model();
        if (model == null) {
            throw HandlerFailure.notFound("The read request names no template");
        }
        WabaReference waba = WabaReference.parse(model.getWabaId(), "WabaId");
        String id = requireId(model.getMetaTemplateId(), "Read");
        MetaTemplate template = invocation.templates().getLive(waba.id(), id).orElseThrow(() -> HandlerFailure.notFound(
            "Template id " + id + " does not exist in WABA " + waba.id()));
        return ProgressEvent.defaultSuccessHandler(Translator.toModel(template, model, waba.given()));
    }
}
