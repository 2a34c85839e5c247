package com.eumsocial.whatsapp.cdk;

import java.util.LinkedHashMap;
import java.util.Map;

/** The optional customisation of a library template's body (the service's LibraryTemplateBodyInputs). */
public final class LibraryBodyInputs {
    private final Boolean addContactNumber;
    private final Boolean addLearnMoreLink;
    private final Boolean addSecurityRecommendation;
    private final Boolean addTrackPackageLink;
    private final Integer codeExpirationMinutes;

    private LibraryBodyInputs(Builder b) {
        this.addContactNumber = b.addContactNumber;
        this.addLearnMoreLink = b.addLearnMoreLink;
        this.addSecurityRecommendation = b.addSecurityRecommendation;
        this.addTrackPackageLink = b.addTrackPackageLink;
        this.codeExpirationMinutes = b.codeExpirationMinutes;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Boolean getAddContactNumber() {
        return addContactNumber;
    }

    public Boolean getAddLearnMoreLink() {
        return addLearnMoreLink;
    }

    public Boolean getAddSecurityRecommendation() {
        return addSecurityRecommendation;
    }

    public Boolean getAddTrackPackageLink() {
        return addTrackPackageLink;
    }

    /** AUTHENTICATION templates: 1-90. */
    public Integer getCodeExpirationMinutes() {
        return codeExpirationMinutes;
    }

    Map<String, Object> toCfn() {
        Map<String, Object> cfn = new LinkedHashMap<>();
        putIfSet(cfn, "AddContactNumber", addContactNumber);
        putIfSet(cfn, "AddLearnMoreLink", addLearnMoreLink);
        putIfSet(cfn, "AddSecurityRecommendation", addSecurityRecommendation);
        putIfSet(cfn, "AddTrackPackageLink", addTrackPackageLink);
        putIfSet(cfn, "CodeExpirationMinutes", codeExpirationMinutes);
        return cfn;
    }

    private static void putIfSet(Map<String, Object> cfn, String name, Object value) {
        if (value != null) {
            cfn.put(name, value);
        }
    }

    public static final class Builder {
        private Boolean addContactNumber;
        private Boolean addLearnMoreLink;
        private Boolean addSecurityRecommendation;
        private Boolean addTrackPackageLink;
        private Integer codeExpirationMinutes;

        public Builder addContactNumber(Boolean value) {
            this.addContactNumber = value;
            return this;
        }

        public Builder addLearnMoreLink(Boolean value) {
            this.addLearnMoreLink = value;
            return this;
        }

        public Builder addSecurityRecommendation(Boolean value) {
            this.addSecurityRecommendation = value;
            return this;
        }

        public Builder addTrackPackageLink(Boolean value) {
            this.addTrackPackageLink = value;
            return this;
        }

        public Builder codeExpirationMinutes(Integer minutes) {
            this.codeExpirationMinutes = minutes;
            return this;
        }

        public LibraryBodyInputs build() {
            return new LibraryBodyInputs(this);
        }
    }
}
