package com.eumsocial.whatsapp.cdk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/** Plausible values standing in for deploy-time tokens while a definition is checked at synth. */
final class DeployTimeStandIns {
    static final String HANDLE_PLACEHOLDER = "4::placeholder-for-a-deploy-time-handle";

    private DeployTimeStandIns() {
    }

    /**
     * Deploy-time values (the handle of media uploaded in the same app) are unknown at synth: the
     * rules see a plausible stand-in instead of the token.
     */
    static ObjectNode replaceTokens(ObjectNode json) {
        if (!containsToken(json)) {
            return json;
        }
        ObjectNode copy = json.deepCopy();
        replace(copy, null);
        return copy;
    }

    private static boolean containsToken(JsonNode node) {
        if (node.isTextual()) {
            return Tokens.isToken(node.asText());
        }
        for (JsonNode child : node) {
            if (containsToken(child)) {
                return true;
            }
        }
        return false;
    }

    private static void replace(JsonNode node, String fieldName) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            Map<String, JsonNode> replaced = new HashMap<>();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode value = field.getValue();
                if (value.isTextual() && Tokens.isToken(value.asText())) {
                    replaced.put(field.getKey(), TextNode.valueOf("deploy-time-value"));
                } else {
                    replace(value, field.getKey());
                }
            }
            replaced.forEach(((ObjectNode) node)::set);
        } else if (node.isArray()) {
            ArrayNode array = (ArrayNode) node;
            for (int i = 0; i < array.size(); i++) {
                JsonNode item = array.get(i);
                if (item.isTextual() && Tokens.isToken(item.asText())) {
                    array.set(i, TextNode.valueOf("header_handle".equals(fieldName) ? HANDLE_PLACEHOLDER : "deploy-time-value"));
                } else {
                    replace(item, fieldName);
                }
            }
        }
    }

}
