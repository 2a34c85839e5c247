package com.eumsocial.whatsapp.runner.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The intrinsic functions CDK output for these types needs: {@code Ref} (pseudo parameters,
 * parameters with a plain default, resources), {@code Fn::GetAtt}, {@code Fn::Sub} and
 * {@code Fn::Join}, plus {@code Fn::Select}. Anything else is reported as not supported locally.
 */
public final class Intrinsics {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^}]*)}");

    /** What a reference resolves against. */
    public interface Scope {
        /** Pseudo parameters (AWS::Region, ...) and template parameters; null when unknown. */
        String parameter(String name);

        /** {@code Ref} of a resource; throws {@link Unresolvable} when it cannot be known. */
        String ref(String logicalId);

        /** {@code Fn::GetAtt}; throws {@link Unresolvable} when it cannot be known. */
        JsonNode attribute(String logicalId, String attribute);

        boolean isResource(String logicalId);
    }

    /** A value that cannot be computed locally; the message says why. */
    public static class Unresolvable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Unresolvable(String message) {
            super(message);
        }
    }

    /** A value a resource of this deploy produces and has not produced yet (it is known once that resource is done). */
    public static final class NotYetKnown extends Unresolvable {
        private static final long serialVersionUID = 1L;

        public NotYetKnown(String message) {
            super(message);
        }
    }

    private Intrinsics() {
    }

    /** The value with every intrinsic replaced; {@code AWS::NoValue} removes the key or element. */
    public static JsonNode resolve(JsonNode value, Scope scope) {
        if (value == null) {
            return null;
        }
        if (value.isObject()) {
            if (value.size() == 1) {
                String key = value.fieldNames().next();
                if (key.equals("Ref") || key.startsWith("Fn::")) {
                    return function(key, value.get(key), scope);
                }
            }
            ObjectNode out = JSON.objectNode();
            Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> e = fields.next();
                JsonNode resolved = resolve(e.getValue(), scope);
                if (resolved != null) {
                    out.set(e.getKey(), resolved);
                }
            }
            return out;
        }
        if (value.isArray()) {
            ArrayNode out = JSON.arrayNode();
            for (JsonNode item : value) {
                JsonNode resolved = resolve(item, scope);
                if (resolved != null) {
                    out.add(resolved);
                }
            }
            return out;
        }
        return value;
    }

    private static JsonNode function(String name, JsonNode arg, Scope scope) {
        switch (name) {
            case "Ref":
                return ref(arg.asText(), scope);
            case "Fn::GetAtt": {
                String[] parts = getAttParts(arg);
                return scope.attribute(parts[0], parts[1]);
            }
            case "Fn::Join": {
                if (!arg.isArray() || arg.size() != 2 || !arg.get(1).isArray()) {
                    throw new Unresolvable("Fn::Join needs [delimiter, [values]]");
                }
                StringBuilder out = new StringBuilder();
                JsonNode items = resolve(arg.get(1), scope);
                String delimiter = arg.get(0).asText();
                for (int i = 0; i < items.size(); i++) {
                    if (i > 0) {
                        out.append(delimiter);
                    }
                    out.append(items.get(i).asText());
                }
                return JSON.textNode(out.toString());
            }
            case "Fn::Select": {
                if (!arg.isArray() || arg.size() != 2) {
                    throw new Unresolvable("Fn::Select needs [index, [values]]");
                }
                JsonNode list = resolve(arg.get(1), scope);
                int index = resolve(arg.get(0), scope).asInt(-1);
                if (!list.isArray() || index < 0 || index >= list.size()) {
                    throw new Unresolvable("Fn::Select index " + arg.get(0) + " is out of range");
                }
                return list.get(index);
            }
            case "Fn::Sub":
                return sub(arg, scope);
            default:
                throw new Unresolvable(name + " is not supported locally");
        }
    }

    private static JsonNode ref(String name, Scope scope) {
        if (name.equals("AWS::NoValue")) {
            return null;
        }
        String parameter = scope.parameter(name);
        if (parameter != null) {
            return JSON.textNode(parameter);
        }
        if (scope.isResource(name)) {
            return JSON.textNode(scope.ref(name));
        }
        throw new Unresolvable("Ref " + name + ": no such resource or parameter (or a pseudo parameter not supported locally)");
    }

    private static String[] getAttParts(JsonNode arg) {
        if (arg.isArray() && arg.size() == 2) {
            return new String[] {arg.get(0).asText(), arg.get(1).asText()};
        }
        if (arg.isTextual() && arg.asText().contains(".")) {
            String text = arg.asText();
            int dot = text.indexOf('.');
            return new String[] {text.substring(0, dot), text.substring(dot + 1)};
        }
        throw new Unresolvable("Fn::GetAtt needs [logicalId, attribute]");
    }

    private static JsonNode sub(JsonNode arg, Scope scope) {
        String template;
        JsonNode variables = null;
        if (arg.isTextual()) {
            template = arg.asText();
        } else if (arg.isArray() && arg.size() == 2 && arg.get(0).isTextual() && arg.get(1).isObject()) {
            template = arg.get(0).asText();
            variables = arg.get(1);
        } else {
            throw new Unresolvable("Fn::Sub needs a string or [string, {variables}]");
        }
        Matcher m = SUB_VARIABLE.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String variable = m.group(1);
            String replacement;
            if (variable.startsWith("!")) {
                replacement = "${" + variable.substring(1) + "}";
            } else if (variables != null && variables.has(variable)) {
                replacement = resolve(variables.get(variable), scope).asText();
            } else if (variable.contains(".") && !variable.startsWith("AWS::")) {
                int dot = variable.indexOf('.');
                replacement = scope.attribute(variable.substring(0, dot), variable.substring(dot + 1)).asText();
            } else {
                replacement = ref(variable, scope).asText();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return JSON.textNode(out.toString());
    }

    /** The resources a value refers to (Ref, Fn::GetAtt, ${X} / ${X.Attr} in Fn::Sub). */
    public static Set<String> references(JsonNode value, Set<String> resourceIds) {
        Set<String> out = new LinkedHashSet<>();
        collect(value, resourceIds, out);
        return out;
    }

    private static void collect(JsonNode value, Set<String> ids, Set<String> out) {
        if (value == null) {
            return;
        }
        if (value.isObject()) {
            if (value.size() == 1) {
                String key = value.fieldNames().next();
                JsonNode arg = value.get(key);
                if (key.equals("Ref") && ids.contains(arg.asText())) {
                    out.add(arg.asText());
                    return;
                }
                if (key.equals("Fn::GetAtt")) {
                    try {
                        String id = getAttParts(arg)[0];
                        if (ids.contains(id)) {
                            out.add(id);
                        }
                    } catch (Unresolvable ignored) {
                        // reported when resolving
                    }
                    return;
                }
                if (key.equals("Fn::Sub")) {
                    String template = arg.isArray() ? arg.path(0).asText() : arg.asText();
                    Matcher m = SUB_VARIABLE.matcher(template);
                    while (m.find()) {
                        String v = m.group(1);
                        String id = v.contains(".") ? v.substring(0, v.indexOf('.')) : v;
                        if (ids.contains(id)) {
                            out.add(id);
                        }
                    }
                    if (arg.isArray()) {
                        collect(arg.path(1), ids, out);
                    }
                    return;
                }
            }
            value.forEach(child -> collect(child, ids, out));
        } else if (value.isArray()) {
            value.forEach(child -> collect(child, ids, out));
        }
    }
}
