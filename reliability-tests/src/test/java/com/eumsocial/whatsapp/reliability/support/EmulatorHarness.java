package com.eumsocial.whatsapp.reliability.support;

import com.eumsocial.whatsapp.emulator.EmulatorConfig;
import com.eumsocial.whatsapp.emulator.SocialMessagingEmulator;
import com.eumsocial.whatsapp.emulator.faults.FaultSettings;
import com.eumsocial.whatsapp.emulator.meta.EmulatorClock;
import com.eumsocial.whatsapp.emulator.meta.MetaSettings;
import com.eumsocial.whatsapp.emulator.security.AccessKey;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.DefaultRetryStrategy;
import software.amazon.awssdk.services.socialmessaging.SocialMessagingClient;

/**
 * An in-process emulator on an ephemeral port with a Meta clock that moves only when a test
 * advances it (virtual time), plus an SDK client that does not retry (so every answer is seen).
 */
public final class EmulatorHarness implements AutoCloseable {
    /** The operations the model does not mark @readonly (the ones the journal records). */
    private static final java.util.Set<String> STATE_CHANGING_OPERATIONS =
        com.eumsocial.whatsapp.emulator.protocol.ServiceModel.load().stateChangingOperations();

    public static final String WABA = MetaSettings.DEFAULT_WABA_ID;
    public static final String ACCOUNT = MetaSettings.DEFAULT_ACCOUNT_ID;
    public static final Instant START = Instant.parse("2030-01-01T00:00:00Z");

    private final SocialMessagingEmulator emulator;
    private final SocialMessagingClient client;

    private EmulatorHarness(SocialMessagingEmulator emulator) {
        this.emulator = emulator;
        this.client = client(emulator, AccessKey.DEFAULT);
    }

    /** Defaults: limits far above what any test creates, so only the rule under test refuses. */
    public static MetaSettings.Builder roomySettings() {
        return MetaSettings.builder().maxTemplatesPerWaba(100_000).maxCreationsPerWabaPerHour(1_000_000)
                .reviewDelay(Duration.ofSeconds(5));
    }

    public static EmulatorHarness start() {
        return start(roomySettings().build(), FaultSettings.NONE, null);
    }

    public static EmulatorHarness start(MetaSettings settings, FaultSettings faults, Path dataDir) {
        return new EmulatorHarness(SocialMessagingEmulator.start(EmulatorConfig.builder()
                .port(0).metaSettings(settings).faults(faults).dataDir(dataDir)
                .clock(EmulatorClock.fixedAt(START)).build()));
    }

    public static SocialMessagingClient client(SocialMessagingEmulator emulator, AccessKey key) {
        return SocialMessagingClient.builder()
                .endpointOverride(emulator.endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(key.accessKeyId(), key.secretAccessKey())))
                .httpClient(UrlConnectionHttpClient.builder().build())
                .overrideConfiguration(c -> c.retryStrategy(DefaultRetryStrategy.doNotRetry()))
                .build();
    }

    public SocialMessagingEmulator emulator() {
        return emulator;
    }

    public SocialMessagingClient client() {
        return client;
    }

    public String endpoint() {
        return emulator.endpoint().toString();
    }

    public void advance(Duration d) {
        emulator.control().advanceClock(d);
    }

    public JsonNode state() {
        return emulator.control().state();
    }

    /** Requests that reached the operation (after the signature check), by operation name. */
    public long operationCount(String operation) {
        return state().path("protocol").path("operations").path(operation).asLong(0);
    }

    /** Calls of operations that change state (create, update, delete, media, tags...). */
    public long stateChangingCalls() {
        JsonNode ops = state().path("protocol").path("operations");
        long n = 0;
        for (String op : STATE_CHANGING_OPERATIONS) {
            n += ops.path(op).asLong(0);
        }
        return n;
    }

    /** Live templates of the default WABA as the backend holds them. */
    public JsonNode templates() {
        for (JsonNode w : emulator.backend().inspect().path("wabas")) {
            if (w.path("id").asText().equals(WABA)) {
                return w.path("templates");
            }
        }
        throw new IllegalStateException("default WABA missing from the emulator state");
    }

    /** Templates of the default WABA that still exist at Meta (not DELETED or PENDING_DELETION). */
    public java.util.List<JsonNode> liveTemplates() {
        java.util.List<JsonNode> live = new java.util.ArrayList<>();
        templates().forEach(t -> {
            String status = t.path("status").asText();
            if (!status.equals("DELETED") && !status.equals("PENDING_DELETION")) {
                live.add(t);
            }
        });
        return live;
    }

    @Override
    public void close() {
        client.close();
        emulator.close();
    }
}
