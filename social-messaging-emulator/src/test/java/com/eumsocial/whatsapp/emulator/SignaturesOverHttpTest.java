package com.eumsocial.whatsapp.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.eumsocial.whatsapp.emulator.security.AccessKey;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.socialmessaging.SocialMessagingClient;

/** What reaches the front door without a valid signature, over real HTTP. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignaturesOverHttpTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GET_WABA = "/v1/whatsapp/waba/details?id=" + EmulatorTestSupport.WABA_ID;

    private SocialMessagingEmulator emulator;

    @BeforeAll
    void start() {
        emulator = SocialMessagingEmulator.start(EmulatorConfig.defaults());
    }

    @AfterAll
    void stop() {
        emulator.close();
    }

    @Test
    void aCorrectlySignedRawRequestIsServed() throws Exception {
        HttpResponse<String> response = EmulatorTestSupport.send(SignedRequests.signed(emulator.endpoint(), "GET",
                GET_WABA, null));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).at("/account/id").asText()).isEqualTo(EmulatorTestSupport.WABA_ID);
        assertThat(response.headers().firstValue("x-amzn-RequestId")).isPresent();
    }

    @Test
    void theSdkWithSessionCredentialsOfAKnownKeyIsServed() {
        try (SocialMessagingClient client = SocialMessagingClient.builder()
                .endpointOverride(emulator.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsSessionCredentials.create(
                        AccessKey.SECOND.accessKeyId(), AccessKey.SECOND.secretAccessKey(), "FwoGZXIvYXdzEXAMPLE")))
                .httpClient(UrlConnectionHttpClient.builder().build()).build()) {
            assertThat(client.listLinkedWhatsAppBusinessAccounts(r -> { }).linkedAccounts()).isEmpty();
        }
    }

    @Test
    void anUnsignedRequestIsMissingAuthenticationToken() throws Exception {
        long before = emulator.control().refusedRequests();
        HttpResponse<String> response = EmulatorTestSupport.send(HttpRequest.newBuilder(
                EmulatorTestSupport.uri(emulator, GET_WABA)).GET().build());
        assertError(response, 403, "MissingAuthenticationTokenException");
        assertThat(emulator.control().refusedRequests()).isEqualTo(before + 1);
    }

    @Test
    void aForgedSignatureIsInvalid() throws Exception {
        AccessKey forged = new AccessKey(AccessKey.DEFAULT.accessKeyId(), "guessed-secret", "000000000000");
        assertError(EmulatorTestSupport.send(SignedRequests.signed(emulator.endpoint(), "GET", GET_WABA, null, forged,
                Instant.now())), 403, "InvalidSignatureException");
    }

    @Test
    void anUnknownAccessKeyIsUnrecognized() throws Exception {
        AccessKey unknown = new AccessKey("AKIANOBODY0000000001", "secret", "222222222222");
        assertError(EmulatorTestSupport.send(SignedRequests.signed(emulator.endpoint(), "GET", GET_WABA, null, unknown,
                Instant.now())), 403, "UnrecognizedClientException");
    }

    @Test
    void aStaleSignatureIsRefusedByRealTimeEvenAfterTheMetaClockMoved() throws Exception {
        emulator.control().advanceClock(Duration.ofHours(1));
        assertError(EmulatorTestSupport.send(SignedRequests.signed(emulator.endpoint(), "GET", GET_WABA, null,
                AccessKey.DEFAULT, Instant.now().minus(Duration.ofMinutes(20)))), 403, "InvalidSignatureException");
        assertThat(EmulatorTestSupport.send(SignedRequests.signed(emulator.endpoint(), "GET", GET_WABA, null))
                .statusCode()).isEqualTo(200);
    }

    @Test
    void aMalformedAuthorizationHeaderIsAnIncompleteSignature() throws Exception {
        assertError(EmulatorTestSupport.send(HttpRequest.newBuilder(EmulatorTestSupport.uri(emulator, GET_WABA))
                .header("Authorization", "AWS4-HMAC-SHA256 Credential=AKIAEMULATOR00000001").GET().build()),
                403, "IncompleteSignatureException");
    }

    @Test
    void aHostHeaderOtherThanTheSignedOneIsRefusedNotDropped() {
        var request = SignedRequests.incoming("GET", GET_WABA, null);
        var headers = new java.util.LinkedHashMap<>(request.headers());
        headers.put("Host", java.util.List.of("bad host:x"));
        var verifier = new com.eumsocial.whatsapp.emulator.security.SigV4Verifier(java.util.List.of(AccessKey.DEFAULT),
                "social-messaging", java.time.Clock.systemUTC(), Duration.ofMinutes(15));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> verifier.verify(
                new com.eumsocial.whatsapp.emulator.protocol.IncomingRequest("GET", request.rawPath(),
                        request.rawQuery(), headers, null)))
                .hasMessageContaining("does not match the signature you provided");
    }

    @Test
    void anUnknownRouteIsAJsonUnknownOperationError() throws Exception {
        assertError(EmulatorTestSupport.send(SignedRequests.signed(emulator.endpoint(), "GET", "/v1/nothing/here",
                null)), 404, "UnknownOperationException");
        assertError(EmulatorTestSupport.send(SignedRequests.signed(emulator.endpoint(), "PATCH",
                "/v1/whatsapp/template", "{}")), 404, "UnknownOperationException");
    }

    @Test
    void malformedJsonIsASerializationError() throws Exception {
        HttpResponse<String> response = EmulatorTestSupport.send(SignedRequests.signed(emulator.endpoint(), "POST",
                "/v1/whatsapp/template/put", "{\"id\": \"waba-1\", "));
        assertError(response, 400, "SerializationException");
        assertError(EmulatorTestSupport.send(SignedRequests.signed(emulator.endpoint(), "POST",
                "/v1/whatsapp/template/put", "{\"id\": 5}")), 400, "SerializationException");
        assertError(EmulatorTestSupport.send(SignedRequests.signed(emulator.endpoint(), "POST",
                "/v1/whatsapp/template/put", "{\"id\": \"" + EmulatorTestSupport.WABA_ID
                        + "\", \"templateDefinition\": \"***not base64***\"}")), 400, "SerializationException");
    }

    private static void assertError(HttpResponse<String> response, int status, String errorType) throws Exception {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).contains(errorType);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("__type").asText()).isEqualTo(errorType);
        assertThat(body.get("message").asText()).isNotBlank();
    }
}
