package com.eumsocial.whatsapp.commons.testing;

import com.eumsocial.whatsapp.commons.HandlerInvocation;
import com.eumsocial.whatsapp.commons.TypeConfigurationModel;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.socialmessaging.SocialMessagingClient;
import software.amazon.cloudformation.proxy.AmazonWebServicesClientProxy;
import software.amazon.cloudformation.proxy.ResourceHandlerRequest;

/**
 * Builds a {@link HandlerInvocation} the way the wrapper does, around a (mock) client, a test
 * proxy and a {@link MutableClock}. Log lines are kept in {@link #log} for assertions.
 *
 * <pre>{@code
 * Invocations<ResourceModel, CallbackContext> inv = Invocations.with(client, clock);
 * ProgressEvent<ResourceModel, CallbackContext> event =
 *     new CreateHandler().handleRequest(inv.invocation(inv.request(model), null));
 * }</pre>
 */
public final class Invocations<M, C> {
    public static final String REGION = "us-east-1";
    public static final String ACCOUNT = "123456789012";

    private final SocialMessagingClient client;
    private final Clock clock;
    private TypeConfigurationModel typeConfiguration = new TypeConfigurationModel();
    private AmazonWebServicesClientProxy proxy = TestProxies.proxy();
    private int clientsBuilt;
    public final List<String> log = new ArrayList<>();

    private Invocations(SocialMessagingClient client, Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    public static <M, C> Invocations<M, C> with(SocialMessagingClient client, Clock clock) {
        return new Invocations<>(client, clock);
    }

    public Invocations<M, C> typeConfiguration(TypeConfigurationModel configuration) {
        this.typeConfiguration = configuration;
        return this;
    }

    /** Simulates a request without caller credentials (the wrapper then passes a null proxy). */
    public Invocations<M, C> withoutProxy() {
        this.proxy = null;
        return this;
    }

    /** How many times handlers asked for a client (at most once per invocation expected). */
    public int clientsBuilt() {
        return clientsBuilt;
    }

    public ResourceHandlerRequest<M> request(M desired) {
        return request(desired, null);
    }

    public ResourceHandlerRequest<M> request(M desired, M previous) {
        return ResourceHandlerRequest.<M>builder()
            .clientRequestToken("token-1")
            .desiredResourceState(desired)
            .previousResourceState(previous)
            .awsAccountId(ACCOUNT)
            .awsPartition("aws")
            .region(REGION)
            .logicalResourceIdentifier("MyTemplate")
            .build();
    }

    public HandlerInvocation<M, C> invocation(ResourceHandlerRequest<M> request, C callbackContext) {
        return new HandlerInvocation<>(proxy, request, callbackContext, typeConfiguration, log::add, clock,
            (region, configuration) -> {
                clientsBuilt++;
                return client;
            });
    }
}
