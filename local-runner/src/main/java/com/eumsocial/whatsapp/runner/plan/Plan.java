package com.eumsocial.whatsapp.runner.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a deploy of one stack will do, computed before any change is sent: a {@link Change} per
 * resource (declared ones in declaration order, then what only the state still holds), from a
 * refresh of Meta's live state at {@code refreshedAt}, checked against Meta's lifecycle rules.
 * Plain data: serializable to JSON and back, so it can be shown, saved and reviewed.
 *
 * @param notes what the preflight wants people to know for the whole stack (quota waits, unchecked rules)
 */
public record Plan(String stackName, Instant refreshedAt, List<Change> changes, List<String> notes) {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public Plan {
        changes = List.copyOf(changes);
        notes = List.copyOf(notes);
    }

    /** True when some change is certain to fail: nothing may be sent. */
    public boolean blocked() {
        return changes.stream().anyMatch(c -> c.kind() == ChangeKind.BLOCKED);
    }

    public List<Change> blockedChanges() {
        return changes.stream().filter(c -> c.kind() == ChangeKind.BLOCKED).toList();
    }

    /** Resources whose live definition differs from what the runner deployed. */
    public List<Change> drifted() {
        return changes.stream().filter(c -> !c.drift().isEmpty()).toList();
    }

    public Optional<Change> change(String logicalId) {
        return changes.stream().filter(c -> c.logicalId().equals(logicalId)).findFirst();
    }

    public Map<ChangeKind, Integer> counts() {
        Map<ChangeKind, Integer> out = new EnumMap<>(ChangeKind.class);
        changes.forEach(c -> out.merge(c.kind(), 1, Integer::sum));
        return out;
    }

    /** The count of each kind, as {@code 1 create, 2 no change}. */
    public String summary() {
        List<String> parts = new ArrayList<>();
        counts().forEach((k, n) -> parts.add(n + " " + k.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')));
        return parts.isEmpty() ? "nothing declared" : String.join(", ", parts);
    }

    /** One message naming every blocked resource and every rule it breaks. */
    public String refusal() {
        List<String> lines = new ArrayList<>();
        for (Change c : blockedChanges()) {
            c.reasons().forEach(r -> lines.add(c.label() + " (" + c.logicalId() + "): " + r));
        }
        return stackName + ": the deploy would break Meta's template lifecycle rules; nothing was sent:\n  " + String.join("\n  ", lines);
    }

    public ObjectNode toJson() {
        ObjectNode out = JSON.createObjectNode();
        out.put("stackName", stackName);
        out.put("refreshedAt", refreshedAt.toString());
        changes.forEach(c -> out.withArray("changes").add(c.toJson()));
        notes.forEach(n -> out.withArray("notes").add(n));
        return out;
    }

    public String toJsonString() {
        try {
            return JSON.writeValueAsString(toJson());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Plan fromJson(JsonNode json) {
        List<Change> changes = new ArrayList<>();
        json.path("changes").forEach(c -> changes.add(Change.fromJson(c)));
        List<String> notes = new ArrayList<>();
        json.path("notes").forEach(n -> notes.add(n.asText()));
        return new Plan(json.path("stackName").asText(), Instant.parse(json.path("refreshedAt").asText()), changes, notes);
    }
}
