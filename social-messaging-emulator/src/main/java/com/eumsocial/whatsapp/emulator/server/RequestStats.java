package com.eumsocial.whatsapp.emulator.server;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Counters of what the front door did, exposed through the control API's state. */
public final class RequestStats {
    private final AtomicLong requests = new AtomicLong();
    private final Map<String, AtomicLong> byOperation = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> refused = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();

    void request() {
        requests.incrementAndGet();
    }

    void operation(String name) {
        byOperation.computeIfAbsent(name, k -> new AtomicLong()).incrementAndGet();
    }

    /** A request refused by the signature check. */
    void refused(String errorType) {
        refused.computeIfAbsent(errorType, k -> new AtomicLong()).incrementAndGet();
    }

    /** Any error answer (including refusals and injected faults). */
    void error(String errorType) {
        errors.computeIfAbsent(errorType, k -> new AtomicLong()).incrementAndGet();
    }

    public long requests() {
        return requests.get();
    }

    public long refusedTotal() {
        return refused.values().stream().mapToLong(AtomicLong::get).sum();
    }

    public long errors(String errorType) {
        AtomicLong count = errors.get(errorType);
        return count == null ? 0 : count.get();
    }

    public ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("requests", requests.get());
        node.set("operations", counts(byOperation));
        ObjectNode refusedNode = counts(refused);
        refusedNode.put("total", refusedTotal());
        node.set("refused", refusedNode);
        node.set("errors", counts(errors));
        return node;
    }

    private static ObjectNode counts(Map<String, AtomicLong> counters) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        new TreeMap<>(counters).forEach((k, v) -> node.put(k, v.get()));
        return node;
    }
}
