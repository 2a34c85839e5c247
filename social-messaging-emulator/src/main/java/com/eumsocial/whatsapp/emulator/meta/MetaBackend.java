package com.eumsocial.whatsapp.emulator.meta;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The domain backend that plays Meta behind AWS End User Messaging Social: per-WABA template state,
 * review on the {@link EmulatorClock}, Meta's rules, the template library and media handles.
 *
 * <p>All state lives behind one lock, so every operation is atomic (parallel creates of one
 * name+language: exactly one wins) and template ids follow the order in which calls were served.
 * Reviews are evaluated lazily against the clock whenever state is read; no threads are started.
 */
public final class MetaBackend {
    private final MetaState state;
    private final TemplateOperations templates;
    private final AccountOperations accounts;

    public MetaBackend(MetaSettings settings, EmulatorClock clock) {
        this.state = new MetaState(Objects.requireNonNull(settings, "settings"), Objects.requireNonNull(clock, "clock"),
                LibraryCatalog.load());
        this.templates = new TemplateOperations(state);
        this.accounts = new AccountOperations(state);
    }

    /** A backend with {@link MetaSettings#defaults()} on real time. */
    public static MetaBackend withDefaults() {
        return new MetaBackend(MetaSettings.defaults(), new EmulatorClock());
    }

    /**
     * Runs one operation (Smithy operation name) for the caller's AWS account. Input and output are
     * keyed by the model's member names; blobs are BinaryNode, timestamps epoch seconds.
     */
    public ObjectNode invoke(String operation, String accountId, ObjectNode input) throws ServiceError {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(accountId, "accountId");
        ObjectNode in = input == null ? JsonNodeFactory.instance.objectNode() : input;
        synchronized (state) {
            return dispatch(operation, accountId, in);
        }
    }

    /**
     * Same as {@link #invoke} for a journaled call, with the clock already set to the recorded
     * instant. Media uploads reissue their handle without reading the object again.
     */
    public ObjectNode replay(String operation, String accountId, ObjectNode input) {
        synchronized (state) {
            state.replaying = true;
            try {
                return invoke(operation, accountId, input);
            } finally {
                state.replaying = false;
            }
        }
    }

    private ObjectNode dispatch(String operation, String accountId, ObjectNode in) {
        return switch (operation) {
            case "CreateWhatsAppMessageTemplate" -> templates.create(accountId, in);
            case "CreateWhatsAppMessageTemplateFromLibrary" -> templates.createFromLibrary(accountId, in);
            case "CreateWhatsAppMessageTemplateMedia" -> templates.createMedia(accountId, in);
            case "DeleteWhatsAppMessageTemplate" -> templates.delete(accountId, in);
            case "GetWhatsAppMessageTemplate" -> templates.get(accountId, in);
            case "ListWhatsAppMessageTemplates" -> templates.list(accountId, in);
            case "UpdateWhatsAppMessageTemplate" -> templates.update(accountId, in);
            case "ListWhatsAppTemplateLibrary" -> templates.listLibrary(accountId, in);
            case "GetLinkedWhatsAppBusinessAccount" -> accounts.getAccount(accountId, in);
            case "GetLinkedWhatsAppBusinessAccountPhoneNumber" -> accounts.getPhoneNumber(accountId, in);
            case "ListLinkedWhatsAppBusinessAccounts" -> accounts.listAccounts(accountId, in);
            case "AssociateWhatsAppBusinessAccount" -> accounts.associate(accountId, in);
            case "PutWhatsAppBusinessAccountEventDestinations" -> accounts.putEventDestinations(accountId, in);
            case "DisassociateWhatsAppBusinessAccount" -> accounts.disassociate(accountId, in);
            case "TagResource" -> accounts.tag(accountId, in);
            case "UntagResource" -> accounts.untag(accountId, in);
            case "ListTagsForResource" -> accounts.listTags(accountId, in);
            // A client error, not a 500: the SDK would retry a server error for ever.
            default -> throw ServiceError.invalidParameters(operation + " is not supported by the emulator");
        };
    }

    public EmulatorClock clock() {
        return state.clock;
    }

    /** Adds a rule; it applies to templates submitted (created or edited) from now on. */
    public void forceOutcome(OutcomeRule rule) {
        Objects.requireNonNull(rule, "rule");
        synchronized (state) {
            state.rules.add(rule);
        }
    }

    public void clearOutcomeRules() {
        synchronized (state) {
            state.rules.clear();
        }
    }

    /**
     * Back to the seeded state: templates, signups, outcome rules and media handles are forgotten.
     * The clock and the S3 stand-in's objects are left alone (they are not Meta's).
     */
    public void reset() {
        synchronized (state) {
            state.clear();
        }
    }

    /** A summary of the state: clock, outcome rules, and per WABA its templates and counts by status. */
    public ObjectNode inspect() {
        synchronized (state) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            out.put("clock", state.clock.instant().toString());
            ArrayNode rules = out.putArray("outcomeRules");
            state.rules.forEach(r -> rules.add(r.toJson()));
            out.put("mediaHandles", state.media.handleCount());
            out.put("pendingSignups", state.signups.size());
            ArrayNode wabas = out.putArray("wabas");
            for (WabaState w : state.wabas.values()) {
                w.catchUp(state.clock.instant());
                ObjectNode n = wabas.addObject();
                n.put("id", w.id);
                n.put("accountId", w.accountId);
                n.put("registrationStatus", w.registrationStatus);
                Map<String, Integer> counts = new TreeMap<>();
                w.templates.values().forEach(t -> counts.merge(t.status, 1, Integer::sum));
                ObjectNode c = n.putObject("counts");
                counts.forEach(c::put);
                n.set("templates", TemplateOperations.inspect(w));
            }
            return out;
        }
    }

    /** Puts an object into the S3 stand-in that CreateWhatsAppMessageTemplateMedia reads. */
    public void putMediaObject(String bucket, String key, String contentType, byte[] bytes) {
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(bytes, "bytes");
        synchronized (state) {
            state.media.put(bucket, key, contentType, bytes);
        }
    }
}
