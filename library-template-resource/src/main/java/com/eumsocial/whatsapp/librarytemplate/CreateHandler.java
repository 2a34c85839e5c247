package com.eumsocial.whatsapp.librarytemplate;

import com.eumsocial.whatsapp.commons.Recategorisation;
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
import java.util.Optional;
import software.amazon.awssdk.services.socialmessaging.model.CreateWhatsAppMessageTemplateFromLibraryResponse;
import software.amazon.awssdk.services.socialmessaging.model.MetaLibraryTemplateDefinition;
import software.amazon.awssdk.services.socialmessaging.model.TemplateSummary;
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
 * A re-invocation that lost its context finds the template under its name and adopts it when it is
 * plainly the one just created (see {@link #adoptOrRefuse}).
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
        Optional<TemplateSummary> existing =
            templates.findByNameAndLanguage(waba.id(), model.getTemplateName(), model.getLanguage());
        if (existing.isPresent()) {
            return adoptOrRefuse(invocation, waba, model, existing.get());
        }
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
                templates.findByNameAndLanguage(waba.id(), model.getTemplateName(), model.getLanguage())
                    .ifPresent(taken -> {
                        throw alreadyExists(waba, model, taken.metaTemplateId(), taken.templateStatus());
                    });
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
        return submitted(invocation, model, metaTemplateId);
    }

    /** IN_PROGRESS carrying the template's id in the model and the context; the review is looked at next. */
    private static ProgressEvent<ResourceModel, CallbackContext> submitted(HandlerInvocation<ResourceModel, CallbackContext> invocation,
                                                                           ResourceModel model, String metaTemplateId) {
        MetaReview review = review(invocation);
        CallbackContext next = new CallbackContext(metaTemplateId, model.getTemplateName(), review.start());
        int delay = waitsForApproval(model) ? review.firstDelaySeconds() : 0;
        return ProgressEvent.defaultInProgressHandler(next, delay, Translator.inProgressModel(model, metaTemplateId));
    }

    /**
     * The name and language are taken. When this is the template an earlier attempt of this very
     * request created (its answer was lost, so CloudFormation asks again without a callback
     * context), it is adopted instead of refused: same library entry, same category (or the one
     * Meta moved it from), and still PENDING review, so it was submitted moments ago. Anything
     * else is someone else's template, or one already reviewed: AlreadyExists.
     */
    private static ProgressEvent<ResourceModel, CallbackContext> adoptOrRefuse(
            HandlerInvocation<ResourceModel, CallbackContext> invocation, WabaReference waba, ResourceModel model,
            TemplateSummary existing) {
        String id = existing.metaTemplateId();
        Optional<MetaTemplate> template = id == null ? Optional.empty() : invocation.templates().getLive(waba.id(), id);
        if (template.isPresent() && isOurs(template.get(), model)) {
            invocation.logger().log("Adopting template " + template.get().describe() + ": created from library template "
                + model.getLibraryTemplateName() + " and still PENDING (an earlier attempt's answer was lost)");
            return submitted(invocation, model, id);
        }
        throw alreadyExists(waba, model, id, template.map(MetaTemplate::status).orElse(existing.templateStatus()));
    }

    static boolean isOurs(MetaTemplate template, ResourceModel model) {
        return "PENDING".equals(template.status())
            && model.getLibraryTemplateName().equals(template.libraryTemplateName())
            && (model.getCategory().equals(template.category()) || model.getCategory().equals(template.previousCategory()));
    }

    private static HandlerFailure alreadyExists(WabaReference waba, ResourceModel model, String id, String status) {
        return new HandlerFailure(HandlerErrorCode.AlreadyExists, "WABA " + waba.id() + " already has template "
            + model.getTemplateName() + " in " + model.getLanguage() + " (id " + id + ", status " + status + "); a name is"
            + " unique per language. Choose another TemplateName, or import the existing template into the stack"
            + " (resource import with WabaId and MetaTemplateId " + id + ")");
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
            return succeeded(invocation, template, model, "Template " + template.describe() + " submitted to Meta (status "
                + template.status() + "); not waiting for the review (WaitForApproval is false)");
        }
        MetaReview review = review(invocation);
        if (context.getWait() == null) {
            // The wait state carries the count of failed status reads: without it they could not be bounded.
            context.setWait(review.start());
        }
        // This operation created the template, so a rejected one is deleted: nothing is left behind. A status
        // read that fails transiently (throttled, 5xx, network) is a WAIT step too, bounded by ReviewPoll.
        ReviewPoll.Result poll = ReviewPoll.check(invocation.templates(), review, waba, metaTemplateId,
            context.getWait(), true);
        ReviewStep step = poll.step();
        if (step.isApproved()) {
            return succeeded(invocation, poll.template(), model, step.message());
        }
        if (step.isWaiting()) {
            ProgressEvent<ResourceModel, CallbackContext> waiting = ProgressEvent.defaultInProgressHandler(context,
                step.callbackDelaySeconds(), Translator.inProgressModel(model, metaTemplateId));
            waiting.setMessage(step.message());
            return waiting;
        }
        throw step.toFailure();
    }

    /** SUCCESS with the declared Category; a re-categorisation by Meta is said in the message and the log. */
    private static ProgressEvent<ResourceModel, CallbackContext> succeeded(HandlerInvocation<ResourceModel, CallbackContext> invocation,
                                                                           MetaTemplate template, ResourceModel declared,
                                                                           String message) {
        String said = Recategorisation.CREATE_ONLY_CATEGORY.withNote(message, template, declared.getCategory());
        invocation.logger().log(said);
        ProgressEvent<ResourceModel, CallbackContext> success =
            ProgressEvent.defaultSuccessHandler(Translator.toDeclaredModel(template, declared));
        success.setMessage(said);
        return success;
    }

    private static boolean waitsForApproval(ResourceModel model) {
        return !Boolean.FALSE.equals(model.getWaitForApproval());
    }

    private static MetaReview review(HandlerInvocation<ResourceModel, CallbackContext> invocation) {
        return new MetaReview(invocation.pollingSchedule(), invocation.clock(), Configuration.REVIEW_MAX_WAIT);
    }
}
