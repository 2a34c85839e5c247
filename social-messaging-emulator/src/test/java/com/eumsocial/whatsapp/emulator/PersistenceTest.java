package com.eumsocial.whatsapp.emulator;

import static com.eumsocial.whatsapp.emulator.EmulatorTestSupport.WABA_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.eumsocial.whatsapp.emulator.meta.MetaSettings;
import com.eumsocial.whatsapp.emulator.meta.OutcomeRule;
import com.eumsocial.whatsapp.emulator.persistence.Journal;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.socialmessaging.SocialMessagingClient;

/** State in a data directory survives a restart and a kill -9. */
class PersistenceTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    private EmulatorConfig config() {
        return EmulatorConfig.builder().dataDir(dataDir)
                .metaSettings(MetaSettings.builder().reviewDelay(Duration.ofMinutes(1)).build()).build();
    }

    private static String create(SocialMessagingClient client, String name) {
        return client.createWhatsAppMessageTemplate(r -> r.id(WABA_ID).templateDefinition(
                SdkBytes.fromUtf8String(SocialMessagingClientTest.definition(name, "en_US")))).metaTemplateId();
    }

    private static JsonNode template(SocialMessagingClient client, String id) throws Exception {
        return JSON.readTree(client.getWhatsAppMessageTemplate(r -> r.id(WABA_ID).metaTemplateId(id)).template());
    }

    @Test
    void stateClockRulesAndMediaSurviveARestart() throws Exception {
        String approvedId;
        String rejectedId;
        try (SocialMessagingEmulator first = SocialMessagingEmulator.start(config());
             SocialMessagingClient client = EmulatorTestSupport.client(first)) {
            first.control().forceOutcome(OutcomeRule.rejected("bad_one", "PROMOTIONAL"));
            first.control().putMediaObject("bucket-one", "logo.png", "image/png", new byte[] {1, 2, 3});
            approvedId = create(client, "kept_template");
            rejectedId = create(client, "bad_one");
            first.control().advanceClock(Duration.ofHours(3));
            template(client, approvedId);
            first.control().changeTemplateStatus(com.eumsocial.whatsapp.emulator.meta.TemplateStatusChange
                    .ofTemplate(approvedId, null, "GREEN"));
        }

        try (SocialMessagingEmulator second = SocialMessagingEmulator.start(config());
             SocialMessagingClient client = EmulatorTestSupport.client(second)) {
            assertThat(second.replayedEntries()).isEqualTo(6);
            assertThat(second.control().state().get("persistent").asBoolean()).isTrue();
            assertThat(second.control().state().get("clockOffsetSeconds").asLong())
                    .isBetween(3 * 3600L - 5, 3 * 3600L + 5);
            assertThat(template(client, approvedId).get("status").asText()).isEqualTo("APPROVED");
            assertThat(template(client, approvedId).at("/quality_score/score").asText()).isEqualTo("GREEN");
            assertThat(template(client, rejectedId).get("status").asText()).isEqualTo("REJECTED");
            assertThat(second.control().state().at("/meta/outcomeRules/0/templateName").asText()).isEqualTo("bad_one");
            assertThat(client.createWhatsAppMessageTemplateMedia(r -> r.id(WABA_ID)
                    .sourceS3File(f -> f.bucketName("bucket-one").key("logo.png"))).metaHeaderHandle())
                    .startsWith("4::");
            String third = create(client, "after_restart");
            assertThat(Long.parseLong(third)).isNotIn(Long.parseLong(approvedId), Long.parseLong(rejectedId));
        }
    }

    @Test
    void onlyStateChangingCallsAndControlMutationsAreJournaled() throws Exception {
        try (SocialMessagingEmulator emulator = SocialMessagingEmulator.start(config());
             SocialMessagingClient client = EmulatorTestSupport.client(emulator)) {
            String id = create(client, "journaled_once");
            long afterCreate = journalLines();
            template(client, id);
            client.listWhatsAppMessageTemplates(r -> r.id(WABA_ID));
            client.listLinkedWhatsAppBusinessAccounts(r -> { });
            assertThat(journalLines()).isEqualTo(afterCreate).isEqualTo(1);

            emulator.control().clearOutcomeRules();
            emulator.control().reset();
            emulator.control().setClock(emulator.control().now().plusSeconds(60));
            assertThat(journalLines()).isEqualTo(4);
            List<String> lines = Files.readAllLines(dataDir.resolve(Journal.FILE_NAME));
            JsonNode call = JSON.readTree(lines.get(0));
            assertThat(call.get("operation").asText()).isEqualTo("CreateWhatsAppMessageTemplate");
            assertThat(call.get("accountId").asText()).isEqualTo("000000000000");
            assertThat(call.at("/input/templateDefinition").isTextual()).isTrue();
            assertThat(String.join("\n", lines)).doesNotContain("emulatorSecretAccessKey").doesNotContain("Signature=");
        }
        try (SocialMessagingEmulator restarted = SocialMessagingEmulator.start(config());
             SocialMessagingClient client = EmulatorTestSupport.client(restarted)) {
            assertThat(client.listWhatsAppMessageTemplates(r -> r.id(WABA_ID)).templates()).isEmpty();
        }
    }

    @Test
    void aTornLastLineIsDroppedAndADamagedEarlierLineStopsStartUp() throws Exception {
        try (SocialMessagingEmulator emulator = SocialMessagingEmulator.start(config());
             SocialMessagingClient client = EmulatorTestSupport.client(emulator)) {
            create(client, "before_crash");
        }
        Path journal = dataDir.resolve(Journal.FILE_NAME);
        Files.writeString(journal, "{\"type\":\"call\",\"opera", StandardOpenOption.APPEND);
        try (SocialMessagingEmulator emulator = SocialMessagingEmulator.start(config())) {
            assertThat(emulator.replayedEntries()).isEqualTo(1);
        }
        assertThat(Files.readString(journal)).endsWith("\n");

        Files.writeString(journal, "not json\n" + Files.readString(journal));
        assertThatThrownBy(() -> SocialMessagingEmulator.start(config()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("line 1");
        Files.writeString(journal, "{\"type\":\"teleport\",\"instant\":\"2026-01-01T00:00:00Z\"}\n");
        assertThatThrownBy(() -> SocialMessagingEmulator.start(config()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("teleport");
        Files.writeString(journal, "[1]\n");
        assertThatThrownBy(() -> SocialMessagingEmulator.start(config()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not a JSON object");
    }

    @Test
    void aWriteAcknowledgedBeforeKillMinus9IsThereAfterRestart() throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "com.eumsocial.whatsapp.emulator.cli.EmulatorCommand", "--port", "0",
                "--data-dir", dataDir.toString(), "--review-delay", "60")
                .redirectErrorStream(true).start();
        String id;
        try {
            URI endpoint = readEndpoint(process);
            try (SocialMessagingClient client = clientFor(endpoint)) {
                id = create(client, "survives_kill");
            }
        } finally {
            process.destroyForcibly();
            process.waitFor(20, TimeUnit.SECONDS);
        }
        try (SocialMessagingEmulator restarted = SocialMessagingEmulator.start(config());
             SocialMessagingClient client = EmulatorTestSupport.client(restarted)) {
            assertThat(template(client, id).get("name").asText()).isEqualTo("survives_kill");
        }
    }

    private static SocialMessagingClient clientFor(URI endpoint) {
        return SocialMessagingClient.builder().endpointOverride(endpoint)
                .region(software.amazon.awssdk.regions.Region.US_EAST_1)
                .credentialsProvider(software.amazon.awssdk.auth.credentials.StaticCredentialsProvider.create(
                        software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create(
                                "AKIAEMULATOR00000001", "emulatorSecretAccessKey0000000000000001")))
                .httpClient(software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient.builder().build())
                .build();
    }

    private static URI readEndpoint(Process process) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            int at = line.indexOf("listening on http://");
            if (line.startsWith("Social Messaging emulator listening on ") && at >= 0) {
                Thread reader = new Thread(() -> drain(out));
                reader.setDaemon(true);
                reader.start();
                return URI.create(line.substring(at + "listening on ".length()).trim());
            }
        }
        throw new AssertionError("the emulator process ended without printing its endpoint");
    }

    private static void drain(BufferedReader out) {
        try {
            while (out.readLine() != null) {
                // keep the pipe empty so the child never blocks on output
            }
        } catch (java.io.IOException ignored) {
            // the process was killed
        }
    }

    private long journalLines() throws Exception {
        return Files.readAllLines(dataDir.resolve(Journal.FILE_NAME)).stream().filter(l -> !l.isBlank()).count();
    }
}
