package com.eumsocial.whatsapp.runner.deploy;

import com.eumsocial.whatsapp.runner.invoke.ResourceType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The part of a stack the runner deploys and its dependency graph (Ref, Fn::GetAtt, Fn::Sub,
 * DependsOn), checked for what cannot work locally before any call: a Condition, a reference to a
 * resource that is not deployed locally, a cycle.
 *
 * @param ours the resources of our three types, in declaration order
 * @param deps each one's dependencies among {@code ours}
 */
record StackGraph(Map<String, DeclaredResource> ours, Map<String, Set<String>> deps) {

    /** @throws TemplateLoadException naming every problem */
    static StackGraph of(StackTemplate stack, Consumer<String> note) {
        Map<String, DeclaredResource> ours = new LinkedHashMap<>();
        Map<String, Set<String>> deps = new LinkedHashMap<>();
        Set<String> allIds = stack.resources().keySet();
        for (DeclaredResource r : stack.resources().values()) {
            if (ResourceType.fromTypeName(r.type()).isPresent()) {
                ours.put(r.logicalId(), r);
            } else {
                note.accept(r.logicalId() + " (" + r.type() + "): not supported locally, skipped");
            }
        }
        List<String> problems = new ArrayList<>();
        for (DeclaredResource r : ours.values()) {
            if (r.condition() != null) {
                problems.add(r.logicalId() + ": Condition " + r.condition() + " is not supported locally");
            }
            Set<String> d = new LinkedHashSet<>();
            for (String ref : Intrinsics.references(r.properties(), allIds)) {
                if (ours.containsKey(ref)) {
                    d.add(ref);
                } else {
                    problems.add(r.logicalId() + ": refers to " + ref + " (" + stack.resources().get(ref).type()
                        + "), which is not deployed locally");
                }
            }
            for (String dep : r.dependsOn()) {
                if (ours.containsKey(dep)) {
                    d.add(dep);
                } else {
                    note.accept(r.logicalId() + ": DependsOn " + dep + " (" + stack.resources().get(dep).type()
                        + ") ignored: that resource is not deployed locally");
                }
            }
            deps.put(r.logicalId(), d);
        }
        cycle(deps).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            throw new TemplateLoadException(stack.source() + ": cannot deploy locally:\n  " + String.join("\n  ", problems));
        }
        return new StackGraph(ours, deps);
    }

    private static Optional<String> cycle(Map<String, Set<String>> deps) {
        Set<String> done = new HashSet<>();
        Set<String> visiting = new LinkedHashSet<>();
        for (String id : deps.keySet()) {
            Optional<String> cycle = visit(id, deps, done, visiting);
            if (cycle.isPresent()) {
                return cycle;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> visit(String id, Map<String, Set<String>> deps, Set<String> done, Set<String> visiting) {
        if (done.contains(id)) {
            return Optional.empty();
        }
        if (!visiting.add(id)) {
            return Optional.of("circular dependency: " + String.join(" -> ", visiting) + " -> " + id);
        }
        for (String d : deps.getOrDefault(id, Set.of())) {
            Optional<String> cycle = visit(d, deps, done, visiting);
            if (cycle.isPresent()) {
                return cycle;
            }
        }
        visiting.remove(id);
        done.add(id);
        return Optional.empty();
    }
}
