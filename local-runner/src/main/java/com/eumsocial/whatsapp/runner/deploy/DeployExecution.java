package com.eumsocial.whatsapp.runner.deploy;

import com.eumsocial.whatsapp.runner.deploy.StackDeployer.Applied;
import com.eumsocial.whatsapp.runner.deploy.StackDeployer.DeployRun;
import com.eumsocial.whatsapp.runner.invoke.CloudFormationRequest;
import com.eumsocial.whatsapp.runner.invoke.HandlerInvoker;
import com.eumsocial.whatsapp.runner.invoke.ProgressEventJson;
import com.eumsocial.whatsapp.runner.invoke.ProgressListener;
import com.eumsocial.whatsapp.runner.invoke.ResourceType;
import com.eumsocial.whatsapp.runner.plan.Change;
import com.eumsocial.whatsapp.runner.plan.ChangeDecider;
import com.eumsocial.whatsapp.runner.plan.ChangeKind;
import com.eumsocial.whatsapp.runner.plan.LiveResource;
import com.eumsocial.whatsapp.runner.plan.MetaReader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import software.amazon.cloudformation.Action;

/**
 * The execution phase of a deploy: applies the plan's changes in dependency order, independent
 * resources in parallel on a bounded pool; on the first failure no new operation starts, and when
 * the running ones finish the {@link Rollback} runs and {@link LiveSummary} reports what is live.
 * After success, replaced and removed resources are deleted ({@link CleanUp}) and outputs resolved.
 */
final class DeployExecution {
    private final StackDeployer deployer;
    private final DeployRun run;
    private final DeployReporter reporter;
    private final DeployState state;
    private final MetaReader reader;

    DeployExecution(StackDeployer deployer, DeployRun run) {
        this.deployer = deployer;
        this.run = run;
        this.reporter = deployer.reporter();
        this.state = deployer.state();
        this.reader = new MetaReader(deployer.invokers());
    }

    StackDeployer.Result execute() {
        deleteFailedCreates();
        resolveAssets();
        runAll();
        if (!run.failures.isEmpty()) {
            new Rollback(deployer, run).run();
            List<String> differing = new LiveSummary(deployer, run).refresh();
            reporter.plain("Deployment of " + run.stackName() + " FAILED: " + run.failures.size() + " resource(s) failed; rollback policy "
                + deployer.rollbackPolicyInForce().name().toLowerCase(Locale.ROOT) + " (the table shows what is live at Meta now).");
            if (!differing.isEmpty()) {
                reporter.plain("Live at Meta and different from the declaration: " + String.join(", ", differing));
            }
            return new StackDeployer.Result(false, rows(), Map.of(), List.copyOf(run.failures), Map.copyOf(run.actions));
        }
        new CleanUp(deployer, run).run();
        return new StackDeployer.Result(true, rows(), outputs(), List.of(), Map.copyOf(run.actions));
    }

    private void resolveAssets() {
        for (StackTemplate.AssetFile asset : run.stack.assets().values()) {
            try {
                String bucket = Intrinsics.resolve(StackDeployer.JSON.createObjectNode().put("Fn::Sub", asset.bucketName()), run.scope)
                    .asText();
                String key = Intrinsics.resolve(StackDeployer.JSON.createObjectNode().put("Fn::Sub", asset.objectKey()), run.scope)
                    .asText();
                run.assets.put(bucket + "/" + key, asset);
            } catch (Intrinsics.Unresolvable e) {
                reporter.note("asset " + asset.file().getFileName() + ": " + e.getMessage());
            }
        }
    }

