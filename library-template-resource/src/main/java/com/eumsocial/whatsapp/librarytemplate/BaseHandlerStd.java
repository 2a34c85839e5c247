package com.eumsocial.whatsapp.librarytemplate;

import com.eumsocial.whatsapp.commons.Recategorisation;
import com.eumsocial.whatsapp.commons.TemplateSteps;
import com.eumsocial.whatsapp.commons.TypeHandler;

/**
 * Base of the LibraryTemplate handlers. The wrapper enters through {@code handleRequest}
 * (inherited from {@link TypeHandler}: never throws, every failure translated, a callback context
 * on every invocation); each handler implements {@code handle}. {@link #STEPS} are the review,
 * deletion and adoption steps shared with MessageTemplate, set up for this type.
 */
abstract class BaseHandlerStd extends TypeHandler<ResourceModel, CallbackContext> {
    static final TemplateSteps<ResourceModel, CallbackContext> STEPS = new TemplateSteps<>(
        (template, desired, waba) -> Translator.toDeclaredModel(template, desired),
        Recategorisation.CREATE_ONLY_CATEGORY, TypeSettings.REVIEW_MAX_WAIT, TypeSettings.DELETE_MAX_WAIT);

    @Override
    protected CallbackContext newCallbackContext() {
        return new CallbackContext();
    }
}
