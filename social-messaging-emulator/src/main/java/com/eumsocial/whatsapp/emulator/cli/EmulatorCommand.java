package com.eumsocial.whatsapp.emulator.cli;

import com.eumsocial.whatsapp.emulator.EmulatorConfig;
import com.eumsocial.whatsapp.emulator.SocialMessagingEmulator;
import com.eumsocial.whatsapp.emulator.faults.FaultSettings;
import com.eumsocial.whatsapp.emulator.meta.MetaSettings;
import com.eumsocial.whatsapp.emulator.security.AccessKey;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Starts the emulator as a process: prints the endpoint and the credentials, then serves until
 * SIGTERM/SIGINT (a shutdown hook closes it cleanly).
 */
@Command(name = "social-messaging-emulator", mixinStandardHelpOptions = true,
        version = "social-messaging-emulator: AWS End User Messaging Social API 2024-01-01 (SDK 2.40.2 model)",
        description = "Emulates AWS End User Messaging Social (WhatsApp templates) and Meta's review, locally.")
public final class EmulatorCommand implements Callable<Integer> {
    static final int DEFAULT_PORT = 4599;

    @Option(names = "--port", description = "TCP port (0 = any free port). Default: ${DEFAULT-VALUE}.")
    int port = DEFAULT_PORT;

    @Option(names = "--host", description = "Interface to bind. Default: ${DEFAULT-VALUE}.")
    String host = "127.0.0.1";

    @Option(names = "--data-dir", description = "Directory for the journal; state survives restarts. Default: in memory.")
    Path dataDir;

    @Option(names = "--config", description = "JSON file with WABAs, access keys, limits and faults (see README).")
    Path config;

    @Option(names = "--review-delay", description = "Seconds Meta takes to review a template. Default: 5.")
    Long reviewDelaySeconds;

    @Option(names = "--seed", description = "Seed of Meta's and the fault injector's randomness.")
    Long seed;

    @Option(names = "--throttle-rate", description = "Probability of an injected ThrottledRequestException (429).")
    Double throttleRate;

    @Option(names = "--internal-error-rate", description = "Probability of an injected InternalServiceException (500).")
    Double internalErrorRate;

    @Option(names = "--dependency-error-rate", description = "Probability of an injected DependencyException (502).")
    Double dependencyErrorRate;

    @Option(names = "--latency-rate", description = "Probability that a request is delayed by --latency-ms.")
    Double latencyRate;

    @Option(names = "--latency-ms", description = "Injected latency in milliseconds.")
    Long latencyMillis;

    @Option(names = "--throttle-per-second", description = "Token-bucket rate per operation (0 = off).")
    Double throttlePerSecond;

    @Option(names = "--throttle-burst", description = "Token-bucket capacity per operation.")
    Integer throttleBurst;

    @Option(names = "--threads", description = "HTTP worker threads. Default: ${DEFAULT-VALUE}.")
    int threads = 16;

    private final CountDownLatch stopped = new CountDownLatch(1);
    private PrintWriter out = new PrintWriter(System.out, true);
    private PrintWriter err = new PrintWriter(System.err, true);
    private boolean waitForShutdown = true;
    private SocialMessagingEmulator running;

    public static void main(String[] args) {
        int exit = new CommandLine(new EmulatorCommand()).execute(args);
        if (exit != 0) {
            System.exit(exit);
        }
    }

    /** Builds the configuration from the file (if any) and then the options, which win. */
    EmulatorConfig toConfig() {
        ObjectMapper json = new ObjectMapper();
        EmulatorConfig.Builder builder = EmulatorConfig.builder().host(host).port(port).dataDir(dataDir)
                .threads(threads);
        MetaSettings.Builder meta = MetaSettings.builder();
        FaultSettings faults = FaultSettings.NONE;
        if (config != null) {
            ConfigFile.Contents contents = ConfigFile.read(config, json);
            ConfigFile.applyTo(contents, builder);
            meta = contents.meta();
            faults = contents.faults();
        }
        if (reviewDelaySeconds != null) {
            meta.reviewDelay(Duration.ofSeconds(reviewDelaySeconds));
        }
        if (seed != null) {
            meta.randomSeed(seed);
            faults = faults.withSeed(seed);
        }
        faults = new FaultSettings(faults.seed(),
                throttleRate != null ? throttleRate : faults.throttleRate(),
                internalErrorRate != null ? internalErrorRate : faults.internalErrorRate(),
                dependencyErrorRate != null ? dependencyErrorRate : faults.dependencyErrorRate(),
                latencyRate != null ? latencyRate : faults.latencyRate(),
                latencyMillis != null ? Duration.ofMillis(latencyMillis) : faults.latency(),
                throttlePerSecond != null ? throttlePerSecond : faults.throttlePerSecond(),
                throttleBurst != null ? throttleBurst : faults.throttleBurst());
        return builder.metaSettings(meta.build()).faults(faults).build();
    }

    @Override
    public Integer call() throws InterruptedException {
        EmulatorConfig emulatorConfig;
        try {
            emulatorConfig = toConfig();
        } catch (IllegalArgumentException e) {
            err.println("social-messaging-emulator: " + e.getMessage());
            return 2;
        }
        try {
            running = SocialMessagingEmulator.start(emulatorConfig);
        } catch (UncheckedIOException | IllegalStateException e) {
            // A port in use or a damaged journal: say which, without a stack trace.
            err.println("social-messaging-emulator: " + e.getMessage()
                    + (e.getCause() != null && e instanceof UncheckedIOException ? ": " + e.getCause().getMessage() : ""));
            return 1;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "emulator-shutdown"));
        printBanner(running);
        if (waitForShutdown) {
            stopped.await();
        }
        return 0;
    }

    /** Closes the emulator once (the shutdown hook and tests may both ask). */
    synchronized void stop() {
        if (running != null) {
            running.close();
            running = null;
        }
        stopped.countDown();
    }

    SocialMessagingEmulator running() {
        return running;
    }

    /** For tests: print elsewhere and return from {@link #call} once started. */
    void embedded(PrintWriter writer) {
        this.out = writer;
        this.err = writer;
        this.waitForShutdown = false;
    }

    private void printBanner(SocialMessagingEmulator emulator) {
        out.println("Social Messaging emulator listening on " + emulator.endpoint());
        out.println("  region: any (e.g. us-east-1); SigV4 signing name: " + SocialMessagingEmulator.SIGNING_NAME);
        for (AccessKey key : emulator.accessKeys()) {
            boolean builtIn = key.equals(AccessKey.DEFAULT) || key.equals(AccessKey.SECOND);
            out.println("  credentials: AWS_ACCESS_KEY_ID=" + key.accessKeyId() + " AWS_SECRET_ACCESS_KEY="
                    + (builtIn ? key.secretAccessKey() : "<as configured in " + config + ">")
                    + " (account " + key.accountId() + ")");
        }
        out.println("  control API: " + emulator.endpoint() + "/_emulator/state");
        emulator.config().dataDir().ifPresent(dir -> out.println("  data directory: " + dir.toAbsolutePath()
                + " (" + emulator.replayedEntries() + " journal entries replayed)"));
        out.println("Stop with Ctrl-C or SIGTERM.");
    }
}
