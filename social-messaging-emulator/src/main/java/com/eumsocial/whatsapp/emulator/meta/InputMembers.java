package com.eumsocial.whatsapp.emulator.meta;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads operation input members. The protocol layer has already checked the model constraints,
 * but the backend is also called directly (tests, replay), so required members are checked again
 * and answered with the same ValidationException the protocol layer would give.
 */
final class InputMembers {
    private InputMembers() {
    }

    static String requiredText(ObjectNode input, String member) {
        String value = optionalText(input, member);
        if (value == null || value.isEmpty()) {
            throw ServiceError.validation("1 validation error detected: Value at '" + member
                    + "' failed to satisfy constraint: Member must not be null");
        }
        return value;
    }

    static String optionalText(JsonNode input, String member) {
        JsonNode node = input == null ? null : input.get(member);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isValueNode()) {
            throw ServiceError.validation("Value at '" + member + "' must be a string");
        }
        return node.asText();
    }

    static Integer optionalInt(JsonNode input, String member) {
        JsonNode node = input == null ? null : input.get(member);
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isIntegralNumber() || (node.isTextual() && node.asText().matches("-?\\d{1,9}"))) {
            return node.asInt();
        }
        throw ServiceError.validation("Value at '" + member + "' must be an integer");
    }

    static boolean optionalBoolean(JsonNode input, String member) {
        JsonNode node = input == null ? null : input.get(member);
        if (node == null || node.isNull()) {
            return false;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isTextual() && (node.asText().equalsIgnoreCase("true") || node.asText().equalsIgnoreCase("false"))) {
            return Boolean.parseBoolean(node.asText());
        }
        throw ServiceError.validation("Value at '" + member + "' must be a boolean");
    }

    /**
     * A blob member as text. The contract is a BinaryNode with the raw bytes; a textual node is
     * taken as the text itself (not base64) so tests can pass JSON directly.
     */
    static String blobText(ObjectNode input, String member, boolean required) {
        JsonNode node = input.get(member);
        if (node == null || node.isNull()) {
            if (required) {
                throw ServiceError.validation("1 validation error detected: Value at '" + member
                        + "' failed to satisfy constraint: Member must not be null");
            }
            return null;
        }
        byte[] bytes;
        if (node.isBinary()) {
            try {
                bytes = node.binaryValue();
            } catch (IOException e) {
                throw ServiceError.validation("Value at '" + member + "' is not a valid blob");
            }
        } else if (node.isTextual()) {
            bytes = node.asText().getBytes(StandardCharsets.UTF_8);
        } else {
            throw ServiceError.validation("Value at '" + member + "' must be a blob");
        }
        if (bytes.length == 0) {
            throw ServiceError.validation("1 validation error detected: Value at '" + member
                    + "' failed to satisfy constraint: Member must have length greater than or equal to 1");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** maxResults: 1-100 per the model; absent means the service default. */
    static int maxResults(ObjectNode input, int defaultValue) {
        Integer max = optionalInt(input, "maxResults");
        if (max == null) {
            return defaultValue;
        }
        if (max < 1 || max > 100) {
            throw ServiceError.validation("1 validation error detected: Value '" + max
                    + "' at 'maxResults' failed to satisfy constraint: Member must have value between 1 and 100");
        }
        return max;
    }
}
