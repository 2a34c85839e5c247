package com.eumsocial.whatsapp.emulator.meta;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The only source of time for the emulator: a base clock plus an offset that tests (and the
 * control API) move. Review outcomes are evaluated lazily against this clock, so advancing it is
 * all it takes to make pending templates reach their outcome.
 */
public final class EmulatorClock extends Clock {
    private final Clock base;
    private volatile Duration offset = Duration.ZERO;

    /** Real time (UTC) plus an offset that starts at zero. */
    public EmulatorClock() {
        this(Clock.systemUTC());
    }

    public EmulatorClock(Clock base) {
        this.base = Objects.requireNonNull(base, "base");
    }

    /** A clock that stands still at {@code start} until advanced or set: what unit tests want. */
    public static EmulatorClock fixedAt(Instant start) {
        return new EmulatorClock(Clock.fixed(start, ZoneOffset.UTC));
    }

    public synchronized void advance(Duration amount) {
        Objects.requireNonNull(amount, "amount");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("amount must not be negative: " + amount);
        }
        offset = offset.plus(amount);
    }

    public synchronized void set(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        offset = Duration.between(base.instant(), instant);
    }

    /** The offset from the base clock (what a restart must restore to keep time continuous). */
    public Duration offset() {
        return offset;
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** The emulator works in UTC only; the zone is ignored and this same clock returned. */
    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
