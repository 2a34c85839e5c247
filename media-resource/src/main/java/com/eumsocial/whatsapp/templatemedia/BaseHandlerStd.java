package com.eumsocial.whatsapp.templatemedia;

import com.eumsocial.whatsapp.commons.TypeHandler;

/**
 * Base of the TemplateMedia handlers. The wrapper enters through {@code handleRequest} (inherited
 * from {@link TypeHandler}: never throws, every failure translated, a callback context on every
 * invocation); each handler implements {@code handle}.
 */
abstract class BaseHandlerStd extends TypeHandler<ResourceModel, CallbackContext> {
    @Override
    protected CallbackContext newCallbackContext() {
        return new CallbackContext();
    }
}
