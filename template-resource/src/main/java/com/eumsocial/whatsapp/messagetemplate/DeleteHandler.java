package com.eumsocial.whatsapp.messagetemplate;

import com.eumsocial.whatsapp.commons.HandlerFailure;
import com.eumsocial.whatsapp.commons.HandlerInvocation;
import com.eumsocial.whatsapp.commons.DeletionWait;
import com.eumsocial.whatsapp.commons.MetaTemplate;
import com.eumsocial.whatsapp.commons.ReviewWaitState;
import com.eumsocial.whatsapp.commons.WabaReference;
import java.util.OptionalInt;
import software.amazon.cloudformation.proxy.OperationStatus;
import software.amazon.cloudformation.proxy.ProgressEvent;

/**
 * Deletes this language of the template only (name + MetaTemplateId; other languages of the same
 * name are other resources), then waits until Get no longer finds it.
 */
public class DeleteHandler extends BaseHandlerStd {

    @Override
    protected ProgressEvent<ResourceModel, CallbackContext> handle(HandlerInvocation<ResourceModel, CallbackContext> invocation) {
        ResourceModel model = invocation.model();
        if (model == null) {
            throw HandlerFailure.notFound("The delete request names no template");
        }
        WabaReference waba = WabaReference.parse(model.getWabaId(), "WabaId");
        CallbackContext context = invocation.callbackContext();
        if (context != null && context.getMetaTemplateId() != null) {
            return checkGone(invocation, waba, context);
        }

        String id = requireId(model.getMetaTemplateId(), "Delete");
        MetaTemplate template = invocation.templates().getLive(waba.id(), id).orElseThrow(() -> HandlerFailure.notFound(
            "Template id " + id + " does not exist in WABA " + waba.id() + " (already deleted)"));
        invocation.templates().deleteOne(waba.id(), template.name(), id);

        CallbackContext waiting = new CallbackContext(id, template.name(), false,
            ReviewWaitState.startingAt(invocation.clock().instant()));
        return checkGone(invocation, waba, waiting);
    }

    private ProgressEvent<ResourceModel, CallbackContext> checkGone(HandlerInvocation<ResourceModel, CallbackContext> invocation,
                                                                   WabaReference waba, CallbackContext context) {
        ReviewWaitState wait = context.getWait() != null ? context.getWait()
            : ReviewWaitState.startingAt(invocation.clock().instant());
        context.setWait(wait);
        DeletionWait deletion = new DeletionWait(invocation.pollingSchedule(), invocation.clock(), Configuration.DELETE_MAX_WAIT);
        OptionalInt next = deletion.check(invocation.templates(), waba.id(), context.getMetaTemplateId(), wait);
        if (next.isEmpty()) {
            return ProgressEvent.<ResourceModel, CallbackContext>builder().status(OperationStatus.SUCCESS)
                .message("Template " + context.getTemplateName() + " (id " + context.getMetaTemplateId() + ") deleted").build();
        }
        ResourceModel model = withId(invocation.model(), context.getMetaTemplateId());
        return inProgress(model, context, next.getAsInt(), "Waiting for template " + context.getTemplateName()
            + " (id " + context.getMetaTemplateId() + ") to disappear");
    }
}
