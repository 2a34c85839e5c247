package com.eumsocial.whatsapp.messagetemplate;

import com.eumsocial.whatsapp.commons.HandlerFailure;
import com.eumsocial.whatsapp.commons.MetaTemplate;
import com.eumsocial.whatsapp.commons.Recategorisation;
import com.eumsocial.whatsapp.commons.TemplateSteps;
import com.eumsocial.whatsapp.commons.TypeHandler;
import com.eumsocial.whatsapp.commons.WabaReference;
import software.amazon.cloudformation.proxy.HandlerErrorCode;

/**
 * Base of the MessageTemplate handlers. The wrapper enters through {@code handleRequest}
 * (inherited from {@link TypeHandler}: never throws, every failure translated, a callback context
 * on every invocation); each handler implements {@code handle}. {@link #STEPS} are the review,
 * deletion and adoption steps shared with LibraryTemplate, set up for this type.
 */
abstract class BaseHandlerStd extends TypeHandler<ResourceModel, CallbackContext> {
    static final TemplateSteps<ResourceModel, CallbackContext> STEPS = new TemplateSteps<>(new Models(),
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

    /** How the shared steps read and build a MessageTemplate model. */
    private static final class Models implements TemplateSteps.Models<ResourceModel> {
        @Override
        public ResourceModel withId(ResourceModel desired, String metaTemplateId) {
            ResourceModel model = desired.copy();
            model.setMetaTemplateId(metaTemplateId);
            return model;
        }

        @Override
        public ResourceModel declared(MetaTemplate template, ResourceModel desired, WabaReference waba) {
            return Translator.toDeclaredModel(template, desired, waba.given());
        }

        @Override
        public String category(ResourceModel desired) {
            return desired.getCategory();
        }

        @Override
        public boolean waitsForApproval(ResourceModel desired) {
            return desired.getWaitForApproval() == null || desired.getWaitForApproval();
        }
    }
}
