package com.eumsocial.whatsapp.cdk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The customisation of one button of a library template (the service's
 * LibraryTemplateButtonInput): URL and PHONE_NUMBER buttons of the library template need one each.
 */
public final class LibraryButtonInput {
    private final String type;
    private final String phoneNumber;
    private final String baseUrl;
    private final String urlSuffixExample;
    private final String otpType;
    private final Boolean zeroTapTermsAccepted;
    private final List<SupportedApp> supportedApps;

    private LibraryButtonInput(Builder b) {
        this.type = b.type;
        this.phoneNumber = b.phoneNumber;
        this.baseUrl = b.baseUrl;
        this.urlSuffixExample = b.urlSuffixExample;
        this.otpType = b.otpType;
        this.zeroTapTermsAccepted = b.zeroTapTermsAccepted;
        this.supportedApps = b.supportedApps == null ? null : List.copyOf(b.supportedApps);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static LibraryButtonInput quickReply() {
        return builder().type("QUICK_REPLY").build();
    }

    /** A URL button opening {@code baseUrl}; give {@code urlSuffixExample} when the URL ends with a parameter. */
    public static LibraryButtonInput url(String baseUrl, String urlSuffixExample) {
        return builder().type("URL").url(baseUrl, urlSuffixExample).build();
    }

    public static LibraryButtonInput phoneNumber(String phoneNumber) {
        return builder().type("PHONE_NUMBER").phoneNumber(phoneNumber).build();
    }

    /** An OTP button: COPY_CODE, or ONE_TAP/ZERO_TAP with the Android apps allowed to receive the code. */
    public static LibraryButtonInput otp(String otpType, List<SupportedApp> supportedApps, Boolean zeroTapTermsAccepted) {
        return builder().type("OTP").otpType(otpType).supportedApps(supportedApps)
                .zeroTapTermsAccepted(zeroTapTermsAccepted).build();
    }

    public String getType() {
        return type;
    }

    public String getPhoneNumber() {
        return phoneNumber;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public String getUrlSuffixExample() {
        return urlSuffixExample;
    }

    public String getOtpType() {
        return otpType;
    }

    public Boolean getZeroTapTermsAccepted() {
        return zeroTapTermsAccepted;
    }

    public List<SupportedApp> getSupportedApps() {
        return supportedApps;
    }

    /** The {@code ButtonInputs} item of {@code EUMSocial::WhatsApp::LibraryTemplate}. */
    Map<String, Object> toCfn() {
        Map<String, Object> cfn = new LinkedHashMap<>();
        cfn.put("Type", type);
        if (phoneNumber != null) {
            cfn.put("PhoneNumber", phoneNumber);
        }
        if (baseUrl != null) {
            Map<String, Object> url = new LinkedHashMap<>();
            url.put("BaseUrl", baseUrl);
            if (urlSuffixExample != null) {
                url.put("UrlSuffixExample", urlSuffixExample);
            }
            cfn.put("Url", url);
        }
        if (otpType != null) {
            cfn.put("OtpType", otpType);
        }
        if (zeroTapTermsAccepted != null) {
            cfn.put("ZeroTapTermsAccepted", zeroTapTermsAccepted);
        }
        if (supportedApps != null) {
            List<Object> apps = new ArrayList<>();
            supportedApps.forEach(app -> {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("PackageName", app.packageName());
                item.put("SignatureHash", app.signatureHash());
                apps.add(item);
            });
            cfn.put("SupportedApps", apps);
        }
        return cfn;
    }

    public static final class Builder {
        private String type;
        private String phoneNumber;
        private String baseUrl;
        private String urlSuffixExample;
        private String otpType;
        private Boolean zeroTapTermsAccepted;
        private List<SupportedApp> supportedApps;

        /** QUICK_REPLY, URL, PHONE_NUMBER, OTP or COPY_CODE. */
        public Builder type(String type) {
            this.type = type;
            return this;
        }

        public Builder phoneNumber(String phoneNumber) {
            this.phoneNumber = phoneNumber;
            return this;
        }

        public Builder url(String baseUrl, String urlSuffixExample) {
            this.baseUrl = baseUrl;
            this.urlSuffixExample = urlSuffixExample;
            return this;
        }

        public Builder otpType(String otpType) {
            this.otpType = otpType;
            return this;
        }

        public Builder zeroTapTermsAccepted(Boolean zeroTapTermsAccepted) {
            this.zeroTapTermsAccepted = zeroTapTermsAccepted;
            return this;
        }

        public Builder supportedApps(List<SupportedApp> supportedApps) {
            this.supportedApps = supportedApps;
            return this;
        }

        public LibraryButtonInput build() {
            if (type == null || type.isEmpty()) {
                throw new IllegalArgumentException("LibraryButtonInput: type is required");
            }
            return new LibraryButtonInput(this);
        }
    }
}
