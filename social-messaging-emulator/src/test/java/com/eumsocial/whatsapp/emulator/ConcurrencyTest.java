package com.eumsocial.whatsapp.emulator;

import static com.eumsocial.whatsapp.emulator.EmulatorTestSupport.WABA_ID;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.socialmessaging.SocialMessagingClient;
import software.amazon.awssdk.services.socialmessaging.model.InvalidParametersException;

/** Parallel creates of one name and language over HTTP: exactly one wins, with or without a journal. */
class ConcurrencyTest {
    private static final int THREADS = 8;

    @TempDir
    Path dataDir;

    @Test
    void exactlyOneOfParallelCreatesOfOneNameAndLanguageWins() throws Exception {
        try (SocialMessagingEmulator emulator = SocialMessagingEmulator.start(EmulatorConfig.defaults())) {
            assertOneWinner(emulator, "race_in_memory");
        }
    }

    @Test
    void exactlyOneWinsWhenJournaledAndTheWinnerIsReplayed() throws Exception {
        String winner;
        EmulatorConfig config = EmulatorConfig.builder().dataDir(dataDir).build();
        try (SocialMessagingEmulator emulator = SocialMessagingEmulator.start(config)) {
            winner = assertOneWinner(emulator, "race_journaled");
        }
        try (SocialMessagingEmulator restarted = SocialMessagingEmulator.start(config);
             SocialMessagingClient client = EmulatorTestSupport.client(restarted)) {
            assertThat(client.listWhatsAppMessageTemplates(r -> r.id(WABA_ID)).templates())
                    .extracting(t -> t.metaTemplateId()).containsExactly(winner);
        }
    }

    private static String assertOneWinner(SocialMessagingEmulator emulator, String name) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        List<SocialMessagingClient> clients = new ArrayList<>();
        try {
            for (int i = 0; i < THREADS; i++) {
                SocialMessagingClient client = EmulatorTestSupport.clientWithoutRetries(emulator);
                clients.add(client);
                results.add(pool.submit(() -> {
                    go.await();
                    try {
                        return client.createWhatsAppMessageTemplate(r -> r.id(WABA_ID).templateDefinition(
                                SdkBytes.fromUtf8String(SocialMessagingClientTest.definition(name, "en_US"))))
                                .metaTemplateId();
                    } catch (InvalidParametersException e) {
                        return "lost";
                    }
                }));
            }
            go.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> result : results) {
                outcomes.add(result.get(60, TimeUnit.SECONDS));
            }
            List<String> winners = outcomes.stream().filter(o -> !o.equals("lost")).toList();
            assertThat(winners).hasSize(1);
            assertThat(outcomes).filteredOn("lost"::equals).hasSize(THREADS - 1);
            return winners.get(0);
        } finally {
            pool.shutdownNow();
            clients.forEach(SocialMessagingClient::close);
        }
    }
}
