package com.eumsocial.whatsapp.librarytemplate;

import com.eumsocial.whatsapp.commons.DeletionWait;
import com.eumsocial.whatsapp.commons.HandlerInvocation;
import com.eumsocial.whatsapp.commons.ReviewWaitState;
import com.eumsocial.whatsapp.commons.TypeHandler;
import com.eumsocial.whatsapp.commons.WabaReference;
import java.util.OptionalInt;
import software.amazon.cloudformation.proxy.OperationStatus;
import software.amazon.cloudformation.proxy.ProgressEvent;

/**
 * Deletes this one template (name + id), never the other languages of the name, then waits until
 * Get no longer finds it, so a create of the same name and language may follow at once. A
 * template that is already gone is NotFound, so a second delete fails as the handler contract
 * requires.
 */
final class DeleteHandler extends TypeHandler<ResourceModel, CallbackContext> {
    @Override
    protected ProgressEvent<ResourceModel, CallbackContext> handle(HandlerInvocation<ResourceModel, CallbackContext> invocation) {
        CallbackContext context = invocation.callbackContext();
        if (context != null && context.getMetaTemplateId() != null) {
            return awaitGone(invocation, WabaReference.parse(invocation.model().getWabaId()), context);
        }
        ExistingTemplate existing = ExistingTemplate.find(invocation, invocation.model());
        invocation.templates().deleteOne(existing.waba().id(), existing.template().name(), existing.template().id());
        invocation.logger().log("Deleted template " + existing.template().describe() + " from WABA " + existing.waba().id());
        return awaitGone(invocation, existing.waba(), new CallbackContext(existing.template().id(), existing.template().name(),
            ReviewWaitState.startingAt(invocation.clock().instant())));
    }

    private static ProgressEvent<ResourceModel, CallbackContext> awaitGone(
            HandlerInvocation<ResourceModel, CallbackContext> invocation, WabaReference waba, CallbackContext context) {
        if (context.getWait() == null) {
            context.setWait(new ReviewWaitState());
        }
        OptionalInt delay = new DeletionWait(invocation.pollingSchedule(), invocation.clock(), Configuration.DELETE_MAX_WAIT)
            .check(invocation.templates(), waba.id(), context.getMetaTemplateId(), context.getWait());
        if (delay.isEmpty()) {
            return ProgressEvent.<ResourceModel, CallbackContext>builder().status(OperationStatus.SUCCESS).build();
        }
        ResourceModel model = invocation.model().copy();
        model.setMetaTemplateId(context.getMetaTemplateId());
        ProgressEvent<ResourceModel, CallbackContext> waiting = ProgressEvent.defaultInProgressHandler(context, delay.getAsInt(), model);
        waiting.setMessage("Waiting for template " + context.getTemplateName() + " (id " + context.getMetaTemplateId()
            + ") to disappear after its deletion");
        return waiting;
    }
}
