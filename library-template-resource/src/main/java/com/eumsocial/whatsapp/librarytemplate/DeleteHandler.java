package com.eumsocial.whatsapp.librarytemplate;

import com.eumsocial.whatsapp.commons.HandlerInvocation;
import com.eumsocial.whatsapp.commons.TypeHandler;
import software.amazon.cloudformation.proxy.OperationStatus;
import software.amazon.cloudformation.proxy.ProgressEvent;

/**
 * Deletes this one template (name + id), never the other languages of the name. A template that
 * is already gone is NotFound, so a second delete fails as the handler contract requires.
 */
final class DeleteHandler extends TypeHandler<ResourceModel, CallbackContext> {
    @Override
    protected ProgressEvent<ResourceModel, CallbackContext> handle(HandlerInvocation<ResourceModel, CallbackContext> invocation) {
        ExistingTemplate existing = ExistingTemplate.find(invocation, invocation.model());
        invocation.templates().deleteOne(existing.waba().id(), existing.template().name(), existing.template().id());
        invocation.logger().log("Deleted template " + existing.template().describe() + " from WABA " + existing.waba().id());
        return ProgressEvent.<ResourceModel, CallbackContext>builder().status(OperationStatus.SUCCESS).build();
    }
}
