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
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.services.socialmessaging.SocialMessagingClient;
import software.amazon.awssdk.services.socialmessaging.model.ListWhatsAppMessageTemplatesRequest;
import software.amazon.awssdk.services.socialmessaging.model.ListWhatsAppMessageTemplatesResponse;
import software.amazon.awssdk.services.socialmessaging.model.TemplateSummary;

/**
 * Benchmark 2: a full unverified WABA (250 templates) in one stack, deployed by the local runner's
 * StackDeployer with the real handlers, in real time, against an emulator that throttles each
 * operation with a token bucket (10 per second), fails 5% of requests with 500/502 and reviews each
 * template in 2-20 s (a reproducible delay per template). Compared with the lower bound the rate
 * limit and the reviews impose ({@link DeployLowerBound}).
 */
final class BulkDeployBenchmark {
    static final int TEMPLATES = 250;
    static final double RATE = 10;
    static final int BURST = 10;
    static final long SEED = 2026;
    static final Duration SHORTEST_REVIEW = Duration.ofSeconds(2);
    static final Duration LONGEST_REVIEW = Duration.ofSeconds(20);
    static final String[] LANGUAGES = {"en_US", "pt_BR", "es", "de", "fr"};
    /**
     * How the stack is deployed: resources at once (250 = every independent resource at once, as
     * CloudFormation starts them; the runner's CLI defaults to 4) and the SDK's {@code aws.maxAttempts}
     * for the handlers' clients (null: the handlers as shipped, the SDK's default retries).
     */
    record Variant(int parallelism, Integer maxAttempts) {
        String label() {
            return "parallelism " + parallelism + (maxAttempts == null ? ", as shipped" : ", aws.maxAttempts=" + maxAttempts);
        }
    }

    static final List<Variant> VARIANTS = List.of(new Variant(TEMPLATES, null), new Variant(TEMPLATES, 10), new Variant(20, null));
    /** The SDK's own setting (also AWS_MAX_ATTEMPTS); the handlers' clients read it when built. */
    static final String MAX_ATTEMPTS_PROPERTY = "aws.maxAttempts";


    record Outcome(String label, double wallSeconds, boolean success, int approved, int failures, Map<String, Long> calls,
                   long requests, long throttled, long injected5xx, List<String> problems) { }

    Report run() throws IOException {
        MetaSettings settings = MetaSettings.builder().reviewDelayRange(SHORTEST_REVIEW, LONGEST_REVIEW).randomSeed(SEED)
            // An unverified WABA holds 250 templates; Meta's 100 creations per hour is lifted here,
            // or the run would measure that limit and nothing else (see the README).
            .maxTemplatesPerWaba(TEMPLATES).maxCreationsPerWabaPerHour(TEMPLATES).build();
        List<String[]> templates = new ArrayList<>();
        List<Double> reviews = new ArrayList<>();
        for (int i = 0; i < TEMPLATES; i++) {
            String[] t = {Report.f("bulk_notice_%03d", i), LANGUAGES[i % LANGUAGES.length]};
            templates.add(t);
            reviews.add(settings.reviewDelayFor(t[0], t[1]).toMillis() / 1000.0);
        }
        DeployLowerBound.Bound bound = DeployLowerBound.compute(reviews, RATE, BURST);
        double simpleBound = DeployLowerBound.simple(reviews, RATE, BURST);
        System.out.printf("  lower bound %.1f s (last create at %.1f s), simple bound %.1f s%n",
            bound.seconds(), bound.lastCreateSeconds(), simpleBound);

        List<Outcome> outcomes = new ArrayList<>();
        for (Variant variant : VARIANTS) {
            outcomes.add(deployOnce(settings, templates, variant));
        }
        return report(outcomes, bound, simpleBound, reviews);
    }

