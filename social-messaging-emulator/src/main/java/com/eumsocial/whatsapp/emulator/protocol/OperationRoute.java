package com.eumsocial.whatsapp.emulator.protocol;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.smithy.model.knowledge.HttpBinding;
import software.amazon.smithy.model.pattern.SmithyPattern.Segment;
import software.amazon.smithy.model.pattern.UriPattern;
import software.amazon.smithy.model.shapes.StructureShape;

/**
 * One operation of the model as the wire sees it: its HTTP method and URI pattern (from
 * {@code @http}), where each input member travels, and whether it changes state.
 */
public final class OperationRoute {
    private final String name;
    private final String method;
    private final UriPattern uri;
    private final int successCode;
    private final boolean readOnly;
    private final StructureShape input;
    private final StructureShape output;
    private final Map<String, HttpBinding> requestBindings;
    private final Map<String, HttpBinding> responseBindings;

    OperationRoute(String name, String method, UriPattern uri, int successCode, boolean readOnly,
                   StructureShape input, StructureShape output, Map<String, HttpBinding> requestBindings,
                   Map<String, HttpBinding> responseBindings) {
        this.name = name;
        this.method = method;
        this.uri = uri;
        this.successCode = successCode;
        this.readOnly = readOnly;
        this.input = input;
        this.output = output;
        // Model order is kept so bodies list members the way the model declares them.
        this.requestBindings = Collections.unmodifiableMap(new LinkedHashMap<>(requestBindings));
        this.responseBindings = Collections.unmodifiableMap(new LinkedHashMap<>(responseBindings));
    }

    public String name() {
        return name;
    }

    public String method() {
        return method;
    }

    public int successCode() {
        return successCode;
    }

    /** Operations without {@code @readonly} change state and are journaled. */
    public boolean readOnly() {
        return readOnly;
    }

    public StructureShape input() {
        return input;
    }

    public StructureShape output() {
        return output;
    }

    public Map<String, HttpBinding> requestBindings() {
        return requestBindings;
    }

    public Map<String, HttpBinding> responseBindings() {
        return responseBindings;
    }

    /** A literal path segment count, used to prefer specific routes over label-heavy ones. */
    int literalSegments() {
        return (int) uri.getSegments().stream().filter(Segment::isLiteral).count();
    }

    /**
     * The label values when the path and query literals match this route's pattern, else null.
     */
    Map<String, String> match(String requestMethod, List<String> pathSegments, Map<String, List<String>> query) {
        if (!method.equals(requestMethod)) {
            return null;
        }
        List<Segment> segments = uri.getSegments();
        Map<String, String> labels = new LinkedHashMap<>();
        int i = 0;
        for (int s = 0; s < segments.size(); s++) {
            Segment segment = segments.get(s);
            if (segment.isGreedyLabel()) {
                int rest = segments.size() - s - 1;
                int end = pathSegments.size() - rest;
                if (end <= i) {
                    return null;
                }
                labels.put(segment.getContent(), String.join("/", pathSegments.subList(i, end)));
                i = end;
                continue;
            }
            if (i >= pathSegments.size()) {
                return null;
            }
            String actual = pathSegments.get(i++);
            if (segment.isLabel()) {
                if (actual.isEmpty()) {
                    return null;
                }
                labels.put(segment.getContent(), actual);
            } else if (!segment.getContent().equals(actual)) {
                return null;
            }
        }
        if (i != pathSegments.size()) {
            return null;
        }
        for (Map.Entry<String, String> literal : uri.getQueryLiterals().entrySet()) {
            List<String> values = query.get(literal.getKey());
            if (values == null || (!literal.getValue().isEmpty() && !values.contains(literal.getValue()))) {
                return null;
            }
        }
        return labels;
    }

    @Override
    public String toString() {
        return name + " " + method + " " + uri;
    }
}
