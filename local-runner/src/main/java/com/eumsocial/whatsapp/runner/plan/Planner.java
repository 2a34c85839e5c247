package com.eumsocial.whatsapp.runner.plan;

import com.eumsocial.whatsapp.runner.deploy.DeclaredResource;
import com.eumsocial.whatsapp.runner.deploy.DeployState;
import com.eumsocial.whatsapp.runner.deploy.Intrinsics;
import com.eumsocial.whatsapp.runner.invoke.ResourceType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Computes a stack's {@link Plan} without changing anything: refreshes Meta's live view of every
 * resource the state holds through its read handler (and looks up, in the WABA's template list,
 * each declared template the state does not hold yet), decides a change per resource with
 * {@link ChangeDecider}, and checks them all with {@link LifecyclePreflight}.
 */
public final class Planner {
    /** Resolves a template value with what is known before the deploy (pseudo parameters, deployed models). */
    @FunctionalInterface
    public interface Resolver {
        JsonNode resolve(JsonNode value);
    }

    /** A state key that is no declared resource's logical id but a leftover of a failed create. */
    @FunctionalInterface
    public interface LeftoverKeys {
        boolean isLeftover(String stateKey);
    }

    /**
     * A plan with what the refresh saw.
     *
     * @param live        Meta's view per declared logical id (what the executor decides against)
     * @param decidedLater the logical ids whose properties reference values this deploy produces: the executor decides
     *                     and checks them again once those are known
     */
    public record Outcome(Plan plan, Map<String, LiveResource> live, Set<String> decidedLater) {
    }

    private final MetaReader reader;
    private final DeployState state;
    private final MetaLimits limits;
    private final Clock clock;

    public Planner(MetaReader reader, DeployState state, MetaLimits limits, Clock clock) {
        this.reader = reader;
        this.state = state;
        this.limits = limits;
        this.clock = clock;
    }

    /**
     * @param ours     the stack's resources the runner deploys, in declaration order
     * @param deps     each one's dependencies among {@code ours}
     */
    public Outcome plan(String stackName, Map<String, DeclaredResource> ours, Map<String, Set<String>> deps, Resolver resolver,
                        LeftoverKeys leftovers) {
        Instant now = clock.instant();
        Map<String, LiveResource> liveViews = new LinkedHashMap<>();
        Set<String> later = new LinkedHashSet<>();
        Map<String, Change> decided = new LinkedHashMap<>();
        Map<String, LifecyclePreflight.Subject> subjects = new LinkedHashMap<>();
        for (String id : dependencyOrder(ours.keySet(), deps)) {
            DeclaredResource r = ours.get(id);
            ResourceType type = ResourceType.fromTypeName(r.type()).orElseThrow();
            ObjectNode desired = null;
            String unresolved = null;
            boolean never = false;
            List<String> newValues = deps.getOrDefault(id, Set.of()).stream()
                .filter(d -> decided.containsKey(d) && producesNewValues(decided.get(d).kind())).toList();
            try {
                desired = (ObjectNode) resolver.resolve(r.properties());
            } catch (Intrinsics.NotYetKnown e) {
                unresolved = e.getMessage();
            } catch (Intrinsics.Unresolvable e) {
                unresolved = e.getMessage();
                never = true;
            }
            if (desired != null && !newValues.isEmpty()) {
                // resolved with the values of what this deploy replaces: the new ones are not known yet
                desired = null;
                unresolved = "depends on " + String.join(", ", newValues) + ", which this deploy creates or replaces";
            }
            DeployState.Entry before = state.get(stackName, id);
            if (before != null && !before.type().equals(r.type())) {
                before = null;
            }
            LiveResource live = refresh(type, before, desired);
            liveViews.put(id, live);
            Change change = ChangeDecider.decide(r, desired, unresolved, before, live);
            if (never) {
                change = change.blocked(List.of("cannot be deployed: " + unresolved));
            } else if (desired == null) {
                later.add(id);
            }
            decided.put(id, change);
            ObjectNode known = desired != null ? desired : partly(r, resolver, before);
            String metaTemplateId = live.exists() && live.model() != null ? live.model().path("MetaTemplateId").asText(null) : null;
            subjects.put(id, new LifecyclePreflight.Subject(change, text(known, "WabaId"), text(known, "TemplateName"), metaTemplateId,
                desired == null ? null : text(desired, "Category"), change.kind() == ChangeKind.REPLACE && r.retainOnReplace()));
        }
        List<LifecyclePreflight.Subject> ordered = new ArrayList<>();
        ours.keySet().forEach(id -> ordered.add(subjects.get(id)));
        state.resources(stackName).forEach((key, entry) -> {
            if (ours.containsKey(key)) {
                return;
            }
            ResourceType type = ResourceType.fromTypeName(entry.type()).orElseThrow();
            LiveResource live = refresh(type, entry, null);
            boolean leftover = leftovers.isLeftover(key);
            boolean retain = "Retain".equals(entry.deletionPolicy());
            String reason = leftover ? "left at Meta by an earlier failed create: deleted first"
                : retain ? "removed from the template; DeletionPolicy Retain: stays at Meta, forgotten by the runner"
                : "removed from the template: deleted";
            ObjectNode model = live.exists() && live.model() != null ? live.model() : entry.model();
            Change change = new Change(key, entry.type(), entry.label(), ChangeKind.DELETE, List.of(), List.of(reason), live.status(),
                live.category(), List.of(), List.of());
            ordered.add(new LifecyclePreflight.Subject(change, text(entry.properties(), "WabaId"), text(entry.properties(), "TemplateName"),
                text(model, "MetaTemplateId"), null, retain || leftover));
        });
        Map<String, Integer> liveCounts = new LinkedHashMap<>();
        for (LifecyclePreflight.Subject s : ordered) {
            ChangeKind kind = s.change().kind();
            if ((kind == ChangeKind.CREATE || kind == ChangeKind.REPLACE) && s.wabaId() != null
                && !s.change().type().equals(ResourceType.TEMPLATE_MEDIA.typeName())) {
                liveCounts.computeIfAbsent(s.wabaId(), w -> reader.templates(w).size());
            }
        }
        LifecyclePreflight.Result checked = LifecyclePreflight.check(ordered, state.lifecycle(), limits, liveCounts, now);
        return new Outcome(new Plan(stackName, now, checked.changes(), checked.notes()), liveViews, later);
    }

