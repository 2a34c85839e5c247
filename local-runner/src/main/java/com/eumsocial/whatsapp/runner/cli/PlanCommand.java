package com.eumsocial.whatsapp.runner.cli;

import com.eumsocial.whatsapp.runner.invoke.ResourceType;
import com.eumsocial.whatsapp.runner.plan.Change;
import com.eumsocial.whatsapp.runner.plan.ChangeKind;
import com.eumsocial.whatsapp.runner.plan.Plan;
import com.eumsocial.whatsapp.runner.plan.Planner;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code local-runner plan PATH}: what a deploy would do at Meta, read from Meta's live state; changes nothing. */
@Command(name = "plan", mixinStandardHelpOptions = true,
    description = "Show what 'deploy PATH' would do at Meta, per resource, from Meta's live state (read, nothing changed): create, "
        + "update in place (back to Meta's review), replace, delete, no change, drift to correct, blocked (with the rule). "
        + "Exit 0 no changes, 3 changes, 2 blocked or invalid.")
final class PlanCommand extends RefreshCommand {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** Types whose definition Meta reviews: an edit sends them back to review. */
    private static final Set<String> REVIEWED = Set.of(ResourceType.MESSAGE_TEMPLATE.typeName(), ResourceType.LIBRARY_TEMPLATE.typeName());

    @Option(names = "--out", description = "Also write the plan as JSON to this file.")
    Path outFile;

    @Override
    public Integer call() {
        boolean json = json();
        PrintStream out = root.out;
        List<Plan> plans = refresh(json ? root.err : out).outcomes().stream().map(Planner.Outcome::plan).toList();
        ObjectNode document = document(plans);
        if (outFile != null) {
            write(outFile, document);
        }
        if (json) {
            out.println(document.toPrettyString());
        } else {
            plans.forEach(p -> render(p, out));
            if (outFile != null) {
                out.println("Plan written to " + outFile);
            }
        }
        return exitCode(plans);
    }

    static int exitCode(List<Plan> plans) {
        if (plans.stream().anyMatch(Plan::blocked)) {
            return RunnerCommand.BAD_INPUT;
        }
        return plans.stream().flatMap(p -> p.changes().stream()).anyMatch(PlanCommand::changesMeta) ? DIFFERENT : 0;
    }

    /** Whether the change sends a call that changes Meta (an adoption of what Meta holds as declared does not). */
    static boolean changesMeta(Change c) {
        return c.kind().changesSomething() && !(c.kind() == ChangeKind.ADOPT && c.changedProperties().isEmpty());
    }

    static ObjectNode document(List<Plan> plans) {
        ObjectNode doc = JSON.createObjectNode();
        plans.forEach(p -> doc.withArray("plans").add(p.toJson()));
        doc.put("exitCode", exitCode(plans));
        return doc;
    }

    private static void write(Path file, ObjectNode document) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, JSON.writeValueAsString(document) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("--out: cannot write " + file, e);
        }
    }

    static void render(Plan plan, PrintStream out) {
        out.println("Plan for " + plan.stackName() + " (Meta's live state read at " + plan.refreshedAt() + "):");
        int width = plan.changes().stream().mapToInt(c -> c.label().length()).max().orElse(0);
        for (Change c : plan.changes()) {
            out.println("  " + symbol(c.kind()) + " " + pad(c.label(), width) + "  " + describe(c));
            c.drift().forEach(d -> out.println("        drift: " + d));
            if (c.kind() == ChangeKind.BLOCKED) {
                c.reasons().forEach(r -> out.println("        rule: " + r));
            }
            c.notes().forEach(n -> out.println("        note: " + n));
        }
        plan.notes().forEach(n -> out.println("  note: " + n));
        out.println(totals(plan));
        out.println();
    }

    private static String symbol(ChangeKind kind) {
        return switch (kind) {
            case CREATE -> "+  ";
            case ADOPT -> "<= ";
            case UPDATE_IN_PLACE, DRIFT_CORRECTION -> "~  ";
            case REPLACE -> "-/+";
            case DELETE -> "-  ";
            case NO_CHANGE -> "   ";
            case BLOCKED -> "!  ";
        };
    }

    static String describe(Change c) {
        String what = c.type().substring(c.type().lastIndexOf(':') + 1);
        String detail = c.reasons().isEmpty() ? "" : ": " + String.join("; ", c.reasons());
        return switch (c.kind()) {
            case CREATE -> "create " + what + detail;
            case ADOPT -> "adopt " + what + detail + (changesMeta(c) && reviewed(c) ? backToReview(c) : "");
            case UPDATE_IN_PLACE -> "update in place" + detail + (reviewed(c) ? backToReview(c) : "");
            case REPLACE -> "replace" + detail;
            case DELETE -> "delete" + detail;
            case NO_CHANGE -> "no change" + detail;
            case DRIFT_CORRECTION -> "drift to correct" + detail + backToReview(c);
            case BLOCKED -> "blocked (nothing will be sent)";
        };
    }

    private static boolean reviewed(Change c) {
        return REVIEWED.contains(c.type());
    }

    private static String backToReview(Change c) {
        return "; goes back to Meta's review and cannot be sent until approved again"
            + (c.liveStatus() == null ? "" : " (now " + c.liveStatus() + ")");
    }

    static String totals(Plan plan) {
        return "Plan: " + plan.summary() + ".";
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }
}
