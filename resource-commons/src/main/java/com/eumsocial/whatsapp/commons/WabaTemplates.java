package com.eumsocial.whatsapp.commons;

import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.socialmessaging.model.DeleteWhatsAppMessageTemplateRequest;
import software.amazon.awssdk.services.socialmessaging.model.GetWhatsAppMessageTemplateRequest;
import software.amazon.awssdk.services.socialmessaging.model.ListWhatsAppMessageTemplatesRequest;
import software.amazon.awssdk.services.socialmessaging.model.ListWhatsAppMessageTemplatesResponse;
import software.amazon.awssdk.services.socialmessaging.model.TemplateSummary;
import software.amazon.cloudformation.proxy.HandlerErrorCode;

/**
 * Template look-ups every template type needs, on top of {@link SocialMessagingCalls}. A missing
 * template is an empty Optional rather than a failure, so handlers decide what "missing" means.
 */
public final class WabaTemplates {
    /** Page size for List calls (the API maximum). */
    public static final int PAGE_SIZE = 100;
    /** Safety stop when following List pages: 60 pages of 100 covers Meta's 6,000-template ceiling. */
    static final int MAX_PAGES = 60;

    private final SocialMessagingCalls calls;

    public WabaTemplates(SocialMessagingCalls calls) {
        this.calls = calls;
    }

    /** The template, or empty when the service answers ResourceNotFound. */
    public Optional<MetaTemplate> get(String wabaId, String metaTemplateId) {
        try {
            String json = calls.getWhatsAppMessageTemplate(GetWhatsAppMessageTemplateRequest.builder()
                .id(wabaId).metaTemplateId(metaTemplateId).build()).template();
            return Optional.of(MetaTemplate.parse(json));
        } catch (HandlerFailure failure) {
            if (failure.code() == HandlerErrorCode.NotFound) {
                return Optional.empty();
            }
            throw failure;
        }
    }

    /** The template, or empty when it is missing, DELETED or PENDING_DELETION. */
    public Optional<MetaTemplate> getLive(String wabaId, String metaTemplateId) {
        return get(wabaId, metaTemplateId).filter(t -> !t.isGone());
    }

    /** One page of the WABA's templates. */
    public ListWhatsAppMessageTemplatesResponse listPage(String wabaId, String nextToken, Integer maxResults) {
        return calls.listWhatsAppMessageTemplates(ListWhatsAppMessageTemplatesRequest.builder()
            .id(wabaId).nextToken(nextToken).maxResults(maxResults).build());
    }

    /** The template with this name and language (case of the language as Meta stores it), following pages. */
    public Optional<TemplateSummary> findByNameAndLanguage(String wabaId, String name, String language) {
        String token = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            ListWhatsAppMessageTemplatesResponse response = listPage(wabaId, token, PAGE_SIZE);
            List<TemplateSummary> templates = response.hasTemplates() ? response.templates() : List.of();
            for (TemplateSummary summary : templates) {
                if (name.equals(summary.templateName()) && language.equalsIgnoreCase(summary.templateLanguage())
                    && !MetaTemplate.isGoneStatus(summary.templateStatus())) {
                    return Optional.of(summary);
                }
            }
            token = response.nextToken();
            if (token == null || token.isEmpty()) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Deletes one language of a template (name + id); never every language of the name. */
    public void deleteOne(String wabaId, String templateName, String metaTemplateId) {
        calls.deleteWhatsAppMessageTemplate(DeleteWhatsAppMessageTemplateRequest.builder()
            .id(wabaId).templateName(templateName).metaTemplateId(metaTemplateId).deleteAllLanguages(false).build());
    }
}
