package com.eumsocial.whatsapp.messagetemplate;

import com.eumsocial.whatsapp.commons.HandlerFailure;
import com.eumsocial.whatsapp.commons.Recategorisation;
import com.eumsocial.whatsapp.commons.TemplateSteps;
import com.eumsocial.whatsapp.commons.TypeHandler;
import software.amazon.cloudformation.proxy.HandlerErrorCode;

/**
 * Base of the MessageTemplate handlers. The wrapper enters through {@code handleRequest}
 * (inherited from {@link TypeHandler}: never throws, every failure translated, a callback context
 * on every invocation); each handler implements {@code handle}. {@link #STEPS} are the review,
 * deletion and adoption steps shared with LibraryTemplate, set up for this type.
 */
abstract class BaseHandlerStd extends TypeHandler<ResourceModel, CallbackContext> {
    static final TemplateSteps<ResourceModel, CallbackContext> STEPS = new TemplateSteps<>(
        (template, desired, waba) -> Translator.toDeclaredModel(template, desired, waba.given()),
        Recategorisation.UPDATABLE_CATEGORY, TypeSettings.REVIEW_MAX_WAIT, TypeSettings.DELETE_MAX_WAIT);

    @Override
    protected CallbackContext newCallbackContext() {
        return new CallbackContext();
    }

    /** The MetaTemplateId from the model, or NotFound naming what is missing. */
    static String requireId(String metaTemplateId, String operation) {
        if (metaTemplateId == null || metaTemplateId.isBlank()) {
            throw new HandlerFailure(HandlerErrorCode.NotFound,
                operation + " needs the MetaTemplateId primary identifier; none was given, so there is no template to act on");
        }
        return metaTemplateId;
    }
}
