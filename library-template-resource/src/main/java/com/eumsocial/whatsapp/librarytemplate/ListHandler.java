package com.eumsocial.whatsapp.librarytemplate;

import com.eumsocial.whatsapp.commons.HandlerFailure;
import com.eumsocial.whatsapp.commons.HandlerInvocation;
import com.eumsocial.whatsapp.commons.MetaTemplate;
import com.eumsocial.whatsapp.commons.WabaReference;
import com.eumsocial.whatsapp.commons.WabaTemplates;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.socialmessaging.model.ListWhatsAppMessageTemplatesResponse;
import software.amazon.awssdk.services.socialmessaging.model.TemplateSummary;
import software.amazon.cloudformation.proxy.OperationStatus;
import software.amazon.cloudformation.proxy.ProgressEvent;

/**
 * Lists the WABA's templates that were created from Meta's library, one page per invocation.
 * The list call does not say where a template came from, so each one on the page is read; a page
 * may therefore hold fewer models than templates (even none) and still carry a nextToken.
 */
final class ListHandler extends BaseHandlerStd {
    @Override
    protected ProgressEvent<ResourceModel, CallbackContext> handle(HandlerInvocation<ResourceModel, CallbackContext> invocation) {
        ResourceModel model = invocation.model();
        if (model == null || model.getWabaId() == null) {
            throw HandlerFailure.invalidRequest("Listing LibraryTemplates needs the WabaId whose templates to list");
        }
        WabaReference waba = WabaReference.parse(model.getWabaId());
        WabaTemplates templates = invocation.templates();
        ListWhatsAppMessageTemplatesResponse page =
            templates.listPage(waba.id(), invocation.request().getNextToken(), TypeSettings.LIST_PAGE_SIZE);
        List<ResourceModel> models = new ArrayList<>();
        for (TemplateSummary summary : page.hasTemplates() ? page.templates() : List.<TemplateSummary>of()) {
            if (summary.metaTemplateId() == null || MetaTemplate.isGoneStatus(summary.templateStatus())) {
                continue;
            }
            Optional<MetaTemplate> template = templates.getLive(waba.id(), summary.metaTemplateId());
            if (template.isPresent() && template.get().libraryTemplateName() != null) {
                models.add(Translator.toModel(template.get(), model.getWabaId()));
            }
        }
        String nextToken = page.nextToken() == null || page.nextToken().isEmpty() ? null : page.nextToken();
        return ProgressEvent.<ResourceModel, CallbackContext>builder()
            .status(OperationStatus.SUCCESS)
            .resourceModels(models)
            .nextToken(nextToken)
            .build();
    }
}
