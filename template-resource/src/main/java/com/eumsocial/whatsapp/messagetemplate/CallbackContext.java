package com.eumsocial.whatsapp.messagetemplate;

import com.eumsocial.whatsapp.commons.TemplateWaitContext;
import com.eumsocial.whatsapp.commons.WaitState;

/**
 * What a create, update or delete carries between invocations (the fields the shared steps use,
 * {@link TemplateWaitContext}). Once a template exists its id is here, so a re-invocation never
 * creates a second one.
 */
public final class CallbackContext extends TemplateWaitContext {
    public CallbackContext() {
    }

    public CallbackContext(String metaTemplateId, String templateName, boolean createdHere, WaitState wait) {
        super(metaTemplateId, templateName, createdHere, wait);
    }
}
