package com.eumsocial.whatsapp.cdk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import software.constructs.Construct;
import software.constructs.IConstruct;

/**
 * Makes resources of our types deploy after the registration of the types when both are declared
 * in the same app, whichever is declared first. Kept per app (construct tree root) on the Java
 * side, so apps without a registration pay one lookup per resource and nothing at synth.
 */
final class TypeRegistrations {
    private static final Map<IConstruct, PerApp> APPS = new WeakHashMap<>();

    private TypeRegistrations() {
    }

    private static final class PerApp {
        final List<Construct> registrations = new ArrayList<>();
        final List<Construct> dependents = new ArrayList<>();
    }

    static void dependOnRegistration(Construct dependent) {
        List<Construct> registrations;
        synchronized (APPS) {
            PerApp app = APPS.computeIfAbsent(dependent.getNode().getRoot(), root -> new PerApp());
            app.dependents.add(dependent);
            registrations = List.copyOf(app.registrations);
        }
        registrations.forEach(registration -> dependent.getNode().addDependency(registration));
    }

    static void registered(Construct registration) {
        List<Construct> dependents;
        synchronized (APPS) {
            PerApp app = APPS.computeIfAbsent(registration.getNode().getRoot(), root -> new PerApp());
            app.registrations.add(registration);
            dependents = List.copyOf(app.dependents);
        }
        dependents.forEach(dependent -> dependent.getNode().addDependency(registration));
    }
}
