package com.eumsocial.whatsapp.librarytemplate;

import com.eumsocial.whatsapp.commons.HandlerInvocation;
import software.amazon.cloudformation.proxy.ProgressEvent;

/** Reads the template from Meta (AWS stores none of it): NotFound when it is gone or not from the library. */
final class ReadHandler extends BaseHandlerStd {
    @Override
    protected ProgressEvent<ResourceModel, CallbackContext> handle(HandlerInvocation<ResourceModel, CallbackContext> invocation) {
        ResourceModel model = invocation.model();
        ExistingTemplate existing = ExistingTemplate.find(invocation, model);
        return ProgressEvent.defaultSuccessHandler(Translator.toModel(existing.template(), model.getWabaId()));
    }
}
