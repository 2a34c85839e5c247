package com.eumsocial.whatsapp.runner.invoke;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.PriorityQueue;
import java.util.function.Consumer;

/**
 * Virtual time shared by parallel workers: a sleeping worker waits until every worker that
 * {@link #enter}ed is asleep too, then the clock jumps to the earliest wake-up (a discrete-event
 * clock). Work between sleeps (HTTP calls, handler code) takes no virtual time. So N workers that
 * each wait an hour take one virtual hour, not N, and a benchmark's virtual wall time is what an
 * ideal real run would take. The clock moves only after the set of workers has been quiet for a
 * few real milliseconds, so a worker that just finished hands its thread to the next task (and a
 * task just submitted gets to {@link #enter}) before time moves on. A thread that never entered
 * (the deployer's main thread) sleeping while no worker is busy advances the clock at once.
 */
public final class VirtualTimeSleeper implements Sleeper {
    /** Default quiet time before the clock moves: long enough for a finished worker's thread to pick up the next task. */
    public static final Duration DEFAULT_SETTLE = Duration.ofMillis(15);

    private final long settleNanos;

    private final Clock clock;
    private final Consumer<Duration> advance;
    private final PriorityQueue<Instant> wakeUps = new PriorityQueue<>();
    private int active;
    private long lastChange = System.nanoTime();

    /**
     * @param clock   the virtual clock (e.g. the emulator's)
     * @param advance moves it forward (e.g. {@code d -> emulator.control().advanceClock(d)})
     */
    public VirtualTimeSleeper(Clock clock, Consumer<Duration> advance) {
        this(clock, advance, DEFAULT_SETTLE);
    }

    /**
     * @param settle how long the workers must stay quiet (all asleep, nobody entering) before the clock moves; shorter is
     *               faster, and safe when every task starts at once (no task waits for another to finish)
     */
    public VirtualTimeSleeper(Clock clock, Consumer<Duration> advance, Duration settle) {
        this.clock = clock;
        this.advance = advance;
        this.settleNanos = settle.toNanos();
    }

    @Override
    public synchronized void enter() {
        active++;
        changed();
    }

    @Override
    public synchronized void leave() {
        active--;
        changed();
    }

    private void changed() {
        lastChange = System.nanoTime();
        notifyAll();
    }

    @Override
    public synchronized void sleep(Duration duration) throws InterruptedException {
        if (duration.isNegative() || duration.isZero()) {
            return;
        }
        Instant wake = clock.instant().plus(duration);
        if (active == 0 && wakeUps.isEmpty()) {
            advance.accept(duration);
            changed();
            return;
        }
        wakeUps.add(wake);
        changed();
        try {
            while (clock.instant().isBefore(wake)) {
                boolean everyoneAsleep = wakeUps.size() >= active;
                long quietFor = System.nanoTime() - lastChange;
                if (everyoneAsleep && quietFor >= settleNanos) {
                    Duration step = Duration.between(clock.instant(), wakeUps.peek());
                    if (!step.isNegative() && !step.isZero()) {
                        advance.accept(step);
                    }
                    changed();
                } else {
                    wait(everyoneAsleep ? Math.max(1, (settleNanos - quietFor) / 1_000_000) : 50);
                }
            }
        } finally {
            wakeUps.remove(wake);
            changed();
        }
    }
}
