package com.eumsocial.whatsapp.commons.testing;

import software.amazon.cloudformation.proxy.AmazonWebServicesClientProxy;
import software.amazon.cloudformation.proxy.Credentials;
import software.amazon.cloudformation.proxy.LoggerProxy;

/**
 * A real {@link AmazonWebServicesClientProxy} with made-up caller credentials: it passes each
 * request to the (mock) client unchanged apart from the credentials override, so Mockito stubs
 * with {@code any(XxxRequest.class)} match.
 */
public final class TestProxies {
    public static final Credentials CALLER_CREDENTIALS = new Credentials("AKIDEXAMPLE", "secret", "token");

    private TestProxies() {
    }

    public static AmazonWebServicesClientProxy proxy() {
        return new AmazonWebServicesClientProxy(new LoggerProxy(), CALLER_CREDENTIALS, () -> 600_000L);
    }
}
