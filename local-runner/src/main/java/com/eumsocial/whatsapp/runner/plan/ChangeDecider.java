package com.eumsocial.whatsapp.runner.plan;

import com.eumsocial.whatsapp.definition.CanonicalForm;
import com.eumsocial.whatsapp.definition.Category;
import com.eumsocial.whatsapp.runner.deploy.DeclaredResource;
import com.eumsocial.whatsapp.runner.deploy.DeployState;
import com.eumsocial.whatsapp.runner.invoke.ResourceType;
import com.eumsocial.whatsapp.runner.invoke.TypeSchema;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The change for one declared resource, from its declaration, what the state says was deployed and
 * Meta's live view. Pure: no calls. The plan uses it before anything is sent; the executor asks
 * again once the values a resource references (a new media handle) are known, so the rules live
 * here only.
 */
public final class ChangeDecider {
    private ChangeDecider() {
    }

    /**
     * @param desired    the resolved properties, or {@code null} when they reference values this deploy produces
     * @param unresolved why {@code desired} is null
     * @param before     what the state holds for the logical id (null: nothing)
     * @param live       Meta's view: of {@code before} when there is one, else of a template with the same
     *                   WABA, name and language (adoption), else {@link LiveResource#ABSENT}
     */
    public static Change decide(DeclaredResource r, ObjectNode desired, String unresolved, DeployState.Entry before, LiveResource live) {
        ResourceType type = ResourceType.fromTypeName(r.type()).orElseThrow();
        String label = label(r, desired);
        List<String> reasons = new ArrayList<>();
        List<String> drift = new ArrayList<>();
        if (before != null && !before.type().equals(r.type())) {
            before = null;   // a different type under the same id: CloudFormation replaces it
        }
        if (before != null && MetaReader.readable(type) && !live.exists()) {
            drift.add("deleted at Meta outside the app (MetaTemplateId " + before.model().path("MetaTemplateId").asText() + ")");
            reasons.add("created again: the state had it, Meta no longer has it");
            return change(r, label, ChangeKind.CREATE, List.of(), reasons, live, drift);
        }
        if (before == null) {
            if (live.exists() && type != ResourceType.TEMPLATE_MEDIA) {
                return adoption(r, desired, label, live);
            }
            reasons.add(desired == null ? "new; " + unresolved : "new");
            return change(r, label, ChangeKind.CREATE, List.of(), reasons, live, drift);
        }
        ObjectNode deployed = before.properties();
        drift.addAll(drift(type, deployed, live));
        if (desired == null) {
            reasons.add("its properties reference values this deploy produces (" + unresolved + "); compared again when they are known");
            return change(r, label, ChangeKind.UPDATE_IN_PLACE, List.of(), reasons, live, drift);
        }
        TypeSchema schema = type.schema();
        Set<String> changed = changedProperties(type, deployed, desired);
        if (changed.isEmpty()) {
            if (drift.stream().anyMatch(d -> d.startsWith("Components"))) {
                reasons.add("Meta's Components differ from the declaration (edited outside the app): the declared definition is put back");
                return change(r, label, ChangeKind.DRIFT_CORRECTION, List.of("Components"), reasons, live, drift);
            }
            if (!drift.isEmpty()) {
                reasons.add("Meta holds another category than declared; it is not changed back (Meta freezes the category of an"
                    + " approved template)");
            }
            return change(r, label, ChangeKind.NO_CHANGE, List.of(), reasons, live, drift);
        }
        Set<String> createOnlyChanged = new TreeSet<>(changed);
        createOnlyChanged.retainAll(schema.createOnly());
        if (!createOnlyChanged.isEmpty() || !schema.updatable()) {
            Set<String> why = createOnlyChanged.isEmpty() ? changed : createOnlyChanged;
            if (type != ResourceType.TEMPLATE_MEDIA && sameIdentity(deployed, desired)) {
                reasons.add("changing " + String.join(", ", why) + " requires a replacement, but the new template would have the same"
                    + " WabaId, TemplateName and Language as the old one, and Meta allows only one template per name and language"
                    + " (CloudFormation would fail the same way, AlreadyExists). Give the template a new name, or remove it, deploy,"
                    + " and add it back.");
                return change(r, label, ChangeKind.BLOCKED, List.copyOf(changed), reasons, live, drift);
            }
            reasons.add(String.join(", ", why) + " cannot be updated: the new one is created first, the old one deleted after"
                + " every resource succeeded");
            return change(r, label, ChangeKind.REPLACE, List.copyOf(changed), reasons, live, drift);
        }
        reasons.add(String.join(", ", changed) + " changed");
        return change(r, label, ChangeKind.UPDATE_IN_PLACE, List.copyOf(changed), reasons, live, drift);
    }

