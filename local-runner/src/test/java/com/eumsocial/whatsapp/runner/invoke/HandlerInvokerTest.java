package com.eumsocial.whatsapp.runner.invoke;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.eumsocial.whatsapp.emulator.EmulatorConfig;
import com.eumsocial.whatsapp.emulator.SocialMessagingEmulator;
import com.eumsocial.whatsapp.emulator.meta.MetaSettings;
import com.eumsocial.whatsapp.emulator.meta.OutcomeRule;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.cloudformation.Action;

class HandlerInvokerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static SocialMessagingEmulator emulator;

    @BeforeAll
    static void start() {
        emulator = SocialMessagingEmulator.start(EmulatorConfig.builder()
            .metaSettings(MetaSettings.builder().reviewDelay(Duration.ofMinutes(2)).build()).build());
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    private HandlerInvoker invoker(ResourceType type) {
        return HandlerInvoker.builder(type, InvocationTarget.emulator(emulator.endpoint()))
            .clock(emulator.backend().clock())
            .sleeper(d -> emulator.control().advanceClock(d))
            .build();
    }

    private static ObjectNode template(String name) throws Exception {
        return (ObjectNode) JSON.readTree("""
            {"WabaId": "waba-0123456789abcdef0123456789abcdef", "TemplateName": "%s", "Language": "en_US",
             "Category": "UTILITY", "Components": [{"type": "BODY", "text": "Your parcel is on its way."}]}
            """.formatted(name));
    }

    @Test
    void createWaitsForTheReviewThroughTheCallbackLoopAndDeleteRemovesIt() throws Exception {
        HandlerInvoker invoker = invoker(ResourceType.MESSAGE_TEMPLATE);
        List<String> statuses = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        ProgressEventJson created = invoker.run(invoker.request(Action.CREATE).desired(template("invoker_parcel"))
            .logicalResourceId("Parcel").build(), (request, event, n) -> {
                statuses.add(event.status() + "#" + n);
                tokens.add(request.bearerToken());
            });

        assertThat(created.isSuccess()).as(created.toString()).isTrue();
        assertThat(created.resourceModel().path("Status").asText()).isEqualTo("APPROVED");
        assertThat(created.resourceModel().has("WaitForApproval")).isFalse();
        assertThat(statuses.get(0)).isEqualTo("IN_PROGRESS#1");
        assertThat(statuses).hasSizeGreaterThan(1).last().asString().startsWith("SUCCESS");
        assertThat(tokens).containsOnly(tokens.get(0));

        ProgressEventJson read = invoker.invokeOnce(Action.READ, created.resourceModel(), null, null, "Parcel", null);
        assertThat(read.resourceModel().path("MetaTemplateId").asText()).isEqualTo(created.resourceModel().path("MetaTemplateId").asText());

        ProgressEventJson deleted = invoker.run(Action.DELETE, created.resourceModel(), null, "Parcel");
        assertThat(deleted.isSuccess()).isTrue();
        assertThat(deleted.resourceModel()).isNull();
        ProgressEventJson again = invoker.run(Action.DELETE, created.resourceModel(), null, "Parcel");
        assertThat(again.isFailed()).isTrue();
        assertThat(again.errorCode()).contains("NotFound");
    }

    @Test
    void rejectionEndsInFailedWithMetasReason() throws Exception {
        emulator.control().forceOutcome(OutcomeRule.rejected("invoker_rejected", "PROMOTIONAL"));
        ProgressEventJson event = invoker(ResourceType.MESSAGE_TEMPLATE).run(Action.CREATE, template("invoker_rejected"), null, "R");
        assertThat(event.isFailed()).isTrue();
        assertThat(event.errorCode()).contains("NotStabilized");
        assertThat(event.message()).get().asString().contains("PROMOTIONAL");
        assertThat(event.callbackDelaySeconds()).isZero();
    }

    @Test
    void listReturnsModels() throws Exception {
        ProgressEventJson list = invoker(ResourceType.MESSAGE_TEMPLATE).invokeOnce(Action.LIST,
            JSON.readTree("{\"WabaId\": \"waba-0123456789abcdef0123456789abcdef\"}"), null, null, "L", null);
        assertThat(list.isSuccess()).as(list.toString()).isTrue();
        assertThat(list.hasResourceModels()).isTrue();
    }

    @Test
    void theWrapperEmptiesOnlyTheScratchTmpdir() throws Exception {
        Path userTmp = Path.of(System.getProperty("java.io.tmpdir"));
        Path precious = Files.writeString(userTmp.resolve("precious-" + System.nanoTime() + ".txt"), "keep me");
        HandlerInvoker invoker = invoker(ResourceType.TEMPLATE_MEDIA);
        Path scratchFile = Files.writeString(invoker.scratchTmpdir().path().resolve("left-over.txt"), "wiped");

        ProgressEventJson event = invoker.invokeOnce(Action.LIST,
            JSON.readTree("{\"WabaId\": \"waba-0123456789abcdef0123456789abcdef\"}"), null, null, "M", null);

        assertThat(event.status()).isNotNull();
        assertThat(precious).exists().hasContent("keep me");
        assertThat(scratchFile).doesNotExist();
        assertThat(System.getProperty("java.io.tmpdir")).isEqualTo(userTmp.toString());
    }

    @Test
    void refusesASecondScratchDirectoryWhileOneIsActive() {
        ScratchTmpdir one = ScratchTmpdir.createUnder(Path.of("target", "scratch-test"));
        ScratchTmpdir two = ScratchTmpdir.createUnder(Path.of("target", "scratch-test"));
        try (ScratchTmpdir.Scope scope = one.enter()) {
            assertThat(one.isCurrent()).isTrue();
            assertThatThrownBy(two::enter).isInstanceOf(IllegalStateException.class).hasMessageContaining("another scratch tmpdir");
        }
        assertThat(one.isCurrent()).isFalse();
    }

    @Test
    void requestPayloadHasCloudFormationsFieldNames() throws Exception {
        InvocationTarget target = InvocationTarget.emulator(emulator.endpoint());
        ObjectNode json = CloudFormationRequest.builder(ResourceType.LIBRARY_TEMPLATE, Action.UPDATE, target)
            .desired(JSON.readTree("{\"A\":1}")).previous(JSON.readTree("{\"A\":0}")).callbackContext(JSON.readTree("{\"x\":1}"))
            .bearerToken("token-1").logicalResourceId("Lib").nextToken("n").maxResults(2).rollback(true).build().toJson();
        assertThat(json.path("action").asText()).isEqualTo("UPDATE");
        assertThat(json.path("awsAccountId").asText()).isEqualTo("000000000000");
        assertThat(json.path("bearerToken").asText()).isEqualTo("token-1");
        assertThat(json.path("resourceType").asText()).isEqualTo("EUMSocial::WhatsApp::LibraryTemplate");
        assertThat(json.path("callbackContext").path("x").asInt()).isEqualTo(1);
        assertThat(json.path("nextToken").asText()).isEqualTo("n");
        assertThat(json.path("maxResults").asInt()).isEqualTo(2);
        assertThat(json.path("rollback").asBoolean()).isTrue();
        assertThat(json.path("stackId").asText()).startsWith("arn:aws:cloudformation:us-east-1:000000000000:stack/local-runner/");
        assertThat(json.at("/requestData/callerCredentials/accessKeyId").asText()).isEqualTo("AKIAEMULATOR00000001");
        assertThat(json.at("/requestData/resourceProperties/A").asInt()).isEqualTo(1);
        assertThat(json.at("/requestData/previousResourceProperties/A").asInt()).isZero();
        assertThat(json.at("/requestData/typeConfiguration/EndpointOverride").asText()).isEqualTo(emulator.endpoint().toString());
        assertThat(json.at("/requestData/logicalResourceId").asText()).isEqualTo("Lib");
    }
}
