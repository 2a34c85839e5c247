package com.eumsocial.whatsapp.runner.invoke;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import software.amazon.cloudformation.Action;
import software.amazon.cloudformation.LambdaWrapper;

/**
 * Invokes one resource type's real Lambda entry point ({@code HandlerWrapper.handleRequest(
 * InputStream, OutputStream, Context)}) with the payloads CloudFormation sends, in-process.
 * Each invocation uses a fresh wrapper instance (a Lambda container serves one request at a time;
 * fresh instances make parallel invocations safe) and runs with {@code java.io.tmpdir} pointed at
 * a {@link ScratchTmpdir}, because the wrapper empties that directory on every request.
 * Thread-safe.
 */
public final class HandlerInvoker {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ResourceType type;
    private final InvocationTarget target;
    private final Clock clock;
    private final Sleeper sleeper;
    private final ScratchTmpdir scratch;
    private final Consumer<String> log;
    private final JsonNode typeConfiguration;
    private final String stackId;
    private final int maxInvocations;
    private final int retries;
    private final Duration retryBaseDelay;
    private final java.util.function.DoubleSupplier jitter;

    private HandlerInvoker(Builder b) {
        this.type = b.type;
        this.target = b.target;
        this.clock = b.clock;
        this.sleeper = b.sleeper;
        this.scratch = b.scratch == null ? ScratchTmpdir.shared() : b.scratch;
        this.log = b.log;
        this.typeConfiguration = b.typeConfiguration == null ? CloudFormationRequest.defaultTypeConfiguration(b.target)
            : b.typeConfiguration;
        this.stackId = b.stackId == null ? CloudFormationRequest.defaultStackId(b.target, "local-runner") : b.stackId;
        this.maxInvocations = b.maxInvocations;
        this.retries = b.retries;
        this.retryBaseDelay = b.retryBaseDelay;
        this.jitter = b.jitter;
    }

    /** Error codes CloudFormation documents as Retriable (resource-type-test-contract-errors); every other code is terminal. */
    public static final Set<String> RETRIABLE_ERROR_CODES = Set.of("Throttling", "ServiceInternalError", "NetworkFailure");
    /**
     * Default number of retries of one streak of retriable failures: with the doubling delay
     * (2, 4, 8, 16, then 30 s) a streak keeps trying for about three minutes, long enough for a
     * throttled burst of hundreds of resources to drain through a per-second rate limit.
     */
    public static final int DEFAULT_RETRIES = 8;
    /** Default delay before the first retry; it doubles with each retry of a streak, up to {@link #MAX_RETRY_DELAY}. */
    public static final Duration DEFAULT_RETRY_BASE_DELAY = Duration.ofSeconds(2);
    public static final Duration MAX_RETRY_DELAY = Duration.ofSeconds(30);

    /** True when {@code event} is FAILED with a code CloudFormation retries. */
    public static boolean isRetriable(ProgressEventJson event) {
        return event.isFailed() && event.errorCode().filter(RETRIABLE_ERROR_CODES::contains).isPresent();
    }

    public static Builder builder(ResourceType type, InvocationTarget target) {
        return new Builder(type, target);
    }

    public ResourceType type() {
        return type;
    }

    public InvocationTarget target() {
        return target;
    }

    public ScratchTmpdir scratchTmpdir() {
        return scratch;
    }

    /** A request builder pre-filled with this invoker's type, target, stack id and type configuration. */
    public CloudFormationRequest.Builder request(Action action) {
        return CloudFormationRequest.builder(type, action, target).stackId(stackId).typeConfiguration(typeConfiguration);
    }

    /** One invocation: the handler's answer, whatever its status. */
    public ProgressEventJson invokeOnce(CloudFormationRequest request) {
        byte[] payload;
        try {
            payload = MAPPER.writeValueAsBytes(request.toJson());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ScratchTmpdir.Scope ignored = scratch.enter()) {
            if (!scratch.isCurrent()) {
                // Never let the wrapper loose on a directory we did not create.
                throw new IllegalStateException("java.io.tmpdir is " + System.getProperty("java.io.tmpdir")
                    + ", not the scratch directory " + scratch + "; refusing to invoke the handler (it empties java.io.tmpdir)");
            }
            LambdaWrapper<?, ?, ?> wrapper = type.newWrapper(clock);
            String function = type.typeName().replace("::", "-") + "-" + request.action().name().toLowerCase(Locale.ROOT);
            wrapper.handleRequest(new ByteArrayInputStream(payload), out, new LambdaContext(function, log));
        } catch (IOException e) {
            throw new UncheckedIOException("the " + type.typeName() + " handler failed to answer", e);
        }
        try {
            JsonNode answer = MAPPER.readTree(out.toByteArray());
            if (!(answer instanceof ObjectNode event)) {
                throw new IllegalStateException("the " + type.typeName() + " handler answered " + out + " instead of a progress event");
            }
            return new ProgressEventJson(event);
        } catch (IOException e) {
            throw new IllegalStateException("the " + type.typeName() + " handler answered unparseable JSON: " + out, e);
        }
    }