    private static Change adoption(DeclaredResource r, ObjectNode desired, String label, LiveResource live) {
        ResourceType type = ResourceType.fromTypeName(r.type()).orElseThrow();
        ObjectNode read = live.model();
        String id = read.path("MetaTemplateId").asText();
        List<String> reasons = new ArrayList<>();
        if (desired == null) {
            reasons.add("already at Meta (MetaTemplateId " + id + "), not in the state: taken over");
            return change(r, label, ChangeKind.ADOPT, List.of(), reasons, live, List.of());
        }
        if (type == ResourceType.LIBRARY_TEMPLATE) {
            if (!Objects.equals(read.path("LibraryTemplateName").asText(null), desired.path("LibraryTemplateName").asText(null))) {
                reasons.add("a template " + label + " (MetaTemplateId " + id + ") already exists at Meta but was not made from library"
                    + " template " + desired.path("LibraryTemplateName").asText() + "; delete it or choose another name");
                return change(r, label, ChangeKind.BLOCKED, List.of("LibraryTemplateName"), reasons, live, List.of());
            }
            reasons.add("already at Meta (MetaTemplateId " + id + "), not in the state: taken over");
            return change(r, label, ChangeKind.ADOPT, List.of(), reasons, live, List.of());
        }
        if (read.has("ParameterFormat") && !read.path("ParameterFormat").asText().equalsIgnoreCase(desired.path("ParameterFormat")
            .asText("POSITIONAL"))) {
            reasons.add("a template " + label + " (MetaTemplateId " + id + ") already exists at Meta with ParameterFormat "
                + read.path("ParameterFormat").asText() + ", which cannot be changed; delete it or choose another name");
            return change(r, label, ChangeKind.BLOCKED, List.of("ParameterFormat"), reasons, live, List.of());
        }
        Set<String> changed = changedProperties(type, liveProperties(desired, read), desired);
        changed.retainAll(Set.of("Category", "Components"));
        reasons.add("already at Meta (MetaTemplateId " + id + "), not in the state: taken over"
            + (changed.isEmpty() ? ", same definition" : " and updated (" + String.join(", ", changed) + " differ)"));
        return change(r, label, ChangeKind.ADOPT, List.copyOf(changed), reasons, live, List.of());
    }

    /** The declared properties with Meta's live Category and Components: what an update's previous model is. */
    public static ObjectNode liveProperties(ObjectNode properties, ObjectNode liveModel) {
        ObjectNode current = properties.deepCopy();
        if (liveModel != null) {
            for (String key : List.of("Category", "Components")) {
                if (liveModel.hasNonNull(key)) {
                    current.set(key, liveModel.get(key));
                }
            }
        }
        return current;
    }

    /** How Meta's live definition differs from what was deployed (MessageTemplate: Components and Category). */
    static List<String> drift(ResourceType type, ObjectNode deployed, LiveResource live) {
        List<String> out = new ArrayList<>();
        if (type != ResourceType.MESSAGE_TEMPLATE || !live.exists() || !"read".equals(live.source())) {
            return out;
        }
        JsonNode liveComponents = live.model().get("Components");
        JsonNode deployedComponents = deployed.get("Components");
        if (liveComponents != null && deployedComponents != null && !liveComponents.equals(deployedComponents)
            && !sameComponents(liveComponents, deployedComponents, deployed.path("Category").asText())) {
            out.add("Components differ from the last deploy (edited outside the app)");
        }
        String declaredCategory = deployed.path("Category").asText(null);
        if (live.category() != null && declaredCategory != null && !live.category().equalsIgnoreCase(declaredCategory)) {
            out.add("Category: Meta holds " + live.category() + ", the last deploy declared " + declaredCategory);
        }
        return out;
    }

    private static Change change(DeclaredResource r, String label, ChangeKind kind, List<String> changed, List<String> reasons,
                                 LiveResource live, List<String> drift) {
        return new Change(r.logicalId(), r.type(), label, kind, changed, reasons, live.status(), live.category(), drift, List.of());
    }

    /** How people know a resource: its label, or for media without one the file name of its S3 key. */
    public static String label(DeclaredResource r, ObjectNode desired) {
        if (!r.type().equals(ResourceType.TEMPLATE_MEDIA.typeName()) || !r.label().equals(r.logicalId()) || desired == null) {
            return r.label();
        }
        String key = desired.path("SourceS3Key").asText(r.logicalId());
        String file = key.substring(key.lastIndexOf('/') + 1);
        return "media " + (file.length() <= 24 ? file : file.substring(0, 21) + "...");
    }

    static boolean sameIdentity(JsonNode a, JsonNode b) {
        for (String key : List.of("WabaId", "TemplateName", "Language")) {
            if (!Objects.equals(a.get(key), b.get(key))) {
                return false;
            }
        }
        return true;
    }

    /** Names of the properties that differ (Components compared in Meta's canonical form). */
    public static Set<String> changedProperties(ResourceType type, ObjectNode before, ObjectNode after) {
        Set<String> keys = new TreeSet<>();
        before.fieldNames().forEachRemaining(keys::add);
        after.fieldNames().forEachRemaining(keys::add);
        Set<String> changed = new TreeSet<>();
        for (String key : keys) {
            JsonNode a = before.get(key);
            JsonNode b = after.get(key);
            if (Objects.equals(a, b)) {
                continue;
            }
            if (type == ResourceType.MESSAGE_TEMPLATE && key.equals("Components") && a != null && b != null
                && sameComponents(a, b, after.path("Category").asText())) {
                continue;
            }
            changed.add(key);
        }
        return changed;
    }

    private static boolean sameComponents(JsonNode a, JsonNode b, String category) {
        try {
            return CanonicalForm.sameComponents(b, a, Category.valueOf(category.toUpperCase(Locale.ROOT)));
        } catch (RuntimeException e) {
            return false;
        }
    }
}
