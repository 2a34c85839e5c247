package com.eumsocial.whatsapp.emulator;

import com.eumsocial.whatsapp.emulator.control.ControlHttpApi;
import com.eumsocial.whatsapp.emulator.control.EmulatorControl;
import com.eumsocial.whatsapp.emulator.faults.FaultInjector;
import com.eumsocial.whatsapp.emulator.meta.EmulatorClock;
import com.eumsocial.whatsapp.emulator.meta.MetaBackend;
import com.eumsocial.whatsapp.emulator.persistence.Journal;
import com.eumsocial.whatsapp.emulator.persistence.JournaledBackend;
import com.eumsocial.whatsapp.emulator.protocol.ServiceModel;
import com.eumsocial.whatsapp.emulator.security.AccessKey;
import com.eumsocial.whatsapp.emulator.security.SigV4Verifier;
import com.eumsocial.whatsapp.emulator.server.EmulatorHttpServer;
import com.eumsocial.whatsapp.emulator.control.RequestStats;
import com.eumsocial.whatsapp.emulator.server.ServiceRequestHandler;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An AWS End User Messaging Social (WhatsApp template API) emulator running in this JVM.
 *
 * <pre>{@code
 * try (SocialMessagingEmulator emulator = SocialMessagingEmulator.start(EmulatorConfig.defaults())) {
 *     SocialMessagingClient client = SocialMessagingClient.builder()
 *             .endpointOverride(emulator.endpoint()).region(Region.US_EAST_1)
 *             .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
 *                     AccessKey.DEFAULT.accessKeyId(), AccessKey.DEFAULT.secretAccessKey())))
 *             .build();
 *     emulator.control().advanceClock(Duration.ofMinutes(1));
 * }
 * }</pre>
 */
public final class SocialMessagingEmulator implements AutoCloseable {
    /** SigV4 signing name of the service. */
    public static final String SIGNING_NAME = "social-messaging";
    private static final Logger LOG = LoggerFactory.getLogger(SocialMessagingEmulator.class);

    private final EmulatorConfig config;
    private final MetaBackend backend;
    private final EmulatorControl control;
    private final Journal journal;
    private final EmulatorHttpServer server;
    private final URI endpoint;
    private final int replayed;

    private SocialMessagingEmulator(EmulatorConfig config) {
        this.config = config;
        ObjectMapper json = new ObjectMapper();
        ServiceModel model = ServiceModel.load();
        EmulatorClock clock = config.clock().orElseGet(EmulatorClock::new);
        this.backend = new MetaBackend(config.metaSettings(), clock);
        this.journal = config.dataDir().map(dir -> Journal.open(dir, json)).orElse(null);
        JournaledBackend journaled = new JournaledBackend(backend, model, journal);
        try {
            this.replayed = journaled.replay();
        } catch (RuntimeException e) {
            closeJournal();
            throw e;
        }
        FaultInjector faults = new FaultInjector(config.faults());
        RequestStats stats = new RequestStats();
        this.control = new EmulatorControl(journaled, faults, stats);
        SigV4Verifier verifier = new SigV4Verifier(config.accessKeys(), SIGNING_NAME, config.realClock(),
                config.maxSignatureSkew());
        ServiceRequestHandler handler = new ServiceRequestHandler(model, verifier, faults, journaled, stats, json);
        try {
            this.server = new EmulatorHttpServer(config.host(), config.port(), config.threads(), handler,
                    new ControlHttpApi(control, json));
        } catch (RuntimeException e) {
            closeJournal();
            throw e;
        }
        InetSocketAddress address = server.address();
        String host = address.getAddress().getHostAddress();
        this.endpoint = URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":"
                + address.getPort());
        LOG.info("Social Messaging emulator listening on {}{}", endpoint,
                journal == null ? " (in memory)" : " (data in " + journal.file().getParent() + ", "
                        + replayed + " journal entries replayed)");
    }

    /** Starts an emulator; when a data directory is configured its journal is replayed first. */
    public static SocialMessagingEmulator start(EmulatorConfig config) {
        return new SocialMessagingEmulator(config);
    }

    /** {@code http://127.0.0.1:<port>}: give it to the SDK as endpointOverride. */
    public URI endpoint() {
        return endpoint;
    }

    public int port() {
        return server.address().getPort();
    }

    /** The Meta backend (state and rules) behind the API. */
    public MetaBackend backend() {
        return backend;
    }

    /** Clock, outcome rules, reset, media, faults and state, journaled like API calls. */
    public EmulatorControl control() {
        return control;
    }

    public List<AccessKey> accessKeys() {
        return config.accessKeys();
    }

    public EmulatorConfig config() {
        return config;
    }

    /** How many journal entries were replayed at start-up. */
    public int replayedEntries() {
        return replayed;
    }

    @Override
    public void close() {
        server.close();
        closeJournal();
        LOG.info("Social Messaging emulator on {} stopped", endpoint);
    }

    private void closeJournal() {
        if (journal != null) {
            journal.close();
        }
    }
}
