package com.eumsocial.whatsapp.runner.ci;

import static org.assertj.core.api.Assertions.assertThat;

import com.eumsocial.whatsapp.emulator.EmulatorConfig;
import com.eumsocial.whatsapp.emulator.SocialMessagingEmulator;
import com.eumsocial.whatsapp.emulator.meta.MetaSettings;
import com.eumsocial.whatsapp.runner.deploy.DeployFixtureAccess;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * examples/ci/ci.sh, the steps of the example workflows, run as CI runs them: validate offline,
 * then deploy to an emulator over HTTP (twice: the second run has nothing to do).
 */
class CiScriptTest {
    private static final Path SCRIPT = Path.of("..", "examples", "ci", "ci.sh").toAbsolutePath().normalize();
    /** The runner from this build's classes, as the script's RUNNER setting allows. */
    private static final String RUNNER = "java -XX:TieredStopAtLevel=1 -cp " + System.getProperty("java.class.path")
            + " com.eumsocial.whatsapp.runner.cli.RunnerLauncher";

    private Path work;
    private String out;
    private String err;

    @BeforeEach
    void setUp(TestInfo info) throws Exception {
        work = Path.of("target", "test-work", "ci-" + info.getTestMethod().orElseThrow().getName() + "-" + System.nanoTime())
                .toAbsolutePath();
        DeployFixtureAccess.copyFixtures(Files.createDirectories(work));
    }

    private int script(Map<String, String> env, String... args) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(new java.util.ArrayList<>(List.of("bash", SCRIPT.toString())));
        pb.command().addAll(List.of(args));
        pb.environment().remove("GITHUB_ACTIONS");
        pb.environment().put("RUNNER", RUNNER);
        pb.environment().putAll(env);
        Path stdout = work.resolve("stdout.txt");
        Path stderr = work.resolve("stderr.txt");
        Process p = pb.redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("ci.sh finished").isTrue();
        out = Files.readString(stdout, StandardCharsets.UTF_8);
        err = Files.readString(stderr, StandardCharsets.UTF_8);
        return p.exitValue();
    }

    @Test
    void validateExitsZeroForValidTemplatesAndTwoWithAnnotationsForInvalidOnes() throws Exception {
        Path templates = work.resolve("folder-app/templates");
        assertThat(script(Map.of("FORMAT", "text"), "validate", templates.toString())).as(out + err).isZero();
        assertThat(out).isEqualTo("Valid: 3 template(s) in 3 file(s), no problems.\n");

        Files.writeString(templates.resolve("typo.json"), "{\"name\": \"folder_typo\", \"language\": \"zz_ZZ\", \"category\":"
                + " \"UTILITY\", \"components\": [{\"type\": \"BODY\", \"text\": \"Your parcel is on its way.\"}]}");
        assertThat(script(Map.of("FORMAT", "github"), "validate", templates.toString())).as(out + err).isEqualTo(2);
        assertThat(out).contains("::error file=", "typo.json,line=1,col=37,title=language-supported::language: \"zz_ZZ\"");
    }

    @Test
    void deployToAnEmulatorThenAgainWithNothingToDo() throws Exception {
        try (SocialMessagingEmulator emulator = SocialMessagingEmulator.start(EmulatorConfig.builder()
                .metaSettings(MetaSettings.builder().reviewDelay(Duration.ZERO).build()).build())) {
            Map<String, String> env = Map.of(
                    "TARGET_ARGS", "--endpoint " + emulator.endpoint(),
                    "STATE_DIR", work.resolve("state").toString(),
                    "AWS_ACCESS_KEY_ID", "AKIAEMULATOR00000001",
                    "AWS_SECRET_ACCESS_KEY", "emulatorSecretAccessKey0000000000000001",
                    "AWS_REGION", "us-east-1");
            String templates = work.resolve("folder-app/templates").toString();

            assertThat(script(env, "deploy", templates)).as(out + err).isZero();
            assertThat(out).contains("Target: " + emulator.endpoint(), "folder_banner", "APPROVED", "Done:");
            assertThat(emulator.control().state().toString()).contains("folder_shipping", "folder_parcel");

            assertThat(script(env, "deploy", templates)).as(out + err).isZero();
            assertThat(out).contains("No changes.");

            Path plan = work.resolve("plan.json");
            Map<String, String> planEnv = new java.util.HashMap<>(env);
            planEnv.put("PLAN_FILE", plan.toString());
            assertThat(script(planEnv, "plan", templates)).as(out + err).isZero();
            assertThat(out).contains("Plan: 4 no change.");
            assertThat(Files.readString(plan)).contains("\"exitCode\" : 0");

            Path parcel = work.resolve("folder-app/templates/utility/folder_parcel.en_US.json");
            Files.writeString(parcel, Files.readString(parcel).replace("arrives tomorrow", "arrives on Monday"));
            assertThat(script(planEnv, "plan", templates)).as(out + err).isZero();   // changes to make: the step passes
            assertThat(out).contains("update in place");
            assertThat(Files.readString(plan)).contains("\"UPDATE_IN_PLACE\"");
        }
    }

    @Test
    void anUnknownStepIsRefused() throws Exception {
        assertThat(script(Map.of(), "publish")).isEqualTo(2);
        assertThat(err).contains("usage:");
    }
}
