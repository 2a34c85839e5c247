package com.eumsocial.whatsapp.runner.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;

/**
 * One progress event exactly as the Lambda entry point wrote it (the JSON CloudFormation reads),
 * with the action that produced it and how long the invocation took in wall time.
 */
record HandlerEvent(String action, JsonNode json, Duration took) {

    String status() {
        return json.path("status").asText(null);
    }

    boolean isSuccess() {
        return "SUCCESS".equals(status());
    }

    boolean isFailed() {
        return "FAILED".equals(status());
    }

    boolean isInProgress() {
        return "IN_PROGRESS".equals(status());
    }

    /** The errorCode as written, or null when the event has none. */
    String errorCode() {
        JsonNode code = json.get("errorCode");
        return code == null || code.isNull() ? null : code.asText();
    }

    String message() {
        return json.path("message").asText("");
    }

    /** callbackDelaySeconds, 0 when absent (CloudFormation's reading). */
    int callbackDelaySeconds() {
        return json.path("callbackDelaySeconds").asInt(0);
    }

    boolean hasResourceModel() {
        JsonNode model = json.get("resourceModel");
        return model != null && !model.isNull();
    }

    ObjectNode resourceModel() {
        JsonNode model = json.get("resourceModel");
        return model == null || !model.isObject() ? null : (ObjectNode) model;
    }

    boolean hasResourceModels() {
        JsonNode models = json.get("resourceModels");
        return models != null && !models.isNull();
    }

    JsonNode resourceModels() {
        return json.get("resourceModels");
    }

    JsonNode callbackContext() {
        JsonNode context = json.get("callbackContext");
        return context == null || context.isNull() ? null : context;
    }

    String nextToken() {
        JsonNode token = json.get("nextToken");
        return token == null || token.isNull() ? null : token.asText();
    }

    @Override
    public String toString() {
        return action + " -> " + json;
    }
}
