package com.eumsocial.whatsapp.librarytemplate;

import com.eumsocial.whatsapp.commons.HandlerFailure;
import com.eumsocial.whatsapp.commons.HandlerInvocation;
import com.eumsocial.whatsapp.commons.MetaReview;
import com.eumsocial.whatsapp.commons.MetaTemplate;
import com.eumsocial.whatsapp.commons.ReviewPoll;
import com.eumsocial.whatsapp.commons.ReviewStep;
import com.eumsocial.whatsapp.commons.TypeHandler;
import com.eumsocial.whatsapp.commons.WabaPreflight;
import com.eumsocial.whatsapp.commons.WabaReference;
import com.eumsocial.whatsapp.commons.WabaTemplates;
import software.amazon.awssdk.services.socialmessaging.model.CreateWhatsAppMessageTemplateFromLibraryResponse;
import software.amazon.awssdk.services.socialmessaging.model.MetaLibraryTemplateDefinition;
import software.amazon.cloudformation.proxy.HandlerErrorCode;
import software.amazon.cloudformation.proxy.ProgressEvent;

/**
 * Creates the template from Meta's library, then (unless WaitForApproval is false) waits for
 * Meta's review over several invocations.
 *
 * <p>First invocation: check the inputs, the WABA, that TemplateName + Language is free, that the
 * library has the entry and the inputs fit its buttons; only then create, and return IN_PROGRESS
 * with the new MetaTemplateId in the model and the callback context. Later invocations find the
 * id in the context and only look at the review, so no re-invocation creates a second template.
 */
final class CreateHandler extends TypeHandler<ResourceModel, CallbackContext> {
    @Override
    protected ProgressEvent<ResourceModel, CallbackContext> handle(HandlerInvocation<ResourceModel, CallbackContext> invocation) {
        CallbackContext context = invocation.callbackContext();
        if (context != null && context.getMetaTemplateId() != null) {
            return awaitReview(invocation, context);
        }
        return create(invocation);
    }

    private ProgressEvent<ResourceModel, CallbackContext> create(HandlerInvocation<ResourceModel, CallbackContext> invocation) {
        ResourceModel model = invocation.model();
        WabaReference waba = InputRules.validate(model);
        WabaPreflight.check(invocation.calls(), waba, invocation.request().getRegion());
        WabaTemplates templates = invocation.templates();
        failIfTaken(templates, waba, model);
        MetaLibraryTemplateDefinition entry = new TemplateLibrary(invocation.calls())
            .require(waba.id(), model.getLibraryTemplateName(), model.getLanguage());
        TemplateLibrary.requireInputsFit(entry, model.getButtonInputs());

        CreateWhatsAppMessageTemplateFromLibraryResponse created;
        try {
            created = invocation.calls().createWhatsAppMessageTemplateFromLibrary(Translator.toCreateRequest(waba, model));
        } catch (HandlerFailure failure) {
            // What the service answers for a duplicate name + language is unconfirmed (domain.md):
            // a client error after a race with another creator is checked by looking again.
            if (failure.code() == HandlerErrorCode.InvalidRequest) {
                failIfTaken(templates, waba, model);
            }
            throw failure;
        }
        String metaTemplateId = created.metaTemplateId();
        if (metaTemplateId == null || metaTemplateId.isEmpty()) {
            throw new HandlerFailure(HandlerErrorCode.GeneralServiceException, "CreateWhatsAppMessageTemplateFromLibrary"
                + " answered without a metaTemplateId for template " + model.getTemplateName() + " (" + model.getLanguage()
                + "); look for it in the WhatsApp Manager before retrying");
        }
        invocation.logger().log("Created template " + model.getTemplateName() + " (" + model.getLanguage() + ", id "
            + metaTemplateId + ") from library template " + model.getLibraryTemplateName() + "; status "
            + created.templateStatus());
        MetaReview review = review(invocation);
        CallbackContext next = new CallbackContext(metaTemplateId, model.getTemplateName(), review.start());
        int delay = waitsForApproval(model) ? review.firstDelaySeconds() : 0;
        return ProgressEvent.defaultInProgressHandler(next, delay, Translator.inProgressModel(model, metaTemplateId));
    }

    private static void failIfTaken(WabaTemplates templates, WabaReference waba, ResourceModel model) {
        templates.findByNameAndLanguage(waba.id(), model.getTemplateName(), model.getLanguage()).ifPresent(existing -> {
            throw new HandlerFailure(HandlerErrorCode.AlreadyExists, "WABA " + waba.id() + " already has template "
                + model.getTemplateName() + " in " + model.getLanguage() + " (id " + existing.metaTemplateId() + ", status "
                + existing.templateStatus() + "); a name is unique per language. Choose another TemplateName,"
                + " or import the existing template");
        });
    }

    private ProgressEvent<ResourceModel, CallbackContext> awaitReview(HandlerInvocation<ResourceModel, CallbackContext> invocation,
                                                                      CallbackContext context) {
        ResourceModel model = invocation.model();
        WabaReference waba = WabaReference.parse(model.getWabaId());
        String metaTemplateId = context.getMetaTemplateId();
        if (!waitsForApproval(model)) {
            MetaTemplate template = invocation.templates().getLive(waba.id(), metaTemplateId).orElseThrow(() ->
                HandlerFailure.notFound("Template " + context.getTemplateName() + " (id " + metaTemplateId + ") was deleted"
                    + " from WABA " + waba.id() + " right after this create made it"));
            return ProgressEvent.defaultSuccessHandler(Translator.toModel(template, model.getWabaId()));
        }
        // This operation created the template, so a rejected one is deleted: nothing is left behind.
        ReviewPoll.Result poll = ReviewPoll.check(invocation.templates(), review(invocation), waba, metaTemplateId,
            context.getWait(), true);
        ReviewStep step = poll.step();
        if (step.isApproved()) {
            invocation.logger().log(step.message());
            return ProgressEvent.defaultSuccessHandler(Translator.toModel(poll.template(), model.getWabaId()));
        }
        if (step.isWaiting()) {
            ProgressEvent<ResourceModel, CallbackContext> waiting = ProgressEvent.defaultInProgressHandler(context,
                step.callbackDelaySeconds(), Translator.inProgressModel(model, metaTemplateId));
            waiting.setMessage(step.message());
            return waiting;
        }
        throw step.toFailure();
    }

    private static boolean waitsForApproval(ResourceModel model) {
        return !Boolean.FALSE.equals(model.getWaitForApproval());
    }

    private static MetaReview review(HandlerInvocation<ResourceModel, CallbackContext> invocation) {
        return new MetaReview(invocation.pollingSchedule(), invocation.clock(), Configuration.REVIEW_MAX_WAIT);
    }
}
