package com.eumsocial.whatsapp.runner.deploy;

import java.util.Locale;

/** What a failed deploy's rollback may do to the templates the run created or edited. */
public enum RollbackPolicy {
    /**
     * The default: never cost a name. A template Meta has reviewed and approved (or paused, or
     * disabled) stays at Meta and in the state, marked as kept, because deleting it would block its
     * name for 30 days; the next deploy takes it over with no duplicate. An edit of an APPROVED
     * template is not edited back (that second edit within 24 h would be refused): it is reported as
     * live. Only what costs nothing is undone: PENDING or REJECTED creations are deleted, edits of
     * REJECTED or PAUSED templates are edited back.
     */
    KEEP,
    /** CloudFormation's way: delete every resource the run created, edit back every resource it edited. */
    DELETE;

    /** {@code keep} or {@code delete}, as the command line spells them. */
    public static RollbackPolicy parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--rollback: expected keep or delete, got " + text, e);
        }
    }
}
