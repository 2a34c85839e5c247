package com.eumsocial.whatsapp.runner.deploy;

import com.eumsocial.whatsapp.emulator.EmulatorConfig;
import com.eumsocial.whatsapp.emulator.SocialMessagingEmulator;
import com.eumsocial.whatsapp.emulator.meta.MetaSettings;
import com.eumsocial.whatsapp.runner.invoke.HandlerInvoker;
import com.eumsocial.whatsapp.runner.invoke.InvocationTarget;
import com.eumsocial.whatsapp.runner.invoke.ResourceType;
import com.eumsocial.whatsapp.runner.invoke.Sleeper;
import com.eumsocial.whatsapp.runner.invoke.VirtualTimeSleeper;
import com.eumsocial.whatsapp.runner.plan.MetaLimits;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.socialmessaging.SocialMessagingClient;
import software.amazon.awssdk.services.socialmessaging.SocialMessagingClientBuilder;

/**
 * Where a command runs: the target, one invoker per type, how media assets reach the service, and
 * (for the default target) the embedded emulator, whose data directory keeps its state between runs.
 */
public final class RunnerSession implements AutoCloseable {
    private final InvocationTarget target;
    private final SocialMessagingEmulator emulator;
    private final boolean ownsEmulator;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Map<ResourceType, HandlerInvoker> invokers = new EnumMap<>(ResourceType.class);

    private RunnerSession(InvocationTarget target, SocialMessagingEmulator emulator, boolean ownsEmulator, Clock clock, Sleeper sleeper,
                          Consumer<String> handlerLog) {
        this.target = target;
        this.emulator = emulator;
        this.ownsEmulator = ownsEmulator;
        this.clock = clock;
        this.sleeper = sleeper;
        ObjectNode typeConfiguration = com.eumsocial.whatsapp.runner.invoke.CloudFormationRequest.defaultTypeConfiguration(target);
        if (emulator != null) {
            // The emulator reviews in seconds: poll every 1-5 s instead of the 5-900 s meant for Meta.
            ObjectNode polling = typeConfiguration.putObject("Polling");
            polling.put("MinDelaySeconds", 1);
            polling.put("MaxDelaySeconds", 5);
        }
        for (ResourceType type : ResourceType.values()) {
            invokers.put(type, HandlerInvoker.builder(type, target).clock(clock).sleeper(sleeper).log(handlerLog)
                .typeConfiguration(typeConfiguration).build());
        }
    }

    /**
     * Starts the embedded emulator with its journal in {@code dataDir} (state kept between runs).
     *
     * @param virtualTime advance the emulator's clock instead of sleeping (tests, demos)
     */
    public static RunnerSession embedded(Path dataDir, Duration reviewDelay, boolean virtualTime, Consumer<String> handlerLog) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dataDir, e);
        }
        SocialMessagingEmulator emulator = SocialMessagingEmulator.start(EmulatorConfig.builder().port(0).dataDir(dataDir)
            .metaSettings(MetaSettings.builder().reviewDelay(reviewDelay).build()).build());
        return onEmulator(emulator, true, virtualTime, handlerLog);
    }

    /** Runs against an emulator started elsewhere (tests); it is not closed with the session. */
    public static RunnerSession onEmulator(SocialMessagingEmulator emulator, boolean ownsEmulator, boolean virtualTime,
                                           Consumer<String> handlerLog) {
        Clock clock = virtualTime ? emulator.backend().clock() : Clock.systemUTC();
        Sleeper sleeper = virtualTime ? new VirtualTimeSleeper(emulator.backend().clock(), d -> emulator.control().advanceClock(d))
            : Sleeper.REAL;
        return new RunnerSession(InvocationTarget.emulator(emulator.endpoint()), emulator, ownsEmulator, clock, sleeper, handlerLog);
    }

    /** A real account (or an emulator at {@code target.endpoint()}): real time, no media publishing. */
    public static RunnerSession remote(InvocationTarget target, Consumer<String> handlerLog) {
        return new RunnerSession(target, null, false, Clock.systemUTC(), Sleeper.REAL, handlerLog);
    }

    public InvocationTarget target() {
        return target;
    }

    public Clock clock() {
        return clock;
    }

    public SocialMessagingEmulator emulator() {
        return emulator;
    }

    public HandlerInvoker invoker(ResourceType type) {
        return invokers.get(type);
    }

    /** Media assets go straight into the embedded emulator's media store; elsewhere CDK must have published them. */
    public MediaPublisher mediaPublisher() {
        if (emulator == null) {
            return target.endpointOverride().map(RunnerSession::controlApiPublisher).orElse(null);
        }
        return (bucket, key, file) -> {
            try {
                emulator.control().putMediaObject(bucket, key, MediaPublisher.contentType(file), Files.readAllBytes(file));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read asset " + file, e);
            }
        };
    }

    /**
     * For an endpoint that is a standalone emulator: its control API ({@code PUT /_emulator/media}).
     * Any other endpoint refuses it, and the asset must be in S3 already.
     */
    static MediaPublisher controlApiPublisher(java.net.URI endpoint) {
        return (bucket, key, file) -> {
            String base = endpoint.toString().replaceAll("/+$", "");
            java.net.URI uri = java.net.URI.create(base + "/_emulator/media?bucket=" + encode(bucket) + "&key=" + encode(key)
                + "&contentType=" + encode(MediaPublisher.contentType(file)));
            try {
                java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(uri).PUT(java.net.http.HttpRequest.BodyPublishers.ofFile(file)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() / 100 != 2) {
                    throw new TemplateLoadException("cannot hand asset " + file.getFileName() + " to " + endpoint
                        + " (HTTP " + response.statusCode() + " from /_emulator/media): only the emulator takes assets directly;"
                        + " elsewhere publish it to s3://" + bucket + "/" + key + " first");
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot hand asset " + file + " to " + endpoint, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TemplateLoadException("interrupted while handing over asset " + file, e);
            }
        };
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    public StackDeployer deployer(DeployState state, DeployReporter reporter, int parallelism) {
        return new StackDeployer(this::invoker, state, reporter, mediaPublisher(), parallelism).limits(limits()).sleeper(sleeper);
    }

    /** The embedded emulator's own limits; elsewhere the cap is unknown (Meta's API does not tell it). */
    public MetaLimits limits() {
        if (emulator == null) {
            return MetaLimits.UNKNOWN_CAP;
        }
        MetaSettings settings = emulator.config().metaSettings();
        return MetaLimits.of(settings.maxTemplatesPerWaba(), settings.maxCreationsPerWabaPerHour());
    }

    /** How the session waits: sleeps, or advances the emulator's clock (virtual time). */
    public Sleeper sleeper() {
        return sleeper;
    }

    public DeployReporter reporter(PrintStream out) {
        return new DeployReporter(out, clock);
    }

    /** An SDK client for the same target (export). */
    public SocialMessagingClient client() {
        SocialMessagingClientBuilder builder = SocialMessagingClient.builder().region(Region.of(target.region()))
            .httpClient(UrlConnectionHttpClient.builder().build())
            .credentialsProvider(StaticCredentialsProvider.create(AwsSessionCredentials.create(target.credentials().accessKeyId(),
                target.credentials().secretAccessKey(), target.credentials().sessionToken())));
        target.endpointOverride().ifPresent(builder::endpointOverride);
        return builder.build();
    }

    @Override
    public void close() {
        if (ownsEmulator && emulator != null) {
            emulator.close();
        }
    }
}
