package com.eumsocial.whatsapp.runner.deploy;

import com.eumsocial.whatsapp.runner.invoke.CloudFormationRequest;
import com.eumsocial.whatsapp.runner.invoke.HandlerInvoker;
import com.eumsocial.whatsapp.runner.invoke.ProgressEventJson;
import com.eumsocial.whatsapp.runner.invoke.ProgressListener;
import com.eumsocial.whatsapp.runner.invoke.ResourceType;
import com.eumsocial.whatsapp.runner.invoke.Sleeper;
import com.eumsocial.whatsapp.runner.plan.Change;
import com.eumsocial.whatsapp.runner.plan.ChangeDecider;
import com.eumsocial.whatsapp.runner.plan.ChangeKind;
import com.eumsocial.whatsapp.runner.plan.LifecyclePreflight;
import com.eumsocial.whatsapp.runner.plan.LiveResource;
import com.eumsocial.whatsapp.runner.plan.MetaLimits;
import com.eumsocial.whatsapp.runner.plan.MetaReader;
import com.eumsocial.whatsapp.runner.plan.Plan;
import com.eumsocial.whatsapp.runner.plan.Planner;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import software.amazon.cloudformation.Action;

/**
 * Deploys one {@link StackTemplate} the way CloudFormation does, with the resource types' real
 * handlers, in two phases. The plan phase ({@link #plan}) changes nothing: it refreshes Meta's live
 * view of every resource through its read handler, decides a {@link Change} per resource and checks
 * Meta's lifecycle rules; a plan with a BLOCKED change stops the deploy before any call
 * ({@link PreflightRefusal}). The execution phase ({@link DeployExecution}) applies the changes in
 * dependency order on a bounded pool, deletes replaced and removed resources once every resource
 * succeeded, and on a failure rolls back under a {@link RollbackPolicy} and reports what is live.
 * {@link #destroy} deletes a stack's resources, dependents first.
 *
 * <p>This class is the entry point the command line, the benchmarks and the reliability tests use;
 * it only wires the phases together.
 */
public final class StackDeployer {
    static final ObjectMapper JSON = new ObjectMapper();
    /**
     * State key suffix of a resource a failed create left at Meta (its IN_PROGRESS events carried
     * the primary identifier): {@code <logicalId>#failed-create-<primary identifier>}. Rollback
     * deletes it (or keeps it when deleting would cost its name); when the delete fails it stays in
     * the state and the next deploy or destroy deletes it.
     */
    static final String FAILED_CREATE = "#failed-create-";

    private final Function<ResourceType, HandlerInvoker> invokers;
    private final DeployState state;
    private final DeployReporter reporter;
    private final MediaPublisher media;
    private final int parallelism;
    private MetaLimits limits = MetaLimits.UNKNOWN_CAP;
    private RollbackPolicy rollbackPolicy = RollbackPolicy.KEEP;
    private Sleeper sleeper = Sleeper.REAL;

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

    /** The WABA limits the preflight checks (default: 100 creations per hour, cap unknown). */
    public StackDeployer limits(MetaLimits value) {
        this.limits = value;
        return this;
    }

    /** What a failed deploy's rollback may undo (default {@link RollbackPolicy#KEEP}). */
    public StackDeployer rollbackPolicy(RollbackPolicy value) {
        this.rollbackPolicy = value;
        return this;
    }

    /** How the runner waits for Meta's hourly creation quota (default: sleeps; tests and demos advance a virtual clock). */
    public StackDeployer sleeper(Sleeper value) {
        this.sleeper = value;
        return this;
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

        /**
         * True when nothing changed at Meta: every resource was unchanged or adopted as Meta already holds it
         * (an exported folder deployed with a new state). Only the local state learned something.
         */
        public boolean unchangedAtMeta() {
            return actions.keySet().stream().allMatch(a -> a.equals("NO_CHANGE") || a.equals("RETAINED_UNCHANGED") || a.equals("ADOPT"));
        }
    }

    // ------------------------------------------------------------------ plan

    /** The plan of a deploy of {@code stack}: reads Meta, changes nothing. */
    public Plan plan(StackTemplate stack) {
        return prepare(stack).plan;
    }

    /** The plan of a deploy of {@code stack} with Meta's live view of each resource it read: reads Meta, changes nothing. */
    public Planner.Outcome refresh(StackTemplate stack) {
        DeployRun run = prepare(stack);
        return new Planner.Outcome(run.plan, Map.copyOf(run.refreshed), Set.copyOf(run.decidedLater));
    }

    private DeployRun prepare(StackTemplate stack) {
        StackGraph graph = StackGraph.of(stack, reporter::note);
        DeployRun run = new DeployRun(stack, graph, invokers.apply(ResourceType.MESSAGE_TEMPLATE).target());
        state.resources(stack.stackName()).forEach((id, entry) -> {
            DeclaredResource r = graph.ours().get(id);
            if (entry.model() != null && r != null && entry.type().equals(r.type())) {
                run.live.put(id, entry.model());
            }
        });
        Planner.Outcome outcome = new Planner(new MetaReader(invokers), state, limits, reporter.clock())
            .plan(stack.stackName(), graph.ours(), graph.deps(), value -> Intrinsics.resolve(value, run.scope),
                StackDeployer::isFailedCreate);
        run.plan = outcome.plan();
        run.refreshed.putAll(outcome.live());
        run.decidedLater.addAll(outcome.decidedLater());
        run.quota = new CreationQuotaWait.Gate(state.lifecycle(), limits.creationsPerHour());
        return run;
    }

