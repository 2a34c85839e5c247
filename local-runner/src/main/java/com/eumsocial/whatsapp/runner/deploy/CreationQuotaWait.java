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
