package com.eumsocial.whatsapp.runner.deploy;

import com.eumsocial.whatsapp.runner.invoke.ProgressEventJson;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The runner's wait for Meta's hourly creation quota (100 creations per WABA per hour): a create
 * refused for that quota is sent again when the quota should have room, instead of failing the
 * deploy (and rolling back templates that hold their names). The wait is timed from the creations
 * the runner itself recorded (the oldest of the last hour leaves the window first); without such a
 * record (creations made elsewhere) it grows from one minute toward the window. The handlers may
 * wait for the quota themselves (then they answer IN_PROGRESS and this never triggers).
 */
final class CreationQuotaWait {
    static final Duration WINDOW = Duration.ofHours(1);
    static final Duration GIVE_UP_AFTER = Duration.ofHours(3);
    private static final Duration FIRST = Duration.ofMinutes(1);
    private static final Duration MARGIN = Duration.ofSeconds(5);

    private CreationQuotaWait() {
    }

    /**
     * The creations this run may still make per WABA: a create is sent only when fewer than the
     * hourly quota were made in the hour before (the runner's own record, seeded from the state),
     * so a run that alone creates in the WABA is never refused and sends no call in vain.
     */
    static final class Gate {
        private final LifecycleHistory history;
        private final int perHour;
        private final java.util.Map<String, java.util.List<Instant>> reserved = new java.util.HashMap<>();

        Gate(LifecycleHistory history, int perHour) {
            this.history = history;
            this.perHour = perHour;
        }

        /** Zero when a create may go now (and counts it), else how long until a slot frees. */
        synchronized Duration reserve(String wabaId, Instant now) {
            java.util.List<Instant> list = reserved.computeIfAbsent(wabaId,
                w -> new java.util.ArrayList<>(history.creationsInLastHour(w, now)));
            list.removeIf(i -> !i.isAfter(now.minus(WINDOW)));
            if (list.size() < perHour) {
                list.add(now);
                return Duration.ZERO;
            }
            list.sort(null);
            return Duration.between(now, list.get(list.size() - perHour).plus(WINDOW).plus(MARGIN));
        }
    }

    /**
     * Whether a failed create was refused for the hourly quota, not for the WABA's template cap. The
     * service reports both as LimitExceededException (ServiceLimitExceeded); only the message tells
     * them apart (the emulator says "... in the last hour; Meta allows 100 per hour").
     */
    static boolean isHourlyRefusal(ProgressEventJson event) {
        if (event.isSuccess() || event.errorCode().filter("ServiceLimitExceeded"::equals).isEmpty()) {
            return false;
        }
        String message = event.message().orElse("").toLowerCase(Locale.ROOT);
        return message.contains("per hour") || message.contains("last hour") || message.contains("hourly");
    }

    /** How long to wait before the next try. */
    static Duration delay(List<Instant> creationsInLastHour, int creationsPerHour, Instant now, int attempt) {
        if (creationsInLastHour.size() >= creationsPerHour) {
            Instant frees = creationsInLastHour.get(creationsInLastHour.size() - creationsPerHour).plus(WINDOW).plus(MARGIN);
            if (frees.isAfter(now)) {
                return Duration.between(now, frees);
            }
        }
        Duration grown = FIRST.multipliedBy(1L << Math.min(attempt, 5));
        return grown.compareTo(Duration.ofMinutes(15)) > 0 ? Duration.ofMinutes(15) : grown;
    }
}