    // ------------------------------------------------------------------ deploy

    /**
     * Plans, then (when nothing is blocked) executes.
     *
     * @throws PreflightRefusal when a change is certain to break Meta's lifecycle rules (nothing was sent)
     * @throws TemplateLoadException when the template cannot be deployed locally (nothing was sent)
     */
    public Result deploy(StackTemplate stack) {
        stack.notes().forEach(reporter::note);
        DeployRun run = prepare(stack);
        report(run.plan);
        if (run.plan.blocked()) {
            throw new PreflightRefusal(run.plan);
        }
        return new DeployExecution(this, run).execute();
    }

    private void report(Plan plan) {
        reporter.plain("Plan for " + plan.stackName() + " (Meta's live state read at " + plan.refreshedAt() + "): " + plan.summary());
        for (Change c : plan.changes()) {
            c.drift().forEach(d -> reporter.line(c.label(), "drift: " + d));
            if (c.kind() == ChangeKind.BLOCKED) {
                c.reasons().forEach(r -> reporter.line(c.label(), "BLOCKED " + r));
            }
            c.notes().forEach(n -> reporter.line(c.label(), "note: " + n));
        }
        plan.notes().forEach(reporter::note);
    }

    // ------------------------------------------------------------------ destroy

    /** What {@link #destroy} deletes, in order (dependents first), with what each delete costs at Meta. */
    public List<StackDestroyer.Item> destroyListing(String stackName) {
        return new StackDestroyer(this).listing(stackName);
    }

    /** Deletes every resource of the stack's state (dependents first); Retain keeps them at Meta. */
    public Result destroy(String stackName) {
        return new StackDestroyer(this).destroy(stackName);
    }

    // ------------------------------------------------------------------ shared with the phases

    Function<ResourceType, HandlerInvoker> invokers() {
        return invokers;
    }

    HandlerInvoker invoker(ResourceType type) {
        return invokers.apply(type);
    }

    DeployState state() {
        return state;
    }

    DeployReporter reporter() {
        return reporter;
    }

    MediaPublisher media() {
        return media;
    }

    int parallelism() {
        return parallelism;
    }

    MetaLimits limits() {
        return limits;
    }

    RollbackPolicy rollbackPolicyInForce() {
        return rollbackPolicy;
    }

    Sleeper sleeperInForce() {
        return sleeper;
    }

    /** Deletes (or retains) a resource; true when it is gone from Meta. Records a name-blocking deletion. */
    boolean delete(String id, DeployState.Entry entry) {
        ResourceType type = ResourceType.fromTypeName(entry.type()).orElseThrow();
        HandlerInvoker invoker = invokers.apply(type);
        Instant started = reporter.clock().instant();
        String status = entry.model() == null ? null : entry.model().path("Status").asText(null);
        ProgressEventJson event = invoker.run(invoker.request(Action.DELETE).desired(entry.model()).logicalResourceId(id).build(),
            retriesShown(entry.label(), "DELETE"));
        if (event.isSuccess() || event.errorCode().filter("NotFound"::equals).isPresent()) {
            reporter.line(entry.label(), "DELETE_COMPLETE" + (event.isSuccess() ? "" : " (it was already gone)") + " in "
                + DeployReporter.seconds(Duration.between(started, reporter.clock().instant())));
            if (event.isSuccess() && type != ResourceType.TEMPLATE_MEDIA && entry.properties().hasNonNull("WabaId")) {
                state.lifecycle().recordDeletion(entry.properties().get("WabaId").asText(),
                    entry.properties().path("TemplateName").asText(), status, started);
            }
            return true;
        }
        reporter.line(entry.label(), "DELETE_FAILED " + event.errorCode().orElse("") + ": " + event.message().orElse(""));
        return false;
    }

    /** A listener that prints only the retries (operations whose other events need no progress lines). */
    ProgressListener retriesShown(String label, String verb) {
        return new ProgressListener() {
            @Override
            public void onEvent(CloudFormationRequest request, ProgressEventJson event, int n) {
            }

            @Override
            public void onRetry(CloudFormationRequest request, ProgressEventJson failed, int attempt, int maxAttempts, Duration delay) {
                reporter.line(label, retryLine(verb, failed, attempt, maxAttempts, delay));
            }
        };
    }

    static String retryLine(String verb, ProgressEventJson failed, int attempt, int maxAttempts, Duration delay) {
        return verb + " attempt " + (attempt + 1) + " of " + (maxAttempts + 1) + " in " + delay.toSeconds() + " s (retriable "
            + failed.errorCode().orElse("?") + ": " + failed.message().orElse("(no message)") + ")";
    }

