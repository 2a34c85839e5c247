package com.eumsocial.whatsapp.commons;

import com.amazonaws.services.lambda.runtime.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.json.JSONObject;
import org.json.JSONTokener;
import software.amazon.awssdk.regions.PartitionMetadata;
import software.amazon.awssdk.regions.Region;
import software.amazon.cloudformation.Action;
import software.amazon.cloudformation.LambdaWrapper;
import software.amazon.cloudformation.loggers.LambdaLogPublisher;
import software.amazon.cloudformation.proxy.AmazonWebServicesClientProxy;
import software.amazon.cloudformation.proxy.HandlerErrorCode;
import software.amazon.cloudformation.proxy.HandlerRequest;
import software.amazon.cloudformation.proxy.LoggerProxy;
import software.amazon.cloudformation.proxy.ProgressEvent;
import software.amazon.cloudformation.proxy.RequestData;
import software.amazon.cloudformation.proxy.ResourceHandlerRequest;
import software.amazon.cloudformation.proxy.ResourceHandlerTestPayload;

/**
 * What {@code cfn generate} would write into each type's HandlerWrapper, written once. A type's
 * {@code HandlerWrapper} extends this and adds only what is its own: the schema's classpath
 * location, the handler per action, and the two type references. {@code getTypeReference()} is
 * called from the superclass constructor, so the subclass must return a {@code static final} field.
 *
 * @param <M> the type's ResourceModel
 * @param <C> the type's CallbackContext
 */
public abstract class ResourceTypeWrapper<M, C> extends LambdaWrapper<M, C, TypeConfigurationModel> {
    private final String schemaResource;
    private final Map<Action, TypeHandler<M, C>> handlers;
    private final SocialMessagingClientProvider clients;
    private final Clock clock;
    private JSONObject schema;

    /**
     * @param schemaResource classpath location of the type's schema, e.g. "/eumsocial-whatsapp-messagetemplate.json"
     * @param handlers       the handler for each action the schema declares
     * @param clients        how to build the Social Messaging client (production: {@link SocialMessagingClientFactory})
     * @param clock          the clock handlers measure waits with
     */
    protected ResourceTypeWrapper(String schemaResource, Map<Action, ? extends TypeHandler<M, C>> handlers,
                                  SocialMessagingClientProvider clients, Clock clock) {
        super();
        this.schemaResource = Objects.requireNonNull(schemaResource, "schemaResource");
        this.handlers = new EnumMap<>(Action.class);
        this.handlers.putAll(handlers);
        this.clients = Objects.requireNonNull(clients, "clients");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    protected ResourceTypeWrapper(String schemaResource, Map<Action, ? extends TypeHandler<M, C>> handlers) {
        this(schemaResource, handlers, new SocialMessagingClientFactory(), Clock.systemUTC());
    }

    @Override
    public ProgressEvent<M, C> invokeHandler(AmazonWebServicesClientProxy proxy, ResourceHandlerRequest<M> request,
                                             Action action, C callbackContext, TypeConfigurationModel typeConfiguration) {
        TypeHandler<M, C> handler = action == null ? null : handlers.get(action);
        if (handler == null) {
            return ProgressEvent.failed(null, null, HandlerErrorCode.InvalidRequest,
                "This resource type has no handler for action " + action);
        }
        LoggerProxy logger = loggerProxy;
        return handler.handleRequest(new HandlerInvocation<>(proxy, request, callbackContext, typeConfiguration,
            logger == null ? null : logger::log, clock, clients, CheckedWabas.PROCESS));
    }

    @Override
    protected ResourceHandlerRequest<M> transform(HandlerRequest<M, C, TypeConfigurationModel> request) throws IOException {
        RequestData<M, TypeConfigurationModel> data = request.getRequestData();
        return ResourceHandlerRequest.<M>builder()
            .clientRequestToken(request.getBearerToken())
            .desiredResourceState(data.getResourceProperties())
            .previousResourceState(data.getPreviousResourceProperties())
            .desiredResourceTags(getDesiredResourceTags(request))
            .systemTags(data.getSystemTags())
            .awsAccountId(request.getAwsAccountId())
            .logicalResourceIdentifier(data.getLogicalResourceId())
            .nextToken(request.getNextToken())
            .region(request.getRegion())
            .awsPartition(partitionOf(request.getRegion()))
            .maxResults(request.getMaxResults())
            .build();
    }

    static String partitionOf(String region) {
        if (region == null || region.isBlank()) {
            return "aws";
        }
        try {
            return PartitionMetadata.of(Region.of(region)).id();
        } catch (RuntimeException e) {
            return "aws";
        }
    }

    @Override
    public JSONObject provideResourceSchemaJSONObject() {
        if (schema == null) {
            try (InputStream in = getClass().getResourceAsStream(schemaResource)) {
                if (in == null) {
                    throw new IllegalStateException("Schema " + schemaResource + " is not on the classpath");
                }
                schema = new JSONObject(new JSONTokener(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read schema " + schemaResource, e);
            }
        }
        return schema;
    }

    /** These types carry no resource-level tags (the service does not tag templates). */
    @Override
    protected Map<String, String> provideResourceDefinedTags(M resourceModel) {
        return null;
    }

    /**
     * The {@code testEntrypoint} of {@code .rpdk-config}: runs one handler on a
     * {@link ResourceHandlerTestPayload} (what {@code cfn test} and SAM local send).
     */
    public void testEntrypoint(InputStream inputStream, OutputStream outputStream, Context context) throws IOException {
        this.loggerProxy = new LoggerProxy();
        if (context != null && context.getLogger() != null) {
            this.loggerProxy.addLogPublisher(new LambdaLogPublisher(context.getLogger()));
        }
        ProgressEvent<M, C> response;
        try {
            String input = new String(inputStream.readAllBytes(), StandardCharsets.UTF_8);
            ResourceHandlerTestPayload<M, C, TypeConfigurationModel> payload =
                this.serializer.deserialize(input, testPayloadType());
            AmazonWebServicesClientProxy proxy = payload.getCredentials() == null ? null
                : new AmazonWebServicesClientProxy(loggerProxy, payload.getCredentials(),
                    () -> context == null ? 60_000L : (long) context.getRemainingTimeInMillis());
            response = invokeHandler(proxy, payload.getRequest(), payload.getAction(), payload.getCallbackContext(),
                payload.getTypeConfiguration());
        } catch (IOException | RuntimeException e) {
            response = ProgressEvent.failed(null, null, ServiceErrorTranslator.codeFor(e),
                "Unreadable test payload or handler error: " + e.getMessage());
        }
        writeResponse(outputStream, response);
        outputStream.close();
    }

    /** The payload type of {@link #testEntrypoint}; like getTypeReference, return a static field. */
    protected abstract com.fasterxml.jackson.core.type.TypeReference<ResourceHandlerTestPayload<M, C, TypeConfigurationModel>>
        testPayloadType();
}
