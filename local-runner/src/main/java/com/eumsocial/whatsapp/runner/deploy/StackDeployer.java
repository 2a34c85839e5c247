package com.eumsocial.whatsapp.runner.deploy;

import com.eumsocial.whatsapp.definition.CanonicalForm;
import com.eumsocial.whatsapp.definition.Category;
import com.eumsocial.whatsapp.runner.invoke.HandlerInvoker;
import com.eumsocial.whatsapp.runner.invoke.ProgressEventJson;
import com.eumsocial.whatsapp.runner.invoke.ProgressListener;
import com.eumsocial.whatsapp.runner.invoke.ResourceType;
import com.eumsocial.whatsapp.runner.invoke.TypeSchema;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import software.amazon.cloudformation.Action;

/**
 * Deploys one {@link StackTemplate} the way CloudFormation does, with the resource types' real
 * handlers: resources in dependency order (Ref, Fn::GetAtt, Fn::Sub, DependsOn), independent ones
 * in parallel on a bounded pool; a resource whose properties did not change is left alone, an
 * updatable change is an UPDATE, a createOnly change a replacement (new first, the old one deleted
 * in the clean-up after every resource succeeded). Resources gone from the template are deleted in
 * the clean-up. On the first failure no new operation starts; when the running ones finish, the
 * run is rolled back: what it created is deleted, what it updated is updated back to its previous
 * properties. DeletionPolicy / UpdateReplacePolicy {@code Retain} keep the resource at Meta. A
 * create that fails after an IN_PROGRESS event carried the primary identifier has made something at
 * Meta: like CloudFormation, the rollback deletes that physical resource too, and when the delete
 * fails it stays in the state (key with {@link #FAILED_CREATE}) for the next deploy or destroy.
 */
