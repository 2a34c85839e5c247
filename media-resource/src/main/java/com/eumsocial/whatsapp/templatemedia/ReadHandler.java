package com.eumsocial.whatsapp.templatemedia;

import com.eumsocial.whatsapp.commons.HandlerInvocation;
import software.amazon.cloudformation.proxy.ProgressEvent;

/**
 * The service cannot be asked about a handle, so read returns what the request knows: the model
 * as given when it carries a handle of the right shape, NotFound otherwise. It cannot tell a
 * deleted or expired handle from a live one (see docs/README.md).
 */
final class ReadHandler extends BaseHandlerStd {
    @Override
    protected ProgressEvent<ResourceModel, CallbackContext> handle(HandlerInvocation<ResourceModel, CallbackContext> invocation) {
        ResourceModel model = HandleCheck.requireHandle(invocation.model());
        return ProgressEvent.defaultSuccessHandler(model);
    }
}
