package com.eumsocial.whatsapp.runner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.eumsocial.whatsapp.emulator.EmulatorConfig;
import com.eumsocial.whatsapp.emulator.SocialMessagingEmulator;
import com.eumsocial.whatsapp.emulator.meta.MetaSettings;
import com.eumsocial.whatsapp.runner.deploy.DeployState;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.socialmessaging.SocialMessagingClient;
import software.amazon.awssdk.services.socialmessaging.model.UpdateWhatsAppMessageTemplateRequest;

/** {@code plan} and {@code drift} through the CLI against a standalone emulator: every exit code and format. */
class PlanAndDriftCommandTest {
    private static final String KEY = "AKIAEMULATOR00000001";
    private static final String SECRET = "emulatorSecretAccessKey0000000000000001";
    private static final ObjectMapper JSON = new ObjectMapper();
    private String originalTmpdir;
    private Path work;
    private Path folder;
    private SocialMessagingEmulator emulator;
    private String out;
    private String err;

    @BeforeEach
    void setUp(TestInfo info) throws Exception {
        originalTmpdir = System.getProperty("java.io.tmpdir");
        work = Path.of("target", "test-work", "plan-" + info.getTestMethod().orElseThrow().getName() + "-" + System.nanoTime())
            .toAbsolutePath();
        Files.createDirectories(work);
        com.eumsocial.whatsapp.runner.deploy.DeployFixtureAccess.copyFixtures(work);
        folder = work.resolve("folder-app/templates");
        emulator = SocialMessagingEmulator.start(EmulatorConfig.builder()
            .metaSettings(MetaSettings.builder().reviewDelay(Duration.ZERO).build()).build());
        System.setProperty("aws.accessKeyId", KEY);
        System.setProperty("aws.secretAccessKey", SECRET);
    }

    @AfterEach
    void restore() {
        emulator.close();
        System.setProperty("java.io.tmpdir", originalTmpdir);
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
    }

    private int run(String... args) {
        List<String> all = new ArrayList<>(Arrays.asList(args));
        all.addAll(List.of("--endpoint", emulator.endpoint().toString(), "--state-dir", work.resolve("state").toString()));
        return runExactly(all.toArray(String[]::new));
    }

    /** Runs the command line as given; every run is appended to transcript.txt of the test's folder. */
    private int runExactly(String... all) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int exit = RunnerCommand.run(all, new PrintStream(o, true, StandardCharsets.UTF_8),
            new PrintStream(e, true, StandardCharsets.UTF_8));
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
        try {
            Files.writeString(work.resolve("transcript.txt"), "$ local-runner " + String.join(" ", all) + "\n" + out + err
                + "(exit " + exit + ")\n\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
        } catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
        return exit;
    }

    @Test
    void aTemplateEditedOutsideTheAppIsDriftInPlanAndDriftUntilTheDeployPutsItBack() throws Exception {
        Path planFile = work.resolve("plans/plan.json");
        assertThat(run("plan", folder.toString())).as(out + err).isEqualTo(3);
        assertThat(out).contains("+   folder_parcel/en_US", "create MessageTemplate: new").contains("Plan: ").contains("create.");

        assertThat(run("plan", folder.toString(), "--format", "json", "--out", planFile.toString())).as(out + err).isEqualTo(3);
        JsonNode doc = JSON.readTree(out);
        assertThat(doc.path("exitCode").asInt()).isEqualTo(3);
        assertThat(doc.path("plans").get(0).path("changes").findValuesAsText("kind")).contains("CREATE");
        assertThat(JSON.readTree(Files.readString(planFile))).isEqualTo(doc);
        assertThat(err).contains("Target: " + emulator.endpoint());
        assertThat(run("plan", folder.toString(), "--out", planFile.toString())).isEqualTo(3);
        assertThat(out).contains("Plan written to " + planFile);

        assertThat(run("deploy", folder.toString())).as(out + err).isZero();
        assertThat(run("plan", folder.toString())).as(out + err).isZero();
        assertThat(out).contains("folder_parcel/en_US", "no change").doesNotContain("drift");
        assertThat(run("drift", folder.toString())).as(out + err).isZero();
        assertThat(out).contains("folder_parcel/en_US  in sync (APPROVED)", "No drift");
        assertThat(run("drift", folder.toString(), "--format", "json")).as(out + err).isZero();
        assertThat(JSON.readTree(out).path("drifted").asInt()).isZero();

        editOutsideTheApp("folder_parcel", "Hello {{1}}, your parcel was edited by hand in the console today.");
        emulator.control().advanceClock(Duration.ofHours(25));

        assertThat(run("plan", folder.toString())).as(out + err).isEqualTo(3);
        assertThat(out).contains("~   folder_parcel/en_US", "drift to correct", "drift: Components differ from the last deploy",
            "goes back to Meta's review and cannot be sent until approved again");
        assertThat(run("plan", folder.toString(), "--format", "json")).isEqualTo(3);
        assertThat(JSON.readTree(out).findValuesAsText("kind")).contains("DRIFT_CORRECTION");

        assertThat(run("drift", folder.toString())).as(out + err).isEqualTo(3);
        assertThat(out).contains("~ folder_parcel/en_US  drifted", "--- declared", "+++ live at Meta",
            "-   \"text\" : \"Hello {{1}}, your parcel is on its way and arrives tomorrow.\"",
            "+   \"text\" : \"Hello {{1}}, your parcel was edited by hand in the console today.\"", "1 resource(s) drifted");
        assertThat(out).doesNotContainPattern("[-+] .*Reply to this message");   // unchanged lines are context only
        assertThat(run("drift", folder.toString(), "--format", "json")).isEqualTo(3);
        JsonNode drift = JSON.readTree(out);
        assertThat(drift.path("drifted").asInt()).isEqualTo(1);
        assertThat(drift.findValue("live").toString()).contains("edited by hand");

        assertThat(run("deploy", folder.toString())).as(out + err).isZero();
        assertThat(run("drift", folder.toString())).as(out + err).isZero();
        assertThat(run("plan", folder.toString())).as(out + err).isZero();
    }