public final class StackDeployer {
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * State key suffix of a resource a failed create left at Meta (its IN_PROGRESS events carried
     * the primary identifier): {@code <logicalId>#failed-create-<primary identifier>}. Rollback
     * deletes it; when that fails it stays in the state and the next deploy or destroy deletes it.
     */
    static final String FAILED_CREATE = "#failed-create-";

    private final Function<ResourceType, HandlerInvoker> invokers;
    private final DeployState state;
    private final DeployReporter reporter;
    private final MediaPublisher media;
    private final int parallelism;

    /**
     * @param media null when assets cannot be published (a real account: CDK publishes them to S3)
     */
    public StackDeployer(Function<ResourceType, HandlerInvoker> invokers, DeployState state, DeployReporter reporter,
                         MediaPublisher media, int parallelism) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1, got " + parallelism);
        }
        this.invokers = invokers;
        this.state = state;
        this.reporter = reporter;
        this.media = media;
        this.parallelism = parallelism;
    }

    /** What a run did. */
    public record Result(boolean success, List<DeployReporter.Row> rows, Map<String, JsonNode> outputs, List<String> failures,
                         Map<String, Integer> actions) {
        public int count(String action) {
            return actions.getOrDefault(action, 0);
        }

        /** True when nothing was created, updated, replaced or deleted. */
        public boolean unchanged() {
            return actions.keySet().stream().allMatch(a -> a.equals("NO_CHANGE") || a.equals("RETAINED_UNCHANGED"));
        }
    }

    private record Change(String id, String kind, DeployState.Entry before, DeployState.Entry after) {
    }

    /** Per-run bookkeeping shared by the worker threads. */
    private final class Run {
        final StackTemplate stack;
        final Map<String, DeclaredResource> ours = new LinkedHashMap<>();
        final Map<String, Set<String>> deps = new LinkedHashMap<>();
        final Map<String, ObjectNode> live = new ConcurrentHashMap<>();
        final List<Change> changes = Collections.synchronizedList(new ArrayList<>());
        final List<Change> replacedOld = Collections.synchronizedList(new ArrayList<>());
        final Map<String, DeployReporter.Row> rows = new ConcurrentHashMap<>();
        final Map<String, Integer> actions = new ConcurrentHashMap<>();
        final List<String> failures = Collections.synchronizedList(new ArrayList<>());
        final Map<String, AssetLookup> assets = new HashMap<>();

        Run(StackTemplate stack) {
            this.stack = stack;
        }

        void count(String action) {
            actions.merge(action, 1, Integer::sum);
        }
    }

    private record AssetLookup(StackTemplate.AssetFile file) {
    }

    // ------------------------------------------------------------------ deploy

    public Result deploy(StackTemplate stack) {
        Run run = new Run(stack);
        stack.notes().forEach(reporter::note);
        plan(run);
        state.resources(stack.stackName()).forEach((id, entry) -> {
            if (entry.model() != null && ours(run, id) && entry.type().equals(run.ours.get(id).type())) {
                run.live.put(id, entry.model());
            }
        });
        deleteFailedCreates(stack.stackName());
        Scope scope = new Scope(run);
        resolveAssets(run, scope);
        execute(run, scope);
        if (!run.failures.isEmpty()) {
            rollback(run);
            reporter.plain("Deployment of " + stack.stackName() + " FAILED and was rolled back:");
            run.failures.forEach(f -> reporter.plain("  " + f));
            return new Result(false, rows(run), Map.of(), List.copyOf(run.failures), Map.copyOf(run.actions));
        }
        cleanUp(run);
        Map<String, JsonNode> outputs = outputs(run, scope);
        return new Result(true, rows(run), outputs, List.of(), Map.copyOf(run.actions));
    }

    private static boolean ours(Run run, String id) {
        return run.ours.containsKey(id);
    }

    /** Sorts out what runs locally, the dependencies, and everything that cannot work before any call. */
    private void plan(Run run) {
        StackTemplate stack = run.stack;
        Set<String> allIds = stack.resources().keySet();
        for (DeclaredResource r : stack.resources().values()) {
            if (ResourceType.fromTypeName(r.type()).isPresent()) {
                run.ours.put(r.logicalId(), r);
            } else {
                reporter.note(r.logicalId() + " (" + r.type() + "): not supported locally, skipped");
            }
        }
        List<String> problems = new ArrayList<>();
        for (DeclaredResource r : run.ours.values()) {
            if (r.condition() != null) {
                problems.add(r.logicalId() + ": Condition " + r.condition() + " is not supported locally");
            }
            Set<String> d = new LinkedHashSet<>();
            for (String ref : Intrinsics.references(r.properties(), allIds)) {
                if (run.ours.containsKey(ref)) {
                    d.add(ref);
                } else {
                    problems.add(r.logicalId() + ": refers to " + ref + " (" + stack.resources().get(ref).type()
                        + "), which is not deployed locally");
                }
            }
            for (String dep : r.dependsOn()) {
                if (run.ours.containsKey(dep)) {
                    d.add(dep);
                } else {
                    reporter.note(r.logicalId() + ": DependsOn " + dep + " (" + stack.resources().get(dep).type()
                        + ") ignored: that resource is not deployed locally");
                }
            }
            run.deps.put(r.logicalId(), d);
        }
        cycleCheck(run.deps).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            throw new TemplateLoadException(stack.source() + ": cannot deploy locally:\n  " + String.join("\n  ", problems));
        }
    }

    private static Optional<String> cycleCheck(Map<String, Set<String>> deps) {
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

    private void resolveAssets(Run run, Scope scope) {
        for (StackTemplate.AssetFile asset : run.stack.assets().values()) {
            try {
                String bucket = Intrinsics.resolve(JSON.createObjectNode().put("Fn::Sub", asset.bucketName()), scope).asText();
                String key = Intrinsics.resolve(JSON.createObjectNode().put("Fn::Sub", asset.objectKey()), scope).asText();
                run.assets.put(bucket + "/" + key, new AssetLookup(asset));
            } catch (Intrinsics.Unresolvable e) {
                reporter.note("asset " + asset.file().getFileName() + ": " + e.getMessage());
            }
        }
    }

    private void execute(Run run, Scope scope) {
        Set<String> pending = new LinkedHashSet<>(run.ours.keySet());
        Set<String> done = new HashSet<>();
        ExecutorService pool = Executors.newFixedThreadPool(parallelism, r -> {
            Thread t = new Thread(r, "local-runner-deploy");
            t.setDaemon(true);
            return t;
        });
        ExecutorCompletionService<String> completions = new ExecutorCompletionService<>(pool);
        Map<Future<String>, String> running = new HashMap<>();
        try {
            while (!pending.isEmpty() || !running.isEmpty()) {
                if (run.failures.isEmpty()) {
                    for (String id : new ArrayList<>(pending)) {
                        if (done.containsAll(run.deps.get(id))) {
                            pending.remove(id);
                            running.put(completions.submit(() -> {
                                apply(run, scope, run.ours.get(id));
                                return id;
                            }), id);
                        }
                    }
                } else {
                    pending.forEach(id -> reporter.line(run.ours.get(id).label(), "not started (an earlier resource failed)"));
                    pending.clear();
                }
                if (running.isEmpty()) {
                    if (!pending.isEmpty()) {
                        throw new IllegalStateException("no resource can start: " + pending);
                    }
                    break;
                }
                Future<String> finished = completions.take();
                String id = running.remove(finished);
                try {
                    finished.get();
                    done.add(id);
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    String message = cause instanceof ResourceFailure f ? f.getMessage()
                        : run.ours.get(id).label() + " (" + id + "): " + cause;
                    run.failures.add(message);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            run.failures.add("interrupted");
        } finally {
            pool.shutdownNow();
        }
    }

    /** A resource operation failed; the message names the resource and carries the handler's reason. */
    static final class ResourceFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ResourceFailure(String message) {
            super(message);
        }
    }

    private void apply(Run run, Scope scope, DeclaredResource r) {
        ResourceType type = ResourceType.fromTypeName(r.type()).orElseThrow();
        ObjectNode desired;
        try {
            desired = (ObjectNode) Intrinsics.resolve(r.properties(), scope);
        } catch (Intrinsics.Unresolvable e) {
            throw new ResourceFailure(r.label() + " (" + r.logicalId() + "): " + e.getMessage());
        }
        String label = r.type().equals(ResourceType.TEMPLATE_MEDIA.typeName()) ? mediaLabel(r, desired) : r.label();
        DeployState.Entry before = state.get(run.stack.stackName(), r.logicalId());
        if (before != null && !before.type().equals(r.type())) {
            before = null;   // a different type under the same id: CloudFormation replaces it
        }
        TypeSchema schema = type.schema();
        if (before == null) {
            if (type == ResourceType.TEMPLATE_MEDIA) {
                publishAsset(run, label, desired);
            }
            if (adopt(run, r, type, desired, label)) {
                return;
            }
            ObjectNode model = operate(run, r, type, label, Action.CREATE, desired, null, "CREATE");
            record(run, r, desired, model, label, "CREATE", null);
            return;
        }
        Set<String> changed = changedProperties(type, before.properties(), desired);
        if (changed.isEmpty()) {
            run.live.put(r.logicalId(), before.model());
            run.count("NO_CHANGE");
            run.rows.put(r.logicalId(), row(type, label, before.model(), "no change", null));
            if (!before.properties().equals(desired)) {
                state.put(run.stack.stackName(), r.logicalId(), entry(r, desired, before.model(), label));
            }
            return;
        }
        Set<String> createOnlyChanged = new TreeSet<>(changed);
        createOnlyChanged.retainAll(schema.createOnly());
        if (!createOnlyChanged.isEmpty() || !schema.updatable()) {
            replace(run, r, type, label, before, desired, createOnlyChanged.isEmpty() ? changed : createOnlyChanged);
            return;
        }
        reporter.line(label, "UPDATE (" + String.join(", ", changed) + " changed)");
        // CloudFormation puts the primary identifier of the live resource into both models of an update.
        ObjectNode model = operate(run, r, type, label, Action.UPDATE, withIds(desired, before.model(), type),
            withIds(before.properties(), before.model(), type), "UPDATE");
        record(run, r, desired, model, label, "UPDATE", before);
    }

    private void replace(Run run, DeclaredResource r, ResourceType type, String label, DeployState.Entry before, ObjectNode desired,
                         Set<String> why) {
        if (type != ResourceType.TEMPLATE_MEDIA && sameIdentity(before.properties(), desired)) {
            throw new ResourceFailure(label + " (" + r.logicalId() + "): changing " + String.join(", ", why)
                + " requires a replacement, but the new template would have the same WabaId, TemplateName and Language as the"
                + " old one, and Meta allows only one template per name and language (CloudFormation would fail the same way,"
                + " AlreadyExists). Give the template a new name, or remove it, deploy, and add it back.");
        }
        reporter.line(label, "REPLACE (" + String.join(", ", why) + " cannot be updated): creating the new one first");
        if (type == ResourceType.TEMPLATE_MEDIA) {
            publishAsset(run, label, desired);
        }
        ObjectNode model = operate(run, r, type, label, Action.CREATE, desired, null, "CREATE");
        record(run, r, desired, model, label, "REPLACE", before);
        run.replacedOld.add(new Change(r.logicalId(), "REPLACE", before, null));
    }

    private static boolean sameIdentity(JsonNode a, JsonNode b) {
        for (String key : List.of("WabaId", "TemplateName", "Language")) {
            if (!Objects.equals(a.get(key), b.get(key))) {
                return false;
            }
        }
        return true;
    }

    /** Names of the properties that differ (Components compared in Meta's canonical form). */
    static Set<String> changedProperties(ResourceType type, ObjectNode before, ObjectNode after) {
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

    private void publishAsset(Run run, String label, ObjectNode desired) {
        String location = desired.path("SourceS3Bucket").asText() + "/" + desired.path("SourceS3Key").asText();
        AssetLookup asset = run.assets.get(location);
        if (asset == null) {
            reporter.line(label, "s3://" + location + " is not a local asset of this template; it must already exist");
        } else if (media == null) {
            reporter.line(label, "asset " + asset.file().file().getFileName() + " is not uploaded by the runner: publish it to s3://"
                + location + " first (cdk deploy / cdk-assets do)");
        } else {
            media.publish(desired.path("SourceS3Bucket").asText(), desired.path("SourceS3Key").asText(), asset.file().file());
        }
    }

    /**
     * A template that exists at Meta but not in this stack's state is taken over instead of
     * created (CloudFormation would fail with AlreadyExists; this is the local {@code cdk import}):
     * unchanged when its definition matches, updated when only updatable properties differ.
     */
    private boolean adopt(Run run, DeclaredResource r, ResourceType type, ObjectNode desired, String label) {
        if (type == ResourceType.TEMPLATE_MEDIA) {
            return false;
        }
        Optional<ObjectNode> existing = findExisting(desired);
        if (existing.isEmpty()) {
            return false;
        }
        ObjectNode readModel = existing.get();
        JsonNode id = readModel.get("MetaTemplateId");
        ObjectNode current = desired.deepCopy();
        if (type == ResourceType.LIBRARY_TEMPLATE) {
            ObjectNode read = read(type, desired, id);
            if (!Objects.equals(read.path("LibraryTemplateName").asText(null), desired.path("LibraryTemplateName").asText(null))) {
                throw new ResourceFailure(label + " (" + r.logicalId() + "): a template " + label + " (MetaTemplateId " + id.asText()
                    + ") already exists at Meta but was not made from library template " + desired.path("LibraryTemplateName").asText()
                    + "; delete it or choose another name");
            }
            adopted(run, r, desired, read, label, "adopted (already at Meta)");
            return true;
        }
        ObjectNode read = read(type, desired, id);
        current.set("Category", read.get("Category"));
        current.set("Components", read.get("Components"));
        if (read.has("ParameterFormat") && !read.path("ParameterFormat").asText().equalsIgnoreCase(desired.path("ParameterFormat")
            .asText("POSITIONAL"))) {
            throw new ResourceFailure(label + " (" + r.logicalId() + "): a template " + label + " (MetaTemplateId " + id.asText()
                + ") already exists at Meta with ParameterFormat " + read.path("ParameterFormat").asText()
                + ", which cannot be changed; delete it or choose another name");
        }
        Set<String> changed = changedProperties(type, current, desired);
        changed.retainAll(Set.of("Category", "Components"));
        if (changed.isEmpty()) {
            adopted(run, r, desired, read, label, "adopted (already at Meta, same definition): no change");
            return true;
        }
        reporter.line(label, "adopting MetaTemplateId " + id.asText() + " (already at Meta) and updating " + String.join(", ", changed));
        ObjectNode previous = current.deepCopy();
        previous.set("MetaTemplateId", id);
        ObjectNode model = operate(run, r, type, label, Action.UPDATE, withId(desired, id), previous, "UPDATE");
        record(run, r, desired, model, label, "ADOPT_UPDATE", null);
        return true;
    }

    private static ObjectNode withId(ObjectNode desired, JsonNode id) {
        ObjectNode out = desired.deepCopy();
        out.set("MetaTemplateId", id);
        return out;
    }

    private void adopted(Run run, DeclaredResource r, ObjectNode desired, ObjectNode model, String label, String message) {
        reporter.line(label, message + ", MetaTemplateId " + model.path("MetaTemplateId").asText());
        run.live.put(r.logicalId(), model);
        state.put(run.stack.stackName(), r.logicalId(), entry(r, desired, model, label));
        run.changes.add(new Change(r.logicalId(), "ADOPT", null, null));
        run.count("ADOPT");
        run.rows.put(r.logicalId(), row(ResourceType.fromTypeName(r.type()).orElseThrow(), label, model, "adopted", null));
    }

    private final Map<String, List<ObjectNode>> listed = new ConcurrentHashMap<>();

    private Optional<ObjectNode> findExisting(ObjectNode desired) {
        String waba = desired.path("WabaId").asText();
        List<ObjectNode> all = listed.computeIfAbsent(waba, this::listTemplates);
        return all.stream()
            .filter(m -> m.path("TemplateName").asText().equals(desired.path("TemplateName").asText())
                && m.path("Language").asText().equals(desired.path("Language").asText()))
            .findFirst();
    }

    private List<ObjectNode> listTemplates(String waba) {
        HandlerInvoker invoker = invokers.apply(ResourceType.MESSAGE_TEMPLATE);
        List<ObjectNode> out = new ArrayList<>();
        String token = null;
        do {
            ProgressEventJson page = invoker.invokeOnce(invoker.request(Action.LIST)
                .desired(JSON.createObjectNode().put("WabaId", waba)).nextToken(token).logicalResourceId("List").build());
            if (!page.isSuccess()) {
                throw new ResourceFailure("listing the templates of " + waba + " failed: " + page.errorCode().orElse("")
                    + " " + page.message().orElse(""));
            }
            out.addAll(page.resourceModels());
            token = page.nextToken().orElse(null);
        } while (token != null);
        return out;
    }

    private ObjectNode read(ResourceType type, ObjectNode desired, JsonNode id) {
        HandlerInvoker invoker = invokers.apply(type);
        ObjectNode key = JSON.createObjectNode();
        key.set("WabaId", desired.get("WabaId"));
        key.set("MetaTemplateId", id);
        ProgressEventJson event = invoker.invokeOnce(invoker.request(Action.READ).desired(key).logicalResourceId("Read").build());
        if (!event.isSuccess() || event.resourceModel() == null) {
            throw new ResourceFailure("reading MetaTemplateId " + id.asText() + " failed: " + event.errorCode().orElse("") + " "
                + event.message().orElse(""));
        }
        return event.resourceModel();
    }

    /** Runs one operation with progress lines; returns the final model or throws ResourceFailure with the handler's reason. */
    private ObjectNode operate(Run run, DeclaredResource r, ResourceType type, String label, Action action, ObjectNode desired,
                               ObjectNode previous, String verb) {
        HandlerInvoker invoker = invokers.apply(type);
        Instant started = reporter.clock().instant();
        String[] lastReview = {null};
        // The last IN_PROGRESS model that names the physical resource: what a failed create leaves at Meta.
        ObjectNode[] made = {null};
        ProgressListener listener = new ProgressListener() {
            @Override
            public void onEvent(com.eumsocial.whatsapp.runner.invoke.CloudFormationRequest request, ProgressEventJson event, int n) {
                ObjectNode model = event.resourceModel();
                if (event.isInProgress() && model != null && hasPrimaryIdentifier(type, model)) {
                    made[0] = model;
                }
                String review = model == null ? null : model.path("Status").asText(null);
                if (n == 1 && event.isInProgress()) {
                    reporter.line(label, verb + "_IN_PROGRESS");
                }
                if (event.isInProgress() && n > 1) {
                    // The handlers' IN_PROGRESS models carry no Status while Meta reviews; say what is known.
                    String shown = review == null ? "PENDING" : review;
                    String elapsed = DeployReporter.seconds(Duration.between(started, reporter.clock().instant()));
                    if (!shown.equals(lastReview[0])) {
                        reporter.line(label, "Meta review: " + shown + " (" + elapsed + ", next check in " + event.callbackDelaySeconds()
                            + " s)");
                        lastReview[0] = shown;
                    }
                }
            }

            @Override
            public void onRetry(com.eumsocial.whatsapp.runner.invoke.CloudFormationRequest request, ProgressEventJson failed,
                                int attempt, int maxAttempts, Duration delay) {
                reporter.line(label, retryLine(verb, failed, attempt, maxAttempts, delay));
            }
        };
        ProgressEventJson event = invoker.run(invoker.request(action).desired(desired).previous(previous)
            .logicalResourceId(r.logicalId()).build(), listener);
        Duration took = Duration.between(started, reporter.clock().instant());
        if (!event.isSuccess()) {
            String reason = event.errorCode().orElse("?") + ": " + event.message().orElse("(no message)");
            reporter.line(label, verb + "_FAILED " + reason);
            run.rows.put(r.logicalId(), row(type, label, made[0] != null ? made[0] : desired, verb + "_FAILED", took));
            if (action == Action.CREATE && made[0] != null) {
                rememberFailedCreate(run, r, type, label, desired, made[0]);
            }
            throw new ResourceFailure(label + " (" + r.logicalId() + ") " + verb + "_FAILED: " + reason);
        }
        ObjectNode model = event.resourceModel() == null ? desired : event.resourceModel();
        reporter.line(label, verb + "_COMPLETE" + describe(model) + " in " + DeployReporter.seconds(took));
        run.rows.put(r.logicalId(), row(type, label, model, verb.toLowerCase(Locale.ROOT), took));
        return model;
    }

    private static String describe(ObjectNode model) {
        StringBuilder out = new StringBuilder();
        if (model.hasNonNull("Status")) {
            out.append(' ').append(model.get("Status").asText());
        }
        if (model.hasNonNull("MetaTemplateId")) {
            out.append(" (MetaTemplateId ").append(model.get("MetaTemplateId").asText()).append(')');
        }
        if (model.hasNonNull("MetaHeaderHandle")) {
            out.append(" (handle ").append(abbreviate(model.get("MetaHeaderHandle").asText())).append(')');
        }
        return out.toString();
    }

    static String retryLine(String verb, ProgressEventJson failed, int attempt, int maxAttempts, Duration delay) {
        return verb + " attempt " + (attempt + 1) + " of " + (maxAttempts + 1) + " in " + delay.toSeconds() + " s (retriable "
            + failed.errorCode().orElse("?") + ": " + failed.message().orElse("(no message)") + ")";
    }

    private static boolean hasPrimaryIdentifier(ResourceType type, ObjectNode model) {
        return type.schema().primaryIdentifier().stream().allMatch(id -> model.hasNonNull(id) && !model.get(id).asText().isEmpty());
    }

    private static String physicalId(ResourceType type, ObjectNode model) {
        List<String> parts = new ArrayList<>();
        for (String id : type.schema().primaryIdentifier()) {
            parts.add(model.path(id).asText());
        }
        return String.join("|", parts);
    }

    /** "MetaTemplateId 123" for templates, the primary identifier values otherwise (for progress lines). */
    private static String physicalLabel(ResourceType type, ObjectNode model) {
        return model.hasNonNull("MetaTemplateId") ? "MetaTemplateId " + model.get("MetaTemplateId").asText() : physicalId(type, model);
    }

    /**
     * Records what a failed create left at Meta, in the state at once (an interrupted run still
     * knows it) and as a change the rollback deletes.
     */
    private void rememberFailedCreate(Run run, DeclaredResource r, ResourceType type, String label, ObjectNode desired,
                                      ObjectNode made) {
        String key = r.logicalId() + FAILED_CREATE + physicalId(type, made);
        DeployState.Entry orphan = new DeployState.Entry(r.type(), desired, made, "Delete", new LinkedHashSet<>(), label);
        state.put(run.stack.stackName(), key, orphan);
        run.changes.add(new Change(key, "FAILED_CREATE", null, orphan));
    }

    static boolean isFailedCreate(String stateKey) {
        return stateKey.contains(FAILED_CREATE);
    }

    /** Deletes what earlier failed creates left at Meta and their rollback could not delete. */
    private void deleteFailedCreates(String stackName) {
        state.resources(stackName).forEach((key, entry) -> {
            if (!isFailedCreate(key)) {
                return;
            }
            ResourceType type = ResourceType.fromTypeName(entry.type()).orElseThrow();
            reporter.line(entry.label(), "deleting " + physicalLabel(type, entry.model())
                + ", left at Meta by an earlier failed create (state " + key + ")");
            if (delete(stackName, key, entry)) {
                state.put(stackName, key, null);
            } else {
                reporter.line(entry.label(), "still in the state as a failed resource (" + key + "); the next deploy or destroy"
                    + " tries again");
            }
        });
    }

    private static String abbreviate(String text) {
        return text.length() <= 24 ? text : text.substring(0, 21) + "...";
    }

    private void record(Run run, DeclaredResource r, ObjectNode desired, ObjectNode model, String label, String kind,
                        DeployState.Entry before) {
        DeployState.Entry after = entry(r, desired, model, label);
        run.live.put(r.logicalId(), model);
        state.put(run.stack.stackName(), r.logicalId(), after);
        run.changes.add(new Change(r.logicalId(), kind, before, after));
        run.count(kind);
    }

    private DeployState.Entry entry(DeclaredResource r, ObjectNode desired, ObjectNode model, String label) {
        return new DeployState.Entry(r.type(), desired, model, r.deletionPolicy(), run(r), label);
    }

    private static Set<String> run(DeclaredResource r) {
        return new LinkedHashSet<>(r.dependsOn());
    }

    // ------------------------------------------------------------------ rollback and clean-up

    private void rollback(Run run) {
        List<Change> changes = new ArrayList<>(run.changes);
        Collections.reverse(changes);
        for (Change c : changes) {
            DeployState.Entry after = c.after();
            switch (c.kind()) {
                case "CREATE", "REPLACE", "ADOPT_UPDATE" -> {
                    if (c.kind().equals("ADOPT_UPDATE")) {
                        reporter.line(after.label(), "ROLLBACK: leaving the adopted template as updated (it existed before this run)");
                        state.put(run.stack.stackName(), c.id(), null);
                        break;
                    }
                    reporter.line(after.label(), "ROLLBACK: deleting what this run created");
                    if (delete(run.stack.stackName(), c.id(), after)) {
                        state.put(run.stack.stackName(), c.id(), c.before());
                        rolledBack(run, c.id(), after, "DELETED", "rolled back (deleted)");
                    }
                }
                case "UPDATE" -> {
                    reporter.line(after.label(), "ROLLBACK: updating back to the previous properties");
                    ResourceType type = ResourceType.fromTypeName(after.type()).orElseThrow();
                    HandlerInvoker invoker = invokers.apply(type);
                    ProgressEventJson event = invoker.run(invoker.request(Action.UPDATE).desired(withIds(c.before().properties(),
                        after.model(), type)).previous(withIds(after.properties(), after.model(), type)).logicalResourceId(c.id()).rollback(true).build(),
                        ProgressListener.NONE);
                    if (event.isSuccess()) {
                        state.put(run.stack.stackName(), c.id(), c.before());
                        reporter.line(after.label(), "ROLLBACK_COMPLETE");
                        rolledBack(run, c.id(), after, after.model().path("Status").asText("-"), "rolled back (previous properties)");
                    } else {
                        reporter.line(after.label(), "ROLLBACK_FAILED " + event.errorCode().orElse("") + ": " + event.message().orElse(""));
                    }
                }
                case "ADOPT" -> state.put(run.stack.stackName(), c.id(), null);
                case "FAILED_CREATE" -> {
                    ResourceType type = ResourceType.fromTypeName(after.type()).orElseThrow();
                    String physical = physicalLabel(type, after.model());
                    reporter.line(after.label(), "ROLLBACK: deleting " + physical + ", which the failed create left at Meta");
                    String logicalId = c.id().substring(0, c.id().indexOf(FAILED_CREATE));
                    DeployReporter.Row failedRow = run.rows.get(logicalId);
                    if (delete(run.stack.stackName(), c.id(), after)) {
                        state.put(run.stack.stackName(), c.id(), null);
                        if (failedRow != null) {
                            run.rows.put(logicalId, new DeployReporter.Row(failedRow.name(), failedRow.language(), failedRow.category(),
                                "DELETED", failedRow.metaTemplateId(), failedRow.action() + ", rolled back (deleted)", failedRow.duration()));
                        }
                    } else {
                        reporter.line(after.label(), "ROLLBACK_FAILED: " + physical + " is still at Meta; it stays in the state as a"
                            + " failed resource (" + c.id() + ") and the next deploy or destroy deletes it");
                        run.failures.add(after.label() + " (" + logicalId + "): " + physical + " left at Meta by the failed create"
                            + " could not be deleted; the next deploy or destroy deletes it");
                    }
                }
                default -> throw new IllegalStateException(c.kind());
            }
        }
    }

    private static void rolledBack(Run run, String id, DeployState.Entry entry, String status, String action) {
        ResourceType type = ResourceType.fromTypeName(entry.type()).orElseThrow();
        DeployReporter.Row row = row(type, entry.label(), entry.model(), action, null);
        run.rows.put(id, new DeployReporter.Row(row.name(), row.language(), row.category(), status, row.metaTemplateId(), action,
            null));
    }

    /** Desired properties plus the primary identifier values of the live resource (what an update needs). */
    private static ObjectNode withIds(ObjectNode properties, ObjectNode model, ResourceType type) {
        ObjectNode out = properties.deepCopy();
        for (String id : type.schema().primaryIdentifier()) {
            if (model != null && model.has(id) && !out.has(id)) {
                out.set(id, model.get(id));
            }
        }
        return out;
    }

    /** Deletes (or retains) a resource; true when it is gone from the stack. */
    private boolean delete(String stackName, String id, DeployState.Entry entry) {
        ResourceType type = ResourceType.fromTypeName(entry.type()).orElseThrow();
        HandlerInvoker invoker = invokers.apply(type);
        Instant started = reporter.clock().instant();
        ProgressEventJson event = invoker.run(invoker.request(Action.DELETE).desired(entry.model()).logicalResourceId(id).build(),
            retriesShown(entry.label(), "DELETE"));
        if (event.isSuccess() || event.errorCode().filter("NotFound"::equals).isPresent()) {
            reporter.line(entry.label(), "DELETE_COMPLETE" + (event.isSuccess() ? "" : " (it was already gone)") + " in "
                + DeployReporter.seconds(Duration.between(started, reporter.clock().instant())));
            return true;
        }
        reporter.line(entry.label(), "DELETE_FAILED " + event.errorCode().orElse("") + ": " + event.message().orElse(""));
        return false;
    }

    /** A listener that prints only the retries (operations whose other events need no progress lines). */
    private ProgressListener retriesShown(String label, String verb) {
        return new ProgressListener() {
            @Override
            public void onEvent(com.eumsocial.whatsapp.runner.invoke.CloudFormationRequest request, ProgressEventJson event, int n) {
            }

            @Override
            public void onRetry(com.eumsocial.whatsapp.runner.invoke.CloudFormationRequest request, ProgressEventJson failed,
                                int attempt, int maxAttempts, Duration delay) {
                reporter.line(label, retryLine(verb, failed, attempt, maxAttempts, delay));
            }
        };
    }

    private void cleanUp(Run run) {
        String stackName = run.stack.stackName();
        for (Change old : run.replacedOld) {
            DeployState.Entry before = old.before();
            DeclaredResource r = run.ours.get(old.id());
            if (r.retainOnReplace()) {
                reporter.line(before.label(), "old resource retained at Meta (UpdateReplacePolicy: Retain)");
            } else {
                reporter.line(before.label(), "deleting the replaced resource" + describe(before.model()));
                delete(stackName, old.id(), before);
            }
        }
        Map<String, DeployState.Entry> removed = new LinkedHashMap<>();
        state.resources(stackName).forEach((id, entry) -> {
            if (!run.ours.containsKey(id) && !isFailedCreate(id)) {
                removed.put(id, entry);
            }
        });
        for (String id : deleteOrder(removed)) {
            DeployState.Entry entry = removed.get(id);
            if ("Retain".equals(entry.deletionPolicy())) {
                reporter.line(entry.label(), "removed from the stack, retained at Meta (DeletionPolicy: Retain)");
                state.put(stackName, id, null);
                run.count("RETAIN");
            } else {
                reporter.line(entry.label(), "DELETE_IN_PROGRESS (removed from the template)");
                if (delete(stackName, id, entry)) {
                    state.put(stackName, id, null);
                    run.count("DELETE");
                } else {
                    run.count("DELETE_FAILED");
                }
            }
        }
    }

    /** Dependents before what they depend on. */
    static List<String> deleteOrder(Map<String, DeployState.Entry> entries) {
        List<String> order = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(entries.keySet());
        int guard = 0;
        while (!todo.isEmpty() && guard++ < 10_000) {
            String id = todo.poll();
            boolean blocked = entries.entrySet().stream().anyMatch(e -> !placed.contains(e.getKey()) && !e.getKey().equals(id)
                && e.getValue().dependsOn().contains(id));
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

    // ------------------------------------------------------------------ destroy

    /** Deletes every resource of the stack's state (dependents first); Retain keeps them at Meta. */
    public Result destroy(String stackName) {
        Map<String, DeployState.Entry> entries = state.resources(stackName);
        Map<String, Integer> actions = new HashMap<>();
        List<String> failures = new ArrayList<>();
        for (String id : deleteOrder(entries)) {
            DeployState.Entry entry = entries.get(id);
            if ("Retain".equals(entry.deletionPolicy())) {
                reporter.line(entry.label(), "retained at Meta (DeletionPolicy: Retain), forgotten by the runner");
                state.put(stackName, id, null);
                actions.merge("RETAIN", 1, Integer::sum);
            } else if (delete(stackName, id, entry)) {
                state.put(stackName, id, null);
                actions.merge("DELETE", 1, Integer::sum);
            } else {
                failures.add(entry.label() + " (" + id + "): delete failed");
            }
        }
        return new Result(failures.isEmpty(), List.of(), Map.of(), failures, actions);
    }

    // ------------------------------------------------------------------ outputs and table

    private Map<String, JsonNode> outputs(Run run, Scope scope) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        Map<String, String> skipped = new LinkedHashMap<>();
        run.stack.outputs().fields().forEachRemaining(e -> {
            try {
                values.put(e.getKey(), Intrinsics.resolve(e.getValue().path("Value"), scope));
            } catch (Intrinsics.Unresolvable ex) {
                skipped.put(e.getKey(), ex.getMessage());
            }
        });
        reporter.outputs(values, skipped);
        return values;
    }

    private List<DeployReporter.Row> rows(Run run) {
        List<DeployReporter.Row> rows = new ArrayList<>();
        for (String id : run.ours.keySet()) {
            DeployReporter.Row row = run.rows.get(id);
            if (row != null) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static DeployReporter.Row row(ResourceType type, String label, ObjectNode model, String action, Duration took) {
        if (type == ResourceType.TEMPLATE_MEDIA) {
            return new DeployReporter.Row(label, "-", "(media)", model.hasNonNull("MetaHeaderHandle") ? "UPLOADED" : "-",
                model.hasNonNull("MetaHeaderHandle") ? abbreviate(model.get("MetaHeaderHandle").asText()) : "-", action, took);
        }
        return new DeployReporter.Row(model.path("TemplateName").asText("-"), model.path("Language").asText("-"),
            model.path("Category").asText("-"), model.path("Status").asText("-"), model.path("MetaTemplateId").asText("-"), action,
            took);
    }

    private static String mediaLabel(DeclaredResource r, ObjectNode desired) {
        return r.label().equals(r.logicalId()) ? "media " + abbreviate(desired.path("SourceS3Key").asText(r.logicalId())) : r.label();
    }

    // ------------------------------------------------------------------ references

    /** Pseudo parameters, parameter defaults and the live models of this run's resources. */
    private final class Scope implements Intrinsics.Scope {
        private final Run run;
        private final com.eumsocial.whatsapp.runner.invoke.InvocationTarget target;

        Scope(Run run) {
            this.run = run;
            this.target = invokers.apply(ResourceType.MESSAGE_TEMPLATE).target();
        }

        @Override
        public String parameter(String name) {
            switch (name) {
                case "AWS::AccountId":
                    return target.accountId();
                case "AWS::Region":
                    return target.region();
                case "AWS::Partition":
                    return target.partition();
                case "AWS::URLSuffix":
                    return target.partition().equals("aws-cn") ? "amazonaws.com.cn" : "amazonaws.com";
                case "AWS::StackName":
                    return run.stack.stackName();
                default:
                    break;
            }
            JsonNode p = run.stack.parameter(name);
            if (p != null && p.has("Default") && !p.path("Type").asText().startsWith("AWS::SSM")) {
                return p.get("Default").asText();
            }
            return null;
        }

        @Override
        public boolean isResource(String logicalId) {
            return run.stack.resources().containsKey(logicalId);
        }

        @Override
        public String ref(String logicalId) {
            ObjectNode model = model(logicalId);
            ResourceType type = ResourceType.fromTypeName(run.ours.get(logicalId).type()).orElseThrow();
            List<String> parts = new ArrayList<>();
            for (String id : type.schema().primaryIdentifier()) {
                parts.add(model.path(id).asText());
            }
            return String.join("|", parts);
        }

        @Override
        public JsonNode attribute(String logicalId, String attribute) {
            JsonNode value = model(logicalId).get(attribute);
            if (value == null || value.isNull()) {
                throw new Intrinsics.Unresolvable(logicalId + " has no attribute " + attribute);
            }
            return value;
        }

        private ObjectNode model(String logicalId) {
            if (!run.ours.containsKey(logicalId)) {
                throw new Intrinsics.Unresolvable(logicalId + " (" + run.stack.resources().get(logicalId).type()
                    + ") is not deployed locally");
            }
            ObjectNode model = run.live.get(logicalId);
            if (model == null) {
                throw new Intrinsics.Unresolvable(logicalId + " was not deployed");
            }
            return model;
        }
    }
}
