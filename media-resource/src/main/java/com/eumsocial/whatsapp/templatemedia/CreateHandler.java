package com.eumsocial.whatsapp.templatemedia;

import com.eumsocial.whatsapp.commons.HandlerFailure;
import com.eumsocial.whatsapp.commons.HandlerInvocation;
import com.eumsocial.whatsapp.commons.TypeHandler;
import com.eumsocial.whatsapp.commons.WabaPreflight;
import com.eumsocial.whatsapp.commons.WabaReference;
import java.util.ArrayList;
import java.util.List;
import software.amazon.cloudformation.proxy.HandlerErrorCode;
import software.amazon.cloudformation.proxy.ProgressEvent;

/**
 * Uploads the S3 object to Meta and returns the handle. One call after the checks, no waiting:
 * the upload either yields a handle or fails.
 */
final class CreateHandler extends TypeHandler<ResourceModel, CallbackContext> {
    @Override
    protected ProgressEvent<ResourceModel, CallbackContext> handle(HandlerInvocation<ResourceModel, CallbackContext> invocation) {
        ResourceModel model = invocation.model();
        if (model == null) {
            throw HandlerFailure.invalidRequest("The request carries no TemplateMedia properties");
        }
        WabaReference waba = validate(model);
        WabaPreflight.check(invocation.calls(), waba, invocation.request().getRegion());
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

    /** All input problems at once, before any call. */
    private static WabaReference validate(ResourceModel model) {
        List<String> problems = new ArrayList<>();
        WabaReference waba = null;
        try {
            waba = WabaReference.parse(model.getWabaId());
        } catch (HandlerFailure failure) {
            problems.add(failure.getMessage());
        }
        problems.addAll(MediaSource.problems(model.getSourceS3Bucket(), model.getSourceS3Key()));
        if (!problems.isEmpty()) {
            throw HandlerFailure.invalidRequest(String.join("; ", problems));
        }
        return waba;
    }
}
