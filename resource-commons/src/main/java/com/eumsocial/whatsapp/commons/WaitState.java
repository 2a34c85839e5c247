package com.eumsocial.whatsapp.commons;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Objects;

/**
 * The part of a callback context that tracks one wait (for Meta's review, or for a deletion):
 * when it started, how many status checks it has made, and how many status reads in a row
 * failed with a retriable error. Embed it in the type's
 * CallbackContext; it serialises as plain JSON between invocations.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class WaitState {
    private Long startedAtEpochMillis;
    private int polls;
    /** Status reads that failed in a row with a retriable error; see {@link TransientReadFailures}. */
    @JsonInclude(JsonInclude.Include.NON_DEFAULT)
    private int transientFailures;

    public WaitState() {
    }

    public static WaitState startingAt(Instant start) {
        WaitState state = new WaitState();
        state.setStartedAtEpochMillis(start.toEpochMilli());
        return state;
    }

    public Long getStartedAtEpochMillis() {
        return startedAtEpochMillis;
    }

    public void setStartedAtEpochMillis(Long startedAtEpochMillis) {
        this.startedAtEpochMillis = startedAtEpochMillis;
    }

    public int getPolls() {
        return polls;
    }

    public void setPolls(int polls) {
        this.polls = polls;
    }

    public int getTransientFailures() {
        return transientFailures;
    }

    public void setTransientFailures(int transientFailures) {
        this.transientFailures = transientFailures;
    }

    /** Records one status read that failed with a retriable error; returns how many failed in a row. */
    public int countTransientFailure() {
        return ++transientFailures;
    }

    /** A status read succeeded: the failures before it were transient indeed. */
    public void clearTransientFailures() {
        transientFailures = 0;
    }

    @JsonIgnore
    public Instant startedAt() {
        return startedAtEpochMillis == null ? null : Instant.ofEpochMilli(startedAtEpochMillis);
    }

    /** Records one status check. */
    public void countPoll() {
        polls++;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WaitState other
            && Objects.equals(startedAtEpochMillis, other.startedAtEpochMillis) && polls == other.polls
            && transientFailures == other.transientFailures;
    }

    @Override
    public int hashCode() {
        return Objects.hash(startedAtEpochMillis, polls, transientFailures);
    }

    @Override
    public String toString() {
        return "WaitState{startedAt=" + startedAt() + ", polls=" + polls
            + (transientFailures == 0 ? "" : ", transientFailures=" + transientFailures) + "}";
    }
}
