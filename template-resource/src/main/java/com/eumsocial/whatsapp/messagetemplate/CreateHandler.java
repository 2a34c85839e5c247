package com.eumsocial.whatsapp.messagetemplate;

import com.eumsocial.whatsapp.commons.HandlerFailure;
import com.eumsocial.whatsapp.commons.HandlerInvocation;
import com.eumsocial.whatsapp.commons.MetaTemplate;
import com.eumsocial.whatsapp.commons.Recategorisation;
import com.eumsocial.whatsapp.commons.TemplateSteps;
import com.eumsocial.whatsapp.commons.WabaReference;
import com.eumsocial.whatsapp.definition.CanonicalForm;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import software.amazon.awssdk.services.socialmessaging.model.CreateWhatsAppMessageTemplateResponse;
import software.amazon.awssdk.services.socialmessaging.model.TemplateSummary;
import software.amazon.cloudformation.proxy.HandlerErrorCode;
import software.amazon.cloudformation.proxy.ProgressEvent;

/**
 * Validates, checks the WABA, refuses a name + language already in use, creates, and (with
 * WaitForApproval) waits for Meta's review across invocations. A create refused for Meta's hourly
 * creation quota waits and tries again ({@link TemplateSteps#createRefused}).
 *
 * <p>Idempotency: once the create call has answered, the callback context holds the template id
 * and later invocations only look at the review. If the answer to the very first invocation was
 * lost, CloudFormation invokes again with the same request and no context; the template then
 * exists and is adopted only when it is canonically the same definition and still PENDING review
 * ({@link TemplateSteps#adoptOrRefuse}).
 */
final class CreateHandler extends BaseHandlerStd {

    @Override
    protected ProgressEvent<ResourceModel, CallbackContext> handle(HandlerInvocation<ResourceModel, CallbackContext> invocation) {
        ResourceModel desired = invocation.model();
        if (desired == null) {
            throw HandlerFailure.invalidRequest("The request has no resource properties");
        }
        WabaReference waba = WabaReference.parse(desired.getWabaId(), "WabaId");
        if (invocation.callbackContext().hasTemplate()) {
            return STEPS.awaitReview(invocation, waba, desired);
        }

        ObjectNode definition = InputRules.validDefinition(desired);
        invocation.checkWaba(waba);

        Optional<TemplateSummary> existing =
            invocation.templates().findByNameAndLanguage(waba.id(), desired.getTemplateName(), desired.getLanguage());
        if (existing.isPresent()) {
            MetaTemplate adopted = STEPS.adoptOrRefuse(invocation, waba, desired.getTemplateName(), desired.getLanguage(),
                existing.get(), template -> CanonicalForm.sameDefinition(definition, template.json()));
            return submitted(invocation, waba, desired, adopted.id(), null);
        }

        CreateWhatsAppMessageTemplateResponse created;
        try {
            created = invocation.calls().createWhatsAppMessageTemplate(Translator.toCreateRequest(waba, definition));
        } catch (HandlerFailure refused) {
            return STEPS.createRefused(invocation, desired, refused);
        }
        String id = created.metaTemplateId();
        if (id == null || id.isBlank()) {
            throw new HandlerFailure(HandlerErrorCode.GeneralServiceException,
                "CreateWhatsAppMessageTemplate answered without a metaTemplateId for template " + desired.getTemplateName());
        }
        invocation.logger().log("Created template " + desired.getTemplateName() + " (" + desired.getLanguage() + ") id " + id
            + " status " + created.templateStatus());
        return submitted(invocation, waba, desired, id, created);
    }

    /**
     * The template is at Meta. Waiting: the shared review wait. Not waiting: SUCCESS in this very
     * invocation, from Get when Meta already shows the template, else from the create call's answer.
     */
    private static ProgressEvent<ResourceModel, CallbackContext> submitted(
            HandlerInvocation<ResourceModel, CallbackContext> invocation, WabaReference waba, ResourceModel desired,
            String id, CreateWhatsAppMessageTemplateResponse created) {
        if (desired.waitsForApproval()) {
            return STEPS.submitted(invocation, desired, id, desired.getTemplateName(), true, "Template "
                + desired.getTemplateName() + " (" + desired.getLanguage() + ", id " + id + ") submitted; waiting for Meta's review");
        }
        String submitted = "Template " + desired.getTemplateName() + " submitted to Meta (id " + id + ", status %s);"
            + " not waiting for the review (WaitForApproval is false)";
        Optional<MetaTemplate> now = invocation.templates().getLive(waba.id(), id);
        if (now.isPresent()) {
            return STEPS.succeeded(invocation, now.get(), desired, waba, String.format(submitted, now.get().status()));
        }
        // Not readable yet: the create call's own answer is all there is.
        ResourceModel model = desired.withId(id);
        model.setWaitForApproval(null);
        String heldCategory = null;
        if (created != null) {
            model.setStatus(created.templateStatus());
            heldCategory = created.category();
        }
        String message = Recategorisation.UPDATABLE_CATEGORY.withNote(String.format(submitted, model.getStatus()), heldCategory,
            model.getStatus(), desired.getCategory());
        invocation.logger().log(message);
        return TemplateSteps.success(model, message);
    }
}
