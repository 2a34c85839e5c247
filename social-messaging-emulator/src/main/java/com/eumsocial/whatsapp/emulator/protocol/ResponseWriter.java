package com.eumsocial.whatsapp.emulator.protocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.smithy.model.knowledge.HttpBinding;

/** Serialises an operation's output (keyed by member names) as a restJson1 response. */
public final class ResponseWriter {
    private final ObjectMapper json;
    private final ShapeCodec codec;

    public ResponseWriter(ObjectMapper json, ShapeCodec codec) {
        this.json = json;
        this.codec = codec;
    }

    /** A response ready to send. */
    public record Response(int status, Map<String, String> headers, byte[] body) {
    }

    public Response write(OperationRoute route, ObjectNode output) {
        int status = route.successCode();
        Map<String, String> headers = new LinkedHashMap<>();
        ObjectNode document = json.createObjectNode();
        byte[] payload = null;
        for (String memberName : route.output().getMemberNames()) {
            HttpBinding binding = route.responseBindings().get(memberName);
            JsonNode value = output.get(binding.getMemberName());
            if (value == null || value.isNull()) {
                continue;
            }
            switch (binding.getLocation()) {
                case HEADER:
                    headers.put(binding.getLocationName(), codec.toWire(value, binding.getMember()).asText());
                    break;
                case RESPONSE_CODE:
                    status = value.asInt();
                    break;
                case PAYLOAD:
                    payload = value.isBinary() ? binary(value) : bytes(codec.toWire(value, binding.getMember()));
                    break;
                case DOCUMENT:
                    document.set(binding.getMemberName(), codec.toWire(value, binding.getMember()));
                    break;
                default:
                    break;
            }
        }
        headers.put("Content-Type", "application/json");
        return new Response(status, headers, payload != null ? payload : bytes(document));
    }

    /** An error response: the type in the header (as AWS sends it) and in {@code __type}, message in the body. */
    public Response error(String errorType, int status, String message) {
        ObjectNode body = json.createObjectNode();
        body.put("__type", errorType);
        body.put("message", message == null ? "" : message);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("x-amzn-ErrorType", errorType);
        return new Response(status, headers, bytes(body));
    }

    private byte[] bytes(JsonNode node) {
        if (node.isTextual()) {
            return node.asText().getBytes(StandardCharsets.UTF_8);
        }
        try {
            return json.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a response", e);
        }
    }

    private static byte[] binary(JsonNode node) {
        try {
            return node.binaryValue();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
