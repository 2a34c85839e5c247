package com.eumsocial.whatsapp.commons;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import java.time.Clock;
import java.util.Map;
import software.amazon.cloudformation.Action;
import software.amazon.cloudformation.proxy.HandlerRequest;
import software.amazon.cloudformation.proxy.ResourceHandlerTestPayload;

/** The smallest type built on ResourceTypeWrapper, as a type module would write it. */
class SampleWrapper extends ResourceTypeWrapper<SampleWrapper.Model, SampleWrapper.Context> {
    private static final TypeReference<HandlerRequest<Model, Context, TypeConfigurationModel>> REQUEST =
        new TypeReference<>() { };
    private static final TypeReference<Model> MODEL = new TypeReference<>() { };
    private static final TypeReference<ResourceHandlerTestPayload<Model, Context, TypeConfigurationModel>> TEST_PAYLOAD =
        new TypeReference<>() { };

    SampleWrapper(Map<Action, TypeHandler<Model, Context>> handlers, SocialMessagingClientProvider clients, Clock clock) {
        super("/sample-type-schema.json", handlers, clients, clock);
    }

    SampleWrapper(Map<Action, TypeHandler<Model, Context>> handlers) {
        super("/sample-type-schema.json", handlers);
    }

    @Override
    protected TypeReference<HandlerRequest<Model, Context, TypeConfigurationModel>> getTypeReference() {
        return REQUEST;
    }

    @Override
    protected TypeReference<Model> getModelTypeReference() {
        return MODEL;
    }

    @Override
    protected TypeReference<ResourceHandlerTestPayload<Model, Context, TypeConfigurationModel>> testPayloadType() {
        return TEST_PAYLOAD;
    }

    @Override
    protected void scrubFiles() {
        // Tests share the JVM's tmpdir; nothing to scrub.
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    static final class Model {
        @JsonProperty("Name")
        public String name;
        @JsonProperty("Secret")
        public String secret;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    static final class Context {
        public Integer step;
    }
}
