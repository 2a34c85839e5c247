package com.eumsocial.whatsapp.reliability.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.eumsocial.whatsapp.emulator.faults.FaultSettings;
import com.eumsocial.whatsapp.reliability.support.EmulatorHarness;
import com.eumsocial.whatsapp.reliability.support.LogCapture;
import com.eumsocial.whatsapp.reliability.support.ReportFiles;
import com.eumsocial.whatsapp.reliability.support.StackTemplates;
import com.eumsocial.whatsapp.reliability.support.WorkDirectories;
import com.eumsocial.whatsapp.runner.deploy.DeployState;
import com.eumsocial.whatsapp.runner.deploy.RunnerSession;
import com.eumsocial.whatsapp.runner.deploy.StackDeployer;
import com.eumsocial.whatsapp.runner.deploy.StackLoader;
import com.eumsocial.whatsapp.runner.deploy.StackTemplate;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 8, part 1: many templates deployed through the local runner's deployer while the emulator
 * throttles 20% of requests, fails 5% with 500/502 and adds latency; every resource succeeds, the
 * WABA holds each name + language exactly once, and destroy leaves nothing. Virtual time: the
 * runner advances the emulator's clock instead of sleeping through reviews. Size: system property
 * {@code reliability.templates} (200).
 *
 * <p>Tagged slow (about 100 s: the handlers' SDK retries back off in real time), so it runs with
 * {@code -Preliability-full}. It currently fails: the runner does not re-invoke handlers whose
 * FAILED event has a retriable code as CloudFormation does, and a create that failed after
 * submission leaves its template at Meta (findings R2, R3 in /work/helpers/contract-findings.md).
 */
@Tag("slow")
class FaultyServiceDeploymentTest {
    static final FaultSettings FAULTS = new FaultSettings(8L, 0.20, 0.03, 0.02, 0.10, Duration.ofMillis(20), 0, 0);

    @Test
    void everyTemplateIsDeployedOnceDespiteThrottlingErrorsAndLatencyAndDestroyLeavesNothing() {
        int count = Integer.getInteger("reliability.templates", 200);
        long started = System.nanoTime();
        try (EmulatorHarness emulator = EmulatorHarness.start(EmulatorHarness.roomySettings().build(), FAULTS, null);
             RunnerSession session = RunnerSession.onEmulator(emulator.emulator(), false, true, LogCapture::line)) {
            LogCapture.install();
            ByteArrayOutputStream progress = new ByteArrayOutputStream();
            DeployState state = DeployState.load(WorkDirectories.fresh("faults").resolve("state.json"));
            StackDeployer deployer = session.deployer(state,
                    session.reporter(new PrintStream(progress, true, StandardCharsets.UTF_8)), 8);
            StackTemplate stack = StackLoader.parse("faults", "faults.template.json",
                    StackTemplates.stack(count, EmulatorHarness.WABA), Map.of());

            StackDeployer.Result deployed = deployer.deploy(stack);
            long deployedAt = System.nanoTime();
            JsonNode afterDeploy = emulator.state();
            List<JsonNode> live = emulator.liveTemplates();
            Map<String, Integer> perNameAndLanguage = new HashMap<>();
            live.forEach(t -> perNameAndLanguage.merge(t.path("name").asText() + "/" + t.path("language").asText(), 1,
                    Integer::sum));

            StackDeployer.Result destroyed = deployer.destroy("faults");
            long destroyedAt = System.nanoTime();
            List<JsonNode> left = emulator.liveTemplates();
            JsonNode afterDestroy = emulator.state();

            String report = "templates " + count + ", parallelism 8, faults " + FAULTS + "\n"
                    + "deploy: success " + deployed.success() + ", actions " + deployed.actions() + ", failures "
                    + deployed.failures() + ", wall " + (deployedAt - started) / 1_000_000 + " ms\n"
                    + "live after deploy: " + live.size() + ", distinct name+language " + perNameAndLanguage.size()
                    + ", statuses " + afterDeploy.path("meta").path("wabas").get(0).path("counts") + "\n"
                    + "destroy: success " + destroyed.success() + ", actions " + destroyed.actions() + ", failures "
                    + destroyed.failures() + ", wall " + (destroyedAt - deployedAt) / 1_000_000 + " ms\n"
                    + "live after destroy: " + left.size() + "\n"
                    + "requests " + afterDestroy.path("protocol").path("requests") + ", faults injected "
                    + afterDestroy.path("protocol").path("faultsInjected") + "\n"
                    + "virtual time advanced " + afterDestroy.path("clockOffsetSeconds") + " s\n";
            ReportFiles.write("faults-" + count + ".txt", report);

            assertThat(deployed.failures()).as(report).isEmpty();
            assertThat(deployed.success()).as(report).isTrue();
            assertThat(live).hasSize(count);
            assertThat(perNameAndLanguage).hasSize(count).allSatisfy((k, v) -> assertThat(v).as(k).isEqualTo(1));
            assertThat(live).allSatisfy(t -> assertThat(t.path("status").asText()).isEqualTo("APPROVED"));
            assertThat(destroyed.failures()).as(report).isEmpty();
            assertThat(left).as(report).isEmpty();
            // The faults really happened (or the test proves nothing).
            JsonNode injected = afterDestroy.path("protocol").path("faultsInjected");
            assertThat(injected.toString()).contains("Throttled").contains("InternalService").contains("Dependency");
        }
    }

}
