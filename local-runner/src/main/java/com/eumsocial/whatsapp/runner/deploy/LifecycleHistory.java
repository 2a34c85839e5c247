package com.eumsocial.whatsapp.runner.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the runner did to Meta that Meta's API never tells a client again: when it edited an
 * APPROVED template (edit quota: once per 24 h, 10 per 30 days), when it deleted a template that
 * held its name (blocked for 30 days), when it created templates (100 per hour per WABA) and which
 * templates a rollback kept. The service exposes no edit history, no list of blocked names and no
 * creation count, so the lifecycle preflight relies on this record for those rules; changes made
 * outside the runner are not in it. Saved with {@code state.json} (key {@code lifecycle}).
 * Thread-safe; every change is saved at once through the owning {@link DeployState}.
 */
public final class LifecycleHistory {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final Duration EDIT_WINDOW = Duration.ofDays(30);
    static final Duration NAME_BLOCK = Duration.ofDays(30);
    static final Duration CREATION_WINDOW = Duration.ofHours(1);

    /** A deletion that blocks the name: when, and the status the template had. */
    public record Deletion(Instant at, String status) {
    }

    private final Map<String, List<Instant>> edits = new LinkedHashMap<>();
    private final Map<String, Deletion> deletions = new LinkedHashMap<>();
    private final Map<String, List<Instant>> creations = new LinkedHashMap<>();
    private final Map<String, String> kept = new LinkedHashMap<>();
    private final Runnable onChange;

    LifecycleHistory(Runnable onChange) {
        this.onChange = onChange;
    }

    private static String key(String... parts) {
        return String.join("/", parts);
    }

    /** The runner edited template {@code metaTemplateId} while Meta held it APPROVED. */
    public void recordApprovedEdit(String wabaId, String metaTemplateId, Instant at) {
        synchronized (this) {
            edits.computeIfAbsent(key(wabaId, metaTemplateId), k -> new ArrayList<>()).add(at);
            edits.get(key(wabaId, metaTemplateId)).removeIf(i -> i.isBefore(at.minus(EDIT_WINDOW)));
        }
        onChange.run();
    }

    /** The runner's edits of an APPROVED template within 30 days before {@code now}, oldest first. */
    public synchronized List<Instant> approvedEdits(String wabaId, String metaTemplateId, Instant now) {
        List<Instant> all = edits.getOrDefault(key(wabaId, metaTemplateId), List.of());
        return all.stream().filter(i -> i.isAfter(now.minus(EDIT_WINDOW))).sorted().toList();
    }

    /** The runner deleted the template {@code name/language}; only APPROVED or PAUSED templates block their name. */
    public void recordDeletion(String wabaId, String name, String status, Instant at) {
        if (!blocksName(status)) {
            return;
        }
        synchronized (this) {
            deletions.put(key(wabaId, name), new Deletion(at, status));
        }
        onChange.run();
    }

    /** Whether deleting a template with this status blocks its name for 30 days (Meta: approved templates; the emulator adds PAUSED). */
    public static boolean blocksName(String status) {
        return "APPROVED".equals(status) || "PAUSED".equals(status);
    }

    /** Until when Meta blocks the name, when the runner deleted a template of that name that held it. */
    public synchronized Optional<Instant> nameBlockedUntil(String wabaId, String name, Instant now) {
        Deletion d = deletions.get(key(wabaId, name));
        if (d == null || !now.isBefore(d.at().plus(NAME_BLOCK))) {
            return Optional.empty();
        }
        return Optional.of(d.at().plus(NAME_BLOCK));
    }

    /** The runner created a template in {@code wabaId}. */
    public void recordCreation(String wabaId, Instant at) {
        synchronized (this) {
            List<Instant> list = creations.computeIfAbsent(wabaId, k -> new ArrayList<>());
            list.add(at);
            list.removeIf(i -> !i.isAfter(at.minus(CREATION_WINDOW)));
        }
        onChange.run();
    }

    /** The runner's creations in {@code wabaId} during the hour before {@code now}, oldest first. */
    public synchronized List<Instant> creationsInLastHour(String wabaId, Instant now) {
        return creations.getOrDefault(wabaId, List.of()).stream().filter(i -> i.isAfter(now.minus(CREATION_WINDOW))).sorted()
            .toList();
    }

    /** A rollback kept {@code stack/stateKey} at Meta instead of deleting it; {@code reason == null} forgets the mark. */
    public void markKept(String stack, String stateKey, String reason) {
        synchronized (this) {
            if (reason == null) {
                if (kept.remove(key(stack, stateKey)) == null) {
                    return;
                }
            } else {
                kept.put(key(stack, stateKey), reason);
            }
        }
        onChange.run();
    }

    /** Why the last rollback kept {@code stack/stateKey} at Meta, if it did. */
    public synchronized Optional<String> kept(String stack, String stateKey) {
        return Optional.ofNullable(kept.get(key(stack, stateKey)));
    }

    synchronized ObjectNode toJson() {
        ObjectNode out = JSON.createObjectNode();
        ObjectNode e = out.putObject("approvedEdits");
        edits.forEach((k, v) -> v.forEach(i -> e.withArray(k).add(i.toString())));
        ObjectNode d = out.putObject("nameBlockingDeletions");
        deletions.forEach((k, v) -> d.putObject(k).put("at", v.at().toString()).put("status", v.status()));
        ObjectNode c = out.putObject("creations");
        creations.forEach((k, v) -> v.forEach(i -> c.withArray(k).add(i.toString())));
        ObjectNode kp = out.putObject("keptByRollback");
        kept.forEach(kp::put);
        return out;
    }

    synchronized void load(JsonNode json) {
        json.path("approvedEdits").fields().forEachRemaining(f -> f.getValue().forEach(i ->
            edits.computeIfAbsent(f.getKey(), k -> new ArrayList<>()).add(Instant.parse(i.asText()))));
        json.path("nameBlockingDeletions").fields().forEachRemaining(f -> deletions.put(f.getKey(),
            new Deletion(Instant.parse(f.getValue().path("at").asText()), f.getValue().path("status").asText())));
        json.path("creations").fields().forEachRemaining(f -> f.getValue().forEach(i ->
            creations.computeIfAbsent(f.getKey(), k -> new ArrayList<>()).add(Instant.parse(i.asText()))));
        json.path("keptByRollback").fields().forEachRemaining(f -> kept.put(f.getKey(), f.getValue().asText()));
    }
}
