package com.eumsocial.whatsapp.emulator.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.eumsocial.whatsapp.emulator.protocol.ProtocolError;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class FaultInjectorTest {

    private static List<String> outcomes(FaultInjector injector, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(injector.before("Op").map(ProtocolError::errorType).orElse("ok"));
        }
        return out;
    }

    @Test
    void theSameSeedGivesTheSameSequenceOfFaults() {
        FaultSettings settings = new FaultSettings(1234L, 0.2, 0.2, 0.2, 0, Duration.ZERO, 0, 0);
        List<String> first = outcomes(new FaultInjector(settings), 200);
        List<String> second = outcomes(new FaultInjector(settings), 200);
        List<String> otherSeed = outcomes(new FaultInjector(settings.withSeed(99L)), 200);

        assertThat(first).isEqualTo(second).isNotEqualTo(otherSeed);
        assertThat(first).contains("ok", "ThrottledRequestException", "InternalServiceException",
                "DependencyException");
    }

    @Test
    void reconfiguringRestartsTheSequenceAndCountsAreKept() {
        FaultSettings settings = new FaultSettings(7L, 0.5, 0, 0, 0, Duration.ZERO, 0, 0);
        FaultInjector injector = new FaultInjector(settings);
        List<String> first = outcomes(injector, 50);
        injector.configure(settings);
        assertThat(outcomes(injector, 50)).isEqualTo(first);
        long throttled = first.stream().filter(o -> o.equals("ThrottledRequestException")).count();
        assertThat(injector.injectedCount("ThrottledRequestException")).isEqualTo(2 * throttled);
        assertThat(injector.counts().get("ThrottledRequestException").asLong()).isEqualTo(2 * throttled);
        assertThat(injector.injectedCount("DependencyException")).isZero();
    }

    @Test
    void noFaultsWhenAllRatesAreZero() {
        assertThat(outcomes(new FaultInjector(FaultSettings.NONE), 100)).containsOnly("ok");
    }

    @Test
    void theTokenBucketThrottlesPerOperationAndRefillsWithTime() {
        AtomicLong nanos = new AtomicLong();
        FaultInjector injector = new FaultInjector(new FaultSettings(0, 0, 0, 0, 0, Duration.ZERO, 2, 2), nanos::get);

        assertThat(outcomes(injector, 3)).containsExactly("ok", "ok", "ThrottledRequestException");
        assertThat(injector.before("Other")).isEmpty();
        nanos.addAndGet(500_000_000L);
        assertThat(outcomes(injector, 2)).containsExactly("ok", "ThrottledRequestException");
        nanos.addAndGet(10_000_000_000L);
        assertThat(outcomes(injector, 3)).containsExactly("ok", "ok", "ThrottledRequestException");
    }

    @Test
    void scriptedFaultsComeFirstAndOnlyForTheirOperation() {
        FaultInjector injector = new FaultInjector(FaultSettings.NONE);
        injector.failNext("Op", "DependencyException", 2);
        injector.failNext("*", "InternalServiceException", 1);

        ProtocolError error = injector.before("Op").orElseThrow();
        assertThat(error.status()).isEqualTo(502);
        assertThat(injector.before("Other").orElseThrow().status()).isEqualTo(500);
        assertThat(injector.before("Op").orElseThrow().errorType()).isEqualTo("DependencyException");
        assertThat(injector.before("Op")).isEmpty();

        injector.failNext("Op", "ThrottledRequestException", 1);
        injector.clearScripted();
        assertThat(injector.before("Op")).isEmpty();
        injector.failNext("Op", "ThrottledRequestException", 1);
        assertThat(injector.before("Op").orElseThrow().status()).isEqualTo(429);
        assertThatThrownBy(() -> injector.failNext("Op", "ValidationException", 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void latencyIsInjectedAndCounted() {
        FaultInjector injector = new FaultInjector(new FaultSettings(1, 0, 0, 0, 1.0, Duration.ofMillis(1), 0, 0));
        assertThat(injector.before("Op")).isEmpty();
        assertThat(injector.injectedCount("latency")).isEqualTo(1);
    }

    @Test
    void settingsAreValidatedAndReadFromJsonKeepingUnsetFields() throws Exception {
        assertThatThrownBy(() -> new FaultSettings(0, 1.5, 0, 0, 0, null, 0, 0))
                .hasMessageContaining("throttleRate must be between 0 and 1");
        assertThatThrownBy(() -> new FaultSettings(0, 0, 0, 0, 0, Duration.ofMillis(-1), 0, 0))
                .hasMessageContaining("latency");
        assertThatThrownBy(() -> new FaultSettings(0, 0, 0, 0, 0, null, -1, 0))
                .hasMessageContaining("throttlePerSecond");
        assertThat(new FaultSettings(0, 0, 0, 0, 0, null, 2.5, 0).throttleBurst()).isEqualTo(3);

        ObjectMapper json = new ObjectMapper();
        FaultSettings base = new FaultSettings(5, 0.1, 0.2, 0.3, 0.4, Duration.ofMillis(50), 10, 20);
        FaultSettings changed = FaultSettings.fromJson(json.readTree("{\"internalErrorRate\":0.5,\"seed\":9}"), base);
        assertThat(changed).isEqualTo(new FaultSettings(9, 0.1, 0.5, 0.3, 0.4, Duration.ofMillis(50), 10, 20));
        assertThat(FaultSettings.fromJson(base.toJson(), FaultSettings.NONE)).isEqualTo(base);
        assertThatThrownBy(() -> FaultSettings.fromJson(json.readTree("{\"seed\":\"x\"}"), base))
                .hasMessageContaining("seed must be a number");
        assertThatThrownBy(() -> FaultSettings.fromJson(json.readTree("[]"), base))
                .hasMessageContaining("JSON object");
    }
}
