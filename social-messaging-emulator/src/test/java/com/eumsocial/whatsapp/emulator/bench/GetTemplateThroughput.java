package com.eumsocial.whatsapp.emulator.bench;

import com.eumsocial.whatsapp.emulator.EmulatorConfig;
import com.eumsocial.whatsapp.emulator.EmulatorTestSupport;
import com.eumsocial.whatsapp.emulator.SignedRequests;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import com.eumsocial.whatsapp.emulator.SocialMessagingEmulator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.socialmessaging.SocialMessagingClient;

/**
 * Benchmark (not a test): signed GetWhatsAppMessageTemplate calls through the real SDK client from
 * N threads against an in-process emulator. Run:
 * <pre>
 * mvn -B -q -pl social-messaging-emulator test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=com.eumsocial.whatsapp.emulator.bench.GetTemplateThroughput -Dexec.args="8 5 15"
 * </pre>
 * Arguments: client threads (8), warm-up seconds (5), measured seconds (15), client ("sdk": a
 * SocialMessagingClient per thread signing every call; "raw": java.net.http re-sending one request
 * per thread signed once with the SDK signer, so nearly all CPU goes to the emulator, which still
 * verifies every signature).
 */
public final class GetTemplateThroughput {
    private GetTemplateThroughput() {
    }

    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        int warmupSeconds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int measuredSeconds = args.length > 2 ? Integer.parseInt(args[2]) : 15;
        boolean raw = args.length > 3 && args[3].equals("raw");
        try (SocialMessagingEmulator emulator = SocialMessagingEmulator.start(EmulatorConfig.defaults())) {
            String id;
            try (SocialMessagingClient setup = EmulatorTestSupport.client(emulator)) {
                id = setup.createWhatsAppMessageTemplate(r -> r.id(EmulatorTestSupport.WABA_ID).templateDefinition(
                        SdkBytes.fromUtf8String("{\"name\":\"bench_template\",\"language\":\"en_US\","
                                + "\"category\":\"UTILITY\",\"components\":[{\"type\":\"BODY\",\"text\":"
                                + "\"Your order {{1}} has shipped today.\",\"example\":{\"body_text\":[[\"1\"]]}}]}")))
                        .metaTemplateId();
            }
            run(emulator, id, threads, warmupSeconds, raw);
            long[] result = run(emulator, id, threads, measuredSeconds, raw);
            long requests = result[0];
            long[] latencies = Arrays.copyOfRange(result, 1, result.length);
            Arrays.sort(latencies);
            System.out.printf(Locale.ROOT, "client=%s threads=%d seconds=%d requests=%d throughput=%.0f req/s"
                            + " p50=%.2f ms p99=%.2f ms errors=%d cpus=%d%n",
                    raw ? "raw" : "sdk", threads, measuredSeconds, requests, requests / (double) measuredSeconds,
                    percentile(latencies, 0.50) / 1e6, percentile(latencies, 0.99) / 1e6,
                    totalErrors(emulator),
                    Runtime.getRuntime().availableProcessors());
        }
    }

    private static long totalErrors(SocialMessagingEmulator emulator) {
        var errors = emulator.control().stats().toJson().get("errors");
        long sum = 0;
        for (var it = errors.elements(); it.hasNext(); ) {
            sum += it.next().asLong();
        }
        return sum;
    }

    /** Returns [request count, sampled latencies in ns...]. */
    private static long[] run(SocialMessagingEmulator emulator, String id, int threads, int seconds, boolean raw)
            throws InterruptedException {
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch done = new CountDownLatch(threads);
        long[] counts = new long[threads];
        List<List<Long>> samples = new ArrayList<>();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int slot = t;
            List<Long> mine = new ArrayList<>();
            samples.add(mine);
            Runnable loop = raw ? () -> rawLoop(emulator, id, stop, counts, slot, mine)
                    : () -> sdkLoop(emulator, id, stop, counts, slot, mine);
            Thread worker = new Thread(() -> {
                try {
                    loop.run();
                } finally {
                    done.countDown();
                }
            }, "bench-client-" + t);
            workers.add(worker);
            worker.start();
        }
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        done.await();
        long total = Arrays.stream(counts).sum();
        long[] out = new long[1 + samples.stream().mapToInt(List::size).sum()];
        out[0] = total;
        int i = 1;
        for (List<Long> list : samples) {
            for (long v : list) {
                out[i++] = v;
            }
        }
        return out;
    }

    private static void sdkLoop(SocialMessagingEmulator emulator, String id, AtomicBoolean stop, long[] counts,
                                int slot, List<Long> samples) {
        try (SocialMessagingClient client = EmulatorTestSupport.clientWithoutRetries(emulator)) {
            while (!stop.get()) {
                long start = System.nanoTime();
                client.getWhatsAppMessageTemplate(r -> r.id(EmulatorTestSupport.WABA_ID).metaTemplateId(id));
                sample(System.nanoTime() - start, counts, slot, samples);
            }
        }
    }

    private static void rawLoop(SocialMessagingEmulator emulator, String id, AtomicBoolean stop, long[] counts,
                                int slot, List<Long> samples) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = SignedRequests.signed(emulator.endpoint(), "GET", "/v1/whatsapp/template?id="
                + EmulatorTestSupport.WABA_ID + "&metaTemplateId=" + id, null);
        try {
            while (!stop.get()) {
                long start = System.nanoTime();
                HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("status " + response.statusCode());
                }
                sample(System.nanoTime() - start, counts, slot, samples);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sample(long elapsed, long[] counts, int slot, List<Long> samples) {
        if (counts[slot]++ % 16 == 0) {
            samples.add(elapsed);
        }
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(p * sorted.length))];
    }
}
