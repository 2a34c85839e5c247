package com.eumsocial.whatsapp.librarytemplate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/** The customisation of one library button: the schema's ButtonInput definition. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public final class ButtonInput {
    @JsonProperty("Type")
    private String type;
    @JsonProperty("PhoneNumber")
    private String phoneNumber;
    @JsonProperty("Url")
    private UrlInput url;
    @JsonProperty("OtpType")
    private String otpType;
    @JsonProperty("ZeroTapTermsAccepted")
    private Boolean zeroTapTermsAccepted;
    @JsonProperty("SupportedApps")
    private List<SupportedApp> supportedApps;

    public ButtonInput() {
    }

    public ButtonInput(String type, String phoneNumber, UrlInput url, String otpType, Boolean zeroTapTermsAccepted, List<SupportedApp> supportedApps) {
        this.type = type;
        this.phoneNumber = phoneNumber;
        this.url = url;
        this.otpType = otpType;
        this.zeroTapTermsAccepted = zeroTapTermsAccepted;
        this.supportedApps = supportedApps;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getPhoneNumber() {
        return phoneNumber;
    }

    public void setPhoneNumber(String phoneNumber) {
        this.phoneNumber = phoneNumber;
    }

    public UrlInput getUrl() {
        return url;
    }

    public void setUrl(UrlInput url) {
        this.url = url;
    }

    public String getOtpType() {
        return otpType;
    }

    public void setOtpType(String otpType) {
        this.otpType = otpType;
    }

    public Boolean getZeroTapTermsAccepted() {
        return zeroTapTermsAccepted;
    }

    public void setZeroTapTermsAccepted(Boolean zeroTapTermsAccepted) {
        this.zeroTapTermsAccepted = zeroTapTermsAccepted;
    }

    public List<SupportedApp> getSupportedApps() {
        return supportedApps;
    }

    public void setSupportedApps(List<SupportedApp> supportedApps) {
        this.supportedApps = supportedApps;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ButtonInput other
            && Objects.equals(type, other.type)
            && Objects.equals(phoneNumber, other.phoneNumber)
            && Objects.equals(url, other.url)
            && Objects.equals(otpType, other.otpType)
            && Objects.equals(zeroTapTermsAccepted, other.zeroTapTermsAccepted)
            && Objects.equals(supportedApps, other.supportedApps);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, phoneNumber, url, otpType, zeroTapTermsAccepted, supportedApps);
    }

    @Override
    public String toString() {
        return "ButtonInput{Type=" + type + ", PhoneNumber=" + phoneNumber + ", Url=" + url + ", OtpType=" + otpType + ", ZeroTapTermsAccepted=" + zeroTapTermsAccepted + ", SupportedApps=" + supportedApps + "}";
    }
}
