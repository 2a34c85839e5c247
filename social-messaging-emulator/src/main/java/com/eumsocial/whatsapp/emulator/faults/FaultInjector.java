package com.eumsocial.whatsapp.emulator.faults;

import com.eumsocial.whatsapp.emulator.protocol.ProtocolError;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Decides, before the backend is called, whether a request is throttled or fails, so an injected
 * fault never changes state. Besides the seeded random rates, tests can queue exact faults for
 * the next calls of an operation ({@link #failNext}).
 */
public final class FaultInjector {
    private final LongSupplier nanoTime;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final Deque<ScriptedFault> scripted = new ArrayDeque<>();
    private final Map<String, AtomicLong> injected = new ConcurrentHashMap<>();
    private volatile FaultSettings settings;
    private Random random;

    public FaultInjector(FaultSettings settings) {
        this(settings, System::nanoTime);
    }

    FaultInjector(FaultSettings settings, LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
        configure(settings);
    }

    /** Replaces the settings; the random sequence restarts from the (new) seed. */
    public synchronized void configure(FaultSettings newSettings) {
        this.settings = newSettings;
        this.random = new Random(newSettings.seed());
        buckets.clear();
    }

    public FaultSettings settings() {
        return settings;
    }

    /** Makes the next {@code count} calls of {@code operation} ("*" for any) fail with {@code errorType}. */
    public synchronized void failNext(String operation, String errorType, int count) {
        statusOf(errorType);
        for (int i = 0; i < count; i++) {
            scripted.add(new ScriptedFault(operation, errorType));
        }
    }

    public synchronized void clearScripted() {
        scripted.clear();
    }

    /**
     * The fault to answer instead of calling the backend, if any; sleeps first when latency is
     * injected. Draws happen in a fixed order per request so the sequence depends only on the seed
     * and the order of requests.
     */
    public Optional<ProtocolError> before(String operation) {
        ProtocolError fault;
        long sleepMillis = 0;
        synchronized (this) {
            fault = takeScripted(operation);
            FaultSettings s = settings;
            double throttleDraw = random.nextDouble();
            double internalDraw = random.nextDouble();
            double dependencyDraw = random.nextDouble();
            double latencyDraw = random.nextDouble();
            if (latencyDraw < s.latencyRate()) {
                sleepMillis = s.latency().toMillis();
                count("latency");
            }
            if (fault == null && s.throttlePerSecond() > 0) {
                TokenBucket bucket = buckets.computeIfAbsent(operation,
                        op -> new TokenBucket(s.throttlePerSecond(), s.throttleBurst(), nanoTime.getAsLong()));
                if (!bucket.tryTake(nanoTime.getAsLong())) {
                    fault = throttled(operation);
                }
            }
            if (fault == null && throttleDraw < s.throttleRate()) {
                fault = throttled(operation);
            } else if (fault == null && internalDraw < s.internalErrorRate()) {
                fault = new ProtocolError("InternalServiceException", 500, "Injected internal error in " + operation);
            } else if (fault == null && dependencyDraw < s.dependencyErrorRate()) {
                fault = new ProtocolError("DependencyException", 502, "Injected Meta dependency failure in "
                        + operation);
            }
            if (fault != null) {
                count(fault.errorType());
            }
        }
        if (sleepMillis > 0) {
            try {
                Thread.sleep(sleepMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return Optional.ofNullable(fault);
    }

    /** How many faults of each kind were injected (plus "latency" for delayed requests). */
    public ObjectNode counts() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        injected.forEach((k, v) -> node.put(k, v.get()));
        return node;
    }

    public long injectedCount(String kind) {
        AtomicLong value = injected.get(kind);
        return value == null ? 0 : value.get();
    }

    private void count(String kind) {
        injected.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
    }

    private ProtocolError takeScripted(String operation) {
        for (var it = scripted.iterator(); it.hasNext(); ) {
            ScriptedFault next = it.next();
            if (next.operation().equals("*") || next.operation().equals(operation)) {
                it.remove();
                return new ProtocolError(next.errorType(), statusOf(next.errorType()),
                        "Injected " + next.errorType() + " in " + operation);
            }
        }
        return null;
    }

    private static ProtocolError throttled(String operation) {
        return new ProtocolError("ThrottledRequestException", 429, "Rate exceeded for " + operation);
    }

    private static int statusOf(String errorType) {
        switch (errorType) {
            case "ThrottledRequestException":
                return 429;
            case "InternalServiceException":
                return 500;
            case "DependencyException":
                return 502;
            default:
                throw new IllegalArgumentException("only ThrottledRequestException, InternalServiceException and"
                        + " DependencyException can be injected, got " + errorType);
        }
    }

    private record ScriptedFault(String operation, String errorType) {
    }
}
