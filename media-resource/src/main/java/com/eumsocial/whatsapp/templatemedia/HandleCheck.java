package com.eumsocial.whatsapp.templatemedia;

import com.eumsocial.whatsapp.commons.HandlerFailure;

/** The one thing read and delete can check without a service call: that a handle is there and well formed. */
final class HandleCheck {
    private HandleCheck() {
    }

    static ResourceModel requireHandle(ResourceModel model) {
        String handle = model == null ? null : model.getMetaHeaderHandle();
        if (handle == null || handle.isEmpty()) {
            throw HandlerFailure.notFound("No TemplateMedia without a MetaHeaderHandle exists");
        }
        if (!Translator.isHandle(handle)) {
            throw HandlerFailure.notFound("No TemplateMedia has MetaHeaderHandle '" + handle
                + "': a media handle starts with 4:: followed by non-blank text");
        }
        return model;
    }
}
