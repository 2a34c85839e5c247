package com.eumsocial.whatsapp.runner.cli;

import com.eumsocial.whatsapp.definition.CanonicalForm;
import com.eumsocial.whatsapp.definition.Category;
import com.eumsocial.whatsapp.runner.deploy.DeployState;
import com.eumsocial.whatsapp.runner.plan.Change;
import com.eumsocial.whatsapp.runner.plan.ChangeKind;
import com.eumsocial.whatsapp.runner.plan.LiveResource;
import com.eumsocial.whatsapp.runner.plan.Planner;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;

/**
 * {@code local-runner drift PATH}: Meta's live definition against what the app deployed, per
 * resource, with a diff of the canonical definitions (template-definition's CanonicalForm: Meta's
 * own rewrites, such as CDN URLs for media handles, are not drift). Reads only.
 */
@Command(name = "drift", mixinStandardHelpOptions = true,
    description = "Compare Meta's live definition of every resource of PATH with what the app deployed, and show a diff of the "
        + "canonical definitions (only what was really changed at Meta). Reads only. Exit 0 no drift, 3 drift, 2 invalid.")
final class DriftCommand extends RefreshCommand {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Integer call() {
        boolean json = json();
        Refreshed refreshed = refresh(json ? root.err : root.out);
        ObjectNode doc = JSON.createObjectNode();
        int drifted = 0;
        for (Planner.Outcome outcome : refreshed.outcomes()) {
            ObjectNode stack = doc.withArray("stacks").addObject();
            stack.put("stackName", outcome.plan().stackName());
            stack.put("refreshedAt", outcome.plan().refreshedAt().toString());
            for (Change c : outcome.plan().changes()) {
                ObjectNode resource = resource(c, refreshed.state().get(outcome.plan().stackName(), c.logicalId()),
                    outcome.live().get(c.logicalId()));
                stack.withArray("resources").add(resource);
                drifted += resource.path("drifted").asBoolean() ? 1 : 0;
            }
        }
        doc.put("drifted", drifted);
        if (json) {
            root.out.println(doc.toPrettyString());
        } else {
            render(doc, root.out);
        }
        return drifted == 0 ? 0 : DIFFERENT;
    }

    /** One resource's comparison: its status, the drift the plan found and the canonical definitions on both sides. */
    static ObjectNode resource(Change c, DeployState.Entry deployed, LiveResource live) {
        ObjectNode out = JSON.createObjectNode();
        out.put("logicalId", c.logicalId());
        out.put("label", c.label());
        out.put("type", c.type());
        boolean drifted = !c.drift().isEmpty();
        out.put("drifted", drifted);
        out.put("status", drifted ? "drifted" : deployed == null ? "not deployed by the app yet"
            : c.kind() == ChangeKind.DELETE ? "no longer declared" : "in sync");
        out.put("liveStatus", c.liveStatus());
        c.drift().forEach(out.putArray("drift")::add);
        if (drifted && deployed != null) {
            String category = deployed.properties().path("Category").asText("");
            out.set("declared", canonical(deployed.properties().get("Components"), category));
            out.set("live", live == null || !live.exists() ? null : canonical(live.model().get("Components"), category));
        }
        return out;
    }

    private static JsonNode canonical(JsonNode components, String category) {
        if (components == null) {
            return null;
        }
        try {
            return CanonicalForm.ofComponents(components, Category.valueOf(category.toUpperCase(Locale.ROOT)));
        } catch (RuntimeException e) {
            return components;   // an unknown category: compared as written
        }
    }

    static void render(ObjectNode doc, PrintStream out) {
        for (JsonNode stack : doc.path("stacks")) {
            out.println("Drift of " + stack.path("stackName").asText() + " (Meta's live state read at "
                + stack.path("refreshedAt").asText() + "):");
            for (JsonNode r : stack.path("resources")) {
                out.println("  " + (r.path("drifted").asBoolean() ? "~ " : "  ") + r.path("label").asText() + "  "
                    + r.path("status").asText() + (r.path("liveStatus").isTextual() ? " (" + r.path("liveStatus").asText() + ")" : ""));
                r.path("drift").forEach(d -> out.println("      " + d.asText()));
                if (r.has("declared")) {
                    out.println("      --- declared (last deployed by the app), canonical");
                    out.println("      +++ live at Meta, canonical");
                    diff(lines(r.get("declared")), lines(r.get("live"))).forEach(l -> out.println("      " + l));
                }
            }
        }
        int n = doc.path("drifted").asInt();
        out.println(n == 0 ? "No drift: Meta holds every resource as the app deployed it."
            : n + " resource(s) drifted: 'deploy' puts the declared components back (each edit goes back to Meta's review); 'plan'"
                + " shows what it will do.");
    }

    private static List<String> lines(JsonNode node) {
        return node == null || node.isNull() ? List.of() : node.toPrettyString().lines().toList();
    }

    /** A line diff (longest common subsequence): {@code -} only declared, {@code +} only live, two spaces both. */
    static List<String> diff(List<String> a, List<String> b) {
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                out.add("  " + a.get(i++));
                j++;
            } else if (i < a.size() && (j == b.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
                out.add("- " + a.get(i++));
            } else {
                out.add("+ " + b.get(j++));
            }
        }
        return out;
    }
}
