package com.eumsocial.whatsapp.commons.testing;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import software.amazon.cloudformation.LambdaWrapper;

/**
 * Drives a type's Lambda entry point ({@code HandlerWrapper.handleRequest}) with the payload
 * CloudFormation sends (protocol 2.0.0: caller credentials, resource properties, callback
 * context), and reads the answer back as JSON. The wrapper's own schema validation, model
 * (de)serialisation and write-only handling are then part of what a test sees.
 */
public final class LambdaPayloads {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private LambdaPayloads() {
    }

    /** The request CloudFormation sends for {@code action} ("CREATE", "READ", ...) on {@code properties}. */
    public static ObjectNode request(String typeName, String action, JsonNode properties, JsonNode callbackContext) {
        ObjectNode request = MAPPER.createObjectNode();
        request.put("awsAccountId", Invocations.ACCOUNT);
        request.put("bearerToken", "token-1");
        request.put("region", Invocations.REGION);
        request.put("action", action);
        request.put("resourceType", typeName);
        request.put("resourceTypeVersion", "00000001");
        request.put("stackId", "arn:aws:cloudformation:" + Invocations.REGION + ":" + Invocations.ACCOUNT + ":stack/test/1");
        if (callbackContext != null && !callbackContext.isMissingNode() && !callbackContext.isNull()) {
            request.set("callbackContext", callbackContext);
        }
        ObjectNode data = request.putObject("requestData");
        data.putObject("callerCredentials").put("accessKeyId", "AKIDEXAMPLE").put("secretAccessKey", "secret")
            .put("sessionToken", "token");
        data.put("logicalResourceId", "Resource");
        data.set("resourceProperties", properties);
        return request;
    }

    /** Sends {@code request} through {@code wrapper.handleRequest} and returns the progress event it wrote. */
    public static JsonNode invoke(LambdaWrapper<?, ?, ?> wrapper, JsonNode request) {
        Context context = mock(Context.class);
        when(context.getLogger()).thenReturn(mock(LambdaLogger.class));
        when(context.getRemainingTimeInMillis()).thenReturn(60_000);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wrapper.handleRequest(new ByteArrayInputStream(MAPPER.writeValueAsBytes(request)), out, context);
            return MAPPER.readTree(out.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode invoke(LambdaWrapper<?, ?, ?> wrapper, String typeName, String action, JsonNode properties,
                                  JsonNode callbackContext) {
        return invoke(wrapper, request(typeName, action, properties, callbackContext));
    }
}
