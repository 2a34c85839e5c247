package com.eumsocial.whatsapp.librarytemplate;

import com.eumsocial.whatsapp.commons.MetaTemplate;
import com.eumsocial.whatsapp.commons.Recategorisation;
import com.eumsocial.whatsapp.commons.TemplateSteps;
import com.eumsocial.whatsapp.commons.TypeHandler;
import com.eumsocial.whatsapp.commons.WabaReference;

/**
 * Base of the LibraryTemplate handlers. The wrapper enters through {@code handleRequest}
 * (inherited from {@link TypeHandler}: never throws, every failure translated, a callback context
 * on every invocation); each handler implements {@code handle}. {@link #STEPS} are the review,
 * deletion and adoption steps shared with MessageTemplate, set up for this type.
 */
abstract class BaseHandlerStd extends TypeHandler<ResourceModel, CallbackContext> {
    static final TemplateSteps<ResourceModel, CallbackContext> STEPS = new TemplateSteps<>(new Models(),
        Recategorisation.CREATE_ONLY_CATEGORY, TypeSettings.REVIEW_MAX_WAIT, TypeSettings.DELETE_MAX_WAIT);

    @Override
    protected CallbackContext newCallbackContext() {
        return new CallbackContext();
    }

    /** How the shared steps read and build a LibraryTemplate model. */
    private static final class Models implements TemplateSteps.Models<ResourceModel> {
        /** The request's model (write-only inputs kept for the next invocation) plus the id. */
        @Override
        public ResourceModel withId(ResourceModel desired, String metaTemplateId) {
            ResourceModel model = desired.copy();
            model.setMetaTemplateId(metaTemplateId);
            return model;
        }

        @Override
        public ResourceModel declared(MetaTemplate template, ResourceModel desired, WabaReference waba) {
            return Translator.toDeclaredModel(template, desired);
        }

        @Override
        public String category(ResourceModel desired) {
            return desired.getCategory();
        }

        @Override
        public boolean waitsForApproval(ResourceModel desired) {
            return !Boolean.FALSE.equals(desired.getWaitForApproval());
        }
    }
}
