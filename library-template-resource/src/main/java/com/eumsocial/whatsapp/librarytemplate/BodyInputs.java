package com.eumsocial.whatsapp.librarytemplate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/** The customisation of the library template's body: the schema's BodyInputs definition. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public final class BodyInputs {
    @JsonProperty("AddContactNumber")
    private Boolean addContactNumber;
    @JsonProperty("AddLearnMoreLink")
    private Boolean addLearnMoreLink;
    @JsonProperty("AddSecurityRecommendation")
    private Boolean addSecurityRecommendation;
    @JsonProperty("AddTrackPackageLink")
    private Boolean addTrackPackageLink;
    @JsonProperty("CodeExpirationMinutes")
    private Integer codeExpirationMinutes;

    public BodyInputs() {
    }

    public BodyInputs(Boolean addContactNumber, Boolean addLearnMoreLink, Boolean addSecurityRecommendation, Boolean addTrackPackageLink, Integer codeExpirationMinutes) {
        this.addContactNumber = addContactNumber;
        this.addLearnMoreLink = addLearnMoreLink;
        this.addSecurityRecommendation = addSecurityRecommendation;
        this.addTrackPackageLink = addTrackPackageLink;
        this.codeExpirationMinutes = codeExpirationMinutes;
    }

    public Boolean getAddContactNumber() {
        return addContactNumber;
    }

    public void setAddContactNumber(Boolean addContactNumber) {
        this.addContactNumber = addContactNumber;
    }

    public Boolean getAddLearnMoreLink() {
        return addLearnMoreLink;
    }

    public void setAddLearnMoreLink(Boolean addLearnMoreLink) {
        this.addLearnMoreLink = addLearnMoreLink;
    }

    public Boolean getAddSecurityRecommendation() {
        return addSecurityRecommendation;
    }

    public void setAddSecurityRecommendation(Boolean addSecurityRecommendation) {
        this.addSecurityRecommendation = addSecurityRecommendation;
    }

    public Boolean getAddTrackPackageLink() {
        return addTrackPackageLink;
    }

    public void setAddTrackPackageLink(Boolean addTrackPackageLink) {
        this.addTrackPackageLink = addTrackPackageLink;
    }

    public Integer getCodeExpirationMinutes() {
        return codeExpirationMinutes;
    }

    public void setCodeExpirationMinutes(Integer codeExpirationMinutes) {
        this.codeExpirationMinutes = codeExpirationMinutes;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BodyInputs other
            && Objects.equals(addContactNumber, other.addContactNumber)
            && Objects.equals(addLearnMoreLink, other.addLearnMoreLink)
            && Objects.equals(addSecurityRecommendation, other.addSecurityRecommendation)
            && Objects.equals(addTrackPackageLink, other.addTrackPackageLink)
            && Objects.equals(codeExpirationMinutes, other.codeExpirationMinutes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(addContactNumber, addLearnMoreLink, addSecurityRecommendation, addTrackPackageLink, codeExpirationMinutes);
    }

    @Override
    public String toString() {
        return "BodyInputs{AddContactNumber=" + addContactNumber + ", AddLearnMoreLink=" + addLearnMoreLink + ", AddSecurityRecommendation=" + addSecurityRecommendation + ", AddTrackPackageLink=" + addTrackPackageLink + ", CodeExpirationMinutes=" + codeExpirationMinutes + "}";
    }
}
