package com.eumsocial.whatsapp.runner.invoke;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class VirtualTimeSleeperTest {
    private static final Instant START = Instant.parse("2026-12-01T00:00:00Z");

    private final AtomicReference<Instant> now = new AtomicReference<>(START);
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    private final VirtualTimeSleeper sleeper = new VirtualTimeSleeper(clock, d -> now.updateAndGet(t -> t.plus(d)));

    @Test
    void parallelWorkersThatEachWaitShareTheClockLikeRealTime() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Future<Instant>> done = new ArrayList<>();
        java.util.concurrent.CountDownLatch allBusy = new java.util.concurrent.CountDownLatch(3);
        for (Duration wait : List.of(Duration.ofHours(1), Duration.ofMinutes(10), Duration.ofMinutes(30))) {
            done.add(pool.submit(() -> {
                sleeper.enter();
                allBusy.countDown();
                try {
                    allBusy.await();
                    sleeper.sleep(wait);
                    return clock.instant();
                } finally {
                    sleeper.leave();
                }
            }));
        }
        List<Instant> woke = new ArrayList<>();
        for (Future<Instant> f : done) {
            woke.add(f.get());
        }
        pool.shutdown();

        // each woke at its own time, and the three waits took one virtual hour, not 1 h 40 min
        assertThat(woke).containsExactly(START.plus(Duration.ofHours(1)), START.plus(Duration.ofMinutes(10)),
            START.plus(Duration.ofMinutes(30)));
        assertThat(clock.instant()).isEqualTo(START.plus(Duration.ofHours(1)));
    }

    @Test
    void aSleeperAloneAdvancesAtOnce() throws Exception {
        sleeper.sleep(Duration.ofMinutes(5));
        sleeper.sleep(Duration.ZERO);
        assertThat(clock.instant()).isEqualTo(START.plus(Duration.ofMinutes(5)));
    }
}