    /** One deploy on a fresh emulator. */
    private Outcome deployOnce(MetaSettings settings, List<String[]> templates, Variant variant) throws IOException {
        Integer maxAttempts = variant.maxAttempts();
        // 2.5% 500 + 2.5% of the rest 502: 4.9% of the requests that got a token.
        FaultSettings faults = new FaultSettings(SEED, 0, 0.025, 0.025, 0, Duration.ZERO, RATE, BURST);
        String previous = System.getProperty(MAX_ATTEMPTS_PROPERTY);
        if (maxAttempts != null) {
            System.setProperty(MAX_ATTEMPTS_PROPERTY, Integer.toString(maxAttempts));
        }
        try (SocialMessagingEmulator emulator = SocialMessagingEmulator.start(EmulatorConfig.builder()
            .metaSettings(settings).faults(faults).build())) {
            Outcome outcome = deploy(emulator, templates, variant);
            System.out.printf("  %s: %.1f s, success %s, %d approved, %d failures (load %s)%n", outcome.label(),
                outcome.wallSeconds(), outcome.success(), outcome.approved(), outcome.failures(), Machine.loadAverage());
            return outcome;
        } finally {
            if (previous == null) {
                System.clearProperty(MAX_ATTEMPTS_PROPERTY);
            } else {
                System.setProperty(MAX_ATTEMPTS_PROPERTY, previous);
            }
        }
    }

    private Outcome deploy(SocialMessagingEmulator emulator, List<String[]> templates, Variant variant) throws IOException {
        InvocationTarget target = InvocationTarget.emulator(emulator.endpoint());
        // The project's production polling schedule (5-900 s, ratio 0.2): what CloudFormation users get.
        ObjectNode typeConfiguration = CloudFormationRequest.defaultTypeConfiguration(target);
        Map<ResourceType, HandlerInvoker> invokers = new EnumMap<>(ResourceType.class);
        for (ResourceType type : ResourceType.values()) {
            invokers.put(type, HandlerInvoker.builder(type, target).typeConfiguration(typeConfiguration).build());
        }
        Path work = Path.of("benchmarks/target/bulk-deploy").toAbsolutePath();
        Files.createDirectories(work);
        Path stateFile = work.resolve("state.json");
        Files.deleteIfExists(stateFile);
        Path log = work.resolve("deploy-p" + variant.parallelism() + (variant.maxAttempts() == null ? "" : "-attempts"
            + variant.maxAttempts()) + ".log");
        DeployState state = DeployState.load(stateFile);
        StackDeployer.Result result;
        long start;
        long end;
        try (OutputStream file = Files.newOutputStream(log); PrintStream out = new PrintStream(file, true, "UTF-8")) {
            StackDeployer deployer = new StackDeployer(invokers::get, state, new DeployReporter(out, Clock.systemUTC()), null,
                variant.parallelism())
                // The runner's creation gate must know the emulator's raised limits, or it holds the creates
                // beyond Meta's default 100 per hour back for an hour of real time.
                .limits(MetaLimits.of(TEMPLATES, TEMPLATES));
            StackTemplate stack = StackLoader.parse("bulk-waba", "benchmark: " + TEMPLATES + " templates", stack(templates), Map.of());
            start = System.nanoTime();
            result = deployer.deploy(stack);
            end = System.nanoTime();
        }
        Map<String, Long> calls = new HashMap<>();
        JsonNode stats = emulator.control().stats().toJson();
        stats.path("operations").fields().forEachRemaining(e -> calls.put(e.getKey(), e.getValue().asLong()));
        long requests = stats.path("requests").asLong();
        long throttled = stats.path("errors").path("ThrottledRequestException").asLong();
        long injected = stats.path("errors").path("InternalServiceException").asLong()
            + stats.path("errors").path("DependencyException").asLong();
        List<String> problems = new ArrayList<>(result.failures());
        // Check at the source, without the throttle: what Meta holds.
        emulator.control().configureFaults(FaultSettings.NONE);
        int approved = checkWaba(emulator, templates, problems);
        return new Outcome(variant.label(), (end - start) / 1e9, result.success(), approved,
            result.failures().size(), calls, requests, throttled, injected, problems);
    }

