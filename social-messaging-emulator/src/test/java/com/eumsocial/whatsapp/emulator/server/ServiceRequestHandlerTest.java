package com.eumsocial.whatsapp.emulator.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.eumsocial.whatsapp.emulator.EmulatorConfig;
import com.eumsocial.whatsapp.emulator.control.RequestStats;
import com.eumsocial.whatsapp.emulator.EmulatorTestSupport;
import com.eumsocial.whatsapp.emulator.SignedRequests;
import com.eumsocial.whatsapp.emulator.SocialMessagingEmulator;
import com.eumsocial.whatsapp.emulator.faults.FaultInjector;
import com.eumsocial.whatsapp.emulator.faults.FaultSettings;
import com.eumsocial.whatsapp.emulator.meta.MetaBackend;
import com.eumsocial.whatsapp.emulator.persistence.Journal;
import com.eumsocial.whatsapp.emulator.persistence.JournaledBackend;
import com.eumsocial.whatsapp.emulator.protocol.ResponseWriter.Response;
import com.eumsocial.whatsapp.emulator.protocol.ServiceModel;
import com.eumsocial.whatsapp.emulator.security.AccessKey;
import com.eumsocial.whatsapp.emulator.security.SigV4Verifier;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceRequestHandlerTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    @Test
    void aStateChangeThatCannotBeJournaledIsAnInternalErrorNotASilentSuccess() throws Exception {
        ServiceModel model = ServiceModel.load();
        Journal journal = Journal.open(dataDir, JSON);
        journal.close();
        RequestStats stats = new RequestStats();
        ServiceRequestHandler handler = new ServiceRequestHandler(model,
                new SigV4Verifier(List.of(AccessKey.DEFAULT), "social-messaging", Clock.systemUTC(),
                        Duration.ofMinutes(15)),
                new FaultInjector(FaultSettings.NONE),
                new JournaledBackend(MetaBackend.withDefaults(), model, journal), stats, JSON);
        String definition = Base64.getEncoder().encodeToString(("{\"name\":\"unsaved\",\"language\":\"en_US\","
                + "\"category\":\"UTILITY\",\"components\":[{\"type\":\"BODY\",\"text\":\"Hello there friend.\"}]}")
                .getBytes(StandardCharsets.UTF_8));

        Response response = handler.handle(SignedRequests.incoming("POST", "/v1/whatsapp/template/put",
                "{\"id\":\"" + EmulatorTestSupport.WABA_ID + "\",\"templateDefinition\":\"" + definition + "\"}"));

        assertThat(response.status()).isEqualTo(500);
        assertThat(response.headers()).containsEntry("x-amzn-ErrorType", "InternalServiceException");
        assertThat(JSON.readTree(response.body()).get("message").asText()).contains(UncheckedIOException.class
                .getSimpleName());
        assertThat(stats.errors("InternalServiceException")).isEqualTo(1);
        assertThat(stats.requests()).isEqualTo(1);
    }

    @Test
    void theEmulatorExposesItsPartsAndRefusesAPortInUse() {
        try (SocialMessagingEmulator first = SocialMessagingEmulator.start(EmulatorConfig.defaults())) {
            assertThat(first.port()).isEqualTo(first.endpoint().getPort());
            assertThat(first.backend()).isNotNull();
            assertThat(first.replayedEntries()).isZero();
            EmulatorConfig same = first.config().toBuilder().port(first.port()).dataDir(dataDir).build();
            assertThat(same.accessKeys()).isEqualTo(first.accessKeys());
            assertThat(same.maxSignatureSkew()).isEqualTo(Duration.ofMinutes(15));
            assertThat(same.realClock()).isEqualTo(first.config().realClock());
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> SocialMessagingEmulator.start(same))
                    .isInstanceOf(UncheckedIOException.class).hasMessageContaining("cannot listen");
        }
    }

    @Test
    void configurationArgumentsAreChecked() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> EmulatorConfig.builder().port(70000))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> EmulatorConfig.builder().threads(0))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> EmulatorConfig.builder()
                .maxSignatureSkew(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    }
}
