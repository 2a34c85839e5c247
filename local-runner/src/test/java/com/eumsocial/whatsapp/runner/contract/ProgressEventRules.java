package com.eumsocial.whatsapp.runner.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.cloudformation.proxy.HandlerErrorCode;

/**
 * The "Progress events" rules of the handler contract, as assertions on the JSON the entry point
 * wrote. Each method checks one status and fails with the event in the message.
 */
final class ProgressEventRules {
    /** The names CloudFormation accepts, read from the framework's enum (not copied). */
    static final Set<String> HANDLER_ERROR_CODES =
        Arrays.stream(HandlerErrorCode.values()).map(Enum::name).collect(Collectors.toUnmodifiableSet());

    private ProgressEventRules() {
    }

    /** SUCCESS: no errorCode, callbackDelaySeconds 0. */
    static void assertSuccessEvent(HandlerEvent event) {
        assertThat(event.status()).as("status of %s", event).isEqualTo("SUCCESS");
        assertThat(event.errorCode()).as("SUCCESS carries no errorCode: %s", event).isNull();
        assertThat(event.callbackDelaySeconds()).as("SUCCESS has callbackDelaySeconds 0: %s", event).isZero();
    }

    /** FAILED: errorCode is a HandlerErrorCode name, callbackDelaySeconds 0, no resourceModels. */
    static void assertFailedEvent(HandlerEvent event) {
        assertThat(event.status()).as("status of %s", event).isEqualTo("FAILED");
        assertThat(event.errorCode()).as("FAILED carries an errorCode: %s", event).isNotNull();
        assertThat(HANDLER_ERROR_CODES).as("errorCode is a valid HandlerErrorCode name: %s", event)
            .contains(event.errorCode());
        assertThat(event.callbackDelaySeconds()).as("FAILED has callbackDelaySeconds 0: %s", event).isZero();
        assertThat(event.hasResourceModels()).as("FAILED carries no resourceModels: %s", event).isFalse();
    }

    /** IN_PROGRESS: no errorCode, no resourceModels. */
    static void assertInProgressEvent(HandlerEvent event) {
        assertThat(event.status()).as("status of %s", event).isEqualTo("IN_PROGRESS");
        assertThat(event.errorCode()).as("IN_PROGRESS carries no errorCode: %s", event).isNull();
        assertThat(event.hasResourceModels()).as("IN_PROGRESS carries no resourceModels: %s", event).isFalse();
    }

    /** Whichever status the event has, the rules of that status hold. */
    static void assertWellFormed(HandlerEvent event) {
        switch (String.valueOf(event.status())) {
            case "SUCCESS" -> assertSuccessEvent(event);
            case "FAILED" -> assertFailedEvent(event);
            case "IN_PROGRESS" -> assertInProgressEvent(event);
            default -> throw new AssertionError("status is not SUCCESS, FAILED or IN_PROGRESS: " + event);
        }
    }

    static void assertAllWellFormed(List<HandlerEvent> events) {
        events.forEach(ProgressEventRules::assertWellFormed);
    }
}
