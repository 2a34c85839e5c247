package com.eumsocial.whatsapp.reliability.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.eumsocial.whatsapp.emulator.faults.FaultSettings;
import com.eumsocial.whatsapp.emulator.security.AccessKey;
import com.eumsocial.whatsapp.reliability.support.EmulatorHarness;
import com.eumsocial.whatsapp.reliability.support.Invokers;
import com.eumsocial.whatsapp.reliability.support.WorkDirectories;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.socialmessaging.model.SocialMessagingException;

/**
 * The emulator with a data directory and a media folder: names and keys that try to leave their
 * folder (../, absolute paths) neither read nor write outside; the only file it writes is its
 * journal, inside the data directory; and the journal holds exactly what clients sent (no
 * credentials, signatures or tokens).
 */
class EmulatorFilesystemTest {

    @Test
    void namesAndKeysCannotLeaveTheFoldersAndTheJournalHoldsOnlyWhatWasSent() throws Exception {
        Path work = WorkDirectories.fresh("filesystem");
        Path data = work.resolve("data");
        Path media = Files.createDirectories(work.resolve("media").resolve("media-bucket"));
        Files.write(media.resolve("banner.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
        Path outside = work.resolve("outside.png");
        Files.write(outside, new byte[] {(byte) 0x89, 'P', 'N', 'G', 9, 9, 9});
        Set<Path> before = files(work);

        List<String> sentDefinitions = new ArrayList<>();
        List<String> refusals = new ArrayList<>();
        try (EmulatorHarness emulator = EmulatorHarness.start(EmulatorHarness.roomySettings()
                .mediaRoot(work.resolve("media")).build(), FaultSettings.NONE, data)) {
            var client = emulator.client();
            // Media keys and buckets that point outside the media folder.
            for (String[] source : new String[][] {
                    {"media-bucket", "../../outside.png"}, {"media-bucket", outside.toString()},
                    {"media-bucket", "/etc/passwd"}, {"media-bucket", "..\\..\\outside.png"},
                    {"media-bucket", "banner.png/../../../outside.png"}, {"media-bucket", "%2e%2e/%2e%2e/outside.png"}}) {
                SocialMessagingException e = catchThrowableOfType(() -> client.createWhatsAppMessageTemplateMedia(r -> r
                        .id(EmulatorHarness.WABA).sourceS3File(f -> f.bucketName(source[0]).key(source[1]))),
                        SocialMessagingException.class);
                assertThat(e).as(source[1]).isNotNull();
                assertThat(e.statusCode()).isEqualTo(400);
                refusals.add(source[1] + " -> " + e.awsErrorDetails().errorCode());
            }
            // The legitimate object inside the folder is read.
            assertThat(client.createWhatsAppMessageTemplateMedia(r -> r.id(EmulatorHarness.WABA)
                    .sourceS3File(f -> f.bucketName("media-bucket").key("banner.png"))).metaHeaderHandle()).startsWith("4::");
            // Template names that look like paths are refused; text that looks like a path is just text.
            for (String name : List.of("../../escape", "/tmp/escape", "..", "a/../../b")) {
                String definition = definition(name, "Your parcel is on its way and arrives tomorrow morning.");
                assertThat(catchThrowableOfType(() -> client.createWhatsAppMessageTemplate(r -> r.id(EmulatorHarness.WABA)
                        .templateDefinition(SdkBytes.fromUtf8String(definition))), SocialMessagingException.class))
                        .isNotNull();
            }
            String definition = definition("path_like_text", "See ../../etc/passwd and /tmp/x in the body, nothing more.");
            sentDefinitions.add(definition);
            client.createWhatsAppMessageTemplate(r -> r.id(EmulatorHarness.WABA)
                    .templateDefinition(SdkBytes.fromUtf8String(definition)));
            // The control API's media upload with path-like bucket and key stays in memory.
            emulator.emulator().control().putMediaObject("../../control", "../../../control.png", "image/png",
                    new byte[] {1, 2, 3});
        }

        Set<Path> after = files(work);
        Set<Path> added = new TreeSet<>(after);
        added.removeAll(before);
        assertThat(added).allMatch(p -> p.startsWith(data));
        assertThat(added).extracting(p -> p.getFileName().toString()).contains("journal.jsonl");
        assertThat(Files.readAllBytes(outside)).containsExactly((byte) 0x89, 'P', 'N', 'G', 9, 9, 9);
        assertThat(Files.exists(work.resolve("control.png"))).isFalse();

        // The journal: exactly the inputs clients sent, nothing about who signed them.
        String journal = Files.readString(data.resolve("journal.jsonl"));
        for (String secret : List.of(AccessKey.DEFAULT.secretAccessKey(), AccessKey.DEFAULT.accessKeyId(),
                AccessKey.SECOND.secretAccessKey(), "Authorization", "Signature=", "X-Amz-Date", Invokers.SESSION_TOKEN)) {
            assertThat(journal).doesNotContain(secret);
        }
        List<String> operations = new ArrayList<>();
        for (String line : journal.split("\n")) {
            JsonNode entry = Invokers.MAPPER.readTree(line);
            if (!entry.path("type").asText().equals("call")) {
                continue;
            }
            operations.add(entry.path("operation").asText());
            Set<String> keys = new TreeSet<>();
            entry.path("input").fieldNames().forEachRemaining(keys::add);
            switch (entry.path("operation").asText()) {
                case "CreateWhatsAppMessageTemplate" -> {
                    assertThat(keys).containsExactly("id", "templateDefinition");
                    String sent = new String(Base64.getDecoder().decode(entry.path("input").path("templateDefinition")
                            .asText()), StandardCharsets.UTF_8);
                    assertThat(sentDefinitions).contains(sent);
                }
                case "CreateWhatsAppMessageTemplateMedia" -> {
                    assertThat(keys).containsExactly("id", "sourceS3File");
                    assertThat(entry.path("input").path("sourceS3File").path("key").asText()).isEqualTo("banner.png");
                }
                default -> throw new AssertionError("unexpected journaled operation " + entry);
            }
            Set<String> entryKeys = new TreeSet<>();
            entry.fieldNames().forEachRemaining(entryKeys::add);
            assertThat(entryKeys).containsExactlyInAnyOrder("type", "instant", "offsetNanos", "operation", "accountId", "input");
        }
        // Refused calls are not journaled: one media upload and one template, in that order.
        assertThat(operations).containsExactly("CreateWhatsAppMessageTemplateMedia", "CreateWhatsAppMessageTemplate");
        assertThat(refusals).hasSize(6);
    }

    private static String definition(String name, String body) {
        return "{\"name\":\"" + name.replace("\\", "\\\\") + "\",\"language\":\"en_US\",\"category\":\"UTILITY\","
                + "\"components\":[{\"type\":\"BODY\",\"text\":\"" + body + "\"}]}";
    }

    private static Set<Path> files(Path root) throws Exception {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        }
    }
}
