package com.eumsocial.whatsapp.cdk;

/** The CALL_PERMISSION_REQUEST component (MARKETING or UTILITY): asks the user to allow calls; no buttons beside it. */
public final class CallPermissionRequestComponent {
    private CallPermissionRequestComponent() {
    }

    public static TemplateComponent create() {
        return new TemplateComponent.JsonComponent(MetaJson.object().put("type", "CALL_PERMISSION_REQUEST"));
    }
}
