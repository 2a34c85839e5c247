package com.eumsocial.whatsapp.benchmarks;

import com.eumsocial.whatsapp.emulator.meta.MetaSettings;
import com.eumsocial.whatsapp.emulator.faults.FaultSettings;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.socialmessaging.SocialMessagingClient;
import software.amazon.awssdk.services.socialmessaging.model.CreateWhatsAppMessageTemplateRequest;

/**
 * Benchmark 3: a cold Lambda. Each measured run is a fresh JVM that loads the shaded handler jar,
 * constructs {@code HandlerWrapper} and handles one CloudFormation READ against the emulator
 * ({@link ColdReadMain}); the baseline is a fresh JVM, same jar, that builds the same SDK client and
 * makes the same GetWhatsAppMessageTemplate call ({@link BaselineGetMain}). Wall time is measured
 * around the process; peak memory is {@code /usr/bin/time -v}'s maximum resident set size.
 */
final class ColdStartBenchmark {
    static final int RUNS = 9;
    static final String[] MODULES = {"template-resource", "library-template-resource", "media-resource"};
    static final String MESSAGE_TEMPLATE_WRAPPER = "com.eumsocial.whatsapp.messagetemplate.HandlerWrapper";
    /**
     * AWS Lambda's java17 runtime stops tiered compilation at level 1 by default (Lambda developer
     * guide, "Customize Java runtime startup behavior"): measured as a second setting.
     */
    static final String C1_ONLY = "-XX:TieredStopAtLevel=1";
    /**
     * What the resource handlers never load: the hooks' encryption (Bouncy Castle, the AWS
     * Encryption SDK, SDK v1 KMS) and the rpdk's CloudFormation and CloudWatch Events clients
     * (used only by its re-invocation scheduler and callback adapter, not by LambdaWrapper).
     */
    static final List<String> UNUSED_BY_RESOURCE_HANDLERS = List.of("org/bouncycastle/",
        "META-INF/versions/9/org/bouncycastle/", "META-INF/versions/11/org/bouncycastle/",
        "META-INF/versions/15/org/bouncycastle/", "com/amazonaws/encryptionsdk/", "com/amazonaws/services/kms/",
        "software/amazon/awssdk/services/cloudformation/", "software/amazon/awssdk/services/cloudwatchevents/");
    private static final Pattern MAX_RSS = Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");
    private static final Pattern PHASES = Pattern.compile("cold-start-phases jvm=(\\d+) load=(\\d+) construct=(\\d+) handle=(\\d+)");

    record Run(double seconds, long maxRssKib, String stdout, long[] phasesMillis) { }

    record Series(String label, List<Double> seconds, List<Long> rssKib, long classesLoaded, List<long[]> phases) {
        /** Median milliseconds of phase i (0 JVM start to main, 1 class load, 2 construct, 3 handle). */
        double medianPhase(int i) {
            return Stats.median(phases.stream().map(p -> p[i]).toList());
        }

        double medianSeconds() {
            return Stats.median(seconds);
        }

        double medianRssMib() {
            return rssKib.isEmpty() ? Double.NaN : Stats.median(rssKib) / 1024.0;
        }
    }

    private final Path work = Path.of("benchmarks/target/cold-start").toAbsolutePath();
    private final Path classes = Path.of("benchmarks/target/classes").toAbsolutePath();
    private final boolean haveTime = Files.isExecutable(Path.of("/usr/bin/time"));
    private long excludedJarBytes;

