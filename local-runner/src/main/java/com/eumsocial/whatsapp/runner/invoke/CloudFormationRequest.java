package com.eumsocial.whatsapp.runner.invoke;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.UUID;
import software.amazon.cloudformation.Action;

/**
 * The JSON payload CloudFormation sends to a resource type's Lambda entry point (protocol 2.0.0,
 * the shape of rpdk-java-plugin 2.2.5's {@code HandlerRequest} / {@code RequestData}):
 * <pre>
 * {"action", "awsAccountId", "bearerToken", "region", "resourceType", "resourceTypeVersion",
 *  "stackId", "nextToken"?, "maxResults"?, "callbackContext"?, "rollback"?,
 *  "requestData": {"callerCredentials": {accessKeyId, secretAccessKey, sessionToken},
 *                  "logicalResourceId", "resourceProperties", "previousResourceProperties"?,
 *                  "typeConfiguration", "systemTags", "stackTags"}}
 * </pre>
 * No {@code providerCredentials}/{@code providerLogGroupName}: the wrapper then creates no
 * CloudWatch publishers and logs only to the Lambda context's logger.
 * Immutable; the {@code with...} methods return changed copies (what a re-invocation needs).
 */
public final class CloudFormationRequest {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final ResourceType type;
    private final Action action;
    private final InvocationTarget target;
    private final String logicalResourceId;
    private final String bearerToken;
    private final String stackId;
    private final JsonNode desired;
    private final JsonNode previous;
    private final JsonNode callbackContext;
    private final JsonNode typeConfiguration;
    private final String nextToken;
    private final Integer maxResults;
    private final boolean rollback;

    private CloudFormationRequest(Builder b) {
        this.type = Objects.requireNonNull(b.type, "type");
        this.action = Objects.requireNonNull(b.action, "action");
        this.target = Objects.requireNonNull(b.target, "target");
        this.logicalResourceId = b.logicalResourceId == null ? "Resource" : b.logicalResourceId;
        this.bearerToken = b.bearerToken == null ? UUID.randomUUID().toString() : b.bearerToken;
        this.stackId = b.stackId == null ? defaultStackId(b.target, "local-runner") : b.stackId;
        this.desired = b.desired;
        this.previous = b.previous;
        this.callbackContext = b.callbackContext;
        this.typeConfiguration = b.typeConfiguration == null ? defaultTypeConfiguration(b.target) : b.typeConfiguration;
        this.nextToken = b.nextToken;
        this.maxResults = b.maxResults;
        this.rollback = b.rollback;
    }

    public static Builder builder(ResourceType type, Action action, InvocationTarget target) {
        return new Builder(type, action, target);
    }

