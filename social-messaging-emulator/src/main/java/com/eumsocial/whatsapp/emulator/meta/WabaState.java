package com.eumsocial.whatsapp.emulator.meta;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A linked WhatsApp Business Account and everything Meta keeps for it. Guarded by the backend's lock. */
final class WabaState {
    final String id;
    final String accountId;
    final String metaWabaId;
    final String name;
    final Instant linkDate;
    String registrationStatus;
    final List<MetaSettings.PhoneNumberSeed> phoneNumbers = new ArrayList<>();
    ArrayNode eventDestinations = JsonNodeFactory.instance.arrayNode();
    final Map<String, String> tags = new LinkedHashMap<>();
    /** By metaTemplateId, in creation order (ids grow with it). Deleted templates stay, as DELETED. */
    final Map<String, StoredTemplate> templates = new LinkedHashMap<>();
    /** Instants of template creations, oldest first, for the per-hour limit. */
    final Deque<Instant> creations = new ArrayDeque<>();
    /** Names of deleted approved templates and when they may be used again. */
    final Map<String, Instant> nameBlockedUntil = new HashMap<>();

    WabaState(MetaSettings.WabaSeed seed) {
        this.id = seed.id();
        this.accountId = seed.accountId();
        this.metaWabaId = seed.metaWabaId();
        this.name = seed.name();
        this.linkDate = seed.linkDate();
        this.registrationStatus = seed.registrationStatus();
        this.phoneNumbers.addAll(seed.phoneNumbers());
    }

    void catchUp(Instant now) {
        for (StoredTemplate t : templates.values()) {
            t.catchUp(now);
        }
    }

    List<StoredTemplate> live() {
        List<StoredTemplate> out = new ArrayList<>();
        for (StoredTemplate t : templates.values()) {
            if (!t.isDeleted()) {
                out.add(t);
            }
        }
        return out;
    }

    StoredTemplate liveByNameAndLanguage(String name, String language) {
        for (StoredTemplate t : templates.values()) {
            if (!t.isDeleted() && t.name.equals(name) && t.language.equals(language)) {
                return t;
            }
        }
        return null;
    }
}
