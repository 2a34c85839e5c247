package com.eumsocial.whatsapp.emulator;

import static com.eumsocial.whatsapp.emulator.EmulatorTestSupport.WABA_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.eumsocial.whatsapp.emulator.faults.FaultSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.socialmessaging.SocialMessagingClient;
import software.amazon.awssdk.services.socialmessaging.model.SocialMessagingException;

/** Injected throttling and failures as the SDK experiences them. */
class FaultsOverHttpTest {

    @Test
    void aThrottledCallIsRetriedByTheSdkAndSucceeds() {
        try (SocialMessagingEmulator emulator = SocialMessagingEmulator.start(EmulatorConfig.defaults());
             SocialMessagingClient client = EmulatorTestSupport.client(emulator)) {
            emulator.control().failNext("ListWhatsAppMessageTemplates", "ThrottledRequestException", 1);

            assertThat(client.listWhatsAppMessageTemplates(r -> r.id(WABA_ID)).templates()).isEmpty();

            assertThat(emulator.control().stats().errors("ThrottledRequestException")).isEqualTo(1);
            assertThat(emulator.control().state().at("/protocol/operations/ListWhatsAppMessageTemplates").asLong())
                    .isEqualTo(2);
        }
    }

    @Test
    void seededRandomFaultsReplayIdenticallyAndAreCounted() {
        FaultSettings settings = new FaultSettings(2024L, 0.2, 0.2, 0.2, 0, Duration.ZERO, 0, 0);
        List<String> firstRun = run(settings, 40);
        List<String> secondRun = run(settings, 40);

        assertThat(firstRun).isEqualTo(secondRun);
        assertThat(firstRun).contains("ok", "ThrottledRequestException", "InternalServiceException",
                "DependencyException");
    }

    @Test
    void withASeededThrottleRateEveryCallSucceedsThroughSdkRetriesAndTheThrottlesAreCounted() {
        // Deterministic: calls are sequential, so seed 5 always throttles the same attempts.
        FaultSettings settings = new FaultSettings(5L, 0.3, 0, 0, 0, Duration.ZERO, 0, 0);
        try (SocialMessagingEmulator emulator = SocialMessagingEmulator.start(EmulatorConfig.builder()
                .faults(settings).build());
             SocialMessagingClient client = EmulatorTestSupport.client(emulator)) {
            for (int i = 0; i < 10; i++) {
                assertThat(client.getLinkedWhatsAppBusinessAccount(r -> r.id(WABA_ID)).account().id())
                        .isEqualTo(WABA_ID);
            }
            long throttled = emulator.control().stats().errors("ThrottledRequestException");
            assertThat(throttled).isPositive();
            assertThat(emulator.control().state().at("/protocol/operations/GetLinkedWhatsAppBusinessAccount").asLong())
                    .isEqualTo(10 + throttled);
        }
    }

    @Test
    void theSeededSequenceDecidesEachCallAndTheSdkRetriesInjectedFailures() {
        FaultSettings settings = new FaultSettings(11L, 0.3, 0.1, 0.1, 0, Duration.ZERO, 0, 0);
        try (SocialMessagingEmulator emulator = SocialMessagingEmulator.start(EmulatorConfig.builder()
                .faults(settings).build());
             SocialMessagingClient client = EmulatorTestSupport.client(emulator)) {
            int succeeded = 0;
            for (int i = 0; i < 20; i++) {
                try {
                    client.getLinkedWhatsAppBusinessAccount(r -> r.id(WABA_ID));
                    succeeded++;
                } catch (SocialMessagingException e) {
                    assertThat(e.statusCode()).isIn(429, 500, 502);
                }
            }
            var counts = emulator.control().state().at("/protocol/faultsInjected");
            long injected = counts.path("ThrottledRequestException").asLong()
                    + counts.path("InternalServiceException").asLong() + counts.path("DependencyException").asLong();
            assertThat(injected).isPositive();
            assertThat(emulator.control().state().at("/protocol/operations/GetLinkedWhatsAppBusinessAccount").asLong())
                    .isEqualTo(succeeded + injected);
            assertThat(succeeded).isGreaterThan(15);
        }
    }

    @Test
    void theTokenBucketAnswers429WhenTheBurstIsUsedUp() {
        try (SocialMessagingEmulator emulator = SocialMessagingEmulator.start(EmulatorConfig.builder()
                .faults(new FaultSettings(0, 0, 0, 0, 0, Duration.ZERO, 0.001, 2)).build());
             SocialMessagingClient client = EmulatorTestSupport.clientWithoutRetries(emulator)) {
            client.listLinkedWhatsAppBusinessAccounts(r -> { });
            client.listLinkedWhatsAppBusinessAccounts(r -> { });
            try {
                client.listLinkedWhatsAppBusinessAccounts(r -> { });
                throw new AssertionError("the third call should have been throttled");
            } catch (SocialMessagingException e) {
                assertThat(e.statusCode()).isEqualTo(429);
                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ThrottledRequestException");
            }
            client.getLinkedWhatsAppBusinessAccount(r -> r.id(WABA_ID));
        }
    }

    private static List<String> run(FaultSettings settings, int calls) {
        List<String> outcomes = new ArrayList<>();
        try (SocialMessagingEmulator emulator = SocialMessagingEmulator.start(EmulatorConfig.builder()
                .faults(settings).build());
             SocialMessagingClient client = EmulatorTestSupport.clientWithoutRetries(emulator)) {
            for (int i = 0; i < calls; i++) {
                try {
                    client.listLinkedWhatsAppBusinessAccounts(r -> { });
                    outcomes.add("ok");
                } catch (SocialMessagingException e) {
                    outcomes.add(e.awsErrorDetails().errorCode());
                }
            }
            assertThat(emulator.control().stats().errors("InternalServiceException")
                    + emulator.control().stats().errors("DependencyException")
                    + emulator.control().stats().errors("ThrottledRequestException"))
                    .isEqualTo(outcomes.stream().filter(o -> !o.equals("ok")).count());
        }
        return outcomes;
    }
}
