package com.eumsocial.whatsapp.emulator.persistence;

import com.eumsocial.whatsapp.emulator.meta.EmulatorClock;
import com.eumsocial.whatsapp.emulator.meta.MetaBackend;
import com.eumsocial.whatsapp.emulator.meta.OutcomeRule;
import com.eumsocial.whatsapp.emulator.meta.TemplateStatusChange;
import com.eumsocial.whatsapp.emulator.protocol.OperationRoute;
import com.eumsocial.whatsapp.emulator.protocol.ServiceModel;
import com.eumsocial.whatsapp.emulator.protocol.ShapeCodec;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one door to the Meta backend. Without a journal it simply calls through; with one, every
 * state-changing call that succeeds and every control mutation is journaled (and on disk) before
 * the caller hears about it, under one lock so the journal order is the order the backend saw.
 * Start-up replays the journal with the clock set to each recorded instant.
 */
public final class JournaledBackend {
    private static final Logger LOG = LoggerFactory.getLogger(JournaledBackend.class);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final MetaBackend backend;
    private final ServiceModel model;
    private final ShapeCodec codec;
    private final Journal journal;
    private final ReentrantLock writeLock = new ReentrantLock();

    /** @param journal null when nothing is persisted */
    public JournaledBackend(MetaBackend backend, ServiceModel model, Journal journal) {
        this.backend = backend;
        this.model = model;
        this.codec = new ShapeCodec(model.model());
        this.journal = journal;
    }

    public MetaBackend backend() {
        return backend;
    }

    public EmulatorClock clock() {
        return backend.clock();
    }

    public boolean persistent() {
        return journal != null;
    }

    public ObjectNode invoke(OperationRoute route, String accountId, ObjectNode input) {
        if (journal == null || route.readOnly()) {
            return backend.invoke(route.name(), accountId, input);
        }
        writeLock.lock();
        try {
            Instant at = clock().instant();
            ObjectNode output = backend.invoke(route.name(), accountId, input);
            ObjectNode entry = entry("call", at);
            entry.put("operation", route.name());
            entry.put("accountId", accountId);
            entry.set("input", codec.toWire(input, route.input()));
            journal.append(entry);
            return output;
        } finally {
            writeLock.unlock();
        }
    }

    public Instant advanceClock(Duration amount) {
        return mutate("clock.advance", entry -> entry.put("seconds", amount.getSeconds()), () -> {
            clock().advance(amount);
        });
    }

    public Instant setClock(Instant instant) {
        return mutate("clock.set", entry -> entry.put("to", instant.toString()), () -> clock().set(instant));
    }

    public void forceOutcome(OutcomeRule rule) {
        mutate("outcome", entry -> entry.set("rule", rule.toJson()), () -> backend.forceOutcome(rule));
    }

    public ArrayNode changeTemplateStatus(TemplateStatusChange change) {
        ArrayNode[] changed = new ArrayNode[1];
        mutate("template.status", entry -> entry.set("change", change.toJson()),
                () -> changed[0] = backend.changeTemplateStatus(change));
        return changed[0];
    }

    public void clearOutcomeRules() {
        mutate("outcomes.clear", entry -> { }, backend::clearOutcomeRules);
    }

    public void reset() {
        mutate("reset", entry -> { }, backend::reset);
    }

    public void putMediaObject(String bucket, String key, String contentType, byte[] bytes) {
        mutate("media", entry -> {
            entry.put("bucket", bucket);
            entry.put("key", key);
            if (contentType != null) {
                entry.put("contentType", contentType);
            }
            entry.put("bytes", Base64.getEncoder().encodeToString(bytes));
        }, () -> backend.putMediaObject(bucket, key, contentType, bytes));
    }

    /**
     * Re-applies every journaled entry in order; afterwards the clock runs on with the offset that
     * was in force when the last entry was written (time advanced by tests stays advanced).
     *
     * @return the number of entries replayed
     */
    public int replay() {
        if (journal == null) {
            return 0;
        }
        List<ObjectNode> entries = journal.entries();
        Duration offset = clock().offset();
        for (int i = 0; i < entries.size(); i++) {
            ObjectNode entry = entries.get(i);
            try {
                apply(entry);
            } catch (RuntimeException e) {
                throw new IllegalStateException("replaying " + journal.file() + " entry " + (i + 1) + " ("
                        + entry.path("type").asText() + " " + entry.path("operation").asText("") + ") failed: "
                        + e, e);
            }
            offset = Duration.ofNanos(entry.path("offsetNanos").asLong());
        }
        restoreOffset(offset);
        return entries.size();
    }

    private void apply(ObjectNode entry) {
        clock().set(Instant.parse(entry.path("instant").asText()));
        String type = entry.path("type").asText();
        switch (type) {
            case "call": {
                String operation = entry.path("operation").asText();
                OperationRoute route = model.operation(operation)
                        .orElseThrow(() -> new IllegalStateException("unknown operation " + operation));
                JsonNode input = codec.fromWire(entry.path("input"), route.input(), "");
                backend.replay(operation, entry.path("accountId").asText(), (ObjectNode) input);
                break;
            }
            case "clock.advance":
            case "clock.set":
                // The offset recorded with the entry is restored at the end of the replay.
                break;
            case "outcome":
                backend.forceOutcome(OutcomeRule.fromJson(entry.path("rule")));
                break;
            case "outcomes.clear":
                backend.clearOutcomeRules();
                break;
            case "template.status":
                backend.changeTemplateStatus(TemplateStatusChange.fromJson(entry.path("change")));
                break;
            case "reset":
                backend.reset();
                break;
            case "media":
                backend.putMediaObject(entry.path("bucket").asText(), entry.path("key").asText(),
                        entry.hasNonNull("contentType") ? entry.get("contentType").asText() : null,
                        Base64.getDecoder().decode(entry.path("bytes").asText()));
                break;
            default:
                throw new IllegalStateException("unknown journal entry type '" + type + "'");
        }
    }

    private void restoreOffset(Duration offset) {
        EmulatorClock clock = clock();
        Instant base = clock.instant().minus(clock.offset());
        clock.set(base.plus(offset));
    }

    private Instant mutate(String type, java.util.function.Consumer<ObjectNode> describe, Runnable action) {
        writeLock.lock();
        try {
            Instant at = clock().instant();
            action.run();
            if (journal != null) {
                ObjectNode entry = entry(type, at);
                describe.accept(entry);
                journal.append(entry);
            }
            LOG.debug("control: {}", type);
            return clock().instant();
        } finally {
            writeLock.unlock();
        }
    }

    private ObjectNode entry(String type, Instant at) {
        ObjectNode entry = NODES.objectNode();
        entry.put("type", type);
        entry.put("instant", at.toString());
        // Recorded after the change so the last entry tells the clock offset to resume with.
        entry.put("offsetNanos", clock().offset().toNanos());
        return entry;
    }
}
