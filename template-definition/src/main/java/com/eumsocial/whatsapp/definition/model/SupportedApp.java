package com.eumsocial.whatsapp.definition.model;

/** An Android app allowed to receive a ONE_TAP / ZERO_TAP code. */
public record SupportedApp(String packageName, String signatureHash, ExtraFields extra) {
    public SupportedApp {
        extra = Lists.orNone(extra);
    }

    public SupportedApp(String packageName, String signatureHash) {
        this(packageName, signatureHash, ExtraFields.NONE);
    }
}
