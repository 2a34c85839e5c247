package com.eumsocial.whatsapp.runner.invoke;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.eumsocial.whatsapp.emulator.EmulatorConfig;
import com.eumsocial.whatsapp.emulator.SocialMessagingEmulator;
import com.eumsocial.whatsapp.emulator.meta.MetaSettings;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.socialmessaging.SocialMessagingClient;
import software.amazon.awssdk.services.socialmessaging.model.ListWhatsAppMessageTemplatesRequest;
import software.amazon.cloudformation.Action;

/** A FAILED event with a retriable error code is re-invoked like CloudFormation does (finding R2). */
class HandlerInvokerRetryTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SocialMessagingEmulator emulator;
    private final List<Duration> sleeps = new ArrayList<>();
    private final List<String> events = new ArrayList<>();
    private final List<CloudFormationRequest> sent = new ArrayList<>();
    private final List<Integer> retries = new ArrayList<>();
    private final List<String> log = new ArrayList<>();

    /** Records every event, request, retry and sleep. */
    private final ProgressListener recorder = new ProgressListener() {
        @Override
        public void onEvent(CloudFormationRequest request, ProgressEventJson event, int invocation) {
            events.add(event.status() + event.errorCode().map(c -> " " + c).orElse("") + "#" + invocation);
            sent.add(request);
        }

        @Override
        public void onRetry(CloudFormationRequest request, ProgressEventJson failed, int attempt, int maxAttempts, Duration delay) {
            retries.add(attempt);
            assertThat(failed.isFailed()).isTrue();
        }
    };

    @BeforeEach
    void start() {
        emulator = SocialMessagingEmulator.start(EmulatorConfig.builder()
            .metaSettings(MetaSettings.builder().reviewDelay(Duration.ofSeconds(30)).build()).build());
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private HandlerInvoker.Builder invoker() {
        return HandlerInvoker.builder(ResourceType.MESSAGE_TEMPLATE, InvocationTarget.emulator(emulator.endpoint()))
            .clock(emulator.backend().clock())
            .log(log::add)
            .sleeper(d -> {
                sleeps.add(d);
                emulator.control().advanceClock(d);
            });
    }

    private static ObjectNode template(String name, String body) throws Exception {
        return (ObjectNode) JSON.readTree("""
            {"WabaId": "waba-0123456789abcdef0123456789abcdef", "TemplateName": "%s", "Language": "en_US",
             "Category": "UTILITY", "Components": [{"type": "BODY", "text": "%s"}]}
            """.formatted(name, body));
    }

    private long templatesNamed(String name) {
        try (com.eumsocial.whatsapp.runner.deploy.RunnerSession session =
                 com.eumsocial.whatsapp.runner.deploy.RunnerSession.onEmulator(emulator, false, true, line -> { });
             SocialMessagingClient client = session.client()) {
            return client.listWhatsAppMessageTemplates(ListWhatsAppMessageTemplatesRequest.builder()
                .id("waba-0123456789abcdef0123456789abcdef").build()).templates().stream()
                .filter(t -> t.templateName().equals(name) && !t.templateStatus().equals("DELETED")).count();
        }
    }

    @Test
    void aRetriableFailureIsSentAgainWithTheSameRequestAfterABackoffAndTheCreateSucceedsOnce() throws Exception {
        HandlerInvoker invoker = invoker().jitter(() -> 1.0).build();
        // More faults than the SDK's own attempts of one call: the handler answers FAILED ServiceInternalError.
        emulator.control().failNext("CreateWhatsAppMessageTemplate", "InternalServiceException", 8);

        ProgressEventJson created = invoker.run(invoker.request(Action.CREATE).desired(template("retry_parcel", "Your parcel is on its way."))
            .logicalResourceId("Parcel").build(), recorder);

        assertThat(created.isSuccess()).as(created.toString()).isTrue();
        assertThat(events.get(0)).isEqualTo("FAILED ServiceInternalError#1");
        assertThat(retries).isNotEmpty().startsWith(1);
        // Every retry sends exactly the request that failed: same token, same (absent) callback context.
        for (int i = 0; i < retries.size(); i++) {
            assertThat(sent.get(i + 1).toJson()).isEqualTo(sent.get(i).toJson());
        }
        assertThat(sent).extracting(CloudFormationRequest::bearerToken).containsOnly(sent.get(0).bearerToken());
        assertThat(sleeps.get(0)).isEqualTo(HandlerInvoker.DEFAULT_RETRY_BASE_DELAY);
        if (retries.size() > 1) {
            assertThat(sleeps.get(1)).isEqualTo(HandlerInvoker.DEFAULT_RETRY_BASE_DELAY.multipliedBy(2));
        }
        assertThat(log).anyMatch(line -> line.contains("failed with ServiceInternalError; retry 1 of " + HandlerInvoker.DEFAULT_RETRIES));
        assertThat(templatesNamed("retry_parcel")).isEqualTo(1);
    }

    @Test
    void aRetryDuringTheReviewKeepsTheCallbackContext() throws Exception {
        HandlerInvoker invoker = invoker().build();
        ProgressEventJson first = invoker.invokeOnce(Action.CREATE, template("retry_review", "Your order has shipped."), null, null,
            "Review", "token-1");
        assertThat(first.isInProgress()).isTrue();
        // The preflight is skipped on re-invocation; every Get of the review fails for a while (SDK, handler and
        // runner retries). The wait state's own count absorbs the first failures; the runner retries the rest.
        emulator.control().failNext("GetWhatsAppMessageTemplate", "InternalServiceException", 20);

        ProgressEventJson done = invoker.run(invoker.request(Action.CREATE).desired(first.resourceModel())
            .callbackContext(first.callbackContext()).bearerToken("token-1").logicalResourceId("Review").build(), recorder);

        assertThat(done.isSuccess()).as(done.toString()).isTrue();
        assertThat(done.resourceModel().path("MetaTemplateId").asText()).isEqualTo(first.resourceModel().path("MetaTemplateId").asText());
        assertThat(events).allMatch(e -> !e.startsWith("FAILED") || e.startsWith("FAILED ServiceInternalError"));
        assertThat(events).anyMatch(e -> e.startsWith("FAILED ServiceInternalError"));
        assertThat(retries).isNotEmpty();
        assertThat(sent).extracting(CloudFormationRequest::bearerToken).containsOnly("token-1");
        assertThat(templatesNamed("retry_review")).isEqualTo(1);
    }

    @Test
    void retryDelaysAreJitteredBetweenHalfAndAllOfTheirCeiling() {
        HandlerInvoker low = invoker().jitter(() -> 0.0).build();
        HandlerInvoker high = invoker().jitter(() -> 1.0).build();
        HandlerInvoker middle = invoker().jitter(() -> 0.5).build();

        assertThat(low.jittered(Duration.ofSeconds(8))).isEqualTo(Duration.ofSeconds(4));
        assertThat(high.jittered(Duration.ofSeconds(8))).isEqualTo(Duration.ofSeconds(8));
        assertThat(middle.jittered(Duration.ofSeconds(8))).isEqualTo(Duration.ofSeconds(6));
        assertThat(invoker().build().jittered(Duration.ofSeconds(8)))
            .isBetween(Duration.ofSeconds(4), Duration.ofSeconds(8));
    }

    @Test
    void retriesAreBoundedAndTheLastFailureIsTheResult() throws Exception {
        HandlerInvoker invoker = invoker().retries(2).jitter(() -> 1.0).build();
        emulator.control().failNext("CreateWhatsAppMessageTemplate", "DependencyException", 100);

        ProgressEventJson failed = invoker.run(invoker.request(Action.CREATE).desired(template("retry_never", "This never works."))
            .logicalResourceId("Never").build(), recorder);

        assertThat(failed.isFailed()).isTrue();
        assertThat(failed.errorCode()).contains("ServiceInternalError");
        assertThat(events).containsExactly("FAILED ServiceInternalError#1", "FAILED ServiceInternalError#2",
            "FAILED ServiceInternalError#3");
        assertThat(retries).containsExactly(1, 2);
        assertThat(sleeps).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4));
        assertThat(templatesNamed("retry_never")).isZero();
    }

    @Test
    void aTerminalErrorIsNotRetried() throws Exception {
        HandlerInvoker invoker = invoker().build();
        ObjectNode bad = template("retry_bad", "Body");
        bad.put("Category", "NOT_A_CATEGORY");

        ProgressEventJson failed = invoker.run(invoker.request(Action.CREATE).desired(bad).logicalResourceId("Bad").build(), recorder);

        assertThat(failed.errorCode()).contains("InvalidRequest");
        assertThat(events).hasSize(1);
        assertThat(retries).isEmpty();
        assertThat(sleeps).isEmpty();
    }

    @Test
    void theRetryCodesAreCloudFormationsRetriableOnesAndTheDelayIsCapped() {
        assertThat(HandlerInvoker.RETRIABLE_ERROR_CODES).containsExactlyInAnyOrder("Throttling", "ServiceInternalError",
            "NetworkFailure");
        HandlerInvoker invoker = invoker().build();
        assertThat(invoker.retryDelay(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(invoker.retryDelay(4)).isEqualTo(Duration.ofSeconds(16));
        assertThat(invoker.retryDelay(5)).isEqualTo(HandlerInvoker.MAX_RETRY_DELAY);
        assertThat(invoker.retryDelay(60)).isEqualTo(HandlerInvoker.MAX_RETRY_DELAY);
        JsonNode throttled = JSON.createObjectNode().put("status", "FAILED").put("errorCode", "Throttling");
        JsonNode conflict = JSON.createObjectNode().put("status", "FAILED").put("errorCode", "ResourceConflict");
        JsonNode progress = JSON.createObjectNode().put("status", "IN_PROGRESS");
        assertThat(HandlerInvoker.isRetriable(new ProgressEventJson((ObjectNode) throttled))).isTrue();
        assertThat(HandlerInvoker.isRetriable(new ProgressEventJson((ObjectNode) conflict))).isFalse();
        assertThat(HandlerInvoker.isRetriable(new ProgressEventJson((ObjectNode) progress))).isFalse();
        assertThatThrownBy(() -> invoker().retries(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> invoker().retryBaseDelay(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThat(invoker().retries(0).retryBaseDelay(Duration.ZERO).build().retryDelay(3)).isEqualTo(Duration.ZERO);
    }
}
