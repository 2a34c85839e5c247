package com.eumsocial.whatsapp.emulator.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.eumsocial.whatsapp.emulator.protocol.IncomingRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

class SigV4VerifierTest {
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final String BODY = "{\"id\":\"waba-1\"}";

    private final SigV4Verifier verifier = new SigV4Verifier(List.of(AccessKey.DEFAULT, AccessKey.SECOND),
            "social-messaging", Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofMinutes(15));

    @Test
    void aRequestSignedByTheSdkSignerIsAcceptedAndNamesItsAccount() {
        assertThat(verifier.verify(signed(AccessKey.DEFAULT, NOW, "social-messaging", UnaryOperator.identity())))
                .isEqualTo(AccessKey.DEFAULT);
        assertThat(verifier.verify(signed(AccessKey.SECOND, NOW.minusSeconds(600), "social-messaging",
                UnaryOperator.identity())).accountId()).isEqualTo("111111111111");
    }

    @Test
    void sessionTokensAreAcceptedForKnownKeys() {
        IncomingRequest request = sign(AwsSessionCredentials.create(AccessKey.DEFAULT.accessKeyId(),
                AccessKey.DEFAULT.secretAccessKey(), "session-token-value"), NOW, "social-messaging", BODY,
                UnaryOperator.identity());
        assertThat(request.header("X-Amz-Security-Token")).isEqualTo("session-token-value");
        assertThat(verifier.verify(request)).isEqualTo(AccessKey.DEFAULT);
    }

    @Test
    void aChangedBodyQueryOrHeaderBreaksTheSignature() {
        IncomingRequest good = signed(AccessKey.DEFAULT, NOW, "social-messaging", UnaryOperator.identity());
        assertRefused(new IncomingRequest(good.method(), good.rawPath(), good.rawQuery(), good.headers(),
                "{\"id\":\"waba-2\"}".getBytes(StandardCharsets.UTF_8)), AuthenticationFailure.INVALID,
                "does not match");
        assertRefused(new IncomingRequest(good.method(), good.rawPath(), "id=other", good.headers(), good.body()),
                AuthenticationFailure.INVALID, "does not match");
        assertRefused(withHeader(good, "Authorization", good.header("Authorization")
                .replaceAll("Signature=[0-9a-f]{64}", "Signature=" + "0".repeat(64))), AuthenticationFailure.INVALID,
                "does not match");
        Map<String, List<String>> headers = new LinkedHashMap<>(good.headers());
        headers.remove("X-Amz-Date");
        assertRefused(new IncomingRequest("POST", good.rawPath(), good.rawQuery(), headers, good.body()),
                AuthenticationFailure.INCOMPLETE, "X-Amz-Date");
    }

    @Test
    void everySignedPartIsCheckedAndUnsignedHeadersAreNot() {
        IncomingRequest good = signed(AccessKey.DEFAULT, NOW, "social-messaging",
                b -> b.putHeader("X-Custom", "signed value"));
        assertThat(good.header("Authorization")).contains("x-custom");
        assertThat(verifier.verify(good)).isEqualTo(AccessKey.DEFAULT);
        assertRefused(new IncomingRequest("PUT", good.rawPath(), good.rawQuery(), good.headers(), good.body()),
                AuthenticationFailure.INVALID, "does not match");
        assertRefused(new IncomingRequest(good.method(), "/v1/whatsapp/template/put", good.rawQuery(),
                good.headers(), good.body()), AuthenticationFailure.INVALID, "does not match");
        assertRefused(withHeader(good, "X-Custom", "other value"), AuthenticationFailure.INVALID, "does not match");
        assertRefused(withHeader(good, "Content-Type", "text/plain"), AuthenticationFailure.INVALID, "does not match");
        assertRefused(withHeader(good, "X-Amz-Content-Sha256", "0".repeat(64)), AuthenticationFailure.INVALID,
                "x-amz-content-sha256");
        // A header the client did not list may change on the way, as it may at AWS.
        assertThat(verifier.verify(withHeader(good, "User-Agent", "a proxy changed me"))).isEqualTo(AccessKey.DEFAULT);
    }

