package com.eumsocial.whatsapp.emulator;

import com.eumsocial.whatsapp.emulator.faults.FaultSettings;
import com.eumsocial.whatsapp.emulator.meta.EmulatorClock;
import com.eumsocial.whatsapp.emulator.meta.MetaSettings;
import com.eumsocial.whatsapp.emulator.security.AccessKey;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How to start an emulator. Defaults: 127.0.0.1, an ephemeral port, in memory, the two default
 * access keys ({@link AccessKey#DEFAULT} for account 000000000000, {@link AccessKey#SECOND} for
 * 111111111111), Meta's default settings, no faults, signatures valid for 15 minutes.
 */
public final class EmulatorConfig {
    private final String host;
    private final int port;
    private final Path dataDir;
    private final MetaSettings metaSettings;
    private final List<AccessKey> accessKeys;
    private final FaultSettings faults;
    private final int threads;
    private final Duration maxSignatureSkew;
    private final EmulatorClock clock;
    private final Clock realClock;

    private EmulatorConfig(Builder b) {
        this.host = b.host;
        this.port = b.port;
        this.dataDir = b.dataDir;
        this.metaSettings = b.metaSettings;
        this.accessKeys = b.accessKeys.isEmpty() ? List.of(AccessKey.DEFAULT, AccessKey.SECOND)
                : List.copyOf(b.accessKeys);
        this.faults = b.faults;
        this.threads = b.threads;
        this.maxSignatureSkew = b.maxSignatureSkew;
        this.clock = b.clock;
        this.realClock = b.realClock;
    }

    public static EmulatorConfig defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public String host() { return host; }
    public int port() { return port; }
    public Optional<Path> dataDir() { return Optional.ofNullable(dataDir); }
    public MetaSettings metaSettings() { return metaSettings; }
    public List<AccessKey> accessKeys() { return accessKeys; }
    public FaultSettings faults() { return faults; }
    public int threads() { return threads; }
    public Duration maxSignatureSkew() { return maxSignatureSkew; }
    /** The Meta clock; a fresh real-time clock per start when not given. */
    public Optional<EmulatorClock> clock() { return Optional.ofNullable(clock); }
    public Clock realClock() { return realClock; }

    public Builder toBuilder() {
        Builder b = new Builder().host(host).port(port).dataDir(dataDir).metaSettings(metaSettings).faults(faults)
                .threads(threads).maxSignatureSkew(maxSignatureSkew).clock(clock).realClock(realClock);
        b.accessKeys.addAll(accessKeys);
        return b;
    }

    public static final class Builder {
        private String host = "127.0.0.1";
        private int port;
        private Path dataDir;
        private MetaSettings metaSettings = MetaSettings.defaults();
        private final List<AccessKey> accessKeys = new ArrayList<>();
        private FaultSettings faults = FaultSettings.NONE;
        private int threads = 16;
        private Duration maxSignatureSkew = Duration.ofMinutes(15);
        private EmulatorClock clock;
        private Clock realClock = Clock.systemUTC();

        private Builder() {
        }

        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /** 0 picks a free port. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0-65535, got " + port);
            }
            this.port = port;
            return this;
        }

        /** Where the journal lives; null keeps everything in memory. */
        public Builder dataDir(Path dataDir) {
            this.dataDir = dataDir;
            return this;
        }

        public Builder metaSettings(MetaSettings settings) {
            this.metaSettings = Objects.requireNonNull(settings, "metaSettings");
            return this;
        }

        /** Adds an access key; when none is added the two defaults are used. */
        public Builder accessKey(AccessKey key) {
            this.accessKeys.add(Objects.requireNonNull(key, "key"));
            return this;
        }

        public Builder faults(FaultSettings faults) {
            this.faults = Objects.requireNonNull(faults, "faults");
            return this;
        }

        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, got " + threads);
            }
            this.threads = threads;
            return this;
        }

        public Builder maxSignatureSkew(Duration skew) {
            if (skew == null || skew.isNegative()) {
                throw new IllegalArgumentException("maxSignatureSkew must be zero or positive, got " + skew);
            }
            this.maxSignatureSkew = skew;
            return this;
        }

        public Builder clock(EmulatorClock clock) {
            this.clock = clock;
            return this;
        }

        /** The real time signatures are checked against (tests inject a fixed one). */
        public Builder realClock(Clock realClock) {
            this.realClock = Objects.requireNonNull(realClock, "realClock");
            return this;
        }

        public EmulatorConfig build() {
            return new EmulatorConfig(this);
        }
    }
}
