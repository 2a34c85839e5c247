package com.eumsocial.whatsapp.runner.plan;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Meta's current view of one resource, from its read handler (templates), the WABA's template list
 * (a template not in the state yet) or, where the service cannot be read (a media handle), the state.
 *
 * @param source {@code read}, {@code list}, {@code state} or {@code none} (nothing at Meta)
 */
public record LiveResource(boolean exists, String status, String category, ObjectNode model, String source) {
    public static final LiveResource ABSENT = new LiveResource(false, null, null, null, "none");

    public static LiveResource of(ObjectNode model, String source) {
        return new LiveResource(true, model.path("Status").asText(null), model.path("Category").asText(null), model, source);
    }
}
