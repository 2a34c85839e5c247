package com.eumsocial.whatsapp.commons;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.socialmessaging.SocialMessagingClient;
import software.amazon.awssdk.services.socialmessaging.SocialMessagingClientBuilder;
import software.amazon.cloudformation.proxy.HandlerErrorCode;

/**
 * The production {@link SocialMessagingClientProvider}: region from the request, the optional
 * endpoint override from the type configuration, the light URL-connection HTTP client (no Apache
 * or Netty start-up cost in a cold Lambda).
 *
 * <p>The client deliberately has no credentials of its own: every call goes through
 * {@code proxy.injectCredentialsAndInvokeV2} (see {@link SocialMessagingCalls}), which adds the
 * caller's credentials. A call that bypassed the proxy fails loudly instead of silently using the
 * handler's execution role.
 */
public final class SocialMessagingClientFactory implements SocialMessagingClientProvider {
    static final AwsCredentialsProvider PROXY_ONLY_CREDENTIALS = () -> {
        throw new IllegalStateException(
            "Social Messaging calls must go through the CloudFormation proxy, which supplies the caller's credentials");
    };

    @Override
    public SocialMessagingClient create(String region, TypeConfigurationModel configuration) {
        if (region == null || region.isBlank()) {
            throw HandlerFailure.invalidRequest("The request names no AWS region");
        }
        SocialMessagingClientBuilder builder = SocialMessagingClient.builder()
            .region(Region.of(region))
            .credentialsProvider(PROXY_ONLY_CREDENTIALS)
            .httpClientBuilder(UrlConnectionHttpClient.builder());
        URI endpoint = endpointOverride(configuration);
        if (endpoint != null) {
            builder.endpointOverride(endpoint);
        }
        return builder.build();
    }

    /** The validated endpoint override, or null when the configuration sets none. */
    public static URI endpointOverride(TypeConfigurationModel configuration) {
        String value = configuration == null ? null : configuration.getEndpointOverride();
        if (value == null || value.isBlank()) {
            return null;
        }
        URI uri;
        try {
            uri = URI.create(value.trim());
        } catch (IllegalArgumentException e) {
            throw invalidEndpoint(value, "it is not a valid URI");
        }
        if (!("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
            || uri.getHost() == null) {
            throw invalidEndpoint(value, "it must be an absolute http:// or https:// URL with a host");
        }
        return uri;
    }

    private static HandlerFailure invalidEndpoint(String value, String why) {
        return new HandlerFailure(HandlerErrorCode.InvalidTypeConfiguration,
            "Type configuration EndpointOverride '" + value + "' is not usable: " + why);
    }
}