    /** A stack of UTILITY MessageTemplates, one per {name, language}, with unique bodies (also used by meta-limits). */
    static ObjectNode stack(List<String[]> templates) {
        ObjectNode root = CloudFormationPayloads.JSON.createObjectNode();
        ObjectNode resources = root.putObject("Resources");
        for (int i = 0; i < templates.size(); i++) {
            String[] t = templates.get(i);
            ObjectNode p = resources.putObject(Report.f("Notice%03d", i))
                .put("Type", ResourceType.MESSAGE_TEMPLATE.typeName()).putObject("Properties");
            p.put("WabaId", EmulatorSession.WABA);
            p.put("TemplateName", t[0]);
            p.put("Language", t[1]);
            p.put("Category", "UTILITY");
            ObjectNode body = p.putArray("Components").addObject();
            body.put("type", "BODY");
            // Unique wording: Meta rejects a template that repeats another's body.
            body.put("text", "Notice " + i + ": the document {{1}} for your account is ready to view.");
            body.putObject("example").putArray("body_text").addArray().add("INV-" + (1000 + i));
        }
        return root;
    }

    /** Every declared name + language exactly once and APPROVED; returns how many are APPROVED. */
    private static int checkWaba(SocialMessagingEmulator emulator, List<String[]> templates, List<String> problems) {
        Map<String, Integer> seen = new HashMap<>();
        int approved = 0;
        try (SocialMessagingClient client = new EmulatorSessionClient(emulator).client()) {
            String token = null;
            do {
                ListWhatsAppMessageTemplatesResponse page = client.listWhatsAppMessageTemplates(
                    ListWhatsAppMessageTemplatesRequest.builder().id(EmulatorSession.WABA).maxResults(100).nextToken(token).build());
                for (TemplateSummary s : page.templates()) {
                    seen.merge(s.templateName() + "/" + s.templateLanguage(), 1, Integer::sum);
                    if ("APPROVED".equals(s.templateStatus())) {
                        approved++;
                    } else {
                        problems.add(s.templateName() + "/" + s.templateLanguage() + " is " + s.templateStatus());
                    }
                }
                token = page.nextToken();
            } while (token != null && !token.isEmpty());
        }
        for (String[] t : templates) {
            int n = seen.getOrDefault(t[0] + "/" + t[1], 0);
            if (n != 1) {
                problems.add(t[0] + "/" + t[1] + " is present " + n + " times");
            }
        }
        if (seen.size() != templates.size()) {
            problems.add("the WABA holds " + seen.size() + " name + language pairs, " + templates.size() + " declared");
        }
        return approved;
    }

    /** An SDK client for an emulator this benchmark started itself. */
    private record EmulatorSessionClient(SocialMessagingEmulator emulator) {
        SocialMessagingClient client() {
            return software.amazon.awssdk.services.socialmessaging.SocialMessagingClient.builder()
                .endpointOverride(emulator.endpoint())
                .region(software.amazon.awssdk.regions.Region.US_EAST_1)
                .credentialsProvider(software.amazon.awssdk.auth.credentials.StaticCredentialsProvider.create(
                    software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create(
                        com.eumsocial.whatsapp.emulator.security.AccessKey.DEFAULT.accessKeyId(),
                        com.eumsocial.whatsapp.emulator.security.AccessKey.DEFAULT.secretAccessKey())))
                .httpClient(software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient.builder().build())
                .build();
        }
    }

