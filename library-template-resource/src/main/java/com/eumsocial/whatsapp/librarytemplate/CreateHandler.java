package com.eumsocial.whatsapp.librarytemplate;

import com.eumsocial.whatsapp.commons.HandlerFailure;
import com.eumsocial.whatsapp.commons.HandlerInvocation;
import com.eumsocial.whatsapp.commons.MetaTemplate;
import com.eumsocial.whatsapp.commons.TemplateSteps;
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
 * Meta's review over several invocations. A create refused for Meta's hourly creation quota waits
 * and tries again ({@link TemplateSteps#createRefused}).
 *
 * <p>First invocation: check the inputs, the WABA, that TemplateName + Language is free, that the
 * library has the entry and the inputs fit its buttons; only then create, and return IN_PROGRESS
 * with the new MetaTemplateId in the model and the callback context. Later invocations find the
 * id in the context and only look at the review, so no re-invocation creates a second template.
 * A re-invocation that lost its context finds the template under its name and adopts it when it is
 * plainly the one just created ({@link TemplateSteps#adoptOrRefuse}, {@link #isOurs}).
 */
final class CreateHandler extends BaseHandlerStd {
    @Override
    protected ProgressEvent<ResourceModel, CallbackContext> handle(HandlerInvocation<ResourceModel, CallbackContext> invocation) {
        ResourceModel model = invocation.model();
        if (invocation.callbackContext().hasTemplate()) {
            return STEPS.awaitReview(invocation, WabaReference.parse(model.getWabaId()), model);
        }
        WabaReference waba = InputRules.validate(model);
        invocation.checkWaba(waba);
        WabaTemplates templates = invocation.templates();
        Optional<TemplateSummary> existing =
            templates.findByNameAndLanguage(waba.id(), model.getTemplateName(), model.getLanguage());
        if (existing.isPresent()) {
            MetaTemplate adopted = STEPS.adoptOrRefuse(invocation, waba, model.getTemplateName(), model.getLanguage(),
                existing.get(), template -> isOurs(template, model));
            return submitted(invocation, model, adopted.id());
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
                        throw TemplateSteps.alreadyExists(waba, model.getTemplateName(), model.getLanguage(),
                            taken.metaTemplateId(), taken.templateStatus());
                    });
            }
            return STEPS.createRefused(invocation, model, failure);
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
        return STEPS.submitted(invocation, model, metaTemplateId, model.getTemplateName(), true, "Template "
            + model.getTemplateName() + " (" + model.getLanguage() + ", id " + metaTemplateId + ") submitted from library"
            + " template " + model.getLibraryTemplateName() + (model.waitsForApproval() ? "; waiting for Meta's review" : ""));
    }

    /** Whether the template under the requested name is this request's: same library entry and category, still PENDING. */
    static boolean isOurs(MetaTemplate template, ResourceModel model) {
        return TemplateSteps.submittedMomentsAgo(template)
            && model.getLibraryTemplateName().equals(template.libraryTemplateName())
            && (model.getCategory().equals(template.category()) || model.getCategory().equals(template.previousCategory()));
    }
}
