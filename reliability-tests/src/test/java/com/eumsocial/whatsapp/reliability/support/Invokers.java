package com.eumsocial.whatsapp.reliability.support;

import com.eumsocial.whatsapp.emulator.security.AccessKey;
import com.eumsocial.whatsapp.runner.invoke.HandlerInvoker;
import com.eumsocial.whatsapp.runner.invoke.InvocationTarget;
import com.eumsocial.whatsapp.runner.invoke.ResourceType;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;

/**
 * The local runner's invoker (the real Lambda entry points with CloudFormation payloads) aimed at
 * a harness emulator, on the emulator's clock (virtual time), with credentials and a bearer token
 * whose values the secrets scan looks for in every captured log line.
 */
public final class Invokers {
    public static final ObjectMapper MAPPER = new ObjectMapper();
    public static final String SESSION_TOKEN = "FwoGZXIvYXdzEReliabilitySessionToken0123456789abcdefSECRET";
    public static final String BEARER_TOKEN = "reliability-bearer-token-7f3c9a1e-SECRET";

    private Invokers() {
    }

    public static InvocationTarget target(URI endpoint, AccessKey key) {
        return new InvocationTarget(endpoint, "us-east-1", key.accountId(), "aws",
                new InvocationTarget.CallerCredentials(key.accessKeyId(), key.secretAccessKey(), SESSION_TOKEN));
    }

    /** Handlers aimed at {@code endpoint} (the emulator, or a proxy in front of it). */
    public static HandlerInvoker invoker(ResourceType type, EmulatorHarness emulator, URI endpoint) {
        LogCapture.install();
        return HandlerInvoker.builder(type, target(endpoint, AccessKey.DEFAULT))
                .clock(emulator.emulator().backend().clock())
                .sleeper(emulator::advance)
                .log(LogCapture::line)
                .build();
    }

    public static HandlerInvoker invoker(ResourceType type, EmulatorHarness emulator) {
        return invoker(type, emulator, emulator.emulator().endpoint());
    }
}
