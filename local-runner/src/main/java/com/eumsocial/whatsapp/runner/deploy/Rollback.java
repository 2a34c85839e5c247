package com.eumsocial.whatsapp.runner.deploy;

import com.eumsocial.whatsapp.runner.deploy.StackDeployer.Applied;
import com.eumsocial.whatsapp.runner.deploy.StackDeployer.DeployRun;
import com.eumsocial.whatsapp.runner.invoke.HandlerInvoker;
import com.eumsocial.whatsapp.runner.invoke.ProgressEventJson;
import com.eumsocial.whatsapp.runner.invoke.ProgressListener;
import com.eumsocial.whatsapp.runner.invoke.ResourceType;
import com.eumsocial.whatsapp.runner.plan.MetaReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import software.amazon.cloudformation.Action;

/**
 * Undoes a failed run's changes in reverse order, under the deployer's {@link RollbackPolicy}.
 * With {@code KEEP} (the default) nothing that would cost a name is undone: a template Meta holds
 * APPROVED, PAUSED or DISABLED stays at Meta and in the state, marked as kept (the next deploy takes
 * it over, with no duplicate), and an edit of an APPROVED template is reported as live rather than
 * edited back (Meta would refuse a second edit within 24 hours). With {@code DELETE} every creation
 * is deleted and every edit edited back, as CloudFormation does.
 */
final class Rollback {
    /** Statuses whose template a KEEP rollback leaves at Meta: deleting blocks the name for 30 days, or is impossible. */
    static final Set<String> NAME_HOLDING = Set.of("APPROVED", "PAUSED", "DISABLED");

    private final StackDeployer deployer;
    private final DeployRun run;
    private final DeployReporter reporter;
    private final DeployState state;
    private final boolean keep;

    Rollback(StackDeployer deployer, DeployRun run) {
        this.deployer = deployer;
        this.run = run;
        this.reporter = deployer.reporter();
        this.state = deployer.state();
        this.keep = deployer.rollbackPolicyInForce() == RollbackPolicy.KEEP;
    }

    void run() {
        List<Applied> changes = new ArrayList<>(run.applied);
        Collections.reverse(changes);
        for (Applied c : changes) {
            switch (c.kind()) {
                case "CREATE", "REPLACE" -> undoCreate(c);
                case "UPDATE", "DRIFT_CORRECTION" -> undoUpdate(c);
                case "ADOPT_UPDATE" -> {
                    reporter.line(c.after().label(), "ROLLBACK: leaving the adopted template as updated (it existed before this run)");
                    state.put(run.stackName(), c.id(), null);
                }
                case "ADOPT" -> state.put(run.stackName(), c.id(), null);
                case "FAILED_CREATE" -> undoFailedCreate(c);
                default -> throw new IllegalStateException(c.kind());
            }
        }
    }

    private boolean keeps(ResourceType type, String status) {
        return keep && type != ResourceType.TEMPLATE_MEDIA && status != null && NAME_HOLDING.contains(status);
    }

    private static String keptReason(String status) {
        return "DISABLED".equals(status) ? "Meta does not allow deleting a DISABLED template"
            : status + ": deleting it would block its name for 30 days";
    }

    private void undoCreate(Applied c) {
        DeployState.Entry after = c.after();
        ResourceType type = ResourceType.fromTypeName(after.type()).orElseThrow();
        String status = after.model().path("Status").asText(null);
        if (keep && type == ResourceType.TEMPLATE_MEDIA && c.kind().equals("CREATE")) {
            // a handle cannot be deleted at Meta (the delete only forgets it) and kept templates may hold it in their header
            reporter.line(after.label(), "ROLLBACK: kept (a media handle cannot be deleted at Meta; kept templates may use it)");
            run.count("KEPT");
            relabel(c.id(), after, "UPLOADED", "kept (rollback: media handle)");
            return;
        }
        if (keeps(type, status)) {
            String reason = keptReason(status);
            reporter.line(after.label(), "ROLLBACK: kept at Meta (" + reason + "); the next deploy takes it over");
            if (c.kind().equals("REPLACE")) {
                // the old resource is still live under the logical id; the new one waits at Meta for the next deploy
                state.put(run.stackName(), c.id(), c.before());
                state.lifecycle().markKept(run.stackName(), c.id() + "#replacement-" + StackDeployer.physicalId(type, after.model()),
                    reason);
            } else {
                state.lifecycle().markKept(run.stackName(), c.id(), reason);
            }
            run.count("KEPT");
            relabel(c.id(), after, status, "kept (rollback: " + reason + ")");
            return;
        }
        reporter.line(after.label(), "ROLLBACK: deleting what this run created");
        if (deployer.delete(c.id(), after)) {
            state.put(run.stackName(), c.id(), c.before());
            relabel(c.id(), after, "DELETED", "rolled back (deleted)");
        }
    }

