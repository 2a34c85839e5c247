package com.eumsocial.whatsapp.librarytemplate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/** An Android app that may receive a one-time password: the schema's SupportedApp definition. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public final class SupportedApp {
    @JsonProperty("PackageName")
    private String packageName;
    @JsonProperty("SignatureHash")
    private String signatureHash;

    public SupportedApp() {
    }

    public SupportedApp(String packageName, String signatureHash) {
        this.packageName = packageName;
        this.signatureHash = signatureHash;
    }

    public String getPackageName() {
        return packageName;
    }

    public void setPackageName(String packageName) {
        this.packageName = packageName;
    }

    public String getSignatureHash() {
        return signatureHash;
    }

    public void setSignatureHash(String signatureHash) {
        this.signatureHash = signatureHash;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SupportedApp other
            && Objects.equals(packageName, other.packageName)
            && Objects.equals(signatureHash, other.signatureHash);
    }

    @Override
    public int hashCode() {
        return Objects.hash(packageName, signatureHash);
    }

    @Override
    public String toString() {
        return "SupportedApp{PackageName=" + packageName + ", SignatureHash=" + signatureHash + "}";
    }
}
