package com.eumsocial.whatsapp.runner.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The decision for one resource of a {@link Plan}.
 *
 * @param logicalId         the template's logical id (or the state key of something only the state knows)
 * @param type              the registry type name
 * @param label             how people know it ({@code name/language}, a media file name)
 * @param changedProperties the declared properties that differ from what was deployed (or from Meta, for adoption)
 * @param reasons           why this kind, and for {@link ChangeKind#BLOCKED} every rule it breaks
 * @param liveStatus        Meta's status at the refresh ({@code null} when nothing is at Meta or it cannot be read)
 * @param liveCategory      Meta's category at the refresh
 * @param drift             how Meta's live definition differs from what the runner last deployed
 * @param notes             warnings that do not stop the deploy (waits, name blocks a delete will cause)
 */
public record Change(String logicalId, String type, String label, ChangeKind kind, List<String> changedProperties,
                     List<String> reasons, String liveStatus, String liveCategory, List<String> drift, List<String> notes) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public Change {
        changedProperties = List.copyOf(changedProperties);
        reasons = List.copyOf(reasons);
        drift = List.copyOf(drift);
        notes = List.copyOf(notes);
    }

    /** This change refused for {@code why} (added to any earlier reasons of the refusal). */
    public Change blocked(List<String> why) {
        List<String> all = new ArrayList<>(kind == ChangeKind.BLOCKED ? reasons : List.of());
        all.addAll(why);
        return new Change(logicalId, type, label, ChangeKind.BLOCKED, changedProperties, all, liveStatus, liveCategory, drift, notes);
    }

    /** This change with more notes. */
    public Change noted(List<String> more) {
        List<String> all = new ArrayList<>(notes);
        all.addAll(more);
        return new Change(logicalId, type, label, kind, changedProperties, reasons, liveStatus, liveCategory, drift, all);
    }

    public ObjectNode toJson() {
        ObjectNode out = JSON.createObjectNode();
        out.put("logicalId", logicalId);
        out.put("type", type);
        out.put("label", label);
        out.put("kind", kind.name());
        changedProperties.forEach(out.putArray("changedProperties")::add);
        reasons.forEach(out.putArray("reasons")::add);
        out.put("liveStatus", liveStatus);
        out.put("liveCategory", liveCategory);
        drift.forEach(out.putArray("drift")::add);
        notes.forEach(out.putArray("notes")::add);
        return out;
    }

    public static Change fromJson(JsonNode json) {
        return new Change(json.path("logicalId").asText(), json.path("type").asText(), json.path("label").asText(),
            ChangeKind.valueOf(json.path("kind").asText()), texts(json.path("changedProperties")), texts(json.path("reasons")),
            json.path("liveStatus").asText(null), json.path("liveCategory").asText(null), texts(json.path("drift")),
            texts(json.path("notes")));
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
