package com.eumsocial.whatsapp.messagetemplate;

import com.eumsocial.whatsapp.commons.HandlerFailure;
import com.eumsocial.whatsapp.commons.HandlerInvocation;
import com.eumsocial.whatsapp.commons.MetaTemplate;
import com.eumsocial.whatsapp.commons.PollingSchedule;
import com.eumsocial.whatsapp.commons.ReviewWaitState;
import com.eumsocial.whatsapp.commons.WabaReference;
import java.time.Duration;
import java.util.Optional;
import software.amazon.cloudformation.proxy.HandlerErrorCode;
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
        wait.countPoll();
        Optional<MetaTemplate> still = invocation.templates().getLive(waba.id(), context.getMetaTemplateId());
        if (still.isEmpty()) {
            return ProgressEvent.<ResourceModel, CallbackContext>builder().status(OperationStatus.SUCCESS)
                .message("Template " + context.getTemplateName() + " (id " + context.getMetaTemplateId() + ") deleted").build();
        }
        Duration elapsed = Duration.between(wait.startedAt(), invocation.clock().instant());
        if (elapsed.compareTo(Configuration.DELETE_MAX_WAIT) >= 0) {
            throw new HandlerFailure(HandlerErrorCode.NotStabilized, "Template " + still.get().describe()
                + " still exists (status " + still.get().status() + ") " + elapsed.toMinutes()
                + " minutes after it was deleted; check it in the console");
        }
        PollingSchedule schedule = invocation.pollingSchedule();
        int delay = schedule.nextDelaySeconds(elapsed);
        ResourceModel model = withId(invocation.model(), context.getMetaTemplateId());
        return inProgress(model, context, delay, "Waiting for template " + still.get().describe()
            + " to disappear (status " + still.get().status() + ")");
    }
}
