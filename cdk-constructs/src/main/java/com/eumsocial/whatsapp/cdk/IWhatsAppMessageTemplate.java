package com.eumsocial.whatsapp.cdk;

import software.amazon.awscdk.IResource;

/**
 * A WhatsApp message template in a WABA: what code that sends messages needs to name it (name
 * and language) and the id Meta gave it.
 */
public interface IWhatsAppMessageTemplate extends IResource {

    /** The WABA the template belongs to (an id or an ARN, as declared). */
    String getWabaId();

    String getTemplateName();

    String getLanguage();

    /** Meta's id of the template (a deploy-time value for templates declared in the app). */
    String getMetaTemplateId();
}
