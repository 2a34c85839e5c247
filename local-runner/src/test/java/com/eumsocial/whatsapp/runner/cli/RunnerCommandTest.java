package com.eumsocial.whatsapp.runner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.eumsocial.whatsapp.emulator.EmulatorConfig;
import com.eumsocial.whatsapp.emulator.SocialMessagingEmulator;
import com.eumsocial.whatsapp.emulator.meta.MetaSettings;
import com.eumsocial.whatsapp.emulator.meta.OutcomeRule;
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

class RunnerCommandTest {
    private static final String WABA = MetaSettings.DEFAULT_WABA_ID;
    private String originalTmpdir;
    private Path work;
    private String out;
    private String err;

    @BeforeEach
    void setUp(TestInfo info) throws Exception {
        originalTmpdir = System.getProperty("java.io.tmpdir");
        work = Path.of("target", "test-work", "cli-" + info.getTestMethod().orElseThrow().getName() + "-" + System.nanoTime())
            .toAbsolutePath();
        Files.createDirectories(work);
        com.eumsocial.whatsapp.runner.deploy.DeployFixtureAccess.copyFixtures(work);
    }

    @AfterEach
    void restore() {
        System.setProperty("java.io.tmpdir", originalTmpdir);
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
        System.clearProperty("aws.sessionToken");
    }

    private int run(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int exit = RunnerCommand.run(args, new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
        return exit;
    }

    private String[] embedded(String... args) {
        List<String> all = new ArrayList<>(Arrays.asList(args));
        all.addAll(List.of("--virtual-time", "--review-delay", "60", "--state-dir", work.resolve("state").toString()));
        return all.toArray(String[]::new);
    }

    @Test
    void libraryListsTheEmbeddedLibraryWithFiltersAsATableOrJson() throws Exception {
        assertThat(run("library", "--search", "payment", "--language", "en_US")).as(out + err).isZero();
        assertThat(err).contains("in-memory embedded Social Messaging emulator");
        List<String> lines = out.lines().toList();
        assertThat(lines.get(0)).startsWith("NAME").contains("LANGUAGE", "CATEGORY", "TOPIC", "USE CASE", "INDUSTRY", "BUTTONS");
        assertThat(out).contains("payment_reminder", "payment_received", "PAYMENTS", "PAYMENT_REMINDER", "URL")
            .doesNotContain("order_confirmation").endsWith("2 library templates\n");

        assertThat(run("library", "--topic", "appointments", "--use-case", "APPOINTMENT_REMINDER", "--format", "json"))
            .as(out + err).isZero();
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out);
        assertThat(json.findValuesAsText("templateName")).containsOnly("appointment_reminder");
        assertThat(json.findValuesAsText("templateLanguage")).containsExactlyInAnyOrder("en_US", "es", "id");
        assertThat(json.get(0).path("templateButtons").get(0).path("type").asText()).isEqualTo("QUICK_REPLY");

        assertThat(run("library", "--industry", "no_such_industry")).isZero();
        assertThat(out).contains("0 library templates");
        assertThat(run("library", "--format", "xml")).isEqualTo(2);
        assertThat(err).contains("--format").contains("table, json");
    }

    @Test
    void libraryTalksToAnEndpointAndNeedsAWabaWhenTheCallerHasSeveral() {
        MetaSettings twoWabas = MetaSettings.builder().wabas(List.of(MetaSettings.defaults().wabas().get(0),
            new MetaSettings.WabaSeed("waba-99998888777766665555444433332222", "000000000000", "102030405060799", "Second",
                "COMPLETE", java.time.Instant.parse("2025-01-01T00:00:00Z"), List.of()))).build();
        try (SocialMessagingEmulator emulator = SocialMessagingEmulator.start(EmulatorConfig.builder().metaSettings(twoWabas).build())) {
            System.setProperty("aws.accessKeyId", "AKIAEMULATOR00000001");
            System.setProperty("aws.secretAccessKey", "emulatorSecretAccessKey0000000000000001");
            String endpoint = emulator.endpoint().toString();
            assertThat(run("library", "--endpoint", endpoint, "--language", "de")).isEqualTo(2);
            assertThat(err).contains("--waba is required").contains(WABA).contains("waba-99998888777766665555444433332222");
            assertThat(run("library", "--endpoint", endpoint, "--waba", WABA, "--language", "de")).as(out + err).isZero();
            assertThat(out).contains("payment_received", "welcome_message").contains("2 library templates");
            assertThat(err).doesNotContain("embedded");
        }
    }

