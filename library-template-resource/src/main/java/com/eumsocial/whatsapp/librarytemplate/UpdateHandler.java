package com.eumsocial.whatsapp.librarytemplate;

import com.eumsocial.whatsapp.commons.HandlerFailure;
import com.eumsocial.whatsapp.commons.HandlerInvocation;
import com.eumsocial.whatsapp.commons.TypeHandler;
import com.eumsocial.whatsapp.commons.WabaReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import software.amazon.cloudformation.proxy.HandlerErrorCode;
import software.amazon.cloudformation.proxy.ProgressEvent;

/**
 * Only WaitForApproval may change in place, and it matters only while a create waits, so an
 * update changes nothing at Meta: it checks that the template still exists and returns its
 * current state. A change of a create-only property (which CloudFormation turns into a
 * replacement) is refused with NotUpdatable if it reaches this handler anyway.
 */
final class UpdateHandler extends TypeHandler<ResourceModel, CallbackContext> {
    @Override
    protected ProgressEvent<ResourceModel, CallbackContext> handle(HandlerInvocation<ResourceModel, CallbackContext> invocation) {
        ResourceModel desired = invocation.model();
        ResourceModel previous = invocation.request().getPreviousResourceState();
        if (desired == null) {
            throw HandlerFailure.invalidRequest("The request carries no LibraryTemplate properties");
        }
        List<String> changed = createOnlyChanges(previous, desired);
        if (!changed.isEmpty()) {
            throw new HandlerFailure(HandlerErrorCode.NotUpdatable, String.join(", ", changed) + (changed.size() == 1 ? " is" : " are")
                + " create-only: changing " + (changed.size() == 1 ? "it" : "them") + " replaces the template");
        }
        ResourceModel identified = desired;
        if (desired.getMetaTemplateId() == null && previous != null) {
            identified = desired.copy();
            identified.setMetaTemplateId(previous.getMetaTemplateId());
        }
        ExistingTemplate existing = ExistingTemplate.find(invocation, identified);
        return ProgressEvent.defaultSuccessHandler(Translator.toModel(existing.template(), desired.getWabaId()));
    }

    static List<String> createOnlyChanges(ResourceModel previous, ResourceModel desired) {
        List<String> changed = new ArrayList<>();
        if (previous == null) {
            return changed;
        }
        if (!WabaReference.sameWaba(previous.getWabaId(), desired.getWabaId())) {
            changed.add("WabaId");
        }
        compare("TemplateName", previous.getTemplateName(), desired.getTemplateName(), changed);
        compare("LibraryTemplateName", previous.getLibraryTemplateName(), desired.getLibraryTemplateName(), changed);
        compare("Category", previous.getCategory(), desired.getCategory(), changed);
        compare("Language", previous.getLanguage(), desired.getLanguage(), changed);
        compare("ButtonInputs", previous.getButtonInputs(), desired.getButtonInputs(), changed);
        compare("BodyInputs", previous.getBodyInputs(), desired.getBodyInputs(), changed);
        return changed;
    }

    private static void compare(String property, Object before, Object after, List<String> changed) {
        if (!Objects.equals(before, after)) {
            changed.add(property);
        }
    }
}
