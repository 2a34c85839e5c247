package com.eumsocial.whatsapp.commons;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The WABAs whose {@link WabaPreflight} passed, remembered for the life of the handler process (a
 * Lambda container serves many invocations), so a stack of many templates in one WABA pays the
 * GetLinkedWhatsAppBusinessAccount call once per process instead of once per create. Only passes
 * are remembered: a WABA that failed is checked again on the next create. The key is everything
 * the answer depends on: caller account, region, endpoint and the WabaId as given.
 *
 * <p>The wrappers share {@link #PROCESS}; a {@code new CheckedWabas()} remembers nothing beyond
 * its own invocation (what tests get by default).
 */
public final class CheckedWabas {
    /** The one instance of the handler process. */
    public static final CheckedWabas PROCESS = new CheckedWabas();

    private final Set<String> passed = ConcurrentHashMap.newKeySet();

    /** Runs the preflight unless it passed before for the same account, region, endpoint and WABA. */
    public void check(HandlerInvocation<?, ?> invocation, WabaReference waba) {
        String region = invocation.request().getRegion();
        String key = invocation.request().getAwsAccountId() + "|" + region + "|"
            + invocation.typeConfiguration().getEndpointOverride() + "|" + waba.given();
        if (passed.contains(key)) {
            return;
        }
        WabaPreflight.check(invocation.calls(), waba, region);
        passed.add(key);
    }

    /** Forgets every pass: what a new handler process starts with (tests that replay one from scratch). */
    public void forget() {
        passed.clear();
    }
}
