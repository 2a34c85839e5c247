package com.eumsocial.whatsapp.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code validate} of 1,000 template files through the runnable jar, as CI runs it: a new JVM per
 * run ({@code java -jar local-runner-<version>-all.jar validate <folder>}), so JVM start-up, class
 * loading and reading every file are all in the wall time. Target: at most 5 s.
 */
final class ValidateBenchmark {
    static final int FILES = 1_000;
    static final int ROUNDS = 5;
    static final double LIMIT_SECONDS = 5.0;
    private static final String[] LANGUAGES = {"en_US", "es", "pt_BR", "fr", "de", "id", "en_GB", "it", "nl", "hi"};

    /** The JVM options examples/ci/ci.sh runs the runner with: a short-lived JVM gains nothing from the C2 compiler. */
    static final List<String> CI_JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    Report run() throws Exception {
        Path jar = runnerJar();
        Path folder = Path.of("benchmarks/target/validate-bench/templates").toAbsolutePath();
        writeTemplates(folder);
        List<Double> plain = rounds(List.of(), jar, folder);
        List<Double> ci = rounds(CI_JVM_OPTIONS, jar, folder);
        Report r = new Report("6. Validate 1,000 template files");
        r.line(Report.f("`java [options] -jar %s validate <folder of %,d files>`: a new JVM each round (start-up, class loading"
                + " and reading every file included), %d rounds per line. The files are Meta-format definitions in"
                + " %d languages (bodies with parameters and examples, every third with a text header, every fifth with"
                + " buttons) in 10 sub-folders; every run ends `Valid: %,d template(s) in %,d file(s), no problems.` (checked).",
                Path.of("").toAbsolutePath().relativize(jar), FILES, ROUNDS, LANGUAGES.length, FILES, FILES));
        r.line("");
        r.table(List.of("JVM options", "rounds (wall time)", "median", "slowest"), List.of(
                List.of("none (plain `java -jar`)", describe(plain), Report.f("%.2f s", Stats.median(plain)),
                        Report.f("%.2f s", Stats.max(plain))),
                List.of("`" + String.join(" ", CI_JVM_OPTIONS) + "` (examples/ci/ci.sh)", describe(ci),
                        Report.f("%.2f s", Stats.median(ci)), Report.f("%.2f s", Stats.max(ci)))));
        r.target("validate 1,000 files, wall time with JVM start, as examples/ci/ci.sh runs it (slowest of " + ROUNDS + ")",
                Report.f("%.2f s", Stats.max(ci)), Report.f("<= %.0f s", LIMIT_SECONDS), Stats.max(ci) <= LIMIT_SECONDS);
        r.target("validate 1,000 files, wall time with JVM start, plain java -jar (median of " + ROUNDS + ")",
                Report.f("%.2f s", Stats.median(plain)), Report.f("<= %.0f s", LIMIT_SECONDS), Stats.median(plain) <= LIMIT_SECONDS);
        return r;
    }

    private static List<Double> rounds(List<String> jvmOptions, Path jar, Path folder) throws Exception {
        List<Double> wall = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            List<String> command = new ArrayList<>(List.of("java"));
            command.addAll(jvmOptions);
            command.addAll(List.of("-jar", jar.toString(), "validate", folder.toString()));
            long start = System.nanoTime();
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            int exit = p.waitFor();
            wall.add((System.nanoTime() - start) / 1e9);
            if (exit != 0 || !output.equals("Valid: " + FILES + " template(s) in " + FILES + " file(s), no problems.")) {
                throw new IllegalStateException("validate exited " + exit + ": " + output);
            }
            System.out.println(Report.f("  %s round %d: %.2f s", jvmOptions, round + 1, wall.get(round)));
        }
        return wall;
    }

    private static String describe(List<Double> wall) {
        return String.join(", ", wall.stream().map(w -> Report.f("%.2f", w)).toList()) + " s";
    }

    static void writeTemplates(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        for (int i = 0; i < FILES; i++) {
            String name = "bench_notice_" + (i / LANGUAGES.length);
            String language = LANGUAGES[i % LANGUAGES.length];
            StringBuilder components = new StringBuilder();
            if (i % 3 == 0) {
                components.append("{\"type\": \"HEADER\", \"format\": \"TEXT\", \"text\": \"Order update\"},\n    ");
            }
            components.append("{\"type\": \"BODY\", \"text\": \"Hello {{1}}, your order {{2}} has shipped and should arrive")
                    .append(" within three days.\", \"example\": {\"body_text\": [[\"Ana\", \"A-").append(i).append("\"]]}}");
            if (i % 5 == 0) {
                components.append(",\n    {\"type\": \"BUTTONS\", \"buttons\": [{\"type\": \"QUICK_REPLY\", \"text\": \"Track it\"},")
                        .append(" {\"type\": \"URL\", \"text\": \"Open\", \"url\": \"https://shop.example.com/o/{{1}}\",")
                        .append(" \"example\": [\"https://shop.example.com/o/A-1\"]}]}");
            }
            String json = "{\n  \"name\": \"" + name + "\",\n  \"language\": \"" + language + "\",\n  \"category\": \"UTILITY\",\n"
                    + "  \"components\": [\n    " + components + "\n  ]\n}\n";
            Path file = folder.resolve("group_" + (i % 10)).resolve(name + "." + language + ".json");
            Files.createDirectories(file.getParent());
            Files.writeString(file, json);
        }
    }

    private static Path runnerJar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("local-runner/target"))) {
            return files.filter(p -> p.getFileName().toString().matches("local-runner-.*-all\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("local-runner/target/local-runner-*-all.jar is missing:"
                            + " run.sh builds it (mvn install -pl benchmarks -am)"))
                    .toAbsolutePath();
        }
    }
}
