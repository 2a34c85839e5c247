package com.eumsocial.whatsapp.messagetemplate;

import com.eumsocial.whatsapp.commons.HandlerFailure;
import com.eumsocial.whatsapp.commons.HandlerInvocation;
import com.eumsocial.whatsapp.commons.WabaReference;
import com.eumsocial.whatsapp.commons.MetaTemplate;
import com.eumsocial.whatsapp.commons.WabaTemplates;
import java.util.List;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.socialmessaging.model.ListWhatsAppMessageTemplatesResponse;
import software.amazon.awssdk.services.socialmessaging.model.TemplateSummary;
import software.amazon.cloudformation.proxy.OperationStatus;
import software.amazon.cloudformation.proxy.ProgressEvent;

/** One page of the WABA's templates; CloudFormation's nextToken is the service's. */
final class ListHandler extends BaseHandlerStd {

    @Override
    protected ProgressEvent<ResourceModel, CallbackContext> handle(HandlerInvocation<ResourceModel, CallbackContext> invocation) {
        ResourceModel filter = invocation.model();
        if (filter == null || filter.getWabaId() == null) {
            throw HandlerFailure.invalidRequest("List needs WabaId: templates are listed per WhatsApp Business Account");
        }
        WabaReference waba = WabaReference.parse(filter.getWabaId(), "WabaId");
        Integer max = invocation.request().getMaxResults();
        Integer pageSize = max == null ? WabaTemplates.PAGE_SIZE : Math.max(1, Math.min(WabaTemplates.PAGE_SIZE, max));
        ListWhatsAppMessageTemplatesResponse page =
            invocation.templates().listPage(waba.id(), invocation.request().getNextToken(), pageSize);
        List<TemplateSummary> templates = page.hasTemplates() ? page.templates() : List.of();
        List<ResourceModel> models = templates.stream()
            .filter(t -> !MetaTemplate.isGoneStatus(t.templateStatus()))
            .map(t -> Translator.fromSummary(t, waba.given()))
            .collect(Collectors.toList());
        String next = page.nextToken() == null || page.nextToken().isEmpty() ? null : page.nextToken();
        return ProgressEvent.<ResourceModel, CallbackContext>builder().status(OperationStatus.SUCCESS)
            .resourceModels(models).nextToken(next).build();
    }
}
