package com.eumsocial.whatsapp.commons;

import software.amazon.awssdk.services.socialmessaging.SocialMessagingClient;

/** Builds the Social Messaging client for one invocation; tests supply a mock instead. */
@FunctionalInterface
public interface SocialMessagingClientProvider {
    SocialMessagingClient create(String region, TypeConfigurationModel configuration);
}
