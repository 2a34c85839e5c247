package com.eumsocial.whatsapp.runner.deploy;

import com.eumsocial.whatsapp.runner.deploy.StackDeployer.DeployRun;
import com.eumsocial.whatsapp.runner.invoke.ResourceType;
import com.eumsocial.whatsapp.runner.plan.ChangeDecider;
import com.eumsocial.whatsapp.runner.plan.MetaReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * After a failed run and its rollback: reads every declared resource back from Meta and puts what
 * is live (status, category, same as the declaration or not) into its row, so the table tells the
 * truth whatever the rollback managed to undo.
 */
final class LiveSummary {
    private static final List<String> DEFINITION = List.of("TemplateName", "Language", "Category", "Components");

    private final StackDeployer deployer;
    private final DeployRun run;

    LiveSummary(StackDeployer deployer, DeployRun run) {
        this.deployer = deployer;
        this.run = run;
    }

    /** Updates the rows; returns "label (how it differs)" for each resource whose live state differs from the declaration. */
    List<String> refresh() {
        MetaReader reader = new MetaReader(deployer.invokers());
        List<String> differing = new ArrayList<>();
        for (DeclaredResource r : run.ours.values()) {
            ResourceType type = ResourceType.fromTypeName(r.type()).orElseThrow();
            ObjectNode declared = run.desired.get(r.logicalId());
            if (declared == null) {
                try {
                    declared = (ObjectNode) Intrinsics.resolve(r.properties(), run.scope);
                } catch (Intrinsics.Unresolvable e) {
                    declared = null;
                }
            }
            String label = ChangeDecider.label(r, declared);
            DeployState.Entry entry = deployer.state().get(run.stackName(), r.logicalId());
            DeployReporter.Row row = run.rows.get(r.logicalId());
            if (row == null) {
                row = entry != null ? StackDeployer.row(type, label, entry.model(), "not started", null)
                    : new DeployReporter.Row(declared != null && declared.hasNonNull("TemplateName") ? declared.get("TemplateName").asText()
                        : label, declared == null ? "-" : declared.path("Language").asText("-"), "-", "-", "-", "not started", null);
            }
            Optional<ObjectNode> live;
            try {
                live = live(reader, type, entry, declared);
            } catch (MetaReader.ReadFailure e) {
                run.rows.put(r.logicalId(), row.withLive(row.category(), row.status(), "unknown (" + e.getMessage() + ")"));
                differing.add(label + " (unknown: the read failed)");
                continue;
            }
            String verdict;
            if (live.isEmpty()) {
                verdict = "absent";
                row = row.withLive("-", "-", verdict);
            } else {
                verdict = compare(type, live.get(), declared, entry);
                row = type == ResourceType.TEMPLATE_MEDIA ? row.withLive(row.category(), row.status(), verdict)
                    : row.withLive(live.get().path("Category").asText("-"), live.get().path("Status").asText("-"), verdict);
            }
            run.rows.put(r.logicalId(), row);
            if (!verdict.equals("same")) {
                differing.add(label + " (" + verdict + ")");
            }
        }
        return differing;
    }

    private Optional<ObjectNode> live(MetaReader reader, ResourceType type, DeployState.Entry entry, ObjectNode declared) {
        if (!MetaReader.readable(type)) {
            return entry == null ? Optional.empty() : Optional.of(entry.model());
        }
        if (entry != null && entry.model().hasNonNull("MetaTemplateId")) {
            return reader.read(type, entry.properties().get("WabaId"), entry.model().get("MetaTemplateId"));
        }
        if (declared == null || !declared.hasNonNull("WabaId")) {
            return Optional.empty();
        }
        return reader.find(declared.get("WabaId").asText(), declared.path("TemplateName").asText(), declared.path("Language").asText())
            .flatMap(m -> reader.read(type, declared.get("WabaId"), m.get("MetaTemplateId")));
    }

    private static String compare(ResourceType type, ObjectNode live, ObjectNode declared, DeployState.Entry entry) {
        if (declared == null) {
            return "unknown (the declaration references values not produced)";
        }
        if (type == ResourceType.TEMPLATE_MEDIA) {
            return entry != null && entry.properties().equals(declared) ? "same" : "differs: SourceS3Bucket/SourceS3Key";
        }
        ObjectNode liveDefinition = declared.objectNode();
        ObjectNode declaredDefinition = declared.objectNode();
        for (String key : DEFINITION) {
            if (type == ResourceType.LIBRARY_TEMPLATE && key.equals("Components")) {
                continue;   // read-only for library templates: Meta writes them
            }
            if (live.has(key)) {
                liveDefinition.set(key, live.get(key));
            }
            if (declared.has(key)) {
                declaredDefinition.set(key, declared.get(key));
            }
        }
        Set<String> changed = ChangeDecider.changedProperties(type, liveDefinition, declaredDefinition);
        if (changed.contains("Category") && live.path("Category").asText().equalsIgnoreCase(declared.path("Category").asText())) {
            changed.remove("Category");
        }
        return changed.isEmpty() ? "same" : "differs: " + String.join(", ", changed);
    }
}