    @Test
    void aQueryWithCharactersThatNeedEncodingIsVerified() {
        IncomingRequest signed = signed(AccessKey.DEFAULT, NOW, "social-messaging", b -> b
                .putRawQueryParameter("templateName", "caf\u00e9 + more/x=y")
                .putRawQueryParameter("a", List.of("2", "1")));
        assertThat(verifier.verify(signed)).isEqualTo(AccessKey.DEFAULT);
    }

    @Test
    void aWrongSecretIsRefused() {
        AccessKey forged = new AccessKey(AccessKey.DEFAULT.accessKeyId(), "not-the-secret", "000000000000");
        assertRefused(signed(forged, NOW, "social-messaging", UnaryOperator.identity()),
                AuthenticationFailure.INVALID, "does not match");
    }

    @Test
    void unknownKeysWrongServiceAndStaleDatesAreRefused() {
        assertRefused(signed(new AccessKey("AKIAUNKNOWN000000001", "x", "222222222222"), NOW, "social-messaging",
                UnaryOperator.identity()), AuthenticationFailure.UNRECOGNIZED, "security token");
        assertRefused(signed(AccessKey.DEFAULT, NOW, "s3", UnaryOperator.identity()), AuthenticationFailure.INVALID,
                "service");
        assertRefused(signed(AccessKey.DEFAULT, NOW.minus(Duration.ofMinutes(16)), "social-messaging",
                UnaryOperator.identity()), AuthenticationFailure.INVALID, "Signature expired");
        assertRefused(signed(AccessKey.DEFAULT, NOW.plus(Duration.ofMinutes(16)), "social-messaging",
                UnaryOperator.identity()), AuthenticationFailure.INVALID, "Signature not yet current");
    }

    @Test
    void credentialScopeDateMustMatchTheRequestDate() {
        IncomingRequest good = signed(AccessKey.DEFAULT, NOW, "social-messaging", UnaryOperator.identity());
        assertRefused(withHeader(good, "Authorization", good.header("Authorization").replace("/20260301/",
                "/20260228/")), AuthenticationFailure.INVALID, "Date in Credential scope");
    }

    @Test
    void missingAndMalformedAuthorizationHeadersAreNamedAsAwsDoes() {
        IncomingRequest good = signed(AccessKey.DEFAULT, NOW, "social-messaging", UnaryOperator.identity());
        Map<String, List<String>> headers = new LinkedHashMap<>(good.headers());
        headers.remove("Authorization");
        assertRefused(new IncomingRequest("POST", "/", null, headers, null), AuthenticationFailure.MISSING_TOKEN,
                "Missing Authentication Token");
        assertRefused(withHeader(good, "Authorization", "Bearer abc"), AuthenticationFailure.INCOMPLETE,
                "AWS4-HMAC-SHA256");
        assertRefused(withHeader(good, "Authorization", "AWS4-HMAC-SHA256 Credential=AK/x"),
                AuthenticationFailure.INCOMPLETE, "'Credential', 'SignedHeaders' and 'Signature'");
        assertRefused(withHeader(good, "Authorization", "AWS4-HMAC-SHA256 Credential=AK/x, SignedHeaders=host,"
                + " Signature=" + "a".repeat(64)), AuthenticationFailure.INCOMPLETE, "Credential must have the form");
        assertRefused(withHeader(good, "Authorization", good.header("Authorization")
                .replaceAll("Signature=[0-9a-f]{64}", "Signature=xyz")), AuthenticationFailure.INCOMPLETE,
                "hexadecimal");
        assertRefused(withHeader(good, "X-Amz-Date", "yesterday"), AuthenticationFailure.INCOMPLETE, "ISO 8601");
        assertRefused(withHeader(good, "Authorization", good.header("Authorization")
                .replaceAll("SignedHeaders=[^,]+", "SignedHeaders=x-amz-date")), AuthenticationFailure.INVALID,
                "host header must be signed");
        assertRefused(withHeader(good, "Authorization", good.header("Authorization")
                .replaceAll("SignedHeaders=[^,]+", "SignedHeaders=host;x-amz-date;x-missing")),
                AuthenticationFailure.INVALID, "x-missing");
        Map<String, List<String>> noHost = new LinkedHashMap<>(good.headers());
        noHost.remove("Host");
        assertRefused(new IncomingRequest("POST", good.rawPath(), good.rawQuery(), noHost, good.body()),
                AuthenticationFailure.INCOMPLETE, "Host");
    }