    /** A stack ARN like CloudFormation's, in the target's partition, region and account. */
    public static String defaultStackId(InvocationTarget target, String stackName) {
        return "arn:" + target.partition() + ":cloudformation:" + target.region() + ":" + target.accountId() + ":stack/" + stackName
            + "/" + UUID.nameUUIDFromBytes(stackName.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** {@code {"EndpointOverride": <endpoint>}} for the emulator, {@code {}} for a real account. */
    public static ObjectNode defaultTypeConfiguration(InvocationTarget target) {
        ObjectNode config = JSON.objectNode();
        target.endpointOverride().ifPresent(uri -> config.put("EndpointOverride", uri.toString()));
        return config;
    }

    public ResourceType type() {
        return type;
    }

    public Action action() {
        return action;
    }

    public InvocationTarget target() {
        return target;
    }

    public String logicalResourceId() {
        return logicalResourceId;
    }

    /** CloudFormation's bearer token; the handlers see it as the clientRequestToken. */
    public String bearerToken() {
        return bearerToken;
    }

    public JsonNode desired() {
        return desired;
    }

    public JsonNode previous() {
        return previous;
    }

    public JsonNode callbackContext() {
        return callbackContext;
    }

    /**
     * The request CloudFormation sends after an IN_PROGRESS event: same token, same previous
     * properties, the event's model as the desired properties and the event's callback context.
     */
    public CloudFormationRequest reinvocation(JsonNode model, JsonNode newCallbackContext) {
        Builder b = toBuilder();
        if (model != null && !model.isNull()) {
            b.desired = model;
        }
        b.callbackContext = newCallbackContext;
        return b.build();
    }

    public Builder toBuilder() {
        Builder b = new Builder(type, action, target);
        b.logicalResourceId = logicalResourceId;
        b.bearerToken = bearerToken;
        b.stackId = stackId;
        b.desired = desired;
        b.previous = previous;
        b.callbackContext = callbackContext;
        b.typeConfiguration = typeConfiguration;
        b.nextToken = nextToken;
        b.maxResults = maxResults;
        b.rollback = rollback;
        return b;
    }

    /** The payload, exactly as it is written to the wrapper's input stream. */
    public ObjectNode toJson() {
        ObjectNode root = JSON.objectNode();
        root.put("action", action.name());
        root.put("awsAccountId", target.accountId());
        root.put("bearerToken", bearerToken);
        root.put("region", target.region());
        root.put("resourceType", type.typeName());
        root.put("resourceTypeVersion", "00000001");
        root.put("stackId", stackId);
        if (nextToken != null) {
            root.put("nextToken", nextToken);
        }
        if (maxResults != null) {
            root.put("maxResults", maxResults);
        }
        if (callbackContext != null && !callbackContext.isNull()) {
            root.set("callbackContext", callbackContext.deepCopy());
        }
        if (rollback) {
            root.put("rollback", true);
        }
        ObjectNode data = root.putObject("requestData");
        ObjectNode credentials = data.putObject("callerCredentials");
        credentials.put("accessKeyId", target.credentials().accessKeyId());
        credentials.put("secretAccessKey", target.credentials().secretAccessKey());
        credentials.put("sessionToken", target.credentials().sessionToken());
        data.put("logicalResourceId", logicalResourceId);
        if (desired != null && !desired.isNull()) {
            data.set("resourceProperties", desired.deepCopy());
        }
        if (previous != null && !previous.isNull()) {
            data.set("previousResourceProperties", previous.deepCopy());
        }
        data.set("typeConfiguration", typeConfiguration.deepCopy());
        ObjectNode systemTags = data.putObject("systemTags");
        systemTags.put("aws:cloudformation:stack-id", stackId);
        systemTags.put("aws:cloudformation:logical-id", logicalResourceId);
        data.putObject("stackTags");
        return root;
    }

    @Override
    public String toString() {
        // The payload holds secrets; name the request, never print it.
        return "CloudFormationRequest[" + type.typeName() + " " + action + " " + logicalResourceId + "]";
    }

    public static final class Builder {
        private final ResourceType type;
        private final Action action;
        private final InvocationTarget target;
        private String logicalResourceId;
        private String bearerToken;
        private String stackId;
        private JsonNode desired;
        private JsonNode previous;
        private JsonNode callbackContext;
        private JsonNode typeConfiguration;
        private String nextToken;
        private Integer maxResults;
        private boolean rollback;

        private Builder(ResourceType type, Action action, InvocationTarget target) {
            this.type = type;
            this.action = action;
            this.target = target;
        }

        public Builder logicalResourceId(String id) {
            this.logicalResourceId = id;
            return this;
        }

        /** Default: a random UUID, kept across re-invocations of one operation. */
        public Builder bearerToken(String token) {
            this.bearerToken = token;
            return this;
        }

        public Builder stackId(String id) {
            this.stackId = id;
            return this;
        }

        /** {@code requestData.resourceProperties}. */
        public Builder desired(JsonNode properties) {
            this.desired = properties;
            return this;
        }

        /** {@code requestData.previousResourceProperties} (update only). */
        public Builder previous(JsonNode properties) {
            this.previous = properties;
            return this;
        }

        /** null on the first invocation (the wrapper validates the input against the schema only then). */
        public Builder callbackContext(JsonNode context) {
            this.callbackContext = context;
            return this;
        }

        /** Default: {@link CloudFormationRequest#defaultTypeConfiguration(InvocationTarget)}. */
        public Builder typeConfiguration(JsonNode configuration) {
            this.typeConfiguration = configuration;
            return this;
        }

        public Builder nextToken(String token) {
            this.nextToken = token;
            return this;
        }

        /** Top-level {@code maxResults} (list); null leaves it out. */
        public Builder maxResults(Integer value) {
            this.maxResults = value;
            return this;
        }

        public Builder rollback(boolean value) {
            this.rollback = value;
            return this;
        }

        public CloudFormationRequest build() {
            return new CloudFormationRequest(this);
        }
    }
}
