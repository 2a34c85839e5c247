package com.eumsocial.whatsapp.runner.plan;

/** What a deploy does to one resource, decided from the declaration, the state and Meta's live view. */
public enum ChangeKind {
    /** Not at Meta yet: created. */
    CREATE,
    /** Not in the state but at Meta under the same WABA, name and language: taken over (and updated when it differs). */
    ADOPT,
    /** An updatable property changed: edited in place (Meta reviews the edit). */
    UPDATE_IN_PLACE,
    /** A create-only property changed: a new resource first, the old one deleted after every resource succeeded. */
    REPLACE,
    /** In the state but gone from the declaration: deleted (or forgotten, with DeletionPolicy Retain). */
    DELETE,
    /** The declaration, the state and Meta agree. */
    NO_CHANGE,
    /** The declaration did not change but Meta's live definition differs (edited outside the app): the declared one is put back. */
    DRIFT_CORRECTION,
    /** Certain to fail under Meta's rules: the deploy stops before any call; the reasons say which rule. */
    BLOCKED;

    /** Whether this kind sends a state-changing call. */
    public boolean changesSomething() {
        return this != NO_CHANGE && this != BLOCKED;
    }
}
