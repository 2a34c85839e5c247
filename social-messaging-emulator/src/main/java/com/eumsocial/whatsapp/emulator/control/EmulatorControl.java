package com.eumsocial.whatsapp.emulator.control;

import com.eumsocial.whatsapp.emulator.faults.FaultInjector;
import com.eumsocial.whatsapp.emulator.faults.FaultSettings;
import com.eumsocial.whatsapp.emulator.meta.OutcomeRule;
import com.eumsocial.whatsapp.emulator.persistence.JournaledBackend;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;

/**
 * What tests and tools may do to a running emulator besides calling the API: move the Meta clock,
 * force review outcomes, reset, seed media objects, tune faults, and read the state. The same
 * operations are served over HTTP under {@code /_emulator/}. State mutations are journaled.
 */
public final class EmulatorControl {
    private final JournaledBackend backend;
    private final FaultInjector faults;
    private final RequestStats stats;

    public EmulatorControl(JournaledBackend backend, FaultInjector faults, RequestStats stats) {
        this.backend = backend;
        this.faults = faults;
        this.stats = stats;
    }

    /** The Meta clock's current time. */
    public Instant now() {
        return backend.clock().instant();
    }

    /** Moves the Meta clock forward (pending reviews complete when their time comes). */
    public Instant advanceClock(Duration amount) {
        if (amount == null || amount.isNegative()) {
            throw new IllegalArgumentException("the clock only moves forward; got " + amount);
        }
        return backend.advanceClock(amount);
    }

    public Instant setClock(Instant instant) {
        if (instant == null) {
            throw new IllegalArgumentException("instant is required");
        }
        return backend.setClock(instant);
    }

    public void forceOutcome(OutcomeRule rule) {
        backend.forceOutcome(rule);
    }

    public void clearOutcomeRules() {
        backend.clearOutcomeRules();
    }

    /** Back to the seeded state (templates, rules and media gone; WABAs as configured). */
    public void reset() {
        backend.reset();
    }

    /** An object CreateWhatsAppMessageTemplateMedia can read as {@code s3://bucket/key}. */
    public void putMediaObject(String bucket, String key, String contentType, byte[] bytes) {
        if (bucket == null || bucket.isEmpty() || key == null || key.isEmpty() || bytes == null) {
            throw new IllegalArgumentException("bucket, key and bytes are required");
        }
        backend.putMediaObject(bucket, key, contentType, bytes);
    }

    public FaultSettings faults() {
        return faults.settings();
    }

    /** Replaces the fault settings (not persisted: faults are a property of a run, not of the state). */
    public void configureFaults(FaultSettings settings) {
        faults.configure(settings);
    }

    /** The next {@code count} calls of {@code operation} ("*": any) fail with {@code errorType}. */
    public void failNext(String operation, String errorType, int count) {
        if (operation == null || operation.isEmpty() || count < 1) {
            throw new IllegalArgumentException("operation and a positive count are required");
        }
        faults.failNext(operation, errorType, count);
    }

    /** Requests refused by the signature check so far. */
    public long refusedRequests() {
        return stats.refusedTotal();
    }

    public RequestStats stats() {
        return stats;
    }

    /** {@code {"now", "clockOffsetSeconds", "persistent", "meta": <backend inspect>, "protocol", "faults"}}. */
    public ObjectNode state() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("now", now().toString());
        node.put("clockOffsetSeconds", backend.clock().offset().getSeconds());
        node.put("persistent", backend.persistent());
        node.set("meta", backend.backend().inspect());
        ObjectNode protocol = stats.toJson();
        protocol.set("faultsInjected", faults.counts());
        node.set("protocol", protocol);
        node.set("faults", faults.settings().toJson());
        return node;
    }
}
