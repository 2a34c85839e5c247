package com.eumsocial.whatsapp.runner.deploy;

import com.eumsocial.whatsapp.runner.deploy.StackDeployer.Applied;
import com.eumsocial.whatsapp.runner.deploy.StackDeployer.DeployRun;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * After every resource succeeded: deletes the old resources of replacements (unless
 * UpdateReplacePolicy Retain) and the resources gone from the template (unless DeletionPolicy
 * Retain), dependents first.
 */
final class CleanUp {
    private final StackDeployer deployer;
    private final DeployRun run;

    CleanUp(StackDeployer deployer, DeployRun run) {
        this.deployer = deployer;
        this.run = run;
    }

    void run() {
        DeployReporter reporter = deployer.reporter();
        DeployState state = deployer.state();
        String stackName = run.stackName();
        for (Applied old : run.replacedOld) {
            DeployState.Entry before = old.before();
            DeclaredResource r = run.ours.get(old.id());
            if (r.retainOnReplace()) {
                reporter.line(before.label(), "old resource retained at Meta (UpdateReplacePolicy: Retain)");
            } else {
                reporter.line(before.label(), "deleting the replaced resource" + DeployExecution.describe(before.model()));
                deployer.delete(old.id(), before);
            }
        }
        Map<String, DeployState.Entry> removed = new LinkedHashMap<>();
        state.resources(stackName).forEach((id, entry) -> {
            if (!run.ours.containsKey(id) && !StackDeployer.isFailedCreate(id)) {
                removed.put(id, entry);
            }
        });
        for (String id : StackDestroyer.deleteOrder(removed)) {
            DeployState.Entry entry = removed.get(id);
            if ("Retain".equals(entry.deletionPolicy())) {
                reporter.line(entry.label(), "removed from the stack, retained at Meta (DeletionPolicy: Retain)");
                state.put(stackName, id, null);
                run.count("RETAIN");
            } else {
                reporter.line(entry.label(), "DELETE_IN_PROGRESS (removed from the template)");
                if (deployer.delete(id, entry)) {
                    state.put(stackName, id, null);
                    run.count("DELETE");
                } else {
                    run.count("DELETE_FAILED");
                }
            }
        }
    }
}