    static Report report(List<Outcome> outcomes, DeployLowerBound.Bound bound, double simpleBound, List<Double> reviews) {
        Report r = new Report("2. Bulk deploy");
        double longest = reviews.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double shortest = reviews.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        r.line(Report.f("%d MessageTemplates (UTILITY, 5 languages, unique bodies) in one stack, deployed by the local runner's",
                TEMPLATES))
            .line("`StackDeployer` (the real handlers through `HandlerInvoker`, the project's polling schedule")
            .line(Report.f("5-900 s) in real time. Emulator: token bucket %.0f requests/s per operation (burst %d), 2.5%% 500 and",
                RATE, BURST))
            .line(Report.f("2.5%% 502 injected (seed %d), review delay per template drawn in %d-%d s (here %.1f-%.1f s), limits",
                SEED, SHORTEST_REVIEW.toSeconds(), LONGEST_REVIEW.toSeconds(), shortest, longest))
            .line("raised to 250 templates and 250 creations per hour. One deploy per column, each on a fresh emulator:")
            .line("all 250 resources at once (as CloudFormation starts independent resources) with the handlers as shipped;")
            .line("the same with the SDK setting `aws.maxAttempts=10` for the handlers' clients (what a retry strategy with")
            .line("more attempts in `SocialMessagingClientFactory` would do; not applied); 20 at a time, as shipped.")
            .line("")
            .line(Report.f("Lower bound **%.1f s**: an ideal client that sends each template's WABA check, duplicate check (one"
                + " List page) and create the moment a token is free, in declaration order, and one Get exactly when the"
                + " review ends (`DeployLowerBound`; last create at %.1f s). The brief's rough form, (250 - burst) / rate +"
                + " longest review, gives %.1f s.", bound.seconds(), bound.lastCreateSeconds(), simpleBound))
            .line("");
        List<String> header = new ArrayList<>(List.of("measure"));
        outcomes.forEach(o -> header.add(o.label()));
        List<List<String>> rows = new ArrayList<>();
        rows.add(row("wall time", outcomes, o -> Report.f("%.1f s", o.wallSeconds())));
        rows.add(row("wall time / lower bound", outcomes, o -> Report.f("%.2f", o.wallSeconds() / bound.seconds())));
        rows.add(row("wall time / rough bound", outcomes, o -> Report.f("%.2f", o.wallSeconds() / simpleBound)));
        rows.add(row("deploy result", outcomes, o -> o.success() ? "SUCCESS" : "FAILED (" + o.failures() + " failures, rolled back)"));
        rows.add(row("APPROVED at Meta afterwards", outcomes, o -> o.approved() + " of " + TEMPLATES));
        rows.add(row("API requests (all operations)", outcomes, o -> Long.toString(o.requests())));
        rows.add(row("API requests per template", outcomes, o -> Report.f("%.2f", (double) o.requests() / TEMPLATES)));
        java.util.TreeSet<String> operations = new java.util.TreeSet<>();
        outcomes.forEach(o -> operations.addAll(o.calls().keySet()));
        for (String op : operations) {
            rows.add(row("&nbsp;&nbsp;" + op + " per template", outcomes,
                o -> Report.f("%.2f", o.calls().getOrDefault(op, 0L) / (double) TEMPLATES)));
        }
        rows.add(row("answered 429 (token bucket)", outcomes, o -> Long.toString(o.throttled())));
        rows.add(row("answered 500/502 (injected)", outcomes, o -> Long.toString(o.injected5xx())));
        r.table(header, rows);
        for (Outcome o : outcomes) {
            if (!o.problems().isEmpty()) {
                r.line("Problems, " + o.label() + " (" + o.problems().size() + "; first 5):").line("");
                o.problems().stream().limit(5).forEach(p -> r.line("- " + p.replace('\n', ' ')));
                r.line("");
            }
            boolean allApproved = o.success() && o.approved() == TEMPLATES && o.problems().isEmpty();
            r.target("every template APPROVED, none failed, each name + language once (" + o.label() + ")",
                o.approved() + " approved, " + o.failures() + " failed, " + o.problems().size() + " problems", "250, 0, 0",
                allApproved);
            double ratio = o.wallSeconds() / bound.seconds();
            r.target("wall time / lower bound (" + o.label() + ")", Report.f("%.2f (%.1f s / %.1f s)%s", ratio, o.wallSeconds(),
                bound.seconds(), o.success() ? "" : ", deploy failed"), "<= 1.3 and a successful deploy", allApproved && ratio <= 1.3);
        }
        return r;
    }

    private static List<String> row(String measure, List<Outcome> outcomes, java.util.function.Function<Outcome, String> value) {
        List<String> row = new ArrayList<>(List.of(measure));
        outcomes.forEach(o -> row.add(value.apply(o)));
        return row;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
