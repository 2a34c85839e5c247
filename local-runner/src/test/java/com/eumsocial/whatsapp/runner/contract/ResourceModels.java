package com.eumsocial.whatsapp.runner.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Model arithmetic of the contract: pruning property kinds, {@code {**current, **update}}, null scan. */
final class ResourceModels {
    private ResourceModels() {
    }

    /** A copy of {@code model} without the top-level properties named. */
    static ObjectNode without(ObjectNode model, Collection<String> properties) {
        ObjectNode copy = model.deepCopy();
        copy.remove(properties);
        return copy;
    }

    /** A copy holding only the top-level properties named (those present). */
    static ObjectNode only(ObjectNode model, Collection<String> properties) {
        ObjectNode copy = model.objectNode();
        for (String p : properties) {
            if (model.has(p)) {
                copy.set(p, model.get(p).deepCopy());
            }
        }
        return copy;
    }

    /** {@code {**current, **update}}: update's top-level values win. */
    static ObjectNode merged(ObjectNode current, ObjectNode update) {
        ObjectNode result = current.deepCopy();
        update.fields().forEachRemaining(e -> result.set(e.getKey(), e.getValue().deepCopy()));
        return result;
    }

    /** JSON pointers of every null value in {@code node} (nested too); empty when there are none. */
    static List<String> nullPaths(JsonNode node) {
        List<String> out = new ArrayList<>();
        collectNulls(node, "", out);
        return out;
    }

    private static void collectNulls(JsonNode node, String path, List<String> out) {
        if (node == null) {
            return;
        }
        if (node.isNull()) {
            out.add(path.isEmpty() ? "/" : path);
        } else if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                collectNulls(e.getValue(), path + "/" + e.getKey(), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectNulls(node.get(i), path + "/" + i, out);
            }
        }
    }

    /** The values of the named properties, in order (null where absent): a primary identifier. */
    static List<String> identifier(JsonNode model, List<String> properties) {
        List<String> values = new ArrayList<>();
        for (String p : properties) {
            JsonNode v = model == null ? null : model.get(p);
            values.add(v == null || v.isNull() ? null : v.asText());
        }
        return values;
    }
}
