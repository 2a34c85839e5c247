package com.eumsocial.whatsapp.emulator;

import com.eumsocial.whatsapp.emulator.security.AccessKey;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.socialmessaging.SocialMessagingClient;

/** Builds the real SDK client against an emulator, as the project's integration tests do. */
public final class EmulatorTestSupport {
    public static final String WABA_ID = "waba-0123456789abcdef0123456789abcdef";
    public static final String PHONE_NUMBER_ID = "phone-number-id-0123456789abcdef0123456789abcdef";

    private EmulatorTestSupport() {
    }

    public static SocialMessagingClient client(SocialMessagingEmulator emulator) {
        return client(emulator, AccessKey.DEFAULT, RetryMode.STANDARD);
    }

    public static SocialMessagingClient client(SocialMessagingEmulator emulator, AccessKey key, RetryMode retryMode) {
        return SocialMessagingClient.builder()
                .endpointOverride(emulator.endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(key.accessKeyId(), key.secretAccessKey())))
                .httpClient(UrlConnectionHttpClient.builder().build())
                .overrideConfiguration(c -> c.retryStrategy(retryMode))
                .build();
    }

    /** A client that reports the first failure instead of retrying it. */
    public static SocialMessagingClient clientWithoutRetries(SocialMessagingEmulator emulator) {
        return SocialMessagingClient.builder()
                .endpointOverride(emulator.endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                        AccessKey.DEFAULT.accessKeyId(), AccessKey.DEFAULT.secretAccessKey())))
                .httpClient(UrlConnectionHttpClient.builder().build())
                .overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry()))
                .build();
    }

    /** An unsigned request through java.net.http (for the control API and refusal tests). */
    public static HttpResponse<String> send(HttpRequest request) {
        try {
            return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
                    .send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static URI uri(SocialMessagingEmulator emulator, String pathAndQuery) {
        return URI.create(emulator.endpoint() + pathAndQuery);
    }
}
