package com.eumsocial.whatsapp.runner.invoke;

import java.time.Duration;

/**
 * How the IN_PROGRESS loop waits {@code callbackDelaySeconds} between invocations (and the runner
 * waits for Meta's quotas). Real runs sleep; tests advance the emulator's clock instead
 * ({@code d -> emulator.control().advanceClock(d)}), or share a {@link VirtualTimeSleeper} among
 * parallel workers so the clock moves as a real one would.
 */
@FunctionalInterface
public interface Sleeper {
    Sleeper REAL = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;

    /** The calling thread starts work that may sleep (virtual time counts who is busy). */
    default void enter() {
    }

    /** The calling thread's work is done. */
    default void leave() {
    }
}
