package com.eumsocial.whatsapp.runner.invoke;

import java.time.Duration;

/**
 * How the IN_PROGRESS loop waits {@code callbackDelaySeconds} between invocations. Real runs
 * sleep; tests advance the emulator's clock instead ({@code d -> emulator.control().advanceClock(d)}).
 */
@FunctionalInterface
public interface Sleeper {
    Sleeper REAL = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
