package com.eumsocial.whatsapp.librarytemplate;

import com.eumsocial.whatsapp.commons.ResourceTypeWrapper;
import com.eumsocial.whatsapp.commons.SocialMessagingClientProvider;
import com.eumsocial.whatsapp.commons.TypeConfigurationModel;
import com.eumsocial.whatsapp.commons.TypeHandler;
import com.fasterxml.jackson.core.type.TypeReference;
import java.time.Clock;
import java.util.Map;
import software.amazon.cloudformation.Action;
import software.amazon.cloudformation.proxy.HandlerRequest;
import software.amazon.cloudformation.proxy.ResourceHandlerTestPayload;

/** The Lambda entry point of EUMSocial::WhatsApp::LibraryTemplate ({@code handleRequest}). */
public final class HandlerWrapper extends ResourceTypeWrapper<ResourceModel, CallbackContext> {
    // Static: the superclass constructor asks for them before this class's fields exist.
    private static final TypeReference<HandlerRequest<ResourceModel, CallbackContext, TypeConfigurationModel>> REQUEST_TYPE =
        new TypeReference<>() { };
    private static final TypeReference<ResourceModel> MODEL_TYPE = new TypeReference<>() { };
    private static final TypeReference<ResourceHandlerTestPayload<ResourceModel, CallbackContext, TypeConfigurationModel>>
        TEST_PAYLOAD_TYPE = new TypeReference<>() { };

    public HandlerWrapper() {
        super(TypeSettings.SCHEMA_RESOURCE, handlers());
    }

    /** For tests and the local runner: a chosen client provider and clock. */
    public HandlerWrapper(SocialMessagingClientProvider clients, Clock clock) {
        super(TypeSettings.SCHEMA_RESOURCE, handlers(), clients, clock);
    }

    static Map<Action, TypeHandler<ResourceModel, CallbackContext>> handlers() {
        return Map.of(
            Action.CREATE, new CreateHandler(),
            Action.READ, new ReadHandler(),
            Action.UPDATE, new UpdateHandler(),
            Action.DELETE, new DeleteHandler(),
            Action.LIST, new ListHandler());
    }

    @Override
    protected TypeReference<HandlerRequest<ResourceModel, CallbackContext, TypeConfigurationModel>> getTypeReference() {
        return REQUEST_TYPE;
    }

    @Override
    protected TypeReference<ResourceModel> getModelTypeReference() {
        return MODEL_TYPE;
    }

    @Override
    protected TypeReference<ResourceHandlerTestPayload<ResourceModel, CallbackContext, TypeConfigurationModel>> testPayloadType() {
        return TEST_PAYLOAD_TYPE;
    }
}