    private void runAll() {
        Set<String> pending = new LinkedHashSet<>(run.ours.keySet());
        Set<String> done = new HashSet<>();
        ExecutorService pool = Executors.newFixedThreadPool(deployer.parallelism(), r -> {
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
                                deployer.sleeperInForce().enter();   // busy, as far as virtual time is concerned
                                try {
                                    apply(run.ours.get(id));
                                } finally {
                                    deployer.sleeperInForce().leave();
                                }
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

    /** A resource operation failed; the message names the resource and carries the reason. */
    static final class ResourceFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ResourceFailure(String message) {
            super(message);
        }
    }

    private void apply(DeclaredResource r) {
        ResourceType type = ResourceType.fromTypeName(r.type()).orElseThrow();
        ObjectNode desired;
        try {
            desired = (ObjectNode) Intrinsics.resolve(r.properties(), run.scope);
        } catch (Intrinsics.Unresolvable e) {
            throw new ResourceFailure(r.label() + " (" + r.logicalId() + "): " + e.getMessage());
        }
        run.desired.put(r.logicalId(), desired);
        String label = ChangeDecider.label(r, desired);
        DeployState.Entry before = state.get(run.stackName(), r.logicalId());
        if (before != null && !before.type().equals(r.type())) {
            before = null;   // a different type under the same id: CloudFormation replaces it
        }
        LiveResource live = run.refreshed.getOrDefault(r.logicalId(), LiveResource.ABSENT);
        if (before == null && !live.exists() && run.decidedLater.contains(r.logicalId()) && MetaReader.readable(type)) {
            // the plan could not look this one up by name: its properties were not known yet
            live = reader.find(desired.path("WabaId").asText(), desired.path("TemplateName").asText(), desired.path("Language").asText())
                .flatMap(m -> reader.read(type, desired.get("WabaId"), m.get("MetaTemplateId"))).map(m -> LiveResource.of(m, "list"))
                .orElse(LiveResource.ABSENT);
        }
        Change change = ChangeDecider.decide(r, desired, null, before, live);
        if (run.decidedLater.contains(r.logicalId())) {
            change = deployer.recheck(change, desired, live, r.retainOnReplace());
        }
        switch (change.kind()) {
            case BLOCKED -> throw new ResourceFailure(label + " (" + r.logicalId() + "): " + String.join("; ", change.reasons()));
            case NO_CHANGE -> unchanged(r, type, label, desired, before, live);
            case CREATE -> {
                if (type == ResourceType.TEMPLATE_MEDIA) {
                    publishAsset(label, desired);
                }
                ObjectNode model = operate(r, type, label, Action.CREATE, desired, null, "CREATE");
                record(r, desired, model, label, "CREATE", null, null);
            }
            case ADOPT -> adopt(r, type, desired, label, live, change);
            case UPDATE_IN_PLACE, DRIFT_CORRECTION -> update(r, type, label, desired, before, live, change);
            case REPLACE -> replace(r, type, label, before, desired, change);
            default -> throw new IllegalStateException(change.kind() + " for a declared resource");
        }
    }

    private void unchanged(DeclaredResource r, ResourceType type, String label, ObjectNode desired, DeployState.Entry before,
                           LiveResource live) {
        run.live.put(r.logicalId(), before.model());
        run.count("NO_CHANGE");
        ObjectNode shown = live.exists() && "read".equals(live.source()) ? live.model() : before.model();
        run.rows.put(r.logicalId(), StackDeployer.row(type, label, shown, "no change", null));
        if (!before.properties().equals(desired) || !before.dependsOn().equals(dependencies(r))) {
            state.put(run.stackName(), r.logicalId(), entry(r, desired, before.model(), label));
        }
        state.lifecycle().markKept(run.stackName(), r.logicalId(), null);
    }

    private void update(DeclaredResource r, ResourceType type, String label, ObjectNode desired, DeployState.Entry before,
                        LiveResource live, Change change) {
        boolean drift = change.kind() == ChangeKind.DRIFT_CORRECTION;
        reporter.line(label, drift ? "UPDATE (Meta's definition was edited outside the app: putting the declared one back)"
            : "UPDATE (" + String.join(", ", change.changedProperties()) + " changed)");
        ObjectNode previous = drift ? ChangeDecider.liveProperties(before.properties(), live.model()) : before.properties();
        // CloudFormation puts the primary identifier of the live resource into both models of an update.
        Instant started = reporter.clock().instant();
        ObjectNode model = operate(r, type, label, Action.UPDATE, StackDeployer.withIds(desired, before.model(), type),
            StackDeployer.withIds(previous, before.model(), type), "UPDATE");
        recordEdit(desired, model, live, started);
        record(r, desired, model, label, drift ? "DRIFT_CORRECTION" : "UPDATE", before, live.status());
    }

    private void recordEdit(ObjectNode desired, ObjectNode model, LiveResource live, Instant at) {
        if ("APPROVED".equals(live.status()) && model.hasNonNull("MetaTemplateId")) {
            state.lifecycle().recordApprovedEdit(desired.path("WabaId").asText(), model.get("MetaTemplateId").asText(), at);
        }
    }

    private void replace(DeclaredResource r, ResourceType type, String label, DeployState.Entry before, ObjectNode desired,
                         Change change) {
        reporter.line(label, "REPLACE (" + String.join(", ", replacedBecause(type, change)) + " cannot be updated): creating the new"
            + " one first");
        if (type == ResourceType.TEMPLATE_MEDIA) {
            publishAsset(label, desired);
        } else {
            Optional<ObjectNode> kept = reader.find(desired.path("WabaId").asText(), desired.path("TemplateName").asText(),
                desired.path("Language").asText());
            if (kept.isPresent()) {
                // e.g. kept at Meta by the rollback of an earlier replacement: take it over instead of a duplicate
                ObjectNode read = reader.read(type, desired.get("WabaId"), kept.get().get("MetaTemplateId")).orElse(kept.get());
                adopt(r, type, desired, label, LiveResource.of(read, "list"), ChangeDecider.decide(r, desired, null, null,
                    LiveResource.of(read, "list")));
                run.replacedOld.add(new Applied(r.logicalId(), "REPLACE", before, null, null));
                return;
            }
        }
        ObjectNode model = operate(r, type, label, Action.CREATE, desired, null, "CREATE");
        record(r, desired, model, label, "REPLACE", before, null);
        run.replacedOld.add(new Applied(r.logicalId(), "REPLACE", before, null, null));
    }

    private static List<String> replacedBecause(ResourceType type, Change change) {
        List<String> why = new ArrayList<>(change.changedProperties());
        if (type.schema().updatable()) {
            why.retainAll(type.schema().createOnly());
        }
        return why.isEmpty() ? change.changedProperties() : why;
    }

    private void publishAsset(String label, ObjectNode desired) {
        String location = desired.path("SourceS3Bucket").asText() + "/" + desired.path("SourceS3Key").asText();
        StackTemplate.AssetFile asset = run.assets.get(location);
        if (asset == null) {
            reporter.line(label, "s3://" + location + " is not a local asset of this template; it must already exist");
        } else if (deployer.media() == null) {
            reporter.line(label, "asset " + asset.file().getFileName() + " is not uploaded by the runner: publish it to s3://"
                + location + " first (cdk deploy / cdk-assets do)");
        } else {
            deployer.media().publish(desired.path("SourceS3Bucket").asText(), desired.path("SourceS3Key").asText(), asset.file());
        }
    }

    /**
     * A template that exists at Meta but not in this stack's state is taken over instead of
     * created (CloudFormation would fail with AlreadyExists; this is the local {@code cdk import}):
     * unchanged when its definition matches, updated when only updatable properties differ.
     */
    private void adopt(DeclaredResource r, ResourceType type, ObjectNode desired, String label, LiveResource live, Change change) {
        if (change.kind() == ChangeKind.BLOCKED) {
            throw new ResourceFailure(label + " (" + r.logicalId() + "): " + String.join("; ", change.reasons()));
        }
        ObjectNode read = live.model();
        JsonNode id = read.get("MetaTemplateId");
        state.lifecycle().markKept(run.stackName(), r.logicalId(), null);
        if (change.changedProperties().isEmpty()) {
            reporter.line(label, "adopted (already at Meta" + (type == ResourceType.LIBRARY_TEMPLATE ? ")" : ", same definition): no change")
                + ", MetaTemplateId " + id.asText());
            run.live.put(r.logicalId(), read);
            state.put(run.stackName(), r.logicalId(), entry(r, desired, read, label));
            run.applied.add(new Applied(r.logicalId(), "ADOPT", null, null, live.status()));
            run.count("ADOPT");
            run.rows.put(r.logicalId(), StackDeployer.row(type, label, read, "adopted", null));
            return;
        }
        reporter.line(label, "adopting MetaTemplateId " + id.asText() + " (already at Meta) and updating "
            + String.join(", ", change.changedProperties()));
        ObjectNode previous = ChangeDecider.liveProperties(desired, read);
        previous.set("MetaTemplateId", id);
        ObjectNode withId = desired.deepCopy();
        withId.set("MetaTemplateId", id);
        Instant started = reporter.clock().instant();
        ObjectNode model = operate(r, type, label, Action.UPDATE, withId, previous, "UPDATE");
        recordEdit(desired, model, live, started);
        record(r, desired, model, label, "ADOPT_UPDATE", null, live.status());
    }

    /** Runs one operation with progress lines; returns the final model or throws ResourceFailure with the handler's reason. */
    private ObjectNode operate(DeclaredResource r, ResourceType type, String label, Action action, ObjectNode desired,
                               ObjectNode previous, String verb) {
        HandlerInvoker invoker = deployer.invoker(type);
        Instant started = reporter.clock().instant();
        String[] lastReview = {null};
        // The last IN_PROGRESS model that names the physical resource: what a failed create leaves at Meta.
        ObjectNode[] made = {null};
        String waba = desired.path("WabaId").asText();
        boolean countsAsCreation = action == Action.CREATE && type != ResourceType.TEMPLATE_MEDIA;
        Instant[] sent = {started};
        boolean[] counted = {false};
        ProgressListener listener = new ProgressListener() {
            @Override
            public void onEvent(CloudFormationRequest request, ProgressEventJson event, int n) {
                ObjectNode model = event.resourceModel();
                if (event.isInProgress() && model != null && hasPrimaryIdentifier(type, model)) {
                    made[0] = model;
                }
                if (countsAsCreation && !counted[0] && model != null && hasPrimaryIdentifier(type, model)) {
                    counted[0] = true;
                    state.lifecycle().recordCreation(waba, sent[0]);
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
            public void onRetry(CloudFormationRequest request, ProgressEventJson failed, int attempt, int maxAttempts, Duration delay) {
                reporter.line(label, StackDeployer.retryLine(verb, failed, attempt, maxAttempts, delay));
            }
        };
        if (countsAsCreation) {
            waitForQuota(r, label, waba);
        }
        ProgressEventJson event;
        int waits = 0;
        while (true) {
            sent[0] = reporter.clock().instant();
            event = invoker.run(invoker.request(action).desired(desired).previous(previous).logicalResourceId(r.logicalId()).build(),
                listener);
            if (!countsAsCreation || !CreationQuotaWait.isHourlyRefusal(event)
                || Duration.between(started, reporter.clock().instant()).compareTo(CreationQuotaWait.GIVE_UP_AFTER) > 0) {
                break;
            }
            Instant now = reporter.clock().instant();
            List<Instant> recent = state.lifecycle().creationsInLastHour(waba, now);
            Duration delay = CreationQuotaWait.delay(recent, deployer.limits().creationsPerHour(), now, waits++);
            reporter.line(label, "waiting for Meta's hourly creation quota (" + recent.size() + " created by the runner in the last"
                + " hour): next try in " + delay.toSeconds() + " s");
            try {
                deployer.sleeperInForce().sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ResourceFailure(label + " (" + r.logicalId() + "): interrupted while waiting for the creation quota");
            }
        }
        Duration took = Duration.between(started, reporter.clock().instant());
        if (!event.isSuccess()) {
            String reason = event.errorCode().orElse("?") + ": " + event.message().orElse("(no message)");
            reporter.line(label, verb + "_FAILED " + reason);
            run.rows.put(r.logicalId(), StackDeployer.row(type, label, made[0] != null ? made[0] : desired, verb + "_FAILED", took));
            if (action == Action.CREATE && made[0] != null) {
                rememberFailedCreate(r, label, desired, made[0]);
            }
            throw new ResourceFailure(label + " (" + r.logicalId() + ") " + verb + "_FAILED: " + reason);
        }
        ObjectNode model = event.resourceModel() == null ? desired : event.resourceModel();
        if (countsAsCreation && !counted[0]) {
            state.lifecycle().recordCreation(waba, sent[0]);
        }
        reporter.line(label, verb + "_COMPLETE" + describe(model) + " in " + DeployReporter.seconds(took));
        run.rows.put(r.logicalId(), StackDeployer.row(type, label, model, verb.toLowerCase(Locale.ROOT), took));
        return model;
    }

    /** Holds a create back until the runner's own creations of the last hour leave room in Meta's hourly quota. */
    private void waitForQuota(DeclaredResource r, String label, String waba) {
        Duration wait = run.quota.reserve(waba, reporter.clock().instant());
        boolean said = false;
        while (!wait.isZero()) {
            if (!said) {
                reporter.line(label, "waiting for Meta's hourly creation quota (" + deployer.limits().creationsPerHour()
                    + " created by the runner in the last hour): next try in " + wait.toSeconds() + " s");
                said = true;
            }
            try {
                deployer.sleeperInForce().sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ResourceFailure(label + " (" + r.logicalId() + "): interrupted while waiting for the creation quota");
            }
            wait = run.quota.reserve(waba, reporter.clock().instant());
        }
    }

    static String describe(ObjectNode model) {
        StringBuilder out = new StringBuilder();
        if (model.hasNonNull("Status")) {
            out.append(' ').append(model.get("Status").asText());
        }
        if (model.hasNonNull("MetaTemplateId")) {
            out.append(" (MetaTemplateId ").append(model.get("MetaTemplateId").asText()).append(')');
        }
        if (model.hasNonNull("MetaHeaderHandle")) {
            out.append(" (handle ").append(StackDeployer.abbreviate(model.get("MetaHeaderHandle").asText())).append(')');
        }
        return out.toString();
    }

    private static boolean hasPrimaryIdentifier(ResourceType type, ObjectNode model) {
        return type.schema().primaryIdentifier().stream().allMatch(id -> model.hasNonNull(id) && !model.get(id).asText().isEmpty());
    }

    /**
     * Records what a failed create left at Meta, in the state at once (an interrupted run still
     * knows it) and as a change the rollback handles.
     */
    private void rememberFailedCreate(DeclaredResource r, String label, ObjectNode desired, ObjectNode made) {
        ResourceType type = ResourceType.fromTypeName(r.type()).orElseThrow();
        String key = r.logicalId() + StackDeployer.FAILED_CREATE + StackDeployer.physicalId(type, made);
        DeployState.Entry orphan = new DeployState.Entry(r.type(), desired, made, "Delete", dependencies(r), label);
        state.put(run.stackName(), key, orphan);
        run.applied.add(new Applied(key, "FAILED_CREATE", null, orphan, made.path("Status").asText(null)));
    }

    /** Deletes what earlier failed creates left at Meta and their rollback could not delete. */
    private void deleteFailedCreates() {
        state.resources(run.stackName()).forEach((key, entry) -> {
            if (!StackDeployer.isFailedCreate(key)) {
                return;
            }
            ResourceType type = ResourceType.fromTypeName(entry.type()).orElseThrow();
            reporter.line(entry.label(), "deleting " + StackDeployer.physicalLabel(type, entry.model())
                + ", left at Meta by an earlier failed create (state " + key + ")");
            if (deployer.delete(key, entry)) {
                state.put(run.stackName(), key, null);
            } else {
                reporter.line(entry.label(), "still in the state as a failed resource (" + key + "); the next deploy or destroy"
                    + " tries again");
            }
        });
    }

    private void record(DeclaredResource r, ObjectNode desired, ObjectNode model, String label, String kind, DeployState.Entry before,
                        String statusBefore) {
        DeployState.Entry after = entry(r, desired, model, label);
        run.live.put(r.logicalId(), model);
        state.put(run.stackName(), r.logicalId(), after);
        state.lifecycle().markKept(run.stackName(), r.logicalId(), null);
        run.applied.add(new Applied(r.logicalId(), kind, before, after, statusBefore));
        run.count(kind);
    }

    private DeployState.Entry entry(DeclaredResource r, ObjectNode desired, ObjectNode model, String label) {
        return new DeployState.Entry(r.type(), desired, model, r.deletionPolicy(), dependencies(r), label);
    }

    /** Everything the resource references or DependsOn: what a later delete must remove first. */
    private Set<String> dependencies(DeclaredResource r) {
        Set<String> out = new LinkedHashSet<>(r.dependsOn());
        out.addAll(run.deps.getOrDefault(r.logicalId(), Set.of()));
        return out;
    }

    // ------------------------------------------------------------------ outputs and table

    private Map<String, JsonNode> outputs() {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        Map<String, String> skipped = new LinkedHashMap<>();
        run.stack.outputs().fields().forEachRemaining(e -> {
            try {
                values.put(e.getKey(), Intrinsics.resolve(e.getValue().path("Value"), run.scope));
            } catch (Intrinsics.Unresolvable ex) {
                skipped.put(e.getKey(), ex.getMessage());
            }
        });
        reporter.outputs(values, skipped);
        return values;
    }

    private List<DeployReporter.Row> rows() {
        List<DeployReporter.Row> rows = new ArrayList<>();
        for (String id : run.ours.keySet()) {
            DeployReporter.Row row = run.rows.get(id);
            if (row != null) {
                rows.add(row);
            }
        }
        return rows;
    }
}