    @Test
    void accessKeysAreValidatedAndNeverPrintTheirSecret() {
        assertThat(AccessKey.DEFAULT.toString()).doesNotContain(AccessKey.DEFAULT.secretAccessKey())
                .contains("AKIAEMULATOR00000001");
        assertThatThrownBy(() -> new AccessKey("short", "s", "000000000000"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AccessKey("AKIAEMULATOR00000009", "", "000000000000"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AccessKey("AKIAEMULATOR00000009", "s", "12"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SigV4Verifier(List.of(AccessKey.DEFAULT, AccessKey.DEFAULT), "social-messaging",
                Clock.systemUTC(), Duration.ofMinutes(15))).isInstanceOf(IllegalArgumentException.class);
    }

    private void assertRefused(IncomingRequest request, String errorType, String messagePart) {
        assertThatThrownBy(() -> verifier.verify(request))
                .isInstanceOfSatisfying(AuthenticationFailure.class, e -> {
                    assertThat(e.errorType()).isEqualTo(errorType);
                    assertThat(e.status()).isEqualTo(403);
                })
                .hasMessageContaining(messagePart);
    }

    private static IncomingRequest withHeader(IncomingRequest request, String name, String value) {
        Map<String, List<String>> headers = new LinkedHashMap<>(request.headers());
        headers.keySet().removeIf(existing -> existing.equalsIgnoreCase(name));
        headers.put(name, List.of(value));
        return new IncomingRequest(request.method(), request.rawPath(), request.rawQuery(), headers, request.body());
    }

    static IncomingRequest signed(AccessKey key, Instant at, String service, UnaryOperator<SdkHttpRequest.Builder> edit) {
        return sign(AwsBasicCredentials.create(key.accessKeyId(), key.secretAccessKey()), at, service, BODY, edit);
    }

    static IncomingRequest sign(AwsCredentialsIdentity identity, Instant at, String service, String body,
                                UnaryOperator<SdkHttpRequest.Builder> edit) {
        SdkHttpRequest request = edit.apply(SdkHttpRequest.builder()
                .method(SdkHttpMethod.POST).protocol("http").host("127.0.0.1").port(4599)
                .encodedPath("/v1/whatsapp/template/library")
                .putRawQueryParameter("id", "waba-1 2")
                .putHeader("Content-Type", "application/json")).build();
        SdkHttpRequest signed = AwsV4HttpSigner.create().sign(r -> r
                .identity(identity)
                .request(request)
                .payload(ContentStreamProvider.fromUtf8String(body))
                .putProperty(AwsV4FamilyHttpSigner.SERVICE_SIGNING_NAME, service)
                .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1")
                .putProperty(HttpSigner.SIGNING_CLOCK, Clock.fixed(at, ZoneOffset.UTC))).request();
        Map<String, List<String>> headers = new LinkedHashMap<>();
        signed.forEachHeader((name, values) -> headers.put(name, new ArrayList<>(values)));
        headers.put("Host", List.of("127.0.0.1:4599"));
        String rawQuery = signed.encodedQueryParameters().orElse(null);
        return new IncomingRequest("POST", signed.encodedPath(), rawQuery, headers,
                body.getBytes(StandardCharsets.UTF_8));
    }
}
