package com.eumsocial.whatsapp.benchmarks;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.socialmessaging.SocialMessagingClient;
import software.amazon.awssdk.services.socialmessaging.model.GetWhatsAppMessageTemplateRequest;
import software.amazon.awssdk.services.socialmessaging.model.GetWhatsAppMessageTemplateResponse;

/**
 * The cold-start baseline: the least a read can do in a fresh JVM. Builds the SDK client the
 * handlers build (url-connection HTTP client, region, endpoint override, session credentials)
 * and makes the same GetWhatsAppMessageTemplate call. Runs from the same handler jar.
 * Arguments: endpoint, WABA id, Meta template id, access key id, secret access key.
 */
public final class BaselineGetMain {
    private BaselineGetMain() {
    }

    public static void main(String[] args) {
        long mainAt = System.nanoTime();
        long jvmToMain = System.currentTimeMillis()
            - ProcessHandle.current().info().startInstant().map(i -> i.toEpochMilli()).orElse(System.currentTimeMillis());
        try (SocialMessagingClient client = SocialMessagingClient.builder()
            .endpointOverride(URI.create(args[0]))
            .region(Region.US_EAST_1)
            .credentialsProvider(StaticCredentialsProvider.create(AwsSessionCredentials.create(args[3], args[4], "cold-start")))
            .httpClient(UrlConnectionHttpClient.builder().build())
            .build()) {
            GetWhatsAppMessageTemplateResponse response = client.getWhatsAppMessageTemplate(
                GetWhatsAppMessageTemplateRequest.builder().id(args[1]).metaTemplateId(args[2]).build());
            System.out.println(response.template());
        }
        System.err.printf("cold-start-phases jvm=%d load=0 construct=0 handle=%d%n", jvmToMain,
            (System.nanoTime() - mainAt) / 1_000_000);
    }
}
