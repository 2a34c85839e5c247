package com.eumsocial.whatsapp.templatemedia;

import com.eumsocial.whatsapp.commons.HandlerInvocation;
import java.util.List;
import software.amazon.cloudformation.proxy.OperationStatus;
import software.amazon.cloudformation.proxy.ProgressEvent;

/** The service cannot list upload handles and nothing records them, so the honest list is empty. */
final class ListHandler extends BaseHandlerStd {
    @Override
    protected ProgressEvent<ResourceModel, CallbackContext> handle(HandlerInvocation<ResourceModel, CallbackContext> invocation) {
        return ProgressEvent.<ResourceModel, CallbackContext>builder()
            .status(OperationStatus.SUCCESS)
            .resourceModels(List.of())
            .build();
    }
}
