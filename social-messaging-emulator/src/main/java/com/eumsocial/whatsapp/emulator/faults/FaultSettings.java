package com.eumsocial.whatsapp.emulator.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;

/**
 * How often the emulator misbehaves on purpose. Rates are probabilities per request (0 = never);
 * draws come from one {@link java.util.Random} seeded with {@code seed}, so a failing run can be
 * replayed. {@code throttlePerSecond} feeds a token bucket per operation ({@code <= 0}: off).
 */
public record FaultSettings(long seed, double throttleRate, double internalErrorRate, double dependencyErrorRate,
                            double latencyRate, Duration latency, double throttlePerSecond, int throttleBurst) {

    public static final FaultSettings NONE = new FaultSettings(0L, 0, 0, 0, 0, Duration.ZERO, 0, 0);

    public FaultSettings {
        rate("throttleRate", throttleRate);
        rate("internalErrorRate", internalErrorRate);
        rate("dependencyErrorRate", dependencyErrorRate);
        rate("latencyRate", latencyRate);
        latency = latency == null ? Duration.ZERO : latency;
        if (latency.isNegative()) {
            throw new IllegalArgumentException("latency must not be negative, got " + latency);
        }
        if (throttlePerSecond < 0) {
            throw new IllegalArgumentException("throttlePerSecond must be zero (off) or positive, got "
                    + throttlePerSecond);
        }
        if (throttlePerSecond > 0 && throttleBurst < 1) {
            throttleBurst = (int) Math.max(1, Math.ceil(throttlePerSecond));
        }
    }

    private static void rate(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be between 0 and 1, got " + value);
        }
    }

    public FaultSettings withSeed(long newSeed) {
        return new FaultSettings(newSeed, throttleRate, internalErrorRate, dependencyErrorRate, latencyRate, latency,
                throttlePerSecond, throttleBurst);
    }

    public ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("seed", seed);
        node.put("throttleRate", throttleRate);
        node.put("internalErrorRate", internalErrorRate);
        node.put("dependencyErrorRate", dependencyErrorRate);
        node.put("latencyRate", latencyRate);
        node.put("latencyMillis", latency.toMillis());
        node.put("throttlePerSecond", throttlePerSecond);
        node.put("throttleBurst", throttleBurst);
        return node;
    }

    /** Reads the control API's JSON; fields left out keep the values of {@code base}. */
    public static FaultSettings fromJson(JsonNode json, FaultSettings base) {
        if (json == null || !json.isObject()) {
            throw new IllegalArgumentException("fault settings must be a JSON object");
        }
        return new FaultSettings(
                number(json, "seed", base.seed()).longValue(),
                number(json, "throttleRate", base.throttleRate()).doubleValue(),
                number(json, "internalErrorRate", base.internalErrorRate()).doubleValue(),
                number(json, "dependencyErrorRate", base.dependencyErrorRate()).doubleValue(),
                number(json, "latencyRate", base.latencyRate()).doubleValue(),
                Duration.ofMillis(number(json, "latencyMillis", base.latency().toMillis()).longValue()),
                number(json, "throttlePerSecond", base.throttlePerSecond()).doubleValue(),
                number(json, "throttleBurst", base.throttleBurst()).intValue());
    }

    private static Number number(JsonNode json, String field, Number fallback) {
        JsonNode value = json.get(field);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isNumber()) {
            throw new IllegalArgumentException(field + " must be a number, got " + value);
        }
        return value.numberValue();
    }
}
