package com.eumsocial.whatsapp.messagetemplate;

import com.eumsocial.whatsapp.commons.ResourceTypeWrapper;
import com.eumsocial.whatsapp.commons.SocialMessagingClientFactory;
import com.eumsocial.whatsapp.commons.SocialMessagingClientProvider;
import com.eumsocial.whatsapp.commons.TypeConfigurationModel;
import com.eumsocial.whatsapp.commons.TypeHandler;
import com.fasterxml.jackson.core.type.TypeReference;
import java.time.Clock;
import java.util.Map;
import software.amazon.cloudformation.Action;
import software.amazon.cloudformation.proxy.HandlerRequest;
import software.amazon.cloudformation.proxy.ResourceHandlerTestPayload;

/** Lambda entry point of EUMSocial::WhatsApp::MessageTemplate: {@code HandlerWrapper::handleRequest}. */
public class HandlerWrapper extends ResourceTypeWrapper<ResourceModel, CallbackContext> {
    private static final TypeReference<HandlerRequest<ResourceModel, CallbackContext, TypeConfigurationModel>> REQUEST =
        new TypeReference<>() { };
    private static final TypeReference<ResourceModel> MODEL = new TypeReference<>() { };
    private static final TypeReference<ResourceHandlerTestPayload<ResourceModel, CallbackContext, TypeConfigurationModel>>
        TEST_PAYLOAD = new TypeReference<>() { };

    public HandlerWrapper() {
        this(new SocialMessagingClientFactory(), Clock.systemUTC());
    }

    /** For tests and the local runner: another client source (e.g. a mock) and clock. */
    public HandlerWrapper(SocialMessagingClientProvider clients, Clock clock) {
        super(TypeSettings.SCHEMA_RESOURCE, handlers(), clients, clock);
    }

    static Map<Action, TypeHandler<ResourceModel, CallbackContext>> handlers() {
        return Map.of(Action.CREATE, new CreateHandler(), Action.READ, new ReadHandler(), Action.UPDATE, new UpdateHandler(),
            Action.DELETE, new DeleteHandler(), Action.LIST, new ListHandler());
    }

    @Override
    protected TypeReference<HandlerRequest<ResourceModel, CallbackContext, TypeConfigurationModel>> getTypeReference() {
        return REQUEST;
    }

    @Override
    protected TypeReference<ResourceModel> getModelTypeReference() {
        return MODEL;
    }

    @Override
    protected TypeReference<ResourceHandlerTestPayload<ResourceModel, CallbackContext, TypeConfigurationModel>> testPayloadType() {
        return TEST_PAYLOAD;
    }
}
