package com.eumsocial.whatsapp.runner.invoke;

import static org.assertj.core.api.Assertions.assertThat;

import com.eumsocial.whatsapp.emulator.EmulatorConfig;
import com.eumsocial.whatsapp.emulator.SocialMessagingEmulator;
import com.eumsocial.whatsapp.emulator.faults.FaultSettings;
import com.eumsocial.whatsapp.emulator.meta.MetaSettings;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.cloudformation.Action;

/**
 * Meta's creation limits through the real create handlers, the real SDK and the emulator, driven
 * as CloudFormation drives them: a create refused for the hourly quota waits (IN_PROGRESS with a
 * growing delay, the emulator's clock moved instead of sleeping) and succeeds once the quota
 * window has room; a create refused for the WABA's template cap fails at once.
 */
class CreationQuotaWaitTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String[] BODIES = {
        "Hello {{1}}, your order {{2}} has shipped and will arrive soon.",
        "Good news {{1}}: the parcel for purchase {{2}} left our warehouse this morning.",
        "Dear {{1}}, we handed shipment {{2}} to the courier; track it in the app."};

    private SocialMessagingEmulator emulator;

    @AfterEach
    void stop() {
        if (emulator != null) {
            emulator.close();
        }
    }

    /** The template types that create templates, with their contract-test input and a name for the n-th copy. */
    enum CreatingType {
        MESSAGE_TEMPLATE(ResourceType.MESSAGE_TEMPLATE, "template-resource"),
        LIBRARY_TEMPLATE(ResourceType.LIBRARY_TEMPLATE, "library-template-resource");

        final ResourceType type;
        final String module;

        CreatingType(ResourceType type, String module) {
            this.type = type;
            this.module = module;
        }

        ObjectNode input(int n) throws IOException {
            ObjectNode model = (ObjectNode) MAPPER.readTree(Files.readString(inputs(module).resolve("inputs_1_create.json")));
            model.put("TemplateName", "quota_test_" + n);
            if (model.has("Components")) {
                // Meta refuses a template whose wording duplicates another: each copy says something else.
                ((ObjectNode) model.get("Components").get(1)).put("text", BODIES[n - 1]);
            }
            return model;
        }
    }

    private HandlerInvoker invoker(CreatingType creating, MetaSettings.Builder limits) {
        emulator = SocialMessagingEmulator.start(EmulatorConfig.builder()
            .metaSettings(limits.waba(MetaSettings.defaultWaba()).reviewDelay(Duration.ofSeconds(20)).build())
            .faults(FaultSettings.NONE)
            .build());
        return HandlerInvoker.builder(creating.type, InvocationTarget.emulator(emulator.endpoint()))
            .clock(emulator.backend().clock())
            .sleeper(delay -> emulator.control().advanceClock(delay))
            .maxInvocations(10_000)
            .build();
    }

    @ParameterizedTest
    @EnumSource(CreatingType.class)
    void aCreateBeyondTheHourlyQuotaWaitsForRoomInsteadOfFailing(CreatingType creating) throws IOException {
        HandlerInvoker invoker = invoker(creating, MetaSettings.builder().maxCreationsPerWabaPerHour(2));
        for (int n = 1; n <= 2; n++) {
            ProgressEventJson created = invoker.run(Action.CREATE, creating.input(n), null, "T" + n);
            assertThat(created.isSuccess()).as(created.toString()).isTrue();
        }

        List<ProgressEventJson> events = new ArrayList<>();
        ProgressEventJson third = invoker.run(invoker.request(Action.CREATE).desired(creating.input(3))
            .logicalResourceId("T3").build(), (request, event, invocation) -> events.add(event));

        assertThat(third.isSuccess()).as(third.toString()).isTrue();
        List<ProgressEventJson> quotaWaits = events.stream()
            .filter(e -> e.message().orElse("").startsWith("Waiting for Meta's hourly creation quota")).toList();
        assertThat(quotaWaits).isNotEmpty();
        assertThat(quotaWaits.get(0).message().orElseThrow()).contains("(2 created in the last hour)");
        List<Integer> delays = quotaWaits.stream().map(ProgressEventJson::callbackDelaySeconds).toList();
        assertThat(delays).isSortedAccordingTo(Integer::compare);
        assertThat(delays.get(0)).isEqualTo(60);
        // One template of that name exists: the waits re-ran the create, never created twice.
        long named = countNamed("quota_test_3");
        assertThat(named).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(CreatingType.class)
    void aCreateBeyondTheTemplateCapFailsAtOnceSayingSo(CreatingType creating) throws IOException {
        HandlerInvoker invoker = invoker(creating, MetaSettings.builder().maxTemplatesPerWaba(1));
        assertThat(invoker.run(Action.CREATE, creating.input(1), null, "T1").isSuccess()).isTrue();

        List<ProgressEventJson> events = new ArrayList<>();
        ProgressEventJson second = invoker.run(invoker.request(Action.CREATE).desired(creating.input(2))
            .logicalResourceId("T2").build(), (request, event, invocation) -> events.add(event));

        assertThat(second.isFailed()).isTrue();
        assertThat(second.errorCode()).contains("ServiceLimitExceeded");
        assertThat(second.message().orElseThrow()).contains("has reached its limit of 1 message templates")
            .contains("delete templates it no longer needs").contains("not retried");
        assertThat(events).hasSize(1);
    }

    private long countNamed(String name) {
        long n = 0;
        for (var waba : emulator.control().state().path("meta").path("wabas")) {
            for (var template : waba.path("templates")) {
                if (template.path("name").asText().equals(name)) {
                    n++;
                }
            }
        }
        return n;
    }

    /** The resource module's contract-test inputs: surefire runs in local-runner/, a sibling of it. */
    private static Path inputs(String module) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve(module).resolve("inputs"))) {
                return dir.resolve(module).resolve("inputs");
            }
        }
        throw new IllegalStateException("Cannot find " + module + "/inputs");
    }
}
