package com.eumsocial.whatsapp.commons;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Objects;

/**
 * The part of a callback context that tracks one wait (for Meta's review, or for a deletion):
 * when it started and how many status checks it has made. Embed it in the type's
 * CallbackContext; it serialises as plain JSON between invocations.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class ReviewWaitState {
    private Long startedAtEpochMillis;
    private int polls;

    public ReviewWaitState() {
    }

    public static ReviewWaitState startingAt(Instant start) {
        ReviewWaitState state = new ReviewWaitState();
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
        return o instanceof ReviewWaitState other
            && Objects.equals(startedAtEpochMillis, other.startedAtEpochMillis) && polls == other.polls;
    }

    @Override
    public int hashCode() {
        return Objects.hash(startedAtEpochMillis, polls);
    }

    @Override
    public String toString() {
        return "ReviewWaitState{startedAt=" + startedAt() + ", polls=" + polls + "}";
    }
}
