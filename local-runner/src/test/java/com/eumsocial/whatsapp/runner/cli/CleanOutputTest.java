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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * What a user reads when something fails, captured from the command line: no terminal escape
 * codes in a pipe, each problem once, no Java or JavaScript stack (unless --verbose), JSON syntax
 * errors with file, line and column.
 */
class CleanOutputTest {
    private static final String[] PROBLEMS = {
        "[WhatsAppTemplates/Templates] templates/broken.json: malformed JSON at line 2, column 13",
        "templates/order_shipped.en_US.json: name: \"Order Shipped\" may contain only lowercase letters",
        "components[0].text: parameter {{3}} follows {{1}}",
        "components[0].text: starts with parameter {{1}}",
        "components[0].text: has 2 parameters but only 4 other words",
        "components[0].example.body_text[0]: has 3 values but the text has 2 parameters"};

    private String originalTmpdir;
    private Path work;
    private String out;
    private String err;

    @BeforeEach
    void setUp(TestInfo info) throws Exception {
        originalTmpdir = System.getProperty("java.io.tmpdir");
        work = Path.of("target", "test-work", "clean-" + info.getTestMethod().orElseThrow().getName() + "-" + System.nanoTime())
            .toAbsolutePath();
        Files.createDirectories(work);
        com.eumsocial.whatsapp.runner.deploy.DeployFixtureAccess.copyFixtures(work);
    }

    @AfterEach
    void restore() {
        System.setProperty("java.io.tmpdir", originalTmpdir);
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
    }

    private int run(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int exit = RunnerCommand.run(args, new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
        return exit;
    }

    @Test
    void aFailingSynthPrintsEachProblemOnceWithoutStacksEscapesOrMavenAdvice() {
        Path app = work.resolve("fake-cdk-app");
        String state = work.resolve("state").toString();

        assertThat(run("deploy", app.toString(), "--synth-command", "sh fail-validation.sh", "--state-dir", state)).isEqualTo(2);

        String all = out + err;
        assertThat(all).doesNotContain("\u001B");
        for (String problem : PROBLEMS) {
            assertThat(occurrences(err, problem)).as(problem + " in:\n" + err).isEqualTo(1);
        }
        assertThat(err).contains("failed (exit 1), 6 problems:").contains("(--verbose shows the build's whole output)")
            .doesNotContain("    at ").doesNotContain("program.js").doesNotContain("[Help 1]").doesNotContain("Re-run Maven")
            .doesNotContain("[ERROR]").doesNotContain("REDACTED");
    }

    @Test
    void verboseShowsTheWholeOutputAndTheStackTrace() {
        Path app = work.resolve("fake-cdk-app");

        assertThat(run("deploy", app.toString(), "--synth-command", "sh fail-validation.sh", "--verbose",
            "--state-dir", work.resolve("state").toString())).isEqualTo(2);

        assertThat(err).contains("Kernel._Kernel_ensureSync").contains("[Help 1]")
            .contains("at com.eumsocial.whatsapp.runner").doesNotContain("\u001B");
    }

    @Test
    void malformedJsonNamesTheFileLineAndColumn() throws Exception {
        Path folder = Files.createDirectories(work.resolve("broken-folder"));
        Files.writeString(folder.resolve("broken.json"), "{\"name\": \"x\",\n \"language\" \"en_US\"}\n");

        assertThat(run("deploy", folder.toString(), "--state-dir", work.resolve("state").toString(), "--virtual-time")).isEqualTo(2);

        assertThat(err).contains("broken.json: malformed JSON at line 2, column 13: Unexpected character")
            .doesNotContain("REDACTED").doesNotContain("    at ");

        Path template = Files.writeString(work.resolve("Bad.template.json"), "{\"Resources\": {\n  \"A\": }\n");
        assertThat(run("deploy", template.toString(), "--state-dir", work.resolve("state2").toString(), "--virtual-time")).isEqualTo(2);
        assertThat(err).contains("Bad.template.json: malformed JSON at line 2, column 8").doesNotContain("REDACTED");
    }

    @Test
    void aFailingDeployPrintsMetasReasonWithoutStacksOrEscapes() throws Exception {
        try (SocialMessagingEmulator emulator = SocialMessagingEmulator.start(EmulatorConfig.builder()
            .metaSettings(MetaSettings.builder().reviewDelay(Duration.ZERO).build()).build())) {
            emulator.control().forceOutcome(OutcomeRule.rejected("small_welcome", "SCAM"));
            System.setProperty("aws.accessKeyId", "AKIAEMULATOR00000001");
            System.setProperty("aws.secretAccessKey", "emulatorSecretAccessKey0000000000000001");

            int exit = run("deploy", work.resolve("small-app/cdk.out").toString(), "--endpoint", emulator.endpoint().toString(),
                "--state-dir", work.resolve("remote-state").toString());

            assertThat(exit).as(out + err).isEqualTo(1);
            assertThat(out + err).doesNotContain("\u001B").doesNotContain("\tat ").doesNotContain("    at ")
                .doesNotContain("Exception:");
            // the failure summary on stderr names the template and Meta's reason, once
            assertThat(occurrences(err, "Deployment failed: small_welcome/en_US")).as(err).isEqualTo(1);
            assertThat(err).contains("SCAM");
            // the media row is labelled by its file, not by the asset's hash
            assertThat(out).contains("banner.png");
        }
    }

    private static int occurrences(String text, String part) {
        Matcher m = Pattern.compile(Pattern.quote(part)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