    static boolean isFailedCreate(String stateKey) {
        return stateKey.contains(FAILED_CREATE);
    }

    static String physicalId(ResourceType type, ObjectNode model) {
        List<String> parts = new ArrayList<>();
        for (String id : type.schema().primaryIdentifier()) {
            parts.add(model.path(id).asText());
        }
        return String.join("|", parts);
    }

    /** "MetaTemplateId 123" for templates, the primary identifier values otherwise (for progress lines). */
    static String physicalLabel(ResourceType type, ObjectNode model) {
        return model.hasNonNull("MetaTemplateId") ? "MetaTemplateId " + model.get("MetaTemplateId").asText() : physicalId(type, model);
    }

    static String abbreviate(String text) {
        return text.length() <= 24 ? text : text.substring(0, 21) + "...";
    }

    static DeployReporter.Row row(ResourceType type, String label, ObjectNode model, String action, Duration took) {
        if (type == ResourceType.TEMPLATE_MEDIA) {
            return new DeployReporter.Row(label, "-", "(media)", model.hasNonNull("MetaHeaderHandle") ? "UPLOADED" : "-",
                model.hasNonNull("MetaHeaderHandle") ? abbreviate(model.get("MetaHeaderHandle").asText()) : "-", action, took);
        }
        return new DeployReporter.Row(model.path("TemplateName").asText("-"), model.path("Language").asText("-"),
            model.path("Category").asText("-"), model.path("Status").asText("-"), model.path("MetaTemplateId").asText("-"), action,
            took);
    }

    /** Desired properties plus the primary identifier values of the live resource (what an update needs). */
    static ObjectNode withIds(ObjectNode properties, ObjectNode model, ResourceType type) {
        ObjectNode out = properties.deepCopy();
        for (String id : type.schema().primaryIdentifier()) {
            if (model != null && model.has(id) && !out.has(id)) {
                out.set(id, model.get(id));
            }
        }
        return out;
    }

    /** The lifecycle check of one change decided during execution (its properties were not known at plan time). */
    Change recheck(Change change, ObjectNode desired, LiveResource live, boolean retainOnReplace) {
        String metaTemplateId = live.exists() && live.model() != null ? live.model().path("MetaTemplateId").asText(null) : null;
        LifecyclePreflight.Subject subject = new LifecyclePreflight.Subject(change, desired.path("WabaId").asText(null),
            desired.path("TemplateName").asText(null), metaTemplateId, desired.path("Category").asText(null), retainOnReplace);
        return LifecyclePreflight.check(List.of(subject), state.lifecycle(), limits, Map.of(), reporter.clock().instant())
            .changes().get(0);
    }

    /** Per-run bookkeeping shared by the phases and the worker threads. */
    static final class DeployRun {
        final StackTemplate stack;
        final Map<String, DeclaredResource> ours;
        final Map<String, Set<String>> deps;
        final Map<String, ObjectNode> live = new java.util.concurrent.ConcurrentHashMap<>();
        final Map<String, LiveResource> refreshed = new java.util.concurrent.ConcurrentHashMap<>();
        final Set<String> decidedLater = new LinkedHashSet<>();
        final Map<String, ObjectNode> desired = new java.util.concurrent.ConcurrentHashMap<>();
        final List<Applied> applied = java.util.Collections.synchronizedList(new ArrayList<>());
        final List<Applied> replacedOld = java.util.Collections.synchronizedList(new ArrayList<>());
        final Map<String, DeployReporter.Row> rows = new java.util.concurrent.ConcurrentHashMap<>();
        final Map<String, Integer> actions = new java.util.concurrent.ConcurrentHashMap<>();
        final List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        final Map<String, StackTemplate.AssetFile> assets = new HashMap<>();
        final RunScope scope;
        CreationQuotaWait.Gate quota;
        Plan plan;

        DeployRun(StackTemplate stack, StackGraph graph, com.eumsocial.whatsapp.runner.invoke.InvocationTarget target) {
            this.stack = stack;
            this.ours = new LinkedHashMap<>(graph.ours());
            this.deps = new LinkedHashMap<>(graph.deps());
            this.scope = new RunScope(this, target);
        }

        void count(String action) {
            actions.merge(action, 1, Integer::sum);
        }

        String stackName() {
            return stack.stackName();
        }
    }

    /**
     * What the run changed, in order, for the rollback.
     *
     * @param statusBefore Meta's status before an edit (decides whether the rollback may edit it back)
     */
    record Applied(String id, String kind, DeployState.Entry before, DeployState.Entry after, String statusBefore) {
    }

    /** Pseudo parameters, parameter defaults and the live models of this run's resources. */
    static final class RunScope implements Intrinsics.Scope {
        private final DeployRun run;
        private final com.eumsocial.whatsapp.runner.invoke.InvocationTarget target;

        RunScope(DeployRun run, com.eumsocial.whatsapp.runner.invoke.InvocationTarget target) {
            this.run = run;
            this.target = target;
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
                throw new Intrinsics.NotYetKnown(logicalId + " was not deployed");
            }
            return model;
        }
    }
}