    private void undoUpdate(Applied c) {
        DeployState.Entry after = c.after();
        if (keep && "APPROVED".equals(c.statusBefore())) {
            reporter.line(after.label(), "ROLLBACK: not edited back; the edit is live (Meta allows one edit of an APPROVED template per"
                + " 24 hours, so editing it back would be refused)");
            run.count("LIVE_NOT_UNDONE");
            relabel(c.id(), after, after.model().path("Status").asText("-"), "updated, live (not undone: edit quota)");
            return;
        }
        reporter.line(after.label(), "ROLLBACK: updating back to the previous properties");
        ResourceType type = ResourceType.fromTypeName(after.type()).orElseThrow();
        HandlerInvoker invoker = deployer.invoker(type);
        ProgressEventJson event = invoker.run(invoker.request(Action.UPDATE).desired(StackDeployer.withIds(c.before().properties(),
            after.model(), type)).previous(StackDeployer.withIds(after.properties(), after.model(), type)).logicalResourceId(c.id())
            .rollback(true).build(), ProgressListener.NONE);
        if (event.isSuccess()) {
            state.put(run.stackName(), c.id(), c.before());
            reporter.line(after.label(), "ROLLBACK_COMPLETE");
            relabel(c.id(), after, after.model().path("Status").asText("-"), "rolled back (previous properties)");
        } else {
            reporter.line(after.label(), "ROLLBACK_FAILED " + event.errorCode().orElse("") + ": " + event.message().orElse(""));
            relabel(c.id(), after, after.model().path("Status").asText("-"), "updated, live (rollback failed)");
        }
    }

    private void undoFailedCreate(Applied c) {
        DeployState.Entry after = c.after();
        ResourceType type = ResourceType.fromTypeName(after.type()).orElseThrow();
        String physical = StackDeployer.physicalLabel(type, after.model());
        String logicalId = c.id().substring(0, c.id().indexOf(StackDeployer.FAILED_CREATE));
        DeployReporter.Row failedRow = run.rows.get(logicalId);
        // the failed create's IN_PROGRESS models carry no status: ask Meta what it holds now
        String status = keep ? liveStatus(type, after) : null;
        if (keeps(type, status) && state.get(run.stackName(), logicalId) == null) {
            String reason = keptReason(status);
            reporter.line(after.label(), "ROLLBACK: kept " + physical + ", which the failed create left at Meta (" + reason
                + "); the next deploy takes it over");
            state.put(run.stackName(), logicalId, after);
            state.put(run.stackName(), c.id(), null);
            state.lifecycle().markKept(run.stackName(), logicalId, reason);
            run.count("KEPT");
            if (failedRow != null) {
                run.rows.put(logicalId, new DeployReporter.Row(failedRow.name(), failedRow.language(), failedRow.category(),
                    status, failedRow.metaTemplateId(), failedRow.action() + ", kept (rollback: " + reason + ")",
                    failedRow.duration()));
            }
            return;
        }
        reporter.line(after.label(), "ROLLBACK: deleting " + physical + ", which the failed create left at Meta");
        if (deployer.delete(c.id(), after)) {
            state.put(run.stackName(), c.id(), null);
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

    private String liveStatus(ResourceType type, DeployState.Entry entry) {
        if (!MetaReader.readable(type) || !entry.model().hasNonNull("MetaTemplateId")) {
            return null;
        }
        try {
            return new MetaReader(deployer.invokers()).read(type, entry.properties().get("WabaId"), entry.model().get("MetaTemplateId"))
                .map(m -> m.path("Status").asText(null)).orElse(null);
        } catch (MetaReader.ReadFailure e) {
            return null;   // unknown: CloudFormation's way (delete) is the fallback
        }
    }

    private void relabel(String id, DeployState.Entry entry, String status, String action) {
        ResourceType type = ResourceType.fromTypeName(entry.type()).orElseThrow();
        DeployReporter.Row row = StackDeployer.row(type, entry.label(), entry.model(), action, null);
        run.rows.put(id, new DeployReporter.Row(row.name(), row.language(), row.category(), status, row.metaTemplateId(), action,
            null));
    }
}