    @Test
    void deployTwiceThenExportFromThePersistedEmulatorThenDestroy() throws Exception {
        Path userFile = Files.writeString(Path.of(originalTmpdir).resolve("user-file-" + System.nanoTime() + ".txt"), "mine");
        String cdkOut = work.resolve("small-app/cdk.out").toString();

        assertThat(run(embedded("deploy", cdkOut))).as(out + err).isZero();
        assertThat(out).contains("Target: embedded Social Messaging emulator", "Deploying Small from", "CREATE_COMPLETE APPROVED",
            "NAME", "small_welcome", "MARKETING", "APPROVED", "Done:");
        // the wrappers emptied their own scratch folder, never the user's tmpdir
        assertThat(userFile).exists().hasContent("mine");
        assertThat(work.resolve("state/tmp")).isDirectory();
        assertThat(work.resolve("state/state.json")).exists();
        assertThat(work.resolve("state/handlers.log")).exists();

        assertThat(run(embedded("deploy", cdkOut))).isZero();
        assertThat(out).contains("No changes.").contains("no change");

        Path exported = work.resolve("exported");
        assertThat(run(embedded("export", "--waba", WABA, "--out", exported.toString()))).as(out + err).isZero();
        assertThat(out).contains("2 template(s) exported");
        assertThat(exported.resolve("small_welcome.en_US.json")).exists();
        assertThat(exported.resolve("small_shipped.en_US.json")).exists();

        assertThat(run(embedded("destroy", "--yes"))).as(out + err).isZero();
        assertThat(out).contains("Destroying Small", "DELETE_COMPLETE");
        assertThat(run(embedded("destroy", "--yes"))).isZero();
        assertThat(out).contains("Nothing deployed");
        assertThat(userFile).exists();
    }

    @Test
    void aRejectedTemplateExitsNonZeroWithMetasReasonAgainstAnEndpoint() throws Exception {
        try (SocialMessagingEmulator emulator = SocialMessagingEmulator.start(EmulatorConfig.builder()
            .metaSettings(MetaSettings.builder().reviewDelay(Duration.ZERO).build()).build())) {
            emulator.control().forceOutcome(OutcomeRule.rejected("small_welcome", "SCAM"));
            System.setProperty("aws.accessKeyId", "AKIAEMULATOR00000001");
            System.setProperty("aws.secretAccessKey", "emulatorSecretAccessKey0000000000000001");

            int exit = run("deploy", work.resolve("small-app/cdk.out/Small.template.json").toString(), "--endpoint",
                emulator.endpoint().toString(), "--state-dir", work.resolve("remote-state").toString());

            assertThat(exit).as(out + err).isEqualTo(1);
            assertThat(out).contains("Target: " + emulator.endpoint() + ", region us-east-1, account 000000000000");
            assertThat(err).contains("Deployment failed:").contains("small_welcome/en_US").contains("SCAM");
            // the failure is printed once on stderr; the table and its last line say what is live
            assertThat(err.split("SCAM", -1)).hasSize(2);
            assertThat(out).contains("small_shipped/en_US                not started (an earlier resource failed)")
                .contains("LIVE VS DECLARED")
                .contains("Live at Meta and different from the declaration: small_welcome/en_US (absent), small_shipped/en_US (absent)");
            assertThat(emulator.control().state().toString()).doesNotContain("small_shipped");

            // the next deploy (the reviewer is satisfied now) uses the kept media handle and creates the rest
            emulator.control().clearOutcomeRules();
            assertThat(run("deploy", work.resolve("small-app/cdk.out/Small.template.json").toString(), "--endpoint",
                emulator.endpoint().toString(), "--state-dir", work.resolve("remote-state").toString())).as(out + err).isZero();
            assertThat(out).contains("banner.png", "no change").contains("small_welcome/en_US", "CREATE_COMPLETE APPROVED");
        }
    }

