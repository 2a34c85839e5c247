package com.eumsocial.whatsapp.cdk.bench;

import com.eumsocial.whatsapp.cdk.WhatsAppTemplateFolder;
import com.eumsocial.whatsapp.cdk.WhatsAppTemplateFolderProps;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.CfnResource;
import software.amazon.awscdk.CfnResourceProps;
import software.amazon.awscdk.Stack;

/**
 * Synth-time benchmark (not a test): an app declaring N templates from a folder with
 * {@link WhatsAppTemplateFolder} against the same app declaring N bare {@code CfnResource}s of
 * the same type and properties, read from the same files with plain Jackson. Both run in one
 * JVM (one jsii runtime), after a warm-up, several rounds alternating which goes first; the figure is the ratio of
 * the medians. CloudFormation takes at most 500 resources per stack, so both apps spread the
 * templates over stacks of {@value #PER_STACK} (one sub-folder each), as a real app must.
 *
 * <p>Run: {@code cd /work/main && mvn -B -q -pl cdk-constructs test-compile exec:java}
 * (arguments: {@code -Dexec.args="<templates> <work folder> [rounds]"}).
 */
public final class SynthBenchmark {
    private static final String WABA = "waba-0123456789abcdef0123456789abcdef";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int PER_STACK = 250;
    /** Milliseconds the last app took to declare its resources (the rest of its time is app.synth()). */
    private static long lastDeclared;
    /** CPU milliseconds (this JVM plus the jsii node process) the last app took. */
    private static long lastCpu;

    private SynthBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Path work = Path.of(args.length > 1 ? args[1] : "target/bench");
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Path templates = work.resolve("templates");
        writeTemplates(templates, count);
        // The first apps of a JVM pay for class loading and JIT on both sides of jsii: not measured.
        synthFolder(templates, work.resolve("out-warm-folder"));
        synthBare(templates, work.resolve("out-warm-bare"));

