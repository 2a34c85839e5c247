package com.eumsocial.whatsapp.cdk;

import software.amazon.awscdk.IResource;

/**
 * A WhatsApp message template in a WABA, as aws-cdk-lib's resource interfaces expose a resource:
 * what code that sends messages needs to name it (name and language), what a stack outputs
 * (Meta's id and review status) and its category. Declared templates
 * ({@link WhatsAppMessageTemplate}, {@link WhatsAppLibraryTemplate}, the templates of a
 * {@link WhatsAppTemplateFolder}) and imported ones
 * ({@link WhatsAppMessageTemplate#fromMessageTemplateAttributes}) all implement it.
 */
public interface IWhatsAppMessageTemplate extends IResource {

    /** The WABA the template belongs to (an id or an ARN, as declared). */
    String getWabaId();

    /** The template's name in the WABA (with the language, what a sender names). */
    String getTemplateName();

    String getLanguage();

    /** {@code MARKETING}, {@code UTILITY} or {@code AUTHENTICATION}, as declared. */
    String getCategory();

    /** Meta's id of the template (a deploy-time value for templates declared in the app). */
    String getMetaTemplateId();

    /**
     * Meta's review status ({@code APPROVED}, {@code PENDING}, {@code REJECTED}, ...): a deploy-time
     * value ({@code Fn::GetAtt Status}) for templates declared in the app, APPROVED once the
     * deployment finished when it waits for approval.
     */
    String getStatus();
}
