package com.eumsocial.whatsapp.definition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The cross-template rule {@value #RULE_ID} (not in {@link Rule}, whose rules each judge one
 * definition): Meta holds one template per WABA, name and
 * language, so an app (all its folders, typed constructs and stacks together) may declare each
 * such identity once. Two declarations would make two resources fight over, or silently adopt,
 * one template at Meta. Callers register every declaration and get one conflict per later
 * declaration, naming the first one.
 */
public final class TemplateOwnership {
    /** The rule id reported with a conflict. */
    public static final String RULE_ID = "one-owner";

    /** The identity Meta gives a template. */
    public record Identity(String wabaId, String name, String language) {
        public Identity {
            Objects.requireNonNull(wabaId, "wabaId");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(language, "language");
        }

        @Override
        public String toString() {
            return name + " (" + language + ") in " + wabaId;
        }
    }

    /**
     * A declaration of {@code identity} by {@code owner}: a file, a construct path, a stack resource.
     */
    public record Declaration<T>(Identity identity, String owner, T origin) {
    }

    /** A later declaration of an identity already declared by {@code first}. */
    public record Conflict<T>(Declaration<T> first, Declaration<T> again) {
        public String message() {
            return TemplateOwnership.message(again.identity(), again.owner(), first.owner());
        }
    }

    /** The refusal of a second declaration, naming both declarers. */
    public static String message(Identity identity, String again, String first) {
        return again + " declares " + identity + " again; already declared by " + first
                + ". Meta holds one template per WABA, name and language: keep one declaration";
    }

    private final Map<Identity, Declaration<?>> owners = new LinkedHashMap<>();

    /**
     * Records a declaration; returns the earlier declaration of the same identity when there is
     * one (then this one is a conflict), else null.
     */
    @SuppressWarnings("unchecked")
    public <T> Declaration<T> claim(Declaration<T> declaration) {
        Declaration<?> earlier = owners.putIfAbsent(declaration.identity(), declaration);
        return (Declaration<T>) earlier;
    }

    /** Every conflict among {@code declarations}, in their order. */
    public static <T> List<Conflict<T>> conflicts(List<Declaration<T>> declarations) {
        TemplateOwnership ownership = new TemplateOwnership();
        List<Conflict<T>> out = new ArrayList<>();
        for (Declaration<T> d : declarations) {
            Declaration<T> first = ownership.claim(d);
            if (first != null) {
                out.add(new Conflict<>(first, d));
            }
        }
        return out;
    }
}