    @Test
    void aSecondEditWithin24HoursIsBlockedAndBadInputExitsWithTwo() throws Exception {
        assertThat(run("deploy", folder.toString())).as(out + err).isZero();
        Path parcel = folder.resolve("utility/folder_parcel.en_US.json");
        Files.writeString(parcel, Files.readString(parcel).replace("arrives tomorrow", "arrives on Monday"));

        assertThat(run("plan", folder.toString())).as(out + err).isEqualTo(3);
        assertThat(out).contains("~   folder_parcel/en_US", "update in place: Components changed",
            "goes back to Meta's review and cannot be sent until approved again (now APPROVED)");
        assertThat(run("deploy", folder.toString())).as(out + err).isZero();

        Files.writeString(parcel, Files.readString(parcel).replace("arrives on Monday", "arrives on Tuesday"));
        assertThat(run("plan", folder.toString())).as(out + err).isEqualTo(2);
        assertThat(out).contains("!   folder_parcel/en_US", "blocked (nothing will be sent)", "rule: ");
        assertThat(run("plan", folder.toString(), "--format", "json")).isEqualTo(2);
        assertThat(JSON.readTree(out).findValuesAsText("kind")).contains("BLOCKED");

        assertThat(run("plan", folder.toString(), "--format", "yaml")).isEqualTo(2);
        assertThat(err).contains("--format: \"yaml\" is not a format; use text or json");
        assertThat(run("drift", work.resolve("nope").toString())).isEqualTo(2);
        assertThat(err).contains("no such file or folder");
    }

    @Test
    void planUsesTheEmbeddedEmulatorByDefault() {
        String[] embedded = {"--virtual-time", "--review-delay", "60", "--state-dir", work.resolve("embedded").toString()};
        List<String> args = new ArrayList<>(List.of("plan", work.resolve("small-app/cdk.out").toString()));
        args.addAll(List.of(embedded));
        assertThat(runExactly(args.toArray(String[]::new))).as(out + err).isEqualTo(3);
        assertThat(out).contains("Target: embedded Social Messaging emulator", "small_welcome/en_US", "create");
        args.set(0, "drift");
        assertThat(runExactly(args.toArray(String[]::new))).as(out + err).isZero();
        assertThat(out).contains("small_welcome/en_US  not deployed by the app yet", "No drift");
        assertThat(runExactly("--help")).isZero();
        assertThat(out).contains("plan", "drift");
    }

    private void editOutsideTheApp(String name, String body) {
        DeployState state = DeployState.load(work.resolve("state/state.json"));
        String id = state.stackNames().stream().flatMap(s -> state.resources(s).values().stream())
            .filter(e -> name.equals(e.properties().path("TemplateName").asText()))
            .map(e -> e.model().path("MetaTemplateId").asText()).findFirst().orElseThrow();
        String waba = MetaSettings.DEFAULT_WABA_ID;
        try (SocialMessagingClient client = SocialMessagingClient.builder().region(Region.US_EAST_1)
            .endpointOverride(emulator.endpoint())
            .credentialsProvider(StaticCredentialsProvider.create(AwsSessionCredentials.create(KEY, SECRET, "test-session")))
            .build()) {
            client.updateWhatsAppMessageTemplate(UpdateWhatsAppMessageTemplateRequest.builder().id(waba).metaTemplateId(id)
                .templateComponents(SdkBytes.fromUtf8String("[{\"type\": \"BODY\", \"text\": \"" + body + "\", \"example\": "
                    + "{\"body_text\": [[\"Ana\"]]}}, {\"type\": \"FOOTER\", \"text\": \"Reply to this message with questions.\"}]"))
                .build());
        }
    }
}
