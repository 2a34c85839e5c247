package com.eumsocial.whatsapp.cdk;

/**
 * An Android app allowed to receive one-tap or zero-tap codes: its package name and the hash of
 * its signing key.
 */
public record SupportedApp(String packageName, String signatureHash) {
    public SupportedApp {
        if (packageName == null || packageName.isEmpty() || signatureHash == null || signatureHash.isEmpty()) {
            throw new IllegalArgumentException("SupportedApp: packageName and signatureHash are required");
        }
    }
}
