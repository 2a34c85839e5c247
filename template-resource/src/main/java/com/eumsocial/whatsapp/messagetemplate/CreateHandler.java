package com.eumsocial.whatsapp.messagetemplate;

import com.eumsocial.whatsapp.commons.Recategorisation;
import com.eumsocial.whatsapp.commons.HandlerFailure;
import com.eumsocial.whatsapp.commons.HandlerInvocation;
import com.eumsocial.whatsapp.commons.MetaReview;
import com.eumsocial.whatsapp.commons.MetaTemplate;
import com.eumsocial.whatsapp.commons.WabaPreflight;
import com.eumsocial.whatsapp.commons.WabaReference;
import com.eumsocial.whatsapp.commons.WabaTemplates;
import com.eumsocial.whatsapp.definition.CanonicalForm;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import software.amazon.awssdk.services.socialmessaging.model.CreateWhatsAppMessageTemplateRequest;
import software.amazon.awssdk.services.socialmessaging.model.CreateWhatsAppMessageTemplateResponse;
import software.amazon.awssdk.services.socialmessaging.model.TemplateSummary;
import software.amazon.cloudformation.proxy.HandlerErrorCode;
import software.amazon.cloudformation.proxy.ProgressEvent;

/**
 * Validates, checks the WABA, refuses a name + language already in use, creates, and (with
 * WaitForApproval) waits for Meta's review across invocations.
 *
 * <p>Idempotency: once the create call has answered, the callback context holds the template id
 * and later invocations only poll. If the answer to the very first invocation was lost,
 * CloudFormation invokes again with the same request and no context; the template then exists
 * and is adopted only when it is canonically the same definition and still PENDING review (a
 * template someone else made, or one already reviewed, is not ours to claim: AlreadyExists).
 */
public class CreateHandler extends BaseHandlerStd {

    @Override
    protected ProgressEvent<ResourceModel, CallbackContext> handle(HandlerInvocation<ResourceModel, CallbackContext> invocation) {
        ResourceModel desired = invocation.model();
        if (desired == null) {
            throw HandlerFailure.invalidRequest("The request has no resource properties");
        }
        WabaReference waba = WabaReference.parse(desired.getWabaId(), "WabaId");
        CallbackContext context = invocation.callbackContext();
        if (context != null && context.getMetaTemplateId() != null) {
            return continueReview(invocation, waba, desired, context);
        }

        ObjectNode definition = validDefinition(desired);
        WabaPreflight.check(invocation.calls(), waba, invocation.request().getRegion());

        WabaTemplates templates = invocation.templates();
        Optional<TemplateSummary> existing =
            templates.findByNameAndLanguage(waba.id(), desired.getTemplateName(), desired.getLanguage());
        if (existing.isPresent()) {
            return adoptOrRefuse(invocation, waba, desired, definition, existing.get());
        }

        CreateWhatsAppMessageTemplateResponse created = invocation.calls().createWhatsAppMessageTemplate(
            CreateWhatsAppMessageTemplateRequest.builder().id(waba.id()).templateDefinition(Translator.bytes(definition)).build());
        String id = created.metaTemplateId();
        if (id == null || id.isBlank()) {
            throw new HandlerFailure(HandlerErrorCode.GeneralServiceException,
                "CreateWhatsAppMessageTemplate answered without a metaTemplateId for template " + desired.getTemplateName());
        }
        invocation.logger().log("Created template " + desired.getTemplateName() + " (" + desired.getLanguage() + ") id " + id
            + " status " + created.templateStatus());
        return afterSubmit(invocation, waba, desired, id, created);
    }

    private ProgressEvent<ResourceModel, CallbackContext> afterSubmit(
            HandlerInvocation<ResourceModel, CallbackContext> invocation, WabaReference waba, ResourceModel desired,
            String id, CreateWhatsAppMessageTemplateResponse created) {
        if (!waitForApproval(desired)) {
            String submitted = "Template " + desired.getTemplateName() + " submitted to Meta (id " + id + ", status %s);"
                + " not waiting for the review (WaitForApproval is false)";
            Optional<MetaTemplate> now = invocation.templates().getLive(waba.id(), id);
            if (now.isPresent()) {
                return declaredSuccess(invocation, now.get(), desired, waba, String.format(submitted, now.get().status()));
            }
            // Not readable yet: the create call's own answer is all there is.
            ResourceModel model = withId(desired, id);
            model.setWaitForApproval(null);
            String heldCategory = null;
            if (created != null) {
                model.setStatus(created.templateStatus());
                heldCategory = created.category();
            }
            String message = Recategorisation.UPDATABLE_CATEGORY.withNote(String.format(submitted, model.getStatus()), heldCategory,
                model.getStatus(), desired.getCategory());
            invocation.logger().log(message);
            return success(model, message);
        }
        MetaReview review = review(invocation);
        CallbackContext context = new CallbackContext(id, desired.getTemplateName(), true, review.start());
        return inProgress(withId(desired, id), context, review.firstDelaySeconds(), "Template "
            + desired.getTemplateName() + " (" + desired.getLanguage() + ", id " + id + ") submitted; waiting for Meta's review");
    }

    private ProgressEvent<ResourceModel, CallbackContext> adoptOrRefuse(
            HandlerInvocation<ResourceModel, CallbackContext> invocation, WabaReference waba, ResourceModel desired,
            ObjectNode definition, TemplateSummary existing) {
        String id = existing.metaTemplateId();
        Optional<MetaTemplate> template = id == null ? Optional.empty() : invocation.templates().getLive(waba.id(), id);
        if (template.isPresent() && "PENDING".equals(template.get().status())
            && CanonicalForm.sameDefinition(definition, template.get().json())) {
            invocation.logger().log("Adopting template " + template.get().describe()
                + ": same definition, still PENDING (an earlier attempt's answer was lost)");
            return afterSubmit(invocation, waba, desired, id, null);
        }
        String status = template.map(MetaTemplate::status).orElse(existing.templateStatus());
        throw new HandlerFailure(HandlerErrorCode.AlreadyExists, "WABA " + waba.id() + " already has a template named "
            + desired.getTemplateName() + " in language " + desired.getLanguage() + " (id " + id + ", status " + status
            + "). Meta allows one template per name and language: choose another TemplateName, or import the existing"
            + " template into the stack (resource import with WabaId and MetaTemplateId " + id + ").");
    }
}
