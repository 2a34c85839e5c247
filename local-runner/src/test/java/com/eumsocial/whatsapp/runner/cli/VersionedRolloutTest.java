package com.eumsocial.whatsapp.runner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.eumsocial.whatsapp.definition.VersionedTemplateName;
import com.eumsocial.whatsapp.emulator.EmulatorConfig;
import com.eumsocial.whatsapp.emulator.SocialMessagingEmulator;
import com.eumsocial.whatsapp.emulator.meta.MetaSettings;
import com.eumsocial.whatsapp.emulator.meta.OutcomeRule;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A stack shaped as cdk-constructs synthesizes versioned rollout (TemplateName derived from the
 * content, UpdateReplacePolicy Delete, a CurrentName output), deployed as CloudFormation would: an
 * edit creates the new version first and deletes the old one only after it is APPROVED; a rejected
 * version leaves the old one APPROVED and the deploy fails with Meta's reason.
 */
class VersionedRolloutTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String WABA = MetaSettings.DEFAULT_WABA_ID;
    private String out;
    private String err;

    @AfterEach
    void forgetCredentials() {
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
    }

    private static String body(String text) {
        return "[{\"type\": \"BODY\", \"text\": \"" + text + " {{1}} is on its way to you today.\", \"example\": {\"body_text\": [[\"A-1\"]]}}]";
    }

    /** The versioned name of the body, by template-definition's rule (as the constructs derive it). */
    private static String version(String text) throws Exception {
        return VersionedTemplateName.derive("order_shipped", JSON.readTree("{\"language\": \"en_US\", \"category\": \"UTILITY\","
                + " \"components\": " + body(text) + "}"));
    }

    private static void writeStack(Path file, String text) throws Exception {
        String name = version(text);
        Files.writeString(file, "{\"Resources\": {\"ShippedD1E2F3A4\": {\"Type\": \"EUMSocial::WhatsApp::MessageTemplate\","
                + " \"Properties\": {\"WabaId\": \"" + WABA + "\", \"TemplateName\": \"" + name + "\", \"Language\": \"en_US\","
                + " \"Category\": \"UTILITY\", \"Components\": " + body(text) + "},"
                + " \"DeletionPolicy\": \"Retain\", \"UpdateReplacePolicy\": \"Delete\"}},"
                + " \"Outputs\": {\"ShippedCurrentName1A2B3C4D\": {\"Value\": \"" + name + "\"}}}");
    }

    private int deploy(SocialMessagingEmulator emulator, Path template, Path state) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int exit = RunnerCommand.run(new String[] {"deploy", template.toString(), "--endpoint", emulator.endpoint().toString(),
            "--state-dir", state.toString()}, new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
        return exit;
    }

    /** name -> status of every template the emulator holds. */
    private static Map<String, String> statuses(SocialMessagingEmulator emulator) {
        Map<String, String> out = new LinkedHashMap<>();
        for (JsonNode waba : emulator.control().state().path("meta").path("wabas")) {
            for (JsonNode t : waba.path("templates")) {
                out.put(t.path("name").asText(), t.path("status").asText());
            }
        }
        return out;
    }

    @Test
    void anEditIsANewVersionApprovedBeforeTheOldOneGoesAndARejectedOneLeavesTheOldInService() throws Exception {
        Path work = Files.createDirectories(Path.of("target", "test-work", "versioned-" + System.nanoTime()).toAbsolutePath());
        Path template = work.resolve("Versioned.template.json");
        Path state = work.resolve("state");
        String v1 = version("Your parcel");
        String v2 = version("Your order");
        String v3 = version("Your package");
        assertThat(v1).isNotEqualTo(v2).isNotEqualTo(v3);
        try (SocialMessagingEmulator emulator = SocialMessagingEmulator.start(EmulatorConfig.builder()
                .metaSettings(MetaSettings.builder().reviewDelay(Duration.ZERO).build()).build())) {
            System.setProperty("aws.accessKeyId", "AKIAEMULATOR00000001");
            System.setProperty("aws.secretAccessKey", "emulatorSecretAccessKey0000000000000001");

            writeStack(template, "Your parcel");
            assertThat(deploy(emulator, template, state)).as(out + err).isZero();
            assertThat(statuses(emulator)).containsExactly(Map.entry(v1, "APPROVED"));

            writeStack(template, "Your order");
            assertThat(deploy(emulator, template, state)).as(out + err).isZero();
            // the new version was created (and approved) first, the old one deleted in the clean-up
            assertThat(out.indexOf(v2)).isLessThan(out.lastIndexOf("DELETE"));
            assertThat(statuses(emulator)).containsEntry(v2, "APPROVED").doesNotContainEntry(v1, "APPROVED");

            emulator.control().forceOutcome(OutcomeRule.rejected(v3, "TAG_CONTENT_MISMATCH"));
            writeStack(template, "Your package");
            assertThat(deploy(emulator, template, state)).as(out + err).isEqualTo(1);
            assertThat(err).contains("TAG_CONTENT_MISMATCH");
            assertThat(statuses(emulator)).containsEntry(v2, "APPROVED").doesNotContainEntry(v3, "APPROVED");
        }
    }
}
