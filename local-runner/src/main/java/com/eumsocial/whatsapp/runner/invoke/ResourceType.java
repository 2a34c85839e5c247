package com.eumsocial.whatsapp.runner.invoke;

import com.eumsocial.whatsapp.commons.SocialMessagingClientFactory;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import software.amazon.cloudformation.LambdaWrapper;

/** The three resource types and their Lambda entry points ({@code HandlerWrapper::handleRequest}). */
public enum ResourceType {
    MESSAGE_TEMPLATE("EUMSocial::WhatsApp::MessageTemplate", "/eumsocial-whatsapp-messagetemplate.json",
        clock -> new com.eumsocial.whatsapp.messagetemplate.HandlerWrapper(new SocialMessagingClientFactory(), clock)),
    LIBRARY_TEMPLATE("EUMSocial::WhatsApp::LibraryTemplate", "/eumsocial-whatsapp-librarytemplate.json",
        clock -> new com.eumsocial.whatsapp.librarytemplate.HandlerWrapper(new SocialMessagingClientFactory(), clock)),
    TEMPLATE_MEDIA("EUMSocial::WhatsApp::TemplateMedia", "/eumsocial-whatsapp-templatemedia.json",
        clock -> new com.eumsocial.whatsapp.templatemedia.HandlerWrapper(new SocialMessagingClientFactory(), clock));

    private final String typeName;
    private final String schemaResource;
    private final Function<Clock, LambdaWrapper<?, ?, ?>> wrapperFactory;
    private volatile TypeSchema schema;

    ResourceType(String typeName, String schemaResource, Function<Clock, LambdaWrapper<?, ?, ?>> wrapperFactory) {
        this.typeName = typeName;
        this.schemaResource = schemaResource;
        this.wrapperFactory = wrapperFactory;
    }

    /** The CloudFormation type name, e.g. {@code EUMSocial::WhatsApp::MessageTemplate}. */
    public String typeName() {
        return typeName;
    }

    /** The type's schema as the handler jar carries it (classpath resource). */
    public TypeSchema schema() {
        TypeSchema loaded = schema;
        if (loaded == null) {
            loaded = TypeSchema.load(schemaResource);
            schema = loaded;
        }
        return loaded;
    }

    /**
     * A fresh wrapper, built exactly as the production no-argument constructor builds it except
     * for the clock (the handlers measure review waits on it; tests pass the emulator's clock).
     */
    public LambdaWrapper<?, ?, ?> newWrapper(Clock clock) {
        return wrapperFactory.apply(clock);
    }

    public static Optional<ResourceType> fromTypeName(String typeName) {
        return Arrays.stream(values()).filter(t -> t.typeName.equals(typeName)).findFirst();
    }
}
