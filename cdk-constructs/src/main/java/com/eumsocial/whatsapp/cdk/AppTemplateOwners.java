package com.eumsocial.whatsapp.cdk;

import com.eumsocial.whatsapp.definition.TemplateOwnership;
import com.eumsocial.whatsapp.definition.TemplateOwnership.Identity;
import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Supplier;
import software.constructs.IConstruct;

/**
 * template-definition's one-owner rule over a whole CDK app: every folder file, typed construct
 * and stack of one app claims its WABA + name + language here, and a second claim is refused at
 * synth, naming both declarations.
 */
final class AppTemplateOwners {
    private static final Map<IConstruct, Map<Identity, Supplier<String>>> BY_APP = new WeakHashMap<>();

    private AppTemplateOwners() {
    }

    /** Claims {@code identity} in the app of {@code root}; returns the refusal when another construct holds it, else null. */
    static String claim(IConstruct root, Identity identity, Supplier<String> owner) {
        Supplier<String> first;
        synchronized (BY_APP) {
            first = BY_APP.computeIfAbsent(root, r -> new HashMap<>()).putIfAbsent(identity, owner);
        }
        return first == null ? null : TemplateOwnership.message(identity, owner.get(), first.get());
    }
}
