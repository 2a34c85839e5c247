package com.eumsocial.whatsapp.benchmarks;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Calls a type's Lambda entry point ({@code HandlerWrapper.handleRequest}) with CloudFormation's
 * JSON and reads the progress event back, exactly as the Lambda runtime would. The JVM must run
 * with a throwaway {@code java.io.tmpdir}: the rpdk wrapper empties it on every request.
 */
final class EntryPointInvoker {
    private final RequestStreamHandler wrapper;
    private final LambdaContext context = new LambdaContext();
    private long invocations;

    EntryPointInvoker(RequestStreamHandler wrapper) {
        this.wrapper = wrapper;
    }

    JsonNode invoke(ObjectNode request) {
        invocations++;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            wrapper.handleRequest(new ByteArrayInputStream(request.toString().getBytes(StandardCharsets.UTF_8)), out, context);
            return CloudFormationPayloads.JSON.readTree(out.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("The entry point's answer could not be read", e);
        }
    }

    long invocations() {
        return invocations;
    }

    static String status(JsonNode event) {
        return event.path("status").asText();
    }

    /** "FAILED InvalidRequest: message", for a benchmark that must stop on an unexpected answer. */
    static String describe(JsonNode event) {
        return event.path("status").asText() + " " + event.path("errorCode").asText("") + ": "
            + event.path("message").asText("");
    }
}
