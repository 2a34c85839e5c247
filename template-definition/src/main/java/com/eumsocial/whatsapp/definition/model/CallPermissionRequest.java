package com.eumsocial.whatsapp.definition.model;

/** The CALL_PERMISSION_REQUEST component: asks the user for permission to call; it has no fields of its own. */
public record CallPermissionRequest(ExtraFields extra) implements Component {
    public CallPermissionRequest {
        extra = Lists.orNone(extra);
    }

    @Override
    public ComponentType type() {
        return ComponentType.CALL_PERMISSION_REQUEST;
    }
}
