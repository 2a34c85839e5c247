package com.eumsocial.whatsapp.templatemedia;

import com.eumsocial.whatsapp.commons.HandlerFailure;
import com.eumsocial.whatsapp.commons.HandlerInvocation;
import com.eumsocial.whatsapp.commons.WabaReference;
import software.amazon.cloudformation.proxy.HandlerErrorCode;
import software.amazon.cloudformation.proxy.ProgressEvent;

/**
 * Uploads the S3 object to Meta and returns the handle. One call after the checks, no waiting:
 * the upload either yields a handle or fails.
 */
final class CreateHandler extends BaseHandlerStd {
    @Override
    protected ProgressEvent<ResourceModel, CallbackContext> handle(HandlerInvocation<ResourceModel, CallbackContext> invocation) {
        ResourceModel model = invocation.model();
        WabaReference waba = InputRules.validate(model);
        invocation.checkWaba(waba);
        String handle = invocation.calls()
            .createWhatsAppMessageTemplateMedia(Translator.toCreateRequest(waba, model))
            .metaHeaderHandle();
        if (!Translator.isHandle(handle)) {
            throw new HandlerFailure(HandlerErrorCode.GeneralServiceException,
                "CreateWhatsAppMessageTemplateMedia returned " + (handle == null ? "no handle" : "'" + handle + "'")
                    + " instead of a media handle (4::...) for s3://" + model.getSourceS3Bucket() + "/"
                    + model.getSourceS3Key());
        }
        invocation.logger().log("Uploaded s3://" + model.getSourceS3Bucket() + "/" + model.getSourceS3Key()
            + " to WABA " + waba.id());
        return ProgressEvent.defaultSuccessHandler(Translator.toCreatedModel(model, handle));
    }
}
