package com.eumsocial.whatsapp.emulator.control;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counters of what the front door did, exposed through the control API's state. It lives with the
 * control API that reads it: the server only counts into it, so the dependency runs server -> control.
 */
public final class RequestStats {
    private final AtomicLong requests = new AtomicLong();
    private final Map<String, AtomicLong> byOperation = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> refused = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();

    public void request() {
        requests.incrementAndGet();
    }

    public void operation(String name) {
        byOperation.computeIfAbsent(name, k -> new AtomicLong()).incrementAndGet();
    }

    /** A request refused by the signature check. */
    public void refused(String errorType) {
        refused.computeIfAbsent(errorType, k -> new AtomicLong()).incrementAndGet();
    }

    /** Any error answer (including refusals and injected faults). */
    public void error(String errorType) {
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
