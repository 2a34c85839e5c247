package com.eumsocial.whatsapp.cdk;

/** The FOOTER component: plain text, or AUTHENTICATION's code-expiry line. */
public final class FooterComponent {
    private FooterComponent() {
    }

    public static TemplateComponent text(String text) {
        return new TemplateComponent.JsonComponent(MetaJson.object().put("type", "FOOTER").put("text", text));
    }

    /** AUTHENTICATION's footer: "This code expires in N minutes." (1-90). */
    public static TemplateComponent codeExpiration(int minutes) {
        return new TemplateComponent.JsonComponent(MetaJson.object().put("type", "FOOTER")
                .put("code_expiration_minutes", minutes));
    }
}
