package com.eumsocial.whatsapp.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs the benchmarks and writes their figures into benchmarks/README.md between the markers
 * {@value #BEGIN} and {@value #END}. Arguments: the benchmarks to run (polling, bulk, cold, list;
 * default all) and {@code --readme <path>}.
 */
public final class BenchmarkSuite {
    static final String BEGIN = "<!-- figures:begin -->";
    static final String END = "<!-- figures:end -->";
    static final List<String> ALL = List.of("polling", "bulk", "cold", "list");

    private BenchmarkSuite() {
    }

    public static void main(String[] args) throws Exception {
        Path readme = Path.of("benchmarks/README.md");
        Set<String> chosen = new LinkedHashSet<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--readme")) {
                readme = Path.of(args[++i]);
            } else if (ALL.contains(args[i])) {
                chosen.add(args[i]);
            } else {
                throw new IllegalArgumentException("Unknown argument " + args[i] + "; benchmarks are " + ALL
                    + ", option --readme <path>");
            }
        }
        if (chosen.isEmpty()) {
            chosen.addAll(ALL);
        }
        StringBuilder figures = new StringBuilder();
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        figures.append("Run ").append(start).append(" on ").append(Machine.cores()).append(" cores (")
            .append(Machine.cpuModel()).append("), ").append(Machine.memory()).append(" memory, ")
            .append(Machine.java()).append(".\n")
            .append("Command: `").append(System.getProperty("benchmarks.command", "benchmarks/run.sh")).append("`.\n\n");
        List<Report.Target> targets = new ArrayList<>();
        StringBuilder sections = new StringBuilder();
        for (String name : chosen) {
            String loadBefore = Machine.loadAverage();
            Instant begun = Instant.now();
            System.out.println("== " + name + " (load average " + loadBefore + ")");
            Report report = switch (name) {
                case "polling" -> new ReviewPollingBenchmark().run();
                case "bulk" -> new BulkDeployBenchmark().run();
                case "cold" -> new ColdStartBenchmark().run();
                case "list" -> new ListScaleBenchmark().run();
                default -> throw new IllegalStateException(name);
            };
            long tookSeconds = Instant.now().getEpochSecond() - begun.getEpochSecond();
            sections.append("### ").append(report.title).append("\n\n")
                .append("Started ").append(begun.truncatedTo(ChronoUnit.SECONDS)).append(", took ").append(tookSeconds)
                .append(" s; load average (1/5/15 min) before ").append(loadBefore).append(", after ")
                .append(Machine.loadAverage()).append(".\n\n")
                .append(report.markdown()).append('\n');
            targets.addAll(report.targets());
        }
        figures.append("### Targets\n\n|benchmark|target|measured|limit|met|\n|---|---|---|---|---|\n");
        for (Report.Target t : targets) {
            figures.append('|').append(t.benchmark()).append('|').append(t.what()).append('|').append(t.measured())
                .append('|').append(t.limit()).append('|').append(t.met() ? "yes" : "**no**").append("|\n");
        }
        figures.append('\n').append(sections);
        writeFigures(readme, figures.toString());
        targets.forEach(t -> System.out.println((t.met() ? "MET    " : "MISSED ") + t.benchmark() + ": " + t.what()
            + " = " + t.measured() + " (limit " + t.limit() + ")"));
        System.out.println("Figures written to " + readme);
    }

    /** Replaces what is between the markers, leaving the hand-written rest of the README alone. */
    static void writeFigures(Path readme, String figures) throws IOException {
        String text = Files.exists(readme) ? Files.readString(readme) : "";
        String block = BEGIN + "\n" + figures + END;
        int b = text.indexOf(BEGIN);
        int e = text.indexOf(END);
        String updated = b >= 0 && e > b ? text.substring(0, b) + block + text.substring(e + END.length())
            : text + (text.isEmpty() || text.endsWith("\n") ? "" : "\n") + "\n## Figures of the last run\n\n" + block + "\n";
        Files.writeString(readme, updated);
    }
}