    /**
     * One invocation from parts.
     *
     * @param callbackContext null on the first invocation of an operation
     * @param bearerToken     null for a new random token
     */
    public ProgressEventJson invokeOnce(Action action, JsonNode desired, JsonNode previous, JsonNode callbackContext,
                                        String logicalId, String bearerToken) {
        return invokeOnce(request(action).desired(desired).previous(previous).callbackContext(callbackContext)
            .logicalResourceId(logicalId).bearerToken(bearerToken).build());
    }

    /** The whole operation as CloudFormation drives it, from parts; see {@link #run(CloudFormationRequest, ProgressListener)}. */
    public ProgressEventJson run(Action action, JsonNode desired, JsonNode previous, String logicalId) {
        return run(request(action).desired(desired).previous(previous).logicalResourceId(logicalId).build(), ProgressListener.NONE);
    }

    /**
     * The whole operation as CloudFormation drives it: invoke; while the answer is IN_PROGRESS,
     * wait {@code callbackDelaySeconds} (through the {@link Sleeper}) and invoke again with the
     * same bearer token and previous properties, the returned model as the desired properties and
     * the returned callback context. Like CloudFormation, a FAILED answer with a retriable error
     * code ({@link #RETRIABLE_ERROR_CODES}) is not final: the same request (same callback context,
     * same token) is sent again after a backoff ({@code retryBaseDelay}, doubling, at most
     * {@link #MAX_RETRY_DELAY}), at most {@code retries} times in a row (an IN_PROGRESS answer ends
     * the streak); the listener's {@link ProgressListener#onRetry} sees each retry. Returns the
     * final SUCCESS or FAILED event. Gives up when the operation outlasts the schema's
     * {@code handlers.<action>.timeoutInMinutes} (default 120) on the invoker's clock: then the
     * result is a FAILED event with errorCode {@code NotStabilized} and a message saying so (it did
     * not come from the handler).
     */
    public ProgressEventJson run(CloudFormationRequest first, ProgressListener listener) {
        Objects.requireNonNull(listener, "listener");
        Duration timeout = timeout(first.action());
        Instant start = clock.instant();
        CloudFormationRequest request = first;
        int streak = 0;
        for (int invocation = 1; ; invocation++) {
            ProgressEventJson event = invokeOnce(request);
            listener.onEvent(request, event, invocation);
            Duration delay;
            CloudFormationRequest next;
            if (isRetriable(event) && streak < retries) {
                streak++;
                // Jittered, so hundreds of resources throttled together do not retry in lockstep.
                delay = jittered(retryDelay(streak));
                next = request;
                log.accept("local-runner: " + type.typeName() + " " + first.action() + " " + first.logicalResourceId()
                    + " failed with " + event.errorCode().orElse("") + "; retry " + streak + " of " + retries + " in "
                    + delay.toSeconds() + " s with the same request: " + event.message().orElse(""));
                listener.onRetry(request, event, streak, retries, delay);
            } else if (event.isInProgress()) {
                streak = 0;
                delay = Duration.ofSeconds(Math.max(0, event.callbackDelaySeconds()));
                next = null;
            } else {
                return event;
            }
            if (invocation >= maxInvocations) {
                return localFailure("gave up after " + invocation + " invocations still IN_PROGRESS");
            }
            try {
                sleeper.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return localFailure("interrupted while waiting to re-invoke the handler");
            }
            if (Duration.between(start, clock.instant()).compareTo(timeout) > 0) {
                return localFailure("timed out: still IN_PROGRESS after " + timeout.toMinutes()
                    + " minutes (the schema's handlers." + first.action().name().toLowerCase(Locale.ROOT) + ".timeoutInMinutes)");
            }
            request = next != null ? next : request.reinvocation(event.resourceModel(), event.callbackContext());
        }
    }

