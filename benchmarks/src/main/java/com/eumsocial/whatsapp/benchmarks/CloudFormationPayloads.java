package com.eumsocial.whatsapp.benchmarks;

import com.eumsocial.whatsapp.emulator.security.AccessKey;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;

/**
 * The JSON CloudFormation sends a registry handler's Lambda function (the rpdk wrapper's
 * {@code HandlerRequest}), with the emulator's access key as caller credentials and the
 * emulator's endpoint in the type configuration.
 */
final class CloudFormationPayloads {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String REGION = "us-east-1";

    private final String typeName;
    private final URI endpoint;
    private final AccessKey key;
    private ObjectNode polling;

    CloudFormationPayloads(String typeName, URI endpoint, AccessKey key) {
        this.typeName = typeName;
        this.endpoint = endpoint;
        this.key = key;
    }

    /** The type configuration's {@code Polling} object (null: the project's default schedule). */
    CloudFormationPayloads polling(Integer minDelaySeconds, Integer maxDelaySeconds, Double ratio) {
        ObjectNode p = JSON.createObjectNode();
        if (minDelaySeconds != null) {
            p.put("MinDelaySeconds", minDelaySeconds);
        }
        if (maxDelaySeconds != null) {
            p.put("MaxDelaySeconds", maxDelaySeconds);
        }
        if (ratio != null) {
            p.put("Ratio", ratio);
        }
        this.polling = p;
        return this;
    }

    ObjectNode request(String action, JsonNode properties, JsonNode callbackContext, String nextToken) {
        ObjectNode request = JSON.createObjectNode();
        request.put("awsAccountId", key.accountId());
        request.put("bearerToken", "benchmark-" + action.toLowerCase() + "-token");
        request.put("region", REGION);
        request.put("action", action);
        request.put("resourceType", typeName);
        request.put("resourceTypeVersion", "00000001");
        request.put("stackId", "arn:aws:cloudformation:us-east-1:" + key.accountId() + ":stack/benchmark/1");
        if (callbackContext != null && !callbackContext.isNull()) {
            request.set("callbackContext", callbackContext);
        }
        if (nextToken != null) {
            request.put("nextToken", nextToken);
        }
        ObjectNode data = request.putObject("requestData");
        data.putObject("callerCredentials")
            .put("accessKeyId", key.accessKeyId())
            .put("secretAccessKey", key.secretAccessKey())
            .put("sessionToken", "benchmark-session");
        data.put("logicalResourceId", "Benchmark");
        data.set("resourceProperties", properties);
        ObjectNode configuration = data.putObject("typeConfiguration");
        configuration.put("EndpointOverride", endpoint.toString());
        if (polling != null) {
            configuration.set("Polling", polling);
        }
        return request;
    }
}
