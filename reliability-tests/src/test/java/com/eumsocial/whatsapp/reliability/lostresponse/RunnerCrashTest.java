package com.eumsocial.whatsapp.reliability.lostresponse;

import static org.assertj.core.api.Assertions.assertThat;

import com.eumsocial.whatsapp.emulator.faults.FaultSettings;
import com.eumsocial.whatsapp.reliability.support.EmulatorHarness;
import com.eumsocial.whatsapp.reliability.support.LogCapture;
import com.eumsocial.whatsapp.reliability.support.ReportFiles;
import com.eumsocial.whatsapp.reliability.support.StackTemplates;
import com.eumsocial.whatsapp.reliability.support.WorkDirectories;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Issue 8, part 2 (crash): the runner's CLI deploys a stack in its own JVM with the embedded
 * emulator persisting to its data directory; the process is killed (destroyForcibly, SIGKILL)
 * after some templates were created and before the deployment finished. A second run of the same
 * command finishes it: every template exactly once, APPROVED, none the runner does not know
 * about; destroy then leaves nothing.
 */
class RunnerCrashTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int TEMPLATES = 24;

    private static Process start(Path work, String name, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "com.eumsocial.whatsapp.runner.cli.RunnerLauncher"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(work.resolve(name + ".log").toFile())
                .start();
    }

    private static long creates(Path journal) throws Exception {
        if (!Files.exists(journal)) {
            return 0;
        }
        return Files.readAllLines(journal).stream().filter(l -> l.contains("\"CreateWhatsAppMessageTemplate\"")).count();
    }

    @Test
    void aRunnerKilledMidDeployIsFinishedByTheNextRunWithoutDuplicatesOrOrphans() throws Exception {
        Path work = WorkDirectories.fresh("crash");
        Path stackFile = work.resolve("crash.template.json");
        JSON.writerWithDefaultPrettyPrinter().writeValue(stackFile.toFile(), StackTemplates.stack(TEMPLATES, EmulatorHarness.WABA));
        Path state = work.resolve("state");
        Path journal = state.resolve("emulator").resolve("journal.jsonl");
        String[] deploy = {"deploy", stackFile.toString(), "--state-dir", state.toString(), "--review-delay", "3",
            "--parallelism", "3"};

        Process first = start(work, "run1", deploy);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (creates(journal) < 6 && first.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        boolean killedMidway = first.isAlive();
        long createdAtKill = creates(journal);
        first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        Process second = start(work, "run2", deploy);
        assertThat(second.waitFor(300, TimeUnit.SECONDS)).as("second run finished").isTrue();
        int secondExit = second.exitValue();
        String log2 = Files.readString(work.resolve("run2.log"));

        List<JsonNode> live;
        Map<String, Integer> perNameAndLanguage = new HashMap<>();
        try (EmulatorHarness emulator = EmulatorHarness.start(EmulatorHarness.roomySettings().reviewDelay(Duration.ofSeconds(3))
                .build(), FaultSettings.NONE, state.resolve("emulator"))) {
            live = emulator.liveTemplates();
        }
        live.forEach(t -> perNameAndLanguage.merge(t.path("name").asText() + "/" + t.path("language").asText(), 1, Integer::sum));
        JsonNode stateFile = JSON.readTree(state.resolve("state.json").toFile());
        JsonNode resources = stateFile.path("stacks").elements().next().path("resources");

        Process destroy = start(work, "destroy", "destroy", stackFile.toString(), "--state-dir", state.toString(),
                "--review-delay", "3", "--yes");
        assertThat(destroy.waitFor(300, TimeUnit.SECONDS)).isTrue();
        List<JsonNode> left;
        try (EmulatorHarness emulator = EmulatorHarness.start(EmulatorHarness.roomySettings().reviewDelay(Duration.ofSeconds(3))
                .build(), FaultSettings.NONE, state.resolve("emulator"))) {
            left = emulator.liveTemplates();
        }
        String log1 = Files.readString(work.resolve("run1.log"));
        String log3 = Files.readString(work.resolve("destroy.log"));
        for (String log : List.of(log1, log2, log3)) {
            LogCapture.line(log);
        }
        // The handlers' Lambda logger lines of the runner processes, for the secrets scan.
        if (Files.exists(state.resolve("handlers.log"))) {
            LogCapture.line(Files.readString(state.resolve("handlers.log")));
        }
        ReportFiles.write("runner-crash.txt", "templates " + TEMPLATES + "; killed mid-deploy " + killedMidway
                + " with " + createdAtKill + " creates journaled\nsecond run exit " + secondExit + "\n" + log2
                + "\nlive after second run " + live.size() + ", distinct " + perNameAndLanguage.size() + ", in state "
                + resources.size() + "\ndestroy exit " + destroy.exitValue() + ", live after destroy " + left.size() + "\n" + log3);

        assertThat(killedMidway).as("the first run was still deploying when killed").isTrue();
        assertThat(createdAtKill).isBetween(1L, (long) TEMPLATES - 1);
        assertThat(secondExit).as(log2).isZero();
        assertThat(live).hasSize(TEMPLATES);
        assertThat(perNameAndLanguage).hasSize(TEMPLATES).allSatisfy((k, v) -> assertThat(v).as(k).isEqualTo(1));
        assertThat(live).allSatisfy(t -> assertThat(t.path("status").asText()).isEqualTo("APPROVED"));
        assertThat(resources.size()).isEqualTo(TEMPLATES);
        assertThat(destroy.exitValue()).as(log3).isZero();
        assertThat(left).isEmpty();
    }
}
