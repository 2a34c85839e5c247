package com.eumsocial.whatsapp.librarytemplate;

import com.eumsocial.whatsapp.commons.TemplateWaitContext;
import com.eumsocial.whatsapp.commons.WaitState;

/**
 * What a create or delete carries between invocations (the fields the shared steps use,
 * {@link TemplateWaitContext}). Once a create has made the template its id is here, so a
 * re-invocation only looks at Meta's review and never creates a second one; a delete keeps the id
 * of the template it deleted while it waits for it to disappear.
 */
public final class CallbackContext extends TemplateWaitContext {
    public CallbackContext() {
    }

    /** A create's wait for the review of the template it made (the only review wait of this type). */
    public CallbackContext(String metaTemplateId, String templateName, WaitState wait) {
        super(metaTemplateId, templateName, true, wait);
    }
}
