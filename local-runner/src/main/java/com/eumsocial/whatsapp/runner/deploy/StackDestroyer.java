package com.eumsocial.whatsapp.runner.deploy;

import com.eumsocial.whatsapp.runner.invoke.ResourceType;
import com.eumsocial.whatsapp.runner.plan.MetaReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Deletes what the state holds for a stack: dependents first (a template before the media its
 * header references, whatever the state recorded about references), {@code DeletionPolicy: Retain}
 * resources forgotten but left at Meta. {@link #listing} says beforehand what each delete costs.
 */
public final class StackDestroyer {
    /**
     * One resource a destroy handles.
     *
     * @param liveStatus Meta's status read just now (null for media or when Meta no longer has it)
     * @param warning    what deleting it costs at Meta, or null
     */
    public record Item(String stateKey, String label, String type, boolean retained, String liveStatus, String warning) {
        public String describe() {
            String what = retained ? "forget (DeletionPolicy Retain: stays at Meta)" : "delete";
            return what + " " + label + (liveStatus == null ? "" : " (" + liveStatus + ")") + (warning == null ? "" : ": " + warning);
        }
    }

    private final StackDeployer deployer;

    StackDestroyer(StackDeployer deployer) {
        this.deployer = deployer;
    }

    List<Item> listing(String stackName) {
        Map<String, DeployState.Entry> entries = deployer.state().resources(stackName);
        MetaReader reader = new MetaReader(deployer.invokers());
        List<Item> items = new ArrayList<>();
        for (String id : deleteOrder(entries)) {
            DeployState.Entry entry = entries.get(id);
            ResourceType type = ResourceType.fromTypeName(entry.type()).orElseThrow();
            boolean retained = "Retain".equals(entry.deletionPolicy());
            String status = null;
            if (MetaReader.readable(type) && entry.model().hasNonNull("MetaTemplateId")) {
                Optional<ObjectNode> live = reader.read(type, entry.properties().get("WabaId"), entry.model().get("MetaTemplateId"));
                status = live.map(m -> m.path("Status").asText(null)).orElse("gone");
            }
            String warning = null;
            if (!retained && LifecycleHistory.blocksName(status)) {
                warning = "Meta blocks the name " + entry.properties().path("TemplateName").asText() + " (every language) for 30 days"
                    + " after this delete";
            } else if (!retained && "DISABLED".equals(status)) {
                warning = "Meta does not allow deleting a DISABLED template: this delete will fail";
            } else if (!retained && type == ResourceType.TEMPLATE_MEDIA) {
                warning = "a media handle cannot be deleted at Meta: the runner only forgets it";
            }
            items.add(new Item(id, entry.label(), entry.type(), retained, "gone".equals(status) ? null : status, warning));
        }
        return items;
    }

    StackDeployer.Result destroy(String stackName) {
        DeployState state = deployer.state();
        DeployReporter reporter = deployer.reporter();
        Map<String, DeployState.Entry> entries = state.resources(stackName);
        Map<String, Integer> actions = new HashMap<>();
        List<String> failures = new ArrayList<>();
        for (String id : deleteOrder(entries)) {
            DeployState.Entry entry = entries.get(id);
            if ("Retain".equals(entry.deletionPolicy())) {
                reporter.line(entry.label(), "retained at Meta (DeletionPolicy: Retain), forgotten by the runner");
                state.put(stackName, id, null);
                actions.merge("RETAIN", 1, Integer::sum);
            } else if (deployer.delete(id, entry)) {
                state.put(stackName, id, null);
                actions.merge("DELETE", 1, Integer::sum);
            } else {
                failures.add(entry.label() + " (" + id + "): delete failed");
            }
        }
        return new StackDeployer.Result(failures.isEmpty(), List.of(), Map.of(), failures, actions);
    }

    /**
     * Dependents before what they depend on: by the references the state recorded, and templates
     * before media in any case (a template's header may hold a media handle; media never refer to
     * templates), so states written before references were recorded are deleted in the right order too.
     */
    static List<String> deleteOrder(Map<String, DeployState.Entry> entries) {
        List<String> order = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(entries.keySet());
        int guard = 0;
        while (!todo.isEmpty() && guard++ < 10_000) {
            String id = todo.poll();
            boolean media = entries.get(id).type().equals(ResourceType.TEMPLATE_MEDIA.typeName());
            boolean blocked = entries.entrySet().stream().anyMatch(e -> !placed.contains(e.getKey()) && !e.getKey().equals(id)
                && (e.getValue().dependsOn().contains(id)
                    || (media && !e.getValue().type().equals(ResourceType.TEMPLATE_MEDIA.typeName()))));
            if (blocked) {
                todo.add(id);
            } else {
                order.add(id);
                placed.add(id);
            }
        }
        order.addAll(todo);
        return order;
    }
}
