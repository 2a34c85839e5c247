package com.eumsocial.whatsapp.messagetemplate;

import com.eumsocial.whatsapp.commons.HandlerFailure;
import com.eumsocial.whatsapp.commons.HandlerInvocation;
import com.eumsocial.whatsapp.commons.MetaTemplate;
import com.eumsocial.whatsapp.commons.WabaReference;
import com.eumsocial.whatsapp.definition.CanonicalForm;
import com.eumsocial.whatsapp.definition.Category;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import software.amazon.cloudformation.proxy.HandlerErrorCode;
import software.amazon.cloudformation.proxy.ProgressEvent;

/**
 * Edits category and components (name, language and parameter format are createOnly, so
 * CloudFormation replaces the resource for those), then waits for Meta's new review.
 *
 * <p>Meta's edit rules are checked before calling where the state allows it: only APPROVED,
 * REJECTED and PAUSED templates can be edited, and an APPROVED template's category cannot change.
 * The edit quota of APPROVED templates (1 per 24 hours, 10 per 30 days) is only known to Meta, so
 * its refusal is translated into a message that says so.
 */
final class UpdateHandler extends BaseHandlerStd {
    private static final Set<String> EDITABLE = Set.of("APPROVED", "REJECTED", "PAUSED");
    private static final Set<String> UNDER_REVIEW = Set.of("PENDING", "IN_APPEAL");
    private static final Pattern EDIT_LIMIT_WORDS = Pattern.compile("(?i).*(edit|limit|24 hours|30 days|per day|per month).*",
        Pattern.DOTALL);

    @Override
    protected ProgressEvent<ResourceModel, CallbackContext> handle(HandlerInvocation<ResourceModel, CallbackContext> invocation) {
        ResourceModel desired = invocation.model();
        if (desired == null) {
            throw HandlerFailure.invalidRequest("The request has no resource properties");
        }
        ResourceModel previous = invocation.request().getPreviousResourceState();
        WabaReference waba = WabaReference.parse(desired.getWabaId(), "WabaId");
        if (invocation.callbackContext().hasTemplate()) {
            return STEPS.awaitReview(invocation, waba, desired);
        }

        String id = desired.getMetaTemplateId() != null ? desired.getMetaTemplateId()
            : previous == null ? null : previous.getMetaTemplateId();
        String requestedId = requireId(id, "Update");
        ObjectNode definition = InputRules.validDefinition(desired);

        MetaTemplate current = invocation.templates().getLive(waba.id(), requestedId).orElseThrow(() -> HandlerFailure.notFound(
            "Template " + desired.getTemplateName() + " (" + desired.getLanguage() + ") with id " + requestedId
            + " no longer exists in WABA " + waba.id() + "; an update never creates a template"));
        String templateId = current.id() != null ? current.id() : requestedId;

        String desiredCategory = desired.getCategory().toUpperCase(Locale.ROOT);
        boolean categoryChanged = categoryChanged(desiredCategory, previous, current);
        ArrayNode components = (ArrayNode) definition.get("components");
        Category category = Translator.category(categoryChanged ? desiredCategory : current.category());
        boolean componentsChanged = !CanonicalForm.sameComponents(components, current.components(), category);
        ResourceModel withTemplateId = desired.withId(templateId);
        boolean waitsForApproval = desired.waitsForApproval();

        if (!categoryChanged && !componentsChanged) {
            if (waitsForApproval && current.status() != null && UNDER_REVIEW.contains(current.status())) {
                // Meta already holds these components and reviews them: an earlier attempt's edit whose answer
                // was lost (CloudFormation re-invokes without the callback context). Wait for that review as
                // after an edit, instead of reporting success for a template that may still be rejected.
                return STEPS.submitted(invocation, withTemplateId, templateId, current.name(), false, "Template "
                    + current.describe() + " already has these components and is " + current.status()
                    + " review; waiting for Meta's review");
            }
            // Nothing for Meta to review: an edit would only spend the edit quota and restart the review.
            return STEPS.succeeded(invocation, current, withTemplateId, waba, "Template " + current.describe()
                + " already has these components" + (desiredCategory.equals(current.category()) ? " and this category" : "")
                + "; nothing to edit");
        }
        String status = current.status() == null ? "UNKNOWN" : current.status();
        if (categoryChanged && "APPROVED".equals(status)) {
            throw HandlerFailure.invalidRequest("Category: Meta does not allow changing the category of an APPROVED template ("
                + current.describe() + " is " + current.category() + ", the stack declares " + desiredCategory + "). Keep "
                + current.category() + ", or create a new template under another TemplateName.");
        }
        if (UNDER_REVIEW.contains(status)) {
            throw new HandlerFailure(HandlerErrorCode.ResourceConflict, "Template " + current.describe() + " is " + status
                + " review; Meta accepts edits only of APPROVED, REJECTED or PAUSED templates. Update again when the review ends.");
        }
        if (!EDITABLE.contains(status)) {
            throw HandlerFailure.invalidRequest("Template " + current.describe() + " is " + status
                + "; Meta accepts edits only of APPROVED, REJECTED or PAUSED templates.");
        }

        try {
            invocation.calls().updateWhatsAppMessageTemplate(
                Translator.toUpdateRequest(waba, templateId, components, categoryChanged ? desiredCategory : null));
        } catch (HandlerFailure failure) {
            throw explainEditRefusal(failure, current, status);
        }

        if (!waitsForApproval) {
            MetaTemplate after = invocation.templates().getLive(waba.id(), templateId).orElseThrow(() -> HandlerFailure.notFound(
                "Template " + current.describe() + " disappeared right after it was edited"));
            return STEPS.succeeded(invocation, after, withTemplateId, waba, "Template " + current.describe()
                + " edited; not waiting for Meta's review (WaitForApproval is false)");
        }
        return STEPS.submitted(invocation, withTemplateId, templateId, current.name(), false,
            "Template " + current.describe() + " edited; waiting for Meta's review");
    }

    /**
     * Whether the update asks Meta to change the template's category. Not when Meta holds the
     * desired category, nor when the desired one is the category Meta re-categorised the template
     * from (its previous_category), nor when the declaration did not change (previous state): the
     * difference is then Meta's re-categorisation, shown by read and drift detection, and asking
     * to change it back would fail for an APPROVED template.
     */
    static boolean categoryChanged(String desiredCategory, ResourceModel previous, MetaTemplate current) {
        if (desiredCategory.equals(current.category()) || desiredCategory.equals(current.previousCategory())) {
            return false;
        }
        return previous == null || previous.getCategory() == null || !desiredCategory.equalsIgnoreCase(previous.getCategory());
    }

    /** Meta's refusal of an edit of an APPROVED template is almost always its edit quota: say so. */
    static HandlerFailure explainEditRefusal(HandlerFailure failure, MetaTemplate current, String status) {
        boolean quotaLike = failure.code() == HandlerErrorCode.ServiceLimitExceeded
            || (failure.code() == HandlerErrorCode.InvalidRequest && EDIT_LIMIT_WORDS.matcher(failure.getMessage()).matches());
        if (!"APPROVED".equals(status) || !quotaLike) {
            return failure;
        }
        return new HandlerFailure(HandlerErrorCode.ServiceLimitExceeded, "Meta refused to edit template " + current.describe()
            + ": an APPROVED template can be edited at most once per 24 hours and 10 times per 30 days (REJECTED and PAUSED"
            + " templates have no limit). Deploy this change later, or replace the template under another TemplateName. "
            + failure.getMessage(), failure);
    }
}
