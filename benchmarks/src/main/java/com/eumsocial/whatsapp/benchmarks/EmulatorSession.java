package com.eumsocial.whatsapp.benchmarks;

import com.eumsocial.whatsapp.emulator.EmulatorConfig;
import com.eumsocial.whatsapp.emulator.SocialMessagingEmulator;
import com.eumsocial.whatsapp.emulator.faults.FaultSettings;
import com.eumsocial.whatsapp.emulator.meta.EmulatorClock;
import com.eumsocial.whatsapp.emulator.meta.MetaSettings;
import com.eumsocial.whatsapp.emulator.security.AccessKey;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Instant;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.socialmessaging.SocialMessagingClient;

/** An in-process emulator on an ephemeral port, with the per-operation request counts. */
final class EmulatorSession implements AutoCloseable {
    static final String WABA = MetaSettings.DEFAULT_WABA_ID;
    /** Meta's clock in virtual-time benchmarks: it moves only when a benchmark advances it. */
    static final Instant VIRTUAL_START = Instant.parse("2026-06-01T08:00:00Z");

    final SocialMessagingEmulator emulator;
    final EmulatorClock clock;

    private EmulatorSession(SocialMessagingEmulator emulator, EmulatorClock clock) {
        this.emulator = emulator;
        this.clock = clock;
    }

    /** Meta's clock stands still until advanced: review delays of hours cost no real time. */
    static EmulatorSession virtualTime(MetaSettings settings) {
        EmulatorClock clock = EmulatorClock.fixedAt(VIRTUAL_START);
        return new EmulatorSession(SocialMessagingEmulator.start(EmulatorConfig.builder()
            .metaSettings(settings).faults(FaultSettings.NONE).clock(clock).build()), clock);
    }

    /** Meta's clock is the real clock: reviews and token buckets run in real time. */
    static EmulatorSession realTime(MetaSettings settings, FaultSettings faults) {
        EmulatorClock clock = new EmulatorClock();
        return new EmulatorSession(SocialMessagingEmulator.start(EmulatorConfig.builder()
            .metaSettings(settings).faults(faults).clock(clock).build()), clock);
    }

    URI endpoint() {
        return emulator.endpoint();
    }

    AccessKey key() {
        return AccessKey.DEFAULT;
    }

    /** Requests of this operation that reached the emulator so far (answered or refused by a fault). */
    long calls(String operation) {
        return emulator.control().stats().toJson().path("operations").path(operation).asLong();
    }

    JsonNode stats() {
        return emulator.control().stats().toJson();
    }

    SocialMessagingClient client() {
        return SocialMessagingClient.builder()
            .endpointOverride(endpoint())
            .region(Region.US_EAST_1)
            .credentialsProvider(StaticCredentialsProvider.create(
                AwsBasicCredentials.create(key().accessKeyId(), key().secretAccessKey())))
            .httpClient(UrlConnectionHttpClient.builder().build())
            .build();
    }

    @Override
    public void close() {
        emulator.close();
    }
}