    Report run() throws IOException, InterruptedException {
        Files.createDirectories(work.resolve("tmp"));
        Path builtJar = handlerJar("template-resource");
        // A private copy: the module's owner may rebuild its jar while these runs go on.
        Path jar = work.resolve(builtJar.getFileName());
        copyWhole(builtJar, jar);
        MetaSettings settings = MetaSettings.builder().reviewDelay(Duration.ZERO).build();
        try (EmulatorSession emulator = EmulatorSession.realTime(settings, FaultSettings.NONE);
             SocialMessagingClient client = emulator.client()) {
            String templateId = client.createWhatsAppMessageTemplate(CreateWhatsAppMessageTemplateRequest.builder()
                .id(EmulatorSession.WABA)
                .templateDefinition(SdkBytes.fromUtf8String("{\"name\":\"cold_start\",\"language\":\"en_US\","
                    + "\"category\":\"UTILITY\",\"components\":[{\"type\":\"BODY\",\"text\":\"Your code is ready.\"}]}"))
                .build()).metaTemplateId();
            Path payload = work.resolve("read-payload.json");
            ObjectNode properties = CloudFormationPayloads.JSON.createObjectNode()
                .put("WabaId", EmulatorSession.WABA).put("MetaTemplateId", templateId);
            Files.writeString(payload, new CloudFormationPayloads("EUMSocial::WhatsApp::MessageTemplate",
                emulator.endpoint(), emulator.key()).request("READ", properties, null, null).toString());

            List<String> handler = javaCommand(jar, List.of(), ColdReadMain.class.getName(), MESSAGE_TEMPLATE_WRAPPER,
                payload.toString());
            List<String> baseline = javaCommand(jar, List.of(), BaselineGetMain.class.getName(),
                emulator.endpoint().toString(), EmulatorSession.WABA, templateId, emulator.key().accessKeyId(),
                emulator.key().secretAccessKey());
            List<String> handlerC1 = javaCommand(jar, List.of(C1_ONLY), ColdReadMain.class.getName(),
                MESSAGE_TEMPLATE_WRAPPER, payload.toString());
            List<String> baselineC1 = javaCommand(jar, List.of(C1_ONLY), BaselineGetMain.class.getName(),
                emulator.endpoint().toString(), EmulatorSession.WABA, templateId, emulator.key().accessKeyId(),
                emulator.key().secretAccessKey());
            Path trimmed = work.resolve("handler-trimmed.jar");
            excludedJarBytes = JarContents.copyWithout(jar, UNUSED_BY_RESOURCE_HANDLERS, trimmed);
            List<String> handlerTrimmed = javaCommand(trimmed, List.of(), ColdReadMain.class.getName(),
                MESSAGE_TEMPLATE_WRAPPER, payload.toString());
            checkHandlerAnswer(measure(handlerTrimmed).stdout(), templateId);
            // The trimmed jar must also create (schema validation, definition checks, create call).
            Path createPayload = work.resolve("create-payload.json");
            ObjectNode create = ReviewPollingBenchmark.properties("cold_start_trimmed");
            create.put("WaitForApproval", false);
            Files.writeString(createPayload, new CloudFormationPayloads("EUMSocial::WhatsApp::MessageTemplate",
                emulator.endpoint(), emulator.key()).request("CREATE", create, null, null).toString());
            String created = measure(javaCommand(trimmed, List.of(), ColdReadMain.class.getName(), MESSAGE_TEMPLATE_WRAPPER,
                createPayload.toString())).stdout();
            if (!CloudFormationPayloads.JSON.readTree(created).path("status").asText().equals("SUCCESS")) {
                throw new IllegalStateException("A create from the trimmed jar failed: " + created);
            }
            Map<String, List<String>> commands = new LinkedHashMap<>();
            commands.put("handler read (HandlerWrapper.handleRequest)", handler);
            commands.put("baseline (SDK client + Get)", baseline);
            commands.put("handler read, " + C1_ONLY, handlerC1);
            commands.put("baseline, " + C1_ONLY, baselineC1);
            commands.put("handler read, trimmed jar (see below)", handlerTrimmed);

            // Check once that each answers as it should, and warm the page cache with the jar.
            checkHandlerAnswer(measure(handler).stdout(), templateId);
            checkBaselineAnswer(measure(baseline).stdout());

            Map<String, List<Double>> seconds = new LinkedHashMap<>();
            Map<String, List<Long>> rss = new LinkedHashMap<>();
            Map<String, List<long[]>> phases = new LinkedHashMap<>();
            commands.keySet().forEach(k -> {
                seconds.put(k, new ArrayList<>());
                rss.put(k, new ArrayList<>());
                phases.put(k, new ArrayList<>());
            });
            // Interleaved: run i of every setting happens under the same load.
            for (int i = 0; i < RUNS; i++) {
                for (Map.Entry<String, List<String>> c : commands.entrySet()) {
                    Run r = measure(c.getValue());
                    seconds.get(c.getKey()).add(r.seconds());
                    phases.get(c.getKey()).add(r.phasesMillis());
                    if (r.maxRssKib() > 0) {
                        rss.get(c.getKey()).add(r.maxRssKib());
                    }
                }
                System.out.printf("  run %d/%d done (load %s)%n", i + 1, RUNS, Machine.loadAverage());
            }
            List<Series> series = new ArrayList<>();
            for (Map.Entry<String, List<String>> c : commands.entrySet()) {
                series.add(new Series(c.getKey(), seconds.get(c.getKey()), rss.get(c.getKey()),
                    classesLoaded(c.getValue()), phases.get(c.getKey())));
            }
            return report(series, jar, builtJar);
        }
    }