    /** Between half and all of {@code ceiling}, drawn from the jitter source. */
    Duration jittered(Duration ceiling) {
        double factor = 0.5 + 0.5 * Math.min(1.0, Math.max(0.0, jitter.getAsDouble()));
        return Duration.ofMillis(Math.round(ceiling.toMillis() * factor));
    }

    /** Backoff ceiling before retry {@code attempt} (1-based) of a streak. */
    Duration retryDelay(int attempt) {
        Duration delay = retryBaseDelay.multipliedBy(1L << Math.min(attempt - 1, 20));
        return delay.compareTo(MAX_RETRY_DELAY) > 0 ? MAX_RETRY_DELAY : delay;
    }

    private Duration timeout(Action action) {
        JsonNode minutes = type.schema().json().path("handlers").path(action.name().toLowerCase(Locale.ROOT)).path("timeoutInMinutes");
        return Duration.ofMinutes(minutes.isNumber() ? minutes.asLong() : 120);
    }

    private static ProgressEventJson localFailure(String message) {
        ObjectNode event = MAPPER.createObjectNode();
        event.put("status", "FAILED");
        event.put("errorCode", "NotStabilized");
        event.put("message", "local-runner: " + message);
        event.put("callbackDelaySeconds", 0);
        return new ProgressEventJson(event);
    }

    public static final class Builder {
        private final ResourceType type;
        private final InvocationTarget target;
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.REAL;
        private ScratchTmpdir scratch;
        private Consumer<String> log = line -> { };
        private JsonNode typeConfiguration;
        private String stackId;
        private int maxInvocations = 100_000;
        private int retries = DEFAULT_RETRIES;
        private Duration retryBaseDelay = DEFAULT_RETRY_BASE_DELAY;
        private java.util.function.DoubleSupplier jitter = () -> java.util.concurrent.ThreadLocalRandom.current().nextDouble();

        private Builder(ResourceType type, InvocationTarget target) {
            this.type = Objects.requireNonNull(type, "type");
            this.target = Objects.requireNonNull(target, "target");
        }

        /** The clock the handlers measure waits on and the run loop's timeout uses (default: system UTC). */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** Default {@link Sleeper#REAL}; tests advance the emulator's clock instead. */
        public Builder sleeper(Sleeper value) {
            this.sleeper = Objects.requireNonNull(value, "sleeper");
            return this;
        }

        /** Default {@link ScratchTmpdir#shared()}. */
        public Builder scratchTmpdir(ScratchTmpdir value) {
            this.scratch = value;
            return this;
        }

        /** Where the handlers' log lines go (default: dropped). May be called from several threads. */
        public Builder log(Consumer<String> value) {
            this.log = Objects.requireNonNull(value, "log");
            return this;
        }

        /** Default {@code {"EndpointOverride": target endpoint}} (or {@code {}} for a real account). */
        public Builder typeConfiguration(JsonNode value) {
            this.typeConfiguration = value;
            return this;
        }

        public Builder stackId(String value) {
            this.stackId = value;
            return this;
        }

        /** Safety net for handlers that never finish (default 100000). */
        public Builder maxInvocations(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("maxInvocations must be at least 1, got " + value);
            }
            this.maxInvocations = value;
            return this;
        }

        /** Retries of a FAILED event with a retriable error code, in a row (default {@value HandlerInvoker#DEFAULT_RETRIES}; 0: none). */
        public Builder retries(int value) {
            if (value < 0) {
                throw new IllegalArgumentException("retries must not be negative, got " + value);
            }
            this.retries = value;
            return this;
        }

        /**
         * Source of values in [0, 1] that place each retry delay between half and all of its
         * ceiling (default: random); {@code () -> 1.0} gives the ceilings exactly.
         */
        public Builder jitter(java.util.function.DoubleSupplier value) {
            this.jitter = Objects.requireNonNull(value, "jitter");
            return this;
        }

        /** Delay before the first retry of a streak (default 2 s); it doubles per retry, at most 30 s. */
        public Builder retryBaseDelay(Duration value) {
            if (value == null || value.isNegative()) {
                throw new IllegalArgumentException("retryBaseDelay must be zero or positive, got " + value);
            }
            this.retryBaseDelay = value;
            return this;
        }

        public HandlerInvoker build() {
            return new HandlerInvoker(this);
        }
    }
}
