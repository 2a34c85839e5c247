package com.eumsocial.whatsapp.runner.deploy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;

/**
 * One entry of a template's {@code Resources}.
 *
 * @param deletionPolicy      {@code Delete} (default) or {@code Retain} ({@code Snapshot} is treated as Delete)
 * @param updateReplacePolicy the same, for the old resource of a replacement
 * @param label               how people know it (e.g. {@code order_shipped/en_US}); the logical id when nothing better
 */
public record DeclaredResource(String logicalId, String type, ObjectNode properties, Set<String> dependsOn, String condition,
                               String deletionPolicy, String updateReplacePolicy, String label) {

    public boolean retainOnDelete() {
        return "Retain".equals(deletionPolicy);
    }

    public boolean retainOnReplace() {
        return "Retain".equals(updateReplacePolicy);
    }
}