    /**
     * The properties that can be resolved now, for a resource whose other properties wait for values
     * this deploy produces (a header handle): name, language and category are usually plain, and the
     * name and cap rules need no more.
     */
    private static ObjectNode partly(DeclaredResource r, Resolver resolver, DeployState.Entry before) {
        ObjectNode out = before != null ? before.properties().deepCopy() : r.properties().objectNode();
        r.properties().fields().forEachRemaining(f -> {
            try {
                out.set(f.getKey(), resolver.resolve(f.getValue()));
            } catch (Intrinsics.Unresolvable e) {
                // known once the resource it references is done
            }
        });
        return out;
    }

    private LiveResource refresh(ResourceType type, DeployState.Entry before, ObjectNode desired) {
        if (before != null) {
            if (!MetaReader.readable(type) || !before.model().hasNonNull("MetaTemplateId")) {
                return LiveResource.of(before.model(), "state");
            }
            return reader.read(type, before.properties().get("WabaId"), before.model().get("MetaTemplateId"))
                .map(m -> LiveResource.of(m, "read")).orElse(LiveResource.ABSENT);
        }
        if (desired == null || !MetaReader.readable(type) || !desired.hasNonNull("WabaId")) {
            return LiveResource.ABSENT;
        }
        Optional<ObjectNode> listed = reader.find(desired.get("WabaId").asText(), desired.path("TemplateName").asText(),
            desired.path("Language").asText());
        if (listed.isEmpty()) {
            return LiveResource.ABSENT;
        }
        return reader.read(type, desired.get("WabaId"), listed.get().get("MetaTemplateId"))
            .map(m -> LiveResource.of(m, "list")).orElse(LiveResource.ABSENT);
    }

    private static boolean producesNewValues(ChangeKind kind) {
        return kind == ChangeKind.CREATE || kind == ChangeKind.REPLACE || kind == ChangeKind.ADOPT;
    }

    private static String text(JsonNode node, String field) {
        return node == null || !node.hasNonNull(field) ? null : node.get(field).asText();
    }

    /** Dependencies first (the template is free of cycles: the loader checked). */
    static List<String> dependencyOrder(Set<String> ids, Map<String, Set<String>> deps) {
        List<String> order = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        Set<String> todo = new LinkedHashSet<>(ids);
        while (!todo.isEmpty()) {
            boolean progress = false;
            for (String id : new ArrayList<>(todo)) {
                if (placed.containsAll(deps.getOrDefault(id, Set.of()))) {
                    order.add(id);
                    placed.add(id);
                    todo.remove(id);
                    progress = true;
                }
            }
            if (!progress) {
                order.addAll(todo);
                break;
            }
        }
        return order;
    }
}
