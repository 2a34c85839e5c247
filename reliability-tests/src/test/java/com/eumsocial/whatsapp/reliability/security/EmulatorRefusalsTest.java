package com.eumsocial.whatsapp.reliability.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.eumsocial.whatsapp.emulator.security.AccessKey;
import com.eumsocial.whatsapp.reliability.support.EmulatorHarness;
import com.eumsocial.whatsapp.reliability.support.Invokers;
import com.eumsocial.whatsapp.runner.invoke.HandlerInvoker;
import com.eumsocial.whatsapp.runner.invoke.ProgressEventJson;
import com.eumsocial.whatsapp.runner.invoke.ResourceType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.services.socialmessaging.SocialMessagingClient;
import software.amazon.awssdk.services.socialmessaging.model.AccessDeniedException;
import software.amazon.cloudformation.Action;

/**
 * Unsigned, malformed and forged requests are refused by the emulator and counted in its state;
 * another account cannot reach a WABA (directly or through the handlers). Requests are signed
 * here with the SDK's own SigV4 signer and sent with java.net.http, so each forgery changes one
 * thing; a correctly signed request of the same shape is accepted (the control).
 */
class EmulatorRefusalsTest {
    private static final String DEFINITION = "{\"name\":\"signed_ok\",\"language\":\"en_US\",\"category\":\"UTILITY\","
            + "\"components\":[{\"type\":\"BODY\",\"text\":\"Your parcel is on its way and arrives tomorrow morning.\"}]}";
    private static EmulatorHarness emulator;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        emulator = EmulatorHarness.start();
    }

    @org.junit.jupiter.api.BeforeEach
    void freshState() {
        emulator.emulator().control().reset();
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    private static String createBody(String definition) {
        return "{\"id\":\"" + EmulatorHarness.WABA + "\",\"templateDefinition\":\""
                + Base64.getEncoder().encodeToString(definition.getBytes(StandardCharsets.UTF_8)) + "\"}";
    }

    private static SdkHttpRequest createRequest() {
        return SdkHttpRequest.builder().method(SdkHttpMethod.POST)
                .uri(URI.create(emulator.endpoint() + "/v1/whatsapp/template/put"))
                .putHeader("Content-Type", "application/json").build();
    }

    private static Map<String, List<String>> sign(String accessKey, String secret, String service, Clock clock,
                                                  String body) {
        return AwsV4HttpSigner.create().sign(r -> r
                .identity(AwsCredentialsIdentity.create(accessKey, secret))
                .request(createRequest())
                .payload(ContentStreamProvider.fromUtf8String(body))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, service)
                .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1")
                .putProperty(HttpSigner.SIGNING_CLOCK, clock)).request().headers();
    }

    /** Sends {@code body} with the given headers (Host and Content-Length come from the client). */
    private static HttpResponse<String> send(Map<String, List<String>> headers, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(emulator.endpoint() + "/v1/whatsapp/template/put"))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach((name, values) -> {
            if (!name.equalsIgnoreCase("host") && !name.equalsIgnoreCase("content-length")) {
                values.forEach(v -> b.header(name, v));
            }
        });
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String errorType(HttpResponse<String> response) {
        return response.headers().firstValue("x-amzn-ErrorType").orElse("").split(":")[0];
    }

    @Test
    void unsignedMalformedAndForgedRequestsAreRefusedCountedAndChangeNothing() throws Exception {
        AccessKey key = AccessKey.DEFAULT;
        String body = createBody(DEFINITION);
        Clock now = Clock.systemUTC();
        long refusedBefore = emulator.state().path("protocol").path("refused").path("total").asLong();

        HttpResponse<String> unsigned = send(Map.of("Content-Type", List.of("application/json")), body);
        HttpResponse<String> malformed = send(Map.of("Content-Type", List.of("application/json"),
                "Authorization", List.of("AWS4-HMAC-SHA256 this is not a signature"),
                "X-Amz-Date", List.of("20300101T000000Z")), body);
        HttpResponse<String> unknownKey = send(sign("AKIAFORGED0000000000", key.secretAccessKey(), "social-messaging",
                now, body), body);
        HttpResponse<String> wrongSecret = send(sign(key.accessKeyId(), "not-the-secret", "social-messaging", now, body),
                body);
        HttpResponse<String> tampered = send(sign(key.accessKeyId(), key.secretAccessKey(), "social-messaging", now, body),
                createBody(DEFINITION.replace("signed_ok", "tampered")));
        HttpResponse<String> stale = send(sign(key.accessKeyId(), key.secretAccessKey(), "social-messaging",
                Clock.fixed(Instant.now().minus(Duration.ofMinutes(20)), ZoneOffset.UTC), body), body);
        HttpResponse<String> otherService = send(sign(key.accessKeyId(), key.secretAccessKey(), "s3", now, body), body);

        assertThat(List.of(unsigned, malformed, unknownKey, wrongSecret, tampered, stale, otherService))
                .allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(403));
        assertThat(errorType(unsigned)).isEqualTo("MissingAuthenticationTokenException");
        assertThat(errorType(malformed)).isEqualTo("IncompleteSignatureException");
        assertThat(errorType(unknownKey)).isEqualTo("UnrecognizedClientException");
        assertThat(List.of(wrongSecret, tampered, stale, otherService))
                .allSatisfy(r -> assertThat(errorType(r)).isEqualTo("InvalidSignatureException"));
        // Refusals do not echo the secret or the signature back.
        assertThat(List.of(unsigned, malformed, unknownKey, wrongSecret, tampered, stale, otherService))
                .allSatisfy(r -> assertThat(r.body()).doesNotContain(key.secretAccessKey()).doesNotContain("Signature="));

        JsonNode state = emulator.state();
        assertThat(state.path("protocol").path("refused").path("total").asLong() - refusedBefore).isEqualTo(7);
        assertThat(emulator.templates()).isEmpty();

        // The control: the same request, correctly signed, is accepted.
        HttpResponse<String> signed = send(sign(key.accessKeyId(), key.secretAccessKey(), "social-messaging", now, body),
                body);
        assertThat(signed.statusCode()).as(signed.body()).isEqualTo(200);
        assertThat(emulator.templates()).hasSize(1);
    }

    @Test
    void anotherAccountCannotReadOrChangeTheWaba() {
        try (SocialMessagingClient other = EmulatorHarness.client(emulator.emulator(), AccessKey.SECOND)) {
            String arn = "arn:aws:social-messaging:us-east-1:000000000000:waba/"
                    + EmulatorHarness.WABA.substring("waba-".length());
            for (String waba : List.of(EmulatorHarness.WABA, arn)) {
                assertThat(catchThrowableOfType(() -> other.getLinkedWhatsAppBusinessAccount(r -> r.id(waba)),
                        AccessDeniedException.class)).isNotNull();
                assertThat(catchThrowableOfType(() -> other.listWhatsAppMessageTemplates(r -> r.id(waba)),
                        AccessDeniedException.class)).isNotNull();
                assertThat(catchThrowableOfType(() -> other.createWhatsAppMessageTemplate(r -> r.id(waba)
                        .templateDefinition(software.amazon.awssdk.core.SdkBytes.fromUtf8String(DEFINITION))),
                        AccessDeniedException.class)).isNotNull();
            }
            assertThat(other.listLinkedWhatsAppBusinessAccounts(r -> { }).linkedAccounts()).isEmpty();
        }
        assertThat(emulator.templates()).isEmpty();
    }

    @Test
    void theHandlersActingForAnotherAccountAreRefusedAccessAndCreateNothing() {
        HandlerInvoker invoker = HandlerInvoker.builder(ResourceType.MESSAGE_TEMPLATE,
                        Invokers.target(emulator.emulator().endpoint(), AccessKey.SECOND))
                .clock(emulator.emulator().backend().clock()).sleeper(emulator::advance)
                .log(com.eumsocial.whatsapp.reliability.support.LogCapture::line).build();
        ObjectNode properties = Invokers.MAPPER.createObjectNode().put("WabaId", EmulatorHarness.WABA)
                .put("TemplateName", "cross_account").put("Language", "en_US").put("Category", "UTILITY");
        properties.putArray("Components").addObject().put("type", "BODY")
                .put("text", "Your parcel is on its way and arrives tomorrow morning.");
        ProgressEventJson event = invoker.invokeOnce(invoker.request(Action.CREATE).desired(properties)
                .logicalResourceId("CrossAccount").bearerToken(Invokers.BEARER_TOKEN).build());
        assertThat(event.isFailed()).isTrue();
        assertThat(event.errorCode()).hasValue("AccessDenied");
        assertThat(emulator.templates()).isEmpty();
    }
}
