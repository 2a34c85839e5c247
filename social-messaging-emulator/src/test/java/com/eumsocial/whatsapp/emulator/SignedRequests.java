package com.eumsocial.whatsapp.emulator;

import com.eumsocial.whatsapp.emulator.protocol.IncomingRequest;
import com.eumsocial.whatsapp.emulator.security.AccessKey;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;

/** Raw java.net.http requests signed with the SDK's signer, for cases the SDK client cannot produce. */
public final class SignedRequests {
    private SignedRequests() {
    }

    public static HttpRequest signed(URI endpoint, String method, String pathAndQuery, String body, AccessKey key,
                                     Instant signedAt) {
        URI target = URI.create(endpoint + pathAndQuery);
        SdkHttpRequest.Builder request = SdkHttpRequest.builder()
                .uri(target)
                .method(SdkHttpMethod.fromValue(method))
                .putHeader("Content-Type", "application/json");
        SdkHttpRequest signed = AwsV4HttpSigner.create().sign(r -> r
                .identity(AwsBasicCredentials.create(key.accessKeyId(), key.secretAccessKey()))
                .request(request.build())
                .payload(ContentStreamProvider.fromUtf8String(body == null ? "" : body))
                .putProperty(AwsV4FamilyHttpSigner.SERVICE_SIGNING_NAME, "social-messaging")
                .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1")
                .putProperty(HttpSigner.SIGNING_CLOCK, Clock.fixed(signedAt, ZoneOffset.UTC))).request();
        HttpRequest.Builder out = HttpRequest.newBuilder(target).method(method, body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        signed.forEachHeader((name, values) -> {
            if (!name.equalsIgnoreCase("Host")) {
                values.forEach(v -> out.header(name, v));
            }
        });
        return out.build();
    }

    /** The same signed request as the emulator's server would hand it to the protocol layer. */
    public static IncomingRequest incoming(String method, String pathAndQuery, String body) {
        HttpRequest request = signed(URI.create("http://127.0.0.1:4599"), method, pathAndQuery, body, AccessKey.DEFAULT,
                Instant.now());
        Map<String, List<String>> headers = new LinkedHashMap<>(request.headers().map());
        headers.put("Host", List.of("127.0.0.1:4599"));
        return new IncomingRequest(method, request.uri().getRawPath(), request.uri().getRawQuery(), headers,
                body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    public static HttpRequest signed(URI endpoint, String method, String pathAndQuery, String body) {
        return signed(endpoint, method, pathAndQuery, body, AccessKey.DEFAULT, Instant.now());
    }
}