    @Test
    void synthesizesACdkAppFolderFirst() {
        Path app = work.resolve("fake-cdk-app");

        assertThat(run(embedded("deploy", app.toString(), "--synth-command", "sh synth.sh"))).as(out + err).isZero();
        assertThat(out).contains("Synthesizing", "synthesized to " + app.resolve("cdk.out"), "small_shipped");

        assertThat(run(embedded("deploy", app.toString(), "--synth-command", "sh fail.sh"))).isEqualTo(2);
        assertThat(err).contains("failed (exit 3)").contains("app crashed: missing context");
        assertThat(run(embedded("deploy", app.toString(), "--synth-command", "no-such-command-xyz"))).isEqualTo(2);
        assertThat(err).contains("cannot run no-such-command-xyz");
    }

    @Test
    void deploysAFolderOfTemplateFiles() {
        assertThat(run(embedded("deploy", work.resolve("folder-app/templates").toString(), "--waba", WABA))).as(out + err).isZero();
        assertThat(out).contains("folder_parcel", "folder_banner", "folder_shipping", "(media)");
    }

    @Test
    void badInputAndUsageExitWithTwo() throws Exception {
        assertThat(run("deploy", work.resolve("nope").toString(), "--state-dir", work.resolve("s").toString())).isEqualTo(2);
        assertThat(err).contains("no such file or folder");
        assertThat(run()).isEqualTo(2);
        assertThat(out).contains("Usage: local-runner", "deploy", "destroy", "export", "emulator");
        assertThat(run("deploy", "--parallelism")).isEqualTo(2);
        Path damaged = work.resolve("damaged");
        Files.createDirectories(damaged);
        Files.writeString(damaged.resolve("state.json"), "{\"stacks\": ");
        assertThat(run("deploy", work.resolve("small-app/cdk.out").toString(), "--state-dir", damaged.toString(), "--virtual-time"))
            .isEqualTo(2);
        assertThat(err).contains("state.json: the runner's state file is damaged").contains("fix or delete it");
        assertThat(run("emulator", "--version")).isZero();
    }

    @Test
    void aRealAccountNeedsTemporaryCredentialsAndAnAccountId() {
        System.setProperty("aws.accessKeyId", "AKIAEXAMPLE000000001");
        System.setProperty("aws.secretAccessKey", "secret");
        assertThat(run("deploy", work.resolve("small-app/cdk.out").toString(), "--region", "eu-west-1", "--state-dir",
            work.resolve("real").toString())).isEqualTo(2);
        assertThat(err).contains("need a session token").contains("AKIAEXAMPLE000000001");

        System.setProperty("aws.sessionToken", "token");
        assertThat(run("deploy", work.resolve("small-app/cdk.out").toString(), "--region", "eu-west-1", "--state-dir",
            work.resolve("real").toString())).isEqualTo(2);
        assertThat(err).contains("--account-id is required with --region");
    }

    @Test
    void stateLivesNextToTheApp() {
        Path cdkOut = work.resolve("small-app/cdk.out");
        assertThat(RunnerCommand.stateDirFor(cdkOut)).isEqualTo(work.resolve("small-app/.local-runner"));
        assertThat(RunnerCommand.stateDirFor(cdkOut.resolve("Small.template.json"))).isEqualTo(work.resolve("small-app/.local-runner"));
        assertThat(RunnerCommand.stateDirFor(work.resolve("folder-app/templates"))).isEqualTo(work.resolve("folder-app/templates/.local-runner"));
    }
}
