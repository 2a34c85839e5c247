package com.eumsocial.whatsapp.commons;

import java.time.Clock;
import java.util.Objects;
import software.amazon.cloudformation.proxy.AmazonWebServicesClientProxy;
import software.amazon.cloudformation.proxy.Logger;
import software.amazon.cloudformation.proxy.ResourceHandlerRequest;

/**
 * Everything one handler invocation works with: the request, the callback context, the type
 * configuration (never null), a logger, the clock, and the Social Messaging calls (client built on
 * first use, at most once per invocation).
 */
public final class HandlerInvocation<M, C> {
    private final AmazonWebServicesClientProxy proxy;
    private final ResourceHandlerRequest<M> request;
    private final C callbackContext;
    private final TypeConfigurationModel typeConfiguration;
    private final Logger logger;
    private final Clock clock;
    private final SocialMessagingCalls calls;
    private final CheckedWabas checkedWabas;

    /** An invocation that remembers no WABA preflight beyond itself. */
    public HandlerInvocation(AmazonWebServicesClientProxy proxy, ResourceHandlerRequest<M> request, C callbackContext,
                             TypeConfigurationModel typeConfiguration, Logger logger, Clock clock,
                             SocialMessagingClientProvider clients) {
        this(proxy, request, callbackContext, typeConfiguration, logger, clock, clients, new CheckedWabas());
    }

    /** @param checkedWabas the WABA preflights that passed (the wrappers share {@link CheckedWabas#PROCESS}) */
    public HandlerInvocation(AmazonWebServicesClientProxy proxy, ResourceHandlerRequest<M> request, C callbackContext,
                             TypeConfigurationModel typeConfiguration, Logger logger, Clock clock,
                             SocialMessagingClientProvider clients, CheckedWabas checkedWabas) {
        this.proxy = proxy;
        this.request = Objects.requireNonNull(request, "request");
        this.callbackContext = callbackContext;
        this.typeConfiguration = typeConfiguration == null ? new TypeConfigurationModel() : typeConfiguration;
        this.logger = logger == null ? message -> { } : logger;
        this.clock = clock == null ? Clock.systemUTC() : clock;
        Objects.requireNonNull(clients, "clients");
        this.calls = new SocialMessagingCalls(proxy, () -> clients.create(request.getRegion(), this.typeConfiguration));
        this.checkedWabas = Objects.requireNonNull(checkedWabas, "checkedWabas");
    }

    private HandlerInvocation(HandlerInvocation<M, C> other, C callbackContext) {
        this.proxy = other.proxy;
        this.request = other.request;
        this.callbackContext = callbackContext;
        this.typeConfiguration = other.typeConfiguration;
        this.logger = other.logger;
        this.clock = other.clock;
        this.calls = other.calls;
        this.checkedWabas = other.checkedWabas;
    }

    /** The same invocation with another callback context (same calls, so still one client). */
    public HandlerInvocation<M, C> withCallbackContext(C context) {
        return new HandlerInvocation<>(this, context);
    }

    public AmazonWebServicesClientProxy proxy() {
        return proxy;
    }

    public ResourceHandlerRequest<M> request() {
        return request;
    }

    /** The desired model (create/update/read/delete input). */
    public M model() {
        return request.getDesiredResourceState();
    }

    /**
     * The callback context. Never null inside a handler: {@link TypeHandler} gives the first
     * invocation of an operation a fresh one ({@link TypeHandler#newCallbackContext()}).
     */
    public C callbackContext() {
        return callbackContext;
    }

    public TypeConfigurationModel typeConfiguration() {
        return typeConfiguration;
    }

    public Logger logger() {
        return logger;
    }

    public Clock clock() {
        return clock;
    }

    public SocialMessagingCalls calls() {
        return calls;
    }

    /**
     * The WABA preflight ({@link WabaPreflight}: linked to this account and region, registration
     * complete) before anything is created, once per handler process and WABA ({@link CheckedWabas}).
     */
    public void checkWaba(WabaReference waba) {
        checkedWabas.check(this, waba);
    }

    public WabaTemplates templates() {
        return new WabaTemplates(calls);
    }

    /** The polling schedule from the type configuration (validated; bad values fail InvalidTypeConfiguration). */
    public PollingSchedule pollingSchedule() {
        return PollingSchedule.from(typeConfiguration);
    }
}
