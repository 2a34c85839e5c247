package com.eumsocial.whatsapp.librarytemplate;

import com.eumsocial.whatsapp.commons.HandlerFailure;
import com.eumsocial.whatsapp.commons.HandlerInvocation;
import com.eumsocial.whatsapp.commons.MetaTemplate;
import com.eumsocial.whatsapp.commons.WabaReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import software.amazon.cloudformation.proxy.HandlerErrorCode;
import software.amazon.cloudformation.proxy.ProgressEvent;

/**
 * Only WaitForApproval may change in place, and it matters only while a create waits, so an
 * update changes nothing at Meta: it checks that the template still exists and returns its
 * current state with the declared Category (Meta may have re-categorised it; read reports that).
 *
 * <p>CloudFormation replaces the resource when a create-only property changes, so it never sends
 * such an update; if one arrives anyway it is refused with NotUpdatable, but only after the
 * template was found (a missing or deleted template is NotFound, whatever the request says).
 */
final class UpdateHandler extends BaseHandlerStd {
    @Override
    protected ProgressEvent<ResourceModel, CallbackContext> handle(HandlerInvocation<ResourceModel, CallbackContext> invocation) {
        ResourceModel desired = invocation.model();
        ResourceModel previous = invocation.request().getPreviousResourceState();
        if (desired == null) {
            throw HandlerFailure.invalidRequest("The request carries no LibraryTemplate properties");
        }
        ExistingTemplate existing = ExistingTemplate.find(invocation, identifierOf(desired, previous));
        List<String> changed = createOnlyChanges(previous, desired, existing.template());
        if (!changed.isEmpty()) {
            throw new HandlerFailure(HandlerErrorCode.NotUpdatable, String.join(", ", changed) + (changed.size() == 1 ? " is" : " are")
                + " create-only: changing " + (changed.size() == 1 ? "it" : "them") + " replaces the template");
        }
        return STEPS.succeeded(invocation, existing.template(), desired, existing.waba(), "Template "
            + existing.template().describe() + " exists; nothing to change at Meta");
    }

    /**
     * Where the template is: the previous state names the resource being updated (its WabaId, as
     * the primary identifier cannot change); the MetaTemplateId comes from the desired state, or
     * from the previous one when the desired state lacks it.
     */
    private static ResourceModel identifierOf(ResourceModel desired, ResourceModel previous) {
        ResourceModel identified = desired.copy();
        if (previous != null && previous.getWabaId() != null) {
            identified.setWabaId(previous.getWabaId());
        }
        if (identified.getMetaTemplateId() == null && previous != null) {
            identified.setMetaTemplateId(previous.getMetaTemplateId());
        }
        return identified;
    }

    /**
     * The create-only properties the update changes. A property the previous state does not carry
     * is unknown, not changed: ButtonInputs and BodyInputs are write-only, so a previous state built
     * from a handler's output never holds them. Category is not changed when the desired one is the
     * category Meta holds, or the one Meta re-categorised the template from.
     */
    static List<String> createOnlyChanges(ResourceModel previous, ResourceModel desired, MetaTemplate current) {
        List<String> changed = new ArrayList<>();
        if (previous == null) {
            return changed;
        }
        if (previous.getWabaId() != null && !WabaReference.sameWaba(previous.getWabaId(), desired.getWabaId())) {
            changed.add("WabaId");
        }
        compare("TemplateName", previous.getTemplateName(), desired.getTemplateName(), changed);
        compare("LibraryTemplateName", previous.getLibraryTemplateName(), desired.getLibraryTemplateName(), changed);
        if (!heldByMeta(desired.getCategory(), current)) {
            compare("Category", previous.getCategory(), desired.getCategory(), changed);
        }
        compare("Language", previous.getLanguage(), desired.getLanguage(), changed);
        compare("ButtonInputs", previous.getButtonInputs(), desired.getButtonInputs(), changed);
        compare("BodyInputs", previous.getBodyInputs(), desired.getBodyInputs(), changed);
        return changed;
    }

    private static boolean heldByMeta(String category, MetaTemplate current) {
        return current != null && category != null
            && (category.equalsIgnoreCase(current.category()) || category.equalsIgnoreCase(current.previousCategory()));
    }

    private static void compare(String property, Object before, Object after, List<String> changed) {
        if (before != null && !Objects.equals(before, after)) {
            changed.add(property);
        }
    }
}
