package com.eumsocial.whatsapp.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs the benchmarks and writes their figures into benchmarks/README.md between the markers
 * {@value #BEGIN} and {@value #END}. Arguments: the benchmarks to run (polling, bulk, cold, list, validate;
 * default all) and {@code --readme <path>}.
 */
public final class BenchmarkSuite {
    static final String BEGIN = "<!-- figures:begin -->";
    static final String END = "<!-- figures:end -->";
    static final List<String> ALL = List.of("polling", "bulk", "cold", "list", "meta-limits", "validate");

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
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String header = "Last run " + start + " on " + Machine.cores() + " cores (" + Machine.cpuModel() + "), "
            + Machine.memory() + " memory, " + Machine.java() + ".\n"
            + "Command: `" + System.getProperty("benchmarks.command", "benchmarks/run.sh") + "`"
            + (chosen.size() < ALL.size() ? " (the other sections are from earlier runs; each says when it ran)" : "")
            + ".\n\n";
        List<Report.Target> targets = new ArrayList<>();
        Map<String, String> sections = new LinkedHashMap<>();
        for (String name : chosen) {
            String loadBefore = Machine.loadAverage();
            Instant begun = Instant.now();
            System.out.println("== " + name + " (load average " + loadBefore + ")");
            Report report = switch (name) {
                case "polling" -> new ReviewPollingBenchmark().run();
                case "bulk" -> new BulkDeployBenchmark().run();
                case "cold" -> new ColdStartBenchmark().run();
                case "list" -> new ListScaleBenchmark().run();
                case "meta-limits" -> new MetaLimitsBenchmark().run();
                case "validate" -> new ValidateBenchmark().run();
                default -> throw new IllegalStateException(name);
            };
            long tookSeconds = Instant.now().getEpochSecond() - begun.getEpochSecond();
            sections.put(report.title, "Started " + begun.truncatedTo(ChronoUnit.SECONDS) + ", took " + tookSeconds
                + " s; load average (1/5/15 min) before " + loadBefore + ", after " + Machine.loadAverage() + ".\n\n"
                + report.markdown() + "\n");
            targets.addAll(report.targets());
        }
        String text = Files.exists(readme) ? Files.readString(readme) : "";
        writeFigures(readme, FiguresBlock.parse(between(text)).update(header, sections, targets).render());
        targets.forEach(t -> System.out.println((t.met() ? "MET    " : "MISSED ") + t.benchmark() + ": " + t.what()
            + " = " + t.measured() + " (limit " + t.limit() + ")"));
        System.out.println("Figures written to " + readme);
    }

    /** The text between the markers, or "" when there are none yet. */
    static String between(String text) {
        int b = text.indexOf(BEGIN);
        int e = text.indexOf(END);
        return b >= 0 && e > b ? text.substring(b + BEGIN.length(), e) : "";
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
