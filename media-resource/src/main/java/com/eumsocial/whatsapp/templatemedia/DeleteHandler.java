package com.eumsocial.whatsapp.templatemedia;

import com.eumsocial.whatsapp.commons.HandlerInvocation;
import software.amazon.cloudformation.proxy.OperationStatus;
import software.amazon.cloudformation.proxy.ProgressEvent;

/**
 * Meta offers no way to revoke an upload handle and expires it on its own, so delete has nothing
 * to call: it checks the handle's shape and succeeds. A second delete cannot be told from the
 * first (see docs/README.md).
 */
final class DeleteHandler extends BaseHandlerStd {
    @Override
    protected ProgressEvent<ResourceModel, CallbackContext> handle(HandlerInvocation<ResourceModel, CallbackContext> invocation) {
        ResourceModel model = HandleCheck.requireHandle(invocation.model());
        invocation.logger().log("Forgetting media handle " + model.getMetaHeaderHandle()
            + ": Meta expires upload handles itself and offers no call to delete one");
        return ProgressEvent.<ResourceModel, CallbackContext>builder().status(OperationStatus.SUCCESS).build();
    }
}
