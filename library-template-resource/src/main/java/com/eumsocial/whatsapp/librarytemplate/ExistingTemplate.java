package com.eumsocial.whatsapp.librarytemplate;

import com.eumsocial.whatsapp.commons.HandlerFailure;
import com.eumsocial.whatsapp.commons.HandlerInvocation;
import com.eumsocial.whatsapp.commons.MetaTemplate;
import com.eumsocial.whatsapp.commons.WabaReference;
import java.util.regex.Pattern;

/**
 * The template a read, update or delete is about, found by the primary identifier
 * (WabaId + MetaTemplateId). Anything that cannot be such a template (identifier missing or
 * malformed, template deleted or being deleted, or not created from Meta's library) is NotFound.
 */
record ExistingTemplate(WabaReference waba, MetaTemplate template) {
    private static final Pattern META_TEMPLATE_ID = Pattern.compile("^[0-9]+$");

    static ExistingTemplate find(HandlerInvocation<ResourceModel, CallbackContext> invocation, ResourceModel model) {
        String wabaId = model == null ? null : model.getWabaId();
        String metaTemplateId = model == null ? null : model.getMetaTemplateId();
        if (wabaId == null || metaTemplateId == null) {
            throw HandlerFailure.notFound("A LibraryTemplate is identified by WabaId and MetaTemplateId; the request has "
                + (wabaId == null ? "no WabaId" : "no MetaTemplateId"));
        }
        WabaReference waba;
        try {
            waba = WabaReference.parse(wabaId);
        } catch (HandlerFailure malformed) {
            throw HandlerFailure.notFound("No LibraryTemplate can exist in " + malformed.getMessage());
        }
        if (!META_TEMPLATE_ID.matcher(metaTemplateId).matches()) {
            throw HandlerFailure.notFound("No LibraryTemplate has MetaTemplateId '" + metaTemplateId + "': Meta's ids are digits");
        }
        MetaTemplate template = invocation.templates().getLive(waba.id(), metaTemplateId).orElseThrow(() ->
            HandlerFailure.notFound("Template " + metaTemplateId + " does not exist in WABA " + waba.id()
                + " (or is being deleted)"));
        if (template.libraryTemplateName() == null) {
            throw HandlerFailure.notFound("Template " + template.describe() + " in WABA " + waba.id()
                + " was not created from Meta's template library, so it is not a LibraryTemplate (it is a MessageTemplate)");
        }
        return new ExistingTemplate(waba, template);
    }
}
