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
import com.eumsocial.whatsapp.reliability.support.Invokers;
import com.eumsocial.whatsapp.runner.invoke.CloudFormationRequest;
import com.eumsocial.whatsapp.runner.invoke.HandlerInvoker;
import com.eumsocial.whatsapp.runner.invoke.ProgressEventJson;
import com.eumsocial.whatsapp.runner.invoke.ResourceType;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import software.amazon.cloudformation.Action;
import org.junit.jupiter.api.Test;

/**
 * Issue 8, part 1: many templates deployed through the local runner's deployer while the emulator
 * throttles 20% of requests, fails 5% with 500/502 and adds latency; every resource succeeds, the
 * WABA holds each name + language exactly once, and destroy leaves nothing. Virtual time: the
 * runner advances the emulator's clock instead of sleeping through reviews. Size: system property
 * {@code reliability.templates}: 50 in the default run, 200 with {@code -Preliability-full}
 * (about 100 s: the handlers' SDK retries back off in real time).
 *
 * <p>Its first runs failed on two runner findings (R2: no re-invocation on retriable error codes;
 * R3: a create failed after submission left its template at Meta), fixed in local-runner 42ca482
 * and 5720e9a.
 */
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


    /** CloudFormation re-invokes a handler whose FAILED event carries one of these codes. */
    static final Set<String> RETRIABLE = Set.of("Throttling", "ServiceInternalError", "NetworkFailure");

    /**
     * The handlers alone under the same faults, driven as CloudFormation drives them including its
     * re-invocation on retriable error codes (what the runner lacks, finding R2): separates the
     * handlers' behaviour from the runner's.
     */
    @Test
    @Tag("slow")
    void theHandlersThemselvesSucceedUnderTheSameFaultsWhenRetriableFailuresAreRetried() throws Exception {
        int count = Integer.getInteger("reliability.templates", 200);
        AtomicInteger retries = new AtomicInteger();
        long started = System.nanoTime();
        try (EmulatorHarness emulator = EmulatorHarness.start(EmulatorHarness.roomySettings().build(), FAULTS, null)) {
            HandlerInvoker invoker = Invokers.invoker(ResourceType.MESSAGE_TEMPLATE, emulator);
            ExecutorService pool = Executors.newFixedThreadPool(8);
            Map<Integer, ProgressEventJson> created = new ConcurrentHashMap<>();
            List<Future<?>> work = new java.util.ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                work.add(pool.submit(() -> created.put(n, withRetries(emulator, invoker, Action.CREATE,
                        StackTemplates.properties(n, EmulatorHarness.WABA), StackTemplates.logicalId(n), retries))));
            }
            for (Future<?> f : work) {
                f.get();
            }
            List<String> failed = created.values().stream().filter(e -> !e.isSuccess())
                    .map(e -> e.errorCode().orElse("") + ": " + e.message().orElse("")).toList();
            List<JsonNode> live = emulator.liveTemplates();
            Map<String, Integer> perNameAndLanguage = new HashMap<>();
            live.forEach(t -> perNameAndLanguage.merge(t.path("name").asText() + "/" + t.path("language").asText(), 1,
                    Integer::sum));
            work.clear();
            Map<Integer, ProgressEventJson> deleted = new ConcurrentHashMap<>();
            for (Map.Entry<Integer, ProgressEventJson> e : created.entrySet()) {
                if (e.getValue().isSuccess()) {
                    work.add(pool.submit(() -> deleted.put(e.getKey(), withRetries(emulator, invoker, Action.DELETE,
                            e.getValue().resourceModel(), StackTemplates.logicalId(e.getKey()), retries))));
                }
            }
            for (Future<?> f : work) {
                f.get();
            }
            pool.shutdown();
            List<JsonNode> left = emulator.liveTemplates();
            String report = "templates " + count + " through the handlers with CloudFormation's retries, faults " + FAULTS
                    + "\ncreate failures " + failed.size() + " " + failed + "\nlive " + live.size() + ", distinct "
                    + perNameAndLanguage.size() + "\ndelete failures "
                    + deleted.values().stream().filter(e -> !e.isSuccess()).count() + ", live after delete " + left.size()
                    + "\nhandler re-invocations on retriable codes " + retries.get() + ", faults injected "
                    + emulator.state().path("protocol").path("faultsInjected") + ", wall "
                    + (System.nanoTime() - started) / 1_000_000 + " ms\n";
            ReportFiles.write("faults-handlers-" + count + ".txt", report);
            assertThat(failed).as(report).isEmpty();
            assertThat(live).hasSize(count);
            assertThat(perNameAndLanguage).hasSize(count).allSatisfy((k, v) -> assertThat(v).as(k).isEqualTo(1));
            assertThat(left).as(report).isEmpty();
        }
    }

    private static ProgressEventJson withRetries(EmulatorHarness emulator, HandlerInvoker invoker, Action action,
                                                 JsonNode desired, String logicalId, AtomicInteger retries) {
        CloudFormationRequest request = invoker.request(action).desired(desired).logicalResourceId(logicalId)
                .bearerToken(Invokers.BEARER_TOKEN).build();
        for (int invocation = 0; invocation < 500; invocation++) {
            ProgressEventJson event = invoker.invokeOnce(request);
            if (event.isInProgress()) {
                emulator.advance(Duration.ofSeconds(event.callbackDelaySeconds()));
                request = request.reinvocation(event.resourceModel(), event.callbackContext());
                continue;
            }
            if (event.isFailed() && RETRIABLE.contains(event.errorCode().orElse(""))) {
                retries.incrementAndGet();
                continue;
            }
            return event;
        }
        throw new AssertionError(logicalId + " did not finish");
    }
}
