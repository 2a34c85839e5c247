package com.eumsocial.whatsapp.emulator.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class ConcurrencyTest {
    private static final int THREADS = 8;

    @RepeatedTest(5)
    void eightThreadsCreatingTheSameNameAndLanguageGiveExactlyOneWinner() throws Exception {
        BackendFixture f = new BackendFixture();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                Callable<String> task = () -> {
                    start.await();
                    try {
                        return f.call("CreateWhatsAppMessageTemplate", BackendFixture.createInput(
                                BackendFixture.utilityBody("race", "en_US", "Everyone wants this template.")))
                                .path("metaTemplateId").asText();
                    } catch (ServiceError e) {
                        return e.errorType();
                    }
                };
                results.add(pool.submit(task));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> r : results) {
                outcomes.add(r.get(30, TimeUnit.SECONDS));
            }
            assertThat(outcomes.stream().filter(o -> o.matches("^[0-9]+$"))).hasSize(1);
            assertThat(outcomes.stream().filter(o -> o.equals("InvalidParametersException"))).hasSize(THREADS - 1);
            assertThat(f.list(null, null).path("templates")).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void parallelCreatesOfDifferentNamesAllSucceedWithDistinctIds() throws Exception {
        BackendFixture f = new BackendFixture();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                int n = i;
                results.add(pool.submit(() -> f.createUtility("parallel_" + n, "Parallel template number " + n + ".")));
            }
            List<String> ids = new ArrayList<>();
            for (Future<String> r : results) {
                ids.add(r.get(30, TimeUnit.SECONDS));
            }
            assertThat(ids).doesNotHaveDuplicates().hasSize(40);
            f.reviewPasses();
            assertThat(f.backend.inspect().path("wabas").get(0).path("counts").path("APPROVED").asInt()).isEqualTo(40);
        } finally {
            pool.shutdownNow();
        }
    }
}
