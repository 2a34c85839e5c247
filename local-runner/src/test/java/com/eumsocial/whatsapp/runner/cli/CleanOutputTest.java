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

    /** What one command printed. */
    private record Printed(int exit, String out, String err) {
    }

    private static Printed run(String... args) {
        String userTmpdir = System.getProperty("java.io.tmpdir");
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            int exit = RunnerCommand.run(args, new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8));
            return new Printed(exit, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setProperty("java.io.tmpdir", userTmpdir);   // the runner points the process at its scratch folder
        }
    }

    /** The runner's test fixtures (fake CDK apps, a synthesized app) in a folder of this test's own. */
    private static Path fixtures(TestInfo info) throws Exception {
        Path work = Files.createDirectories(Path.of("target", "test-work",
            "clean-" + info.getTestMethod().orElseThrow().getName() + "-" + System.nanoTime()).toAbsolutePath());
        com.eumsocial.whatsapp.runner.deploy.DeployFixtureAccess.copyFixtures(work);
        return work;
    }

    @Test
    void aFailingSynthPrintsEachProblemOnceWithoutStacksEscapesOrMavenAdvice(TestInfo info) throws Exception {
        Path work = fixtures(info);
        Printed printed = run("deploy", work.resolve("fake-cdk-app").toString(), "--synth-command", "sh fail-validation.sh",
            "--state-dir", work.resolve("state").toString());

        assertThat(printed.exit()).isEqualTo(2);
        String err = printed.err();
        assertThat(printed.out() + err).doesNotContain("\u001B");
        for (String problem : PROBLEMS) {
            assertThat(occurrences(err, problem)).as(problem + " in:\n" + err).isEqualTo(1);
        }
        assertThat(err).contains("failed (exit 1), 6 problems:").contains("(--verbose shows the build's whole output)")
            .doesNotContain("    at ").doesNotContain("program.js").doesNotContain("[Help 1]").doesNotContain("Re-run Maven")
            .doesNotContain("[ERROR]").doesNotContain("REDACTED");
    }

    @Test
    void verboseShowsTheWholeOutputAndTheStackTrace(TestInfo info) throws Exception {
        Path work = fixtures(info);
        Printed printed = run("deploy", work.resolve("fake-cdk-app").toString(), "--synth-command", "sh fail-validation.sh",
            "--verbose", "--state-dir", work.resolve("state").toString());

        assertThat(printed.exit()).isEqualTo(2);
        assertThat(printed.err()).contains("Kernel._Kernel_ensureSync").contains("[Help 1]")
            .contains("at com.eumsocial.whatsapp.runner").doesNotContain("\u001B");
    }

    @Test
    void malformedJsonNamesTheFileLineAndColumn(TestInfo info) throws Exception {
        Path work = fixtures(info);
        Path folder = Files.createDirectories(work.resolve("broken-folder"));
        Files.writeString(folder.resolve("broken.json"), "{\"name\": \"x\",\n \"language\" \"en_US\"}\n");

        Printed printed = run("deploy", folder.toString(), "--state-dir", work.resolve("state").toString(), "--virtual-time");

        assertThat(printed.exit()).isEqualTo(2);
        assertThat(printed.err()).contains("broken.json: malformed JSON at line 2, column 13: Unexpected character")
            .doesNotContain("REDACTED").doesNotContain("    at ");

        Path template = Files.writeString(work.resolve("Bad.template.json"), "{\"Resources\": {\n  \"A\": }\n");
        printed = run("deploy", template.toString(), "--state-dir", work.resolve("state2").toString(), "--virtual-time");
        assertThat(printed.exit()).isEqualTo(2);
        assertThat(printed.err()).contains("Bad.template.json: malformed JSON at line 2, column 8").doesNotContain("REDACTED");
    }

    @Test
    void aFailingDeployPrintsMetasReasonWithoutStacksOrEscapes(TestInfo info) throws Exception {
        Path work = fixtures(info);
        try (SocialMessagingEmulator emulator = SocialMessagingEmulator.start(EmulatorConfig.builder()
            .metaSettings(MetaSettings.builder().reviewDelay(Duration.ZERO).build()).build())) {
            emulator.control().forceOutcome(OutcomeRule.rejected("small_welcome", "SCAM"));
            System.setProperty("aws.accessKeyId", "AKIAEMULATOR00000001");
            System.setProperty("aws.secretAccessKey", "emulatorSecretAccessKey0000000000000001");

            Printed printed = run("deploy", work.resolve("small-app/cdk.out").toString(), "--endpoint",
                emulator.endpoint().toString(), "--state-dir", work.resolve("remote-state").toString());
            String out = printed.out();
            String err = printed.err();

            assertThat(printed.exit()).as(out + err).isEqualTo(1);
            assertThat(out + err).doesNotContain("\u001B").doesNotContain("\tat ").doesNotContain("    at ")
                .doesNotContain("Exception:");
            // the failure summary on stderr names the template and Meta's reason, once
            assertThat(occurrences(err, "Deployment failed: small_welcome/en_US")).as(err).isEqualTo(1);
            assertThat(err).contains("SCAM");
            // the media row is labelled by its file, not by the asset's hash
            assertThat(out).contains("banner.png");
        } finally {
            System.clearProperty("aws.accessKeyId");
            System.clearProperty("aws.secretAccessKey");
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
