package com.eumsocial.whatsapp.emulator.meta;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything the backend knows, reset as a whole. Guarded by the backend's lock. */
final class MetaState {
    /** Meta template ids are long digit strings; the emulator counts up from here. */
    static final long FIRST_TEMPLATE_ID = 1_000_000_000_000_001L;

    final MetaSettings settings;
    final EmulatorClock clock;
    final MediaStore media;
    final LibraryCatalog library;
    final Map<String, WabaState> wabas = new LinkedHashMap<>();
    final List<OutcomeRule> rules = new ArrayList<>();
    final Map<String, AccountOperations.PendingSignup> signups = new LinkedHashMap<>();
    long nextTemplateId;
    long signupCount;
    /** True while a journal is replayed: nothing outside the emulator may be consulted. */
    boolean replaying;

    MetaState(MetaSettings settings, EmulatorClock clock, LibraryCatalog library) {
        this.settings = settings;
        this.clock = clock;
        this.library = library;
        this.media = new MediaStore(settings);
        clear();
    }

    void clear() {
        wabas.clear();
        for (MetaSettings.WabaSeed seed : settings.wabas()) {
            wabas.put(seed.id(), new WabaState(seed));
        }
        rules.clear();
        signups.clear();
        media.resetHandles();
        nextTemplateId = FIRST_TEMPLATE_ID;
        signupCount = 0;
    }

    /** The WABA a caller names, checked for ownership (ids or ARNs). */
    WabaState waba(String accountId, String idOrArn, String member) {
        ResourceIds.Reference ref = ResourceIds.waba(idOrArn);
        if (ref == null) {
            throw ServiceError.validation("Value at '" + member + "' failed to satisfy constraint: Member must"
                    + " satisfy regular expression pattern: (^waba-.*$)|(^arn:.*:waba/[0-9a-zA-Z]+$)");
        }
        WabaState waba = wabas.get(ref.id());
        if (waba == null) {
            throw ServiceError.notFound("WhatsApp Business Account " + idOrArn + " is not linked");
        }
        if (!waba.accountId.equals(accountId) || (ref.arnAccount() != null && !ref.arnAccount().equals(accountId))) {
            throw ServiceError.accessDenied("WhatsApp Business Account " + idOrArn + " does not belong to account "
                    + accountId);
        }
        waba.catchUp(clock.instant());
        return waba;
    }

    OutcomeRule ruleFor(String templateName) {
        for (int i = rules.size() - 1; i >= 0; i--) {
            if (rules.get(i).matches(templateName)) {
                return rules.get(i);
            }
        }
        return null;
    }
}
