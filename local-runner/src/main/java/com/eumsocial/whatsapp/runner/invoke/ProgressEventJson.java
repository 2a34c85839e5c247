package com.eumsocial.whatsapp.runner.invoke;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A handler's answer as written to the Lambda output stream (the wrapper's ProgressEvent JSON:
 * {@code status, errorCode, message, callbackContext, callbackDelaySeconds, resourceModel,
 * resourceModels, nextToken}).
 */
public record ProgressEventJson(ObjectNode json) {
    public enum Status { IN_PROGRESS, SUCCESS, FAILED }

    public Status status() {
        return Status.valueOf(json.path("status").asText("FAILED"));
    }

    public boolean isInProgress() {
        return status() == Status.IN_PROGRESS;
    }

    public boolean isSuccess() {
        return status() == Status.SUCCESS;
    }

    public boolean isFailed() {
        return status() == Status.FAILED;
    }

    /** The HandlerErrorCode name of a FAILED event, e.g. {@code NotStabilized}. */
    public Optional<String> errorCode() {
        return text("errorCode");
    }

    public Optional<String> message() {
        return text("message");
    }

    public int callbackDelaySeconds() {
        return json.path("callbackDelaySeconds").asInt(0);
    }

    /** {@code resourceModel}, or null when absent (e.g. a delete's SUCCESS). */
    public ObjectNode resourceModel() {
        JsonNode model = json.get("resourceModel");
        return model instanceof ObjectNode o ? o : null;
    }

    /** {@code callbackContext}, or null when absent. */
    public JsonNode callbackContext() {
        JsonNode context = json.get("callbackContext");
        return context == null || context.isNull() ? null : context;
    }

    /** {@code resourceModels} (list), empty when absent. */
    public List<ObjectNode> resourceModels() {
        List<ObjectNode> out = new ArrayList<>();
        json.path("resourceModels").forEach(m -> out.add((ObjectNode) m));
        return out;
    }

    public boolean hasResourceModels() {
        return json.has("resourceModels") && !json.get("resourceModels").isNull();
    }

    public Optional<String> nextToken() {
        return text("nextToken");
    }

    private Optional<String> text(String field) {
        JsonNode value = json.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
    }

    @Override
    public String toString() {
        return json.toString();
    }
}
