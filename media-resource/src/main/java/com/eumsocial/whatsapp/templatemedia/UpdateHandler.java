package com.eumsocial.whatsapp.templatemedia;

import com.eumsocial.whatsapp.commons.HandlerFailure;
import com.eumsocial.whatsapp.commons.HandlerInvocation;
import software.amazon.cloudformation.proxy.HandlerErrorCode;
import software.amazon.cloudformation.proxy.ProgressEvent;

/**
 * Every property is createOnly, so CloudFormation replaces a TemplateMedia instead of updating it
 * and the schema declares no update handler; this answers a misdirected update plainly.
 */
final class UpdateHandler extends BaseHandlerStd {
    @Override
    protected ProgressEvent<ResourceModel, CallbackContext> handle(HandlerInvocation<ResourceModel, CallbackContext> invocation) {
        throw new HandlerFailure(HandlerErrorCode.NotUpdatable, "A TemplateMedia cannot be updated: WabaId,"
            + " SourceS3Bucket and SourceS3Key are create-only, so a change replaces it with a new upload");
    }
}