    private List<String> javaCommand(Path jar, List<String> jvmOptions, String mainClass, String... args) {
        List<String> command = new ArrayList<>();
        if (haveTime) {
            command.add("/usr/bin/time");
            command.add("-v");
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        // The rpdk wrapper empties java.io.tmpdir on every request, as it does in Lambda.
        command.add("-Djava.io.tmpdir=" + work.resolve("tmp"));
        command.add("-cp");
        command.add(jar + java.io.File.pathSeparator + classes);
        command.add(mainClass);
        command.addAll(List.of(args));
        return command;
    }

    private Run measure(List<String> command) throws IOException, InterruptedException {
        Path out = work.resolve("stdout.txt");
        Path err = work.resolve("stderr.txt");
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("A cold run took more than 2 minutes: " + command);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        if (p.exitValue() != 0) {
            throw new IllegalStateException("Exit " + p.exitValue() + " from " + command + ":\n" + stderr);
        }
        Matcher m = MAX_RSS.matcher(stderr);
        Matcher ph = PHASES.matcher(stderr);
        long[] phases = ph.find() ? new long[] {Long.parseLong(ph.group(1)), Long.parseLong(ph.group(2)),
            Long.parseLong(ph.group(3)), Long.parseLong(ph.group(4))} : new long[4];
        return new Run(seconds, m.find() ? Long.parseLong(m.group(1)) : -1, Files.readString(out, StandardCharsets.UTF_8),
            phases);
    }

    /** Classes the JVM loaded in one run: what the start-up work is made of. */
    private long classesLoaded(List<String> command) throws IOException, InterruptedException {
        Path log = work.resolve("classes.log");
        Files.deleteIfExists(log);
        List<String> logged = new ArrayList<>(command);
        int javaAt = haveTime ? 2 : 0;
        logged.add(javaAt + 1, "-Xlog:class+load=info:file=" + log);
        measure(logged);
        try (Stream<String> lines = Files.lines(log)) {
            return lines.count();
        }
    }

    private static void checkHandlerAnswer(String stdout, String templateId) throws IOException {
        JsonNode event = CloudFormationPayloads.JSON.readTree(stdout);
        if (!event.path("status").asText().equals("SUCCESS")
            || !event.at("/resourceModel/MetaTemplateId").asText().equals(templateId)) {
            throw new IllegalStateException("The cold read did not succeed: " + stdout);
        }
    }

    private static void checkBaselineAnswer(String stdout) {
        if (!stdout.contains("cold_start")) {
            throw new IllegalStateException("The baseline did not read the template: " + stdout);
        }
    }

    /** Copies a jar that may be being rewritten by a build: retries until the copy opens as a zip. */
    private static void copyWhole(Path from, Path to) throws IOException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            Files.copy(from, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            IOException problem;
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(to.toFile())) {
                if (zip.getEntry("META-INF/MANIFEST.MF") != null) {
                    return;
                }
                problem = new IOException(to + " has no manifest");
            } catch (IOException e) {
                problem = e;
            }
            if (attempt == 5) {
                throw new IOException(from + " stays unreadable (a build keeps rewriting it?)", problem);
            }
            Thread.sleep(10_000);
        }
    }

    /** The module's shaded handler jar as built in its target folder, else as installed in ~/.m2. */
    static Path handlerJar(String module) {
        Path target = Path.of(module, "target");
        if (Files.isDirectory(target)) {
            try (Stream<Path> files = Files.list(target)) {
                Path found = files.filter(f -> f.getFileName().toString().endsWith("-handler.jar")).findFirst().orElse(null);
                if (found != null) {
                    return found.toAbsolutePath();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Path installed = Path.of(System.getProperty("user.home"), ".m2/repository/com/eumsocial/whatsapp", module,
            "0.1.0-SNAPSHOT", module + "-0.1.0-SNAPSHOT-handler.jar");
        if (!Files.exists(installed)) {
            throw new IllegalStateException("No handler jar for " + module + ": build it with mvn -B -pl " + module + " package");
        }
        return installed;
    }

    Report report(List<Series> series, Path jar, Path builtJar) throws IOException {
        Report r = new Report("3. Cold start");
        r.line("Each run is a new JVM (`" + Machine.java() + "`, default heap) started with the shaded handler jar")
            .line("`" + Path.of("").toAbsolutePath().relativize(builtJar) + "` (a copy) on the class path: `ColdReadMain` loads")
            .line("`HandlerWrapper`, calls `handleRequest` once with a CloudFormation READ payload (file) against the")
            .line("emulator, prints the progress event. Baseline: `BaselineGetMain`, same jar, builds the SDK client")
            .line("(url-connection, region, endpoint, session credentials) and makes the same Get. " + RUNS + " runs of")
            .line("each setting, interleaved; wall time around the process, memory = `/usr/bin/time -v` max RSS.")
            .line("");
        Series handler = series.get(0);
        Series baseline = series.get(1);
        List<List<String>> rows = new ArrayList<>();
        for (Series s : series) {
            rows.add(List.of(s.label(), Report.f("%.2f s", s.medianSeconds()),
                Report.f("%.2f-%.2f s", Stats.min(s.seconds()), Stats.max(s.seconds())),
                Double.isNaN(s.medianRssMib()) ? "n/a" : Report.f("%.0f MiB", s.medianRssMib()),
                Long.toString(s.classesLoaded()),
                Report.f("%.0f / %.0f / %.0f / %.0f ms", s.medianPhase(0), s.medianPhase(1), s.medianPhase(2), s.medianPhase(3))));
        }
        r.table(List.of("process", "median wall", "min-max", "median max RSS", "classes loaded",
            "JVM start to main / load wrapper class / construct / first request (medians)"), rows);
        double ratio = handler.medianSeconds() / baseline.medianSeconds();
        double ratioC1 = series.get(2).medianSeconds() / series.get(3).medianSeconds();
        r.line(Report.f("Handler / baseline, median wall time: **%.3f** (default JVM), **%.3f** (%s); max RSS: %.2f.",
            ratio, ratioC1, C1_ONLY, handler.medianRssMib() / baseline.medianRssMib())).line("");
        r.target("cold read wall time / SDK baseline, default JVM", Report.f("%.3f (%.2f s / %.2f s)", ratio,
            handler.medianSeconds(), baseline.medianSeconds()), "<= 1.5", ratio <= 1.5);
        r.target("cold read wall time / SDK baseline, " + C1_ONLY + " (Lambda's java17 default)", Report.f("%.3f (%.2f s / %.2f s)",
            ratioC1, series.get(2).medianSeconds(), series.get(3).medianSeconds()), "<= 1.5", ratioC1 <= 1.5);

        r.line("#### Handler jars").line("");
        List<List<String>> jars = new ArrayList<>();
        for (String module : MODULES) {
            Path j = handlerJar(module);
            jars.add(List.of(module, Path.of("").toAbsolutePath().relativize(j).toString(),
                Report.f("%.1f MB", Files.size(j) / 1e6)));
        }
        r.table(List.of("module", "jar", "size"), jars);
        r.line("Biggest packages of the MessageTemplate handler jar (compressed bytes):").line("");
        List<List<String>> packages = new ArrayList<>();
        long total = Files.size(jar);
        for (JarContents.Share s : JarContents.biggest(jar, 3, 15)) {
            packages.add(List.of("`" + s.prefix() + "`", Report.f("%.1f MB", s.compressedBytes() / 1e6),
                Report.f("%.0f%%", 100.0 * s.compressedBytes() / total), Integer.toString(s.entries())));
        }
        r.table(List.of("package prefix", "size", "share", "entries"), packages);
        Series trimmedSeries = series.get(4);
        r.line(Report.f("A cheap win, measured, not applied (the handler modules own their builds): the entries the resource"
                + " handlers never load (`%s`) take %.1f MB of the %.1f MB jar (%.0f%%). A copy without them (this run) still"
                + " reads and creates against the emulator. Its cold read median was %.2f s (%.2f-%.2f s) against %.2f s"
                + " (%.2f-%.2f s) for the full jar; it loads %d classes, the full jar %d, so expect the gain in the size of"
                + " the registry package and of the code Lambda fetches rather than in JVM start-up. A shade `<filter>` with"
                + " these excludes in each handler module would do it.",
            String.join("`, `", UNUSED_BY_RESOURCE_HANDLERS), excludedJarBytes / 1e6, total / 1e6,
            100.0 * excludedJarBytes / total, trimmedSeries.medianSeconds(), Stats.min(trimmedSeries.seconds()),
            Stats.max(trimmedSeries.seconds()), handler.medianSeconds(), Stats.min(handler.seconds()),
            Stats.max(handler.seconds()), trimmedSeries.classesLoaded(), handler.classesLoaded())).line("");
        return r;
    }
}
