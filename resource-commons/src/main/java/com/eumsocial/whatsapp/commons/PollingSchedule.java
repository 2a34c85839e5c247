package com.eumsocial.whatsapp.commons;

import java.time.Duration;
import software.amazon.cloudformation.proxy.HandlerErrorCode;

/**
 * When to look at Meta's review again. The next delay is {@code ratio} times the time already
 * waited, kept between {@code minDelaySeconds} and {@code maxDelaySeconds}.
 *
 * <p>Why this shape: a review that ends at time D is noticed at most one delay later, and the
 * delay in force before D is at most {@code max(min, ratio * D)}, so the detection lag stays
 * within max(5 s, 20% of D) with the defaults, while the number of polls grows only with the
 * logarithm of D until the cap, then linearly at one poll per {@code maxDelaySeconds}: about 23
 * polls for a 10-minute review (constant 5 s polling: 120) and about 125 for 24 hours (17,280).
 * {@code PollingScheduleTest} simulates this.
 */
public record PollingSchedule(int minDelaySeconds, int maxDelaySeconds, double ratio) {
    public static final int DEFAULT_MIN_DELAY_SECONDS = 5;
    public static final int DEFAULT_MAX_DELAY_SECONDS = 900;
    public static final double DEFAULT_RATIO = 0.2;
    public static final PollingSchedule DEFAULT =
        new PollingSchedule(DEFAULT_MIN_DELAY_SECONDS, DEFAULT_MAX_DELAY_SECONDS, DEFAULT_RATIO);

    public PollingSchedule {
        if (minDelaySeconds < 1) {
            throw invalid("Polling.MinDelaySeconds must be at least 1, not " + minDelaySeconds);
        }
        if (maxDelaySeconds < minDelaySeconds) {
            throw invalid("Polling.MaxDelaySeconds (" + maxDelaySeconds + ") must not be below Polling.MinDelaySeconds ("
                + minDelaySeconds + ")");
        }
        if (!(ratio > 0 && ratio <= 1)) {
            throw invalid("Polling.Ratio must be above 0 and at most 1, not " + ratio);
        }
    }

    /** The schedule a type configuration asks for; unset fields take the defaults. */
    public static PollingSchedule from(TypeConfigurationModel configuration) {
        TypeConfigurationModel.Polling polling = configuration == null ? null : configuration.getPolling();
        if (polling == null) {
            return DEFAULT;
        }
        int min = polling.getMinDelaySeconds() == null ? DEFAULT_MIN_DELAY_SECONDS : polling.getMinDelaySeconds();
        int max = polling.getMaxDelaySeconds() == null ? Math.max(min, DEFAULT_MAX_DELAY_SECONDS) : polling.getMaxDelaySeconds();
        double ratio = polling.getRatio() == null ? DEFAULT_RATIO : polling.getRatio();
        return new PollingSchedule(min, max, ratio);
    }

    /** Seconds to wait before the next status check, given how long the wait has lasted. */
    public int nextDelaySeconds(Duration elapsed) {
        long seconds = Math.max(0, elapsed.toSeconds());
        long proportional = (long) Math.ceil(ratio * seconds);
        return (int) Math.min(maxDelaySeconds, Math.max(minDelaySeconds, proportional));
    }

    private static HandlerFailure invalid(String message) {
        return new HandlerFailure(HandlerErrorCode.InvalidTypeConfiguration, "Type configuration: " + message);
    }
}
