package com.eumsocial.whatsapp.emulator.meta;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/** The domain backend that plays Meta (skeleton: operations are being filled in). */
public final class MetaBackend {
    private final MetaSettings settings;
    private final EmulatorClock clock;

    public MetaBackend(MetaSettings settings, EmulatorClock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public ObjectNode invoke(String operation, String accountId, ObjectNode input) throws ServiceError {
        throw new ServiceError(ServiceError.INTERNAL, operation + " is not implemented yet");
    }

    public ObjectNode replay(String operation, String accountId, ObjectNode input) {
        return invoke(operation, accountId, input);
    }

    public EmulatorClock clock() {
        return clock;
    }

    public void forceOutcome(OutcomeRule rule) {
        Objects.requireNonNull(rule, "rule");
    }

    public void clearOutcomeRules() {
    }

    public void reset() {
    }

    public ObjectNode inspect() {
        return JsonNodeFactory.instance.objectNode();
    }

    public void putMediaObject(String bucket, String key, String contentType, byte[] bytes) {
    }

    MetaSettings settings() {
        return settings;
    }
}