        long[] folder = new long[rounds];
        long[] bare = new long[rounds];
        long[] folderCpu = new long[rounds];
        long[] bareCpu = new long[rounds];
        for (int round = 0; round < rounds; round++) {
            // Alternate which app goes first: the jsii runtime keeps every object, so later apps
            // in a JVM run on a fuller heap.
            long bareDeclared;
            long folderDeclared;
            if (round % 2 == 0) {
                bare[round] = synthBare(templates, work.resolve("out-bare-" + round));
                bareDeclared = lastDeclared;
                bareCpu[round] = lastCpu;
                folder[round] = synthFolder(templates, work.resolve("out-folder-" + round));
                folderDeclared = lastDeclared;
                folderCpu[round] = lastCpu;
            } else {
                folder[round] = synthFolder(templates, work.resolve("out-folder-" + round));
                folderDeclared = lastDeclared;
                folderCpu[round] = lastCpu;
                bare[round] = synthBare(templates, work.resolve("out-bare-" + round));
                bareDeclared = lastDeclared;
                bareCpu[round] = lastCpu;
            }
            System.out.printf(Locale.ROOT,
                    "round %d: folder %d ms (declare %d, cpu %d), bare CfnResource %d ms (declare %d, cpu %d)%n",
                    round + 1, folder[round], folderDeclared, folderCpu[round], bare[round], bareDeclared, bareCpu[round]);
        }
        long folderMedian = median(folder);
        long bareMedian = median(bare);
        long folderBest = Arrays.stream(folder).min().orElseThrow();
        long bareBest = Arrays.stream(bare).min().orElseThrow();
        System.out.printf(Locale.ROOT, "%d templates: WhatsAppTemplateFolder %d ms, bare CfnResource %d ms (medians of %d), ratio %.2f%n",
                count, folderMedian, bareMedian, rounds, (double) folderMedian / bareMedian);
        System.out.printf(Locale.ROOT, "%d templates: WhatsAppTemplateFolder %d ms CPU, bare CfnResource %d ms CPU (medians of %d), CPU ratio %.2f%n",
                count, median(folderCpu), median(bareCpu), rounds, (double) median(folderCpu) / median(bareCpu));
        // On a shared machine other processes only ever add time: the fastest rounds are the least disturbed.
        System.out.printf(Locale.ROOT, "%d templates: WhatsAppTemplateFolder %d ms, bare CfnResource %d ms (fastest of %d), ratio %.2f%n",
                count, folderBest, bareBest, rounds, (double) folderBest / bareBest);
    }

    private static long synthFolder(Path templates, Path out) throws IOException {
        long cpuStart = cpuMillis();
        long start = System.nanoTime();
        App app = new App(AppProps.builder().outdir(out.toString()).build());
        for (Path part : parts(templates)) {
            Stack stack = new Stack(app, "Templates-" + part.getFileName());
            new WhatsAppTemplateFolder(stack, "Folder", WhatsAppTemplateFolderProps.builder()
                    .wabaId(WABA).directory(part).build());
        }
        lastDeclared = (System.nanoTime() - start) / 1_000_000;
        app.synth();
        long wall = (System.nanoTime() - start) / 1_000_000;
        lastCpu = cpuMillis() - cpuStart;
        return wall;
    }

    /** What an app without the constructs would do: read each file and declare the resource. */
    private static long synthBare(Path templates, Path out) throws IOException {
        long cpuStart = cpuMillis();
        long start = System.nanoTime();
        App app = new App(AppProps.builder().outdir(out.toString()).build());
        for (Path part : parts(templates)) {
            Stack stack = new Stack(app, "Templates-" + part.getFileName());
            declareBare(stack, part);
        }
        lastDeclared = (System.nanoTime() - start) / 1_000_000;
        app.synth();
        long wall = (System.nanoTime() - start) / 1_000_000;
        lastCpu = cpuMillis() - cpuStart;
        return wall;
    }

    private static void declareBare(Stack stack, Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.sorted().toList();
        }
        for (Path file : files) {
            JsonNode json = MAPPER.readTree(file.toFile());
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("WabaId", WABA);
            properties.put("TemplateName", json.get("name").asText());
            properties.put("Language", json.get("language").asText());
            properties.put("Category", json.get("category").asText());
            properties.put("Components", MAPPER.convertValue(json.get("components"), List.class));
            new CfnResource(stack, json.get("name").asText() + "." + json.get("language").asText(),
                    CfnResourceProps.builder().type("EUMSocial::WhatsApp::MessageTemplate").properties(properties).build());
        }
    }

    private static List<Path> parts(Path templates) throws IOException {
        try (Stream<Path> list = Files.list(templates)) {
            return list.filter(Files::isDirectory).sorted().toList();
        }
    }

    static void writeTemplates(Path folder, int count) throws IOException {
        if (Files.exists(folder)) {
            List<Path> stale = new ArrayList<>();
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(stale::add);
            }
            for (Path file : stale) {
                Files.delete(file);
            }
        }
        for (int i = 0; i < count; i++) {
            Path part = folder.resolve(String.format(Locale.ROOT, "part-%02d", i / PER_STACK));
            Files.createDirectories(part);
            String name = String.format(Locale.ROOT, "bench_template_%04d", i);
            String json = """
                    {"name": "%s", "language": "en_US", "category": "UTILITY",
                     "components": [
                       {"type": "HEADER", "format": "TEXT", "text": "Order {{1}} update", "example": {"header_text": ["A-%d"]}},
                       {"type": "BODY", "text": "Hello {{1}}, your order {{2}} has shipped and should arrive within three days.",
                        "example": {"body_text": [["Ana", "A-%d"]]}},
                       {"type": "FOOTER", "text": "Reply STOP to opt out"},
                       {"type": "BUTTONS", "buttons": [
                         {"type": "URL", "text": "Track order", "url": "https://example.com/track/{{1}}", "example": ["https://example.com/track/A-%d"]},
                         {"type": "QUICK_REPLY", "text": "Talk to us"}]}]}
                    """.formatted(name, i, i, i);
            Files.writeString(part.resolve(name + ".json"), json);
        }
    }

    /**
     * CPU time of this JVM and its child processes (the jsii runtime's node). Other engineers'
     * builds on the same cores inflate wall time far more than CPU time.
     */
    private static long cpuMillis() {
        long total = ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(0L);
        return total + ProcessHandle.current().descendants()
                .mapToLong(child -> child.info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(0L))
                .sum();
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
