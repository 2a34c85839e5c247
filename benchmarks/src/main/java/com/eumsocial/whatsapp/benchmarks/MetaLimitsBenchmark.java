package com.eumsocial.whatsapp.benchmarks;

import com.eumsocial.whatsapp.emulator.EmulatorConfig;
import com.eumsocial.whatsapp.emulator.SocialMessagingEmulator;
import com.eumsocial.whatsapp.emulator.faults.FaultSettings;
import com.eumsocial.whatsapp.emulator.meta.MetaSettings;
import com.eumsocial.whatsapp.runner.deploy.DeployReporter;
import com.eumsocial.whatsapp.runner.deploy.DeployState;
import com.eumsocial.whatsapp.runner.deploy.StackDeployer;
import com.eumsocial.whatsapp.runner.deploy.StackLoader;
import com.eumsocial.whatsapp.runner.deploy.StackTemplate;
import com.eumsocial.whatsapp.runner.invoke.CloudFormationRequest;
import com.eumsocial.whatsapp.runner.invoke.HandlerInvoker;
import com.eumsocial.whatsapp.runner.invoke.InvocationTarget;
import com.eumsocial.whatsapp.runner.invoke.ResourceType;
import com.eumsocial.whatsapp.runner.invoke.VirtualTimeSleeper;
import com.eumsocial.whatsapp.runner.plan.MetaLimits;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Benchmark "meta-limits": 500 new templates (100 names x 5 languages) on a fresh WABA under Meta's
 * limits (100 creations per hour; the template cap raised to a verified business's 6,000), review
 * delays spread from one minute to four hours, 5% 500/502 answers, through the local runner's
 * StackDeployer and the real handlers (the project's production polling schedule), in virtual
 * time: the emulator's clock, shared by the runner's workers through {@link VirtualTimeSleeper}.
 * Compared with the quota bound: what an ideal client needs under the same limits and reviews.
 */
final class MetaLimitsBenchmark {
    static final int NAMES = 100;
    static final String[] LANGUAGES = {"en_US", "pt_BR", "es", "de", "fr"};
    static final int PER_HOUR = 100;
    static final int CAP = 6000;
    static final long SEED = 2027;
    static final Duration SHORTEST_REVIEW = Duration.ofMinutes(1);
    static final Duration LONGEST_REVIEW = Duration.ofHours(4);
    static final int PARALLELISM = 500;

    Report run() throws IOException {
        MetaSettings settings = MetaSettings.builder().reviewDelayRange(SHORTEST_REVIEW, LONGEST_REVIEW).randomSeed(SEED)
            .maxTemplatesPerWaba(CAP).maxCreationsPerWabaPerHour(PER_HOUR).build();
        List<String[]> templates = new ArrayList<>();
        List<Long> reviews = new ArrayList<>();
        for (int n = 0; n < NAMES; n++) {
            for (String language : LANGUAGES) {
                String[] t = {Report.f("limits_notice_%03d", n), language};
                templates.add(t);
                reviews.add(settings.reviewDelayFor(t[0], t[1]).toSeconds());
            }
        }
        long bound = quotaBound(reviews, PER_HOUR);
        FaultSettings faults = new FaultSettings(SEED, 0, 0.025, 0.025, 0, Duration.ZERO, 0, 0);
        try (SocialMessagingEmulator emulator = SocialMessagingEmulator.start(EmulatorConfig.builder().metaSettings(settings)
            .faults(faults).build())) {
            Clock clock = emulator.backend().clock();
            // every task starts at once (no dependencies): a short quiet time is enough
            VirtualTimeSleeper sleeper = new VirtualTimeSleeper(clock, d -> emulator.control().advanceClock(d), Duration.ofMillis(2));
            InvocationTarget target = InvocationTarget.emulator(emulator.endpoint());
            ObjectNode typeConfiguration = CloudFormationRequest.defaultTypeConfiguration(target);
            Map<ResourceType, HandlerInvoker> invokers = new EnumMap<>(ResourceType.class);
            for (ResourceType type : ResourceType.values()) {
                invokers.put(type, HandlerInvoker.builder(type, target).clock(clock).sleeper(sleeper)
                    .typeConfiguration(typeConfiguration).build());
            }
            Path work = Path.of("benchmarks/target/meta-limits").toAbsolutePath();
            Files.createDirectories(work);
            Files.deleteIfExists(work.resolve("state.json"));
            DeployState state = DeployState.load(work.resolve("state.json"));
            StackDeployer.Result result;
            Instant start = clock.instant();
            long realStart = System.nanoTime();
            try (OutputStream file = Files.newOutputStream(work.resolve("deploy.log"));
                 PrintStream out = new PrintStream(file, true, "UTF-8")) {
                StackDeployer deployer = new StackDeployer(invokers::get, state, new DeployReporter(out, clock), null, PARALLELISM)
                    .limits(MetaLimits.of(CAP, PER_HOUR)).sleeper(sleeper);
                StackTemplate stack = StackLoader.parse("limits-waba", "benchmark: " + templates.size() + " templates",
                    BulkDeployBenchmark.stack(templates), Map.of());
                result = deployer.deploy(stack);
            }
            long virtualSeconds = Duration.between(start, clock.instant()).toSeconds();
            double realSeconds = (System.nanoTime() - realStart) / 1e9;
            JsonNode stats = emulator.control().stats().toJson();
            long requests = stats.path("requests").asLong();
            long creates = stats.path("operations").path("CreateWhatsAppMessageTemplate").asLong();
            long deletes = stats.path("operations").path("DeleteWhatsAppMessageTemplate").asLong();
            long injected = stats.path("errors").path("InternalServiceException").asLong()
                + stats.path("errors").path("DependencyException").asLong();
            long refusedCreates = stats.path("errors").path("LimitExceededException").asLong();
            System.out.printf("  virtual %d s (bound %d s), real %.0f s, success %s, %d requests%n", virtualSeconds, bound,
                realSeconds, result.success(), requests);
            return report(templates.size(), result, virtualSeconds, bound, realSeconds, requests, creates, deletes, injected,
                refusedCreates, stats);
        }
    }

    /**
     * What an ideal client needs: it knows every review's length, creates the longest reviews
     * first, 100 per hour from time 0, and sees each approval the moment it happens.
     */
    static long quotaBound(List<Long> reviews, int perHour) {
        List<Long> sorted = new ArrayList<>(reviews);
        sorted.sort(java.util.Comparator.reverseOrder());
        long bound = 0;
        for (int j = 0; j < sorted.size(); j++) {
            bound = Math.max(bound, (j / perHour) * 3600L + sorted.get(j));
        }
        return bound;
    }

    private static Report report(int count, StackDeployer.Result result, long virtualSeconds, long bound, double realSeconds,
                                 long requests, long creates, long deletes, long injected, long refusedCreates, JsonNode stats) {
        Report r = new Report("7. Meta's limits (meta-limits)");
        double ratio = (double) virtualSeconds / bound;
        double perTemplate = (double) requests / count;
        r.line(Report.f("%d MessageTemplates (%d names x %d languages, UTILITY, unique bodies) in one stack on a fresh WABA,",
                count, NAMES, LANGUAGES.length))
            .line(Report.f("deployed by the local runner's `StackDeployer` (%d workers, the real handlers, the production polling",
                PARALLELISM))
            .line(Report.f("schedule 5-900 s) in virtual time. Emulator: %d creations per hour, cap %d, review delay per template in",
                PER_HOUR, CAP))
            .line(Report.f("%d min-%d h (seed %d), 2.5%% 500 and 2.5%% 502 injected. Quota bound: an ideal client that creates the",
                SHORTEST_REVIEW.toMinutes(), LONGEST_REVIEW.toHours(), SEED))
            .line(Report.f("longest reviews first, %d per hour from time 0, and sees each approval at once: **%s**.", PER_HOUR,
                Report.duration(bound)))
            .line("")
            .table(List.of("measure", "value"), List.of(
                List.of("virtual wall time", Report.f("%d s (%.2f h)", virtualSeconds, virtualSeconds / 3600.0)),
                List.of("virtual wall time / quota bound", Report.f("%.2f", ratio)),
                List.of("real time of the run", Report.f("%.0f s", realSeconds)),
                List.of("deploy result", result.success() ? "SUCCESS" : "FAILED: " + String.join("; ", result.failures())),
                List.of("creates sent / refused for the quota", creates + " / " + refusedCreates),
                List.of("deletes (names lost)", Long.toString(deletes)),
                List.of("API requests / per template", requests + " / " + Report.f("%.2f", perTemplate)),
                List.of("injected 500/502", Long.toString(injected)),
                List.of("requests per operation", stats.path("operations").toString().replace("|", "/"))));
        r.target("failed templates", Integer.toString(result.failures().size()), "0", result.failures().isEmpty());
        r.target("deletes (names lost)", Long.toString(deletes), "0", deletes == 0);
        r.target("virtual wall time / quota bound", Report.f("%.2f", ratio), "<= 1.05", ratio <= 1.05);
        r.target("API calls per template", Report.f("%.2f", perTemplate), "<= 6", perTemplate <= 6);
        return r;
    }
}
