package com.eumsocial.whatsapp.runner.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What was deployed, per stack and logical id (the local stand-in for CloudFormation's stack
 * record): the resolved properties last sent, the model the handler returned (with the readOnly
 * values Ref/GetAtt need) and the policies and dependencies a later delete needs. Written to
 * {@code state.json} atomically after every completed resource operation, so an interrupted run
 * leaves a state that matches what exists. Thread-safe.
 */
public final class DeployState {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** One deployed resource. */
    public record Entry(String type, ObjectNode properties, ObjectNode model, String deletionPolicy, Set<String> dependsOn,
                        String label) {
        ObjectNode toJson() {
            ObjectNode out = JSON.createObjectNode();
            out.put("type", type);
            out.put("label", label);
            out.put("deletionPolicy", deletionPolicy);
            ArrayNode deps = out.putArray("dependsOn");
            dependsOn.forEach(deps::add);
            out.set("properties", properties);
            out.set("model", model);
            return out;
        }

        static Entry fromJson(JsonNode json) {
            Set<String> deps = new LinkedHashSet<>();
            json.path("dependsOn").forEach(d -> deps.add(d.asText()));
            return new Entry(json.path("type").asText(), (ObjectNode) json.path("properties"), (ObjectNode) json.path("model"),
                json.path("deletionPolicy").asText("Delete"), deps, json.path("label").asText());
        }
    }

    private final Path file;
    private final Map<String, Map<String, Entry>> stacks = new LinkedHashMap<>();

    private DeployState(Path file) {
        this.file = file;
    }

    /** The state in {@code file}, or an empty one when the file does not exist yet. */
    public static DeployState load(Path file) {
        DeployState state = new DeployState(file);
        if (Files.exists(file)) {
            try {
                JsonNode root = JSON.readTree(file.toFile());
                root.path("stacks").fields().forEachRemaining(stack -> {
                    Map<String, Entry> entries = new LinkedHashMap<>();
                    stack.getValue().path("resources").fields().forEachRemaining(r -> entries.put(r.getKey(), Entry.fromJson(r.getValue())));
                    state.stacks.put(stack.getKey(), entries);
                });
            } catch (IOException e) {
                throw new TemplateLoadException(file + ": the runner's state file is damaged (" + StackLoader.jsonProblem(e)
                    + "); fix or delete it (deleting forgets what was deployed)", e);
            }
        }
        return state;
    }

    public Path file() {
        return file;
    }

    public synchronized Map<String, Entry> resources(String stack) {
        return new LinkedHashMap<>(stacks.getOrDefault(stack, Map.of()));
    }

    public synchronized Entry get(String stack, String logicalId) {
        return stacks.getOrDefault(stack, Map.of()).get(logicalId);
    }

    public synchronized Set<String> stackNames() {
        return new LinkedHashSet<>(stacks.keySet());
    }

    /** Records (or with {@code entry == null} forgets) a resource and saves at once. */
    public synchronized void put(String stack, String logicalId, Entry entry) {
        Map<String, Entry> entries = stacks.computeIfAbsent(stack, s -> new LinkedHashMap<>());
        if (entry == null) {
            entries.remove(logicalId);
            if (entries.isEmpty()) {
                stacks.remove(stack);
            }
        } else {
            entries.put(logicalId, entry);
        }
        save();
    }

    private void save() {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", 1);
        ObjectNode stacksJson = root.putObject("stacks");
        stacks.forEach((name, entries) -> {
            ObjectNode resources = stacksJson.putObject(name).putObject("resources");
            entries.forEach((id, e) -> resources.set(id, e.toJson()));
        });
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            JSON.writeValue(tmp.toFile(), root);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the runner's state " + file, e);
        }
    }
}
