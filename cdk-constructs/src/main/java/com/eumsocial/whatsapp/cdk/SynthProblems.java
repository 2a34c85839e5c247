package com.eumsocial.whatsapp.cdk;

import com.eumsocial.whatsapp.definition.DefinitionProblem;
import java.util.ArrayList;
import java.util.List;
import software.constructs.Construct;

/**
 * Problems found in a template while the app is built, reported when it is synthesized.
 *
 * <p>Each message names the file (when the template came from one) and the field; CDK prefixes
 * the construct path. The check itself runs eagerly in Java and only a failing construct
 * registers a validation, so a valid app pays no callback from the jsii runtime per template.
 */
final class SynthProblems {
    private final String source;
    private final List<String> messages = new ArrayList<>();
    private final java.util.Set<String> fields = new java.util.HashSet<>();

    SynthProblems(String source) {
        this.source = source;
    }

    void add(String field, String message) {
        fields.add(field == null ? "" : field);
        messages.add(line(field, message));
    }

    /**
     * A hint that does not stop synthesis (a CDK warning on {@code construct}, acknowledgeable by
     * {@code id}), worded like a problem: file, field, message.
     */
    void warn(Construct construct, String id, String field, String message) {
        software.amazon.awscdk.Annotations.of(construct).addWarningV2(id, line(field, message));
    }

    private String line(String field, String message) {
        StringBuilder line = new StringBuilder();
        if (source != null) {
            line.append(source).append(": ");
        }
        if (field != null && !field.isEmpty()) {
            line.append(field).append(": ");
        }
        return line.append(message).toString();
    }

    void add(DefinitionProblem problem) {
        add(problem.path(), problem.message());
    }

    /** Whether a problem was already reported for the field (later checks then stay quiet about it). */
    boolean reported(String field) {
        return fields.contains(field);
    }

    int count() {
        return messages.size();
    }

    boolean isEmpty() {
        return messages.isEmpty();
    }

    List<String> messages() {
        return List.copyOf(messages);
    }

    /** Makes synthesis of the app fail with every message, if there is any. */
    void reportOn(Construct construct) {
        if (messages.isEmpty()) {
            return;
        }
        List<String> report = List.copyOf(messages);
        construct.getNode().addValidation(() -> report);
    }
}
