package com.eumsocial.whatsapp.librarytemplate;

import com.eumsocial.whatsapp.commons.TemplateModel;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;
import org.json.JSONObject;

/**
 * The EUMSocial::WhatsApp::LibraryTemplate resource model: the properties of
 * eumsocial-whatsapp-librarytemplate.json, one field each (what {@code cfn generate} would write).
 * {@code Components} (read-only) are Meta's own component objects, kept as JSON.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"WabaId", "TemplateName", "LibraryTemplateName", "Category", "Language", "ButtonInputs", "BodyInputs", "WaitForApproval", "MetaTemplateId", "Status", "QualityScore", "RejectedReason", "Components"})
public final class ResourceModel implements TemplateModel<ResourceModel> {
    @JsonIgnore
    public static final String TYPE_NAME = "EUMSocial::WhatsApp::LibraryTemplate";
    @JsonIgnore
    public static final String IDENTIFIER_KEY_WABAID = "/properties/WabaId";
    @JsonIgnore
    public static final String IDENTIFIER_KEY_METATEMPLATEID = "/properties/MetaTemplateId";
    @JsonIgnore
    public static final String IDENTIFIER_KEY_TEMPLATENAME = "/properties/TemplateName";
    @JsonIgnore
    public static final String IDENTIFIER_KEY_LANGUAGE = "/properties/Language";

    @JsonProperty("WabaId")
    private String wabaId;
    @JsonProperty("TemplateName")
    private String templateName;
    @JsonProperty("LibraryTemplateName")
    private String libraryTemplateName;
    @JsonProperty("Category")
    private String category;
    @JsonProperty("Language")
    private String language;
    @JsonProperty("ButtonInputs")
    private List<ButtonInput> buttonInputs;
    @JsonProperty("BodyInputs")
    private BodyInputs bodyInputs;
    @JsonProperty("WaitForApproval")
    private Boolean waitForApproval;
    @JsonProperty("MetaTemplateId")
    private String metaTemplateId;
    @JsonProperty("Status")
    private String status;
    @JsonProperty("QualityScore")
    private String qualityScore;
    @JsonProperty("RejectedReason")
    private String rejectedReason;
    @JsonProperty("Components")
    private List<JsonNode> components;

    public ResourceModel() {
    }

    /** A shallow copy: handlers build results from it without touching the request's model. */
    public ResourceModel copy() {
        ResourceModel copy = new ResourceModel();
        copy.wabaId = wabaId;
        copy.templateName = templateName;
        copy.libraryTemplateName = libraryTemplateName;
        copy.category = category;
        copy.language = language;
        copy.buttonInputs = buttonInputs;
        copy.bodyInputs = bodyInputs;
        copy.waitForApproval = waitForApproval;
        copy.metaTemplateId = metaTemplateId;
        copy.status = status;
        copy.qualityScore = qualityScore;
        copy.rejectedReason = rejectedReason;
        copy.components = components;
        return copy;
    }

    public String getWabaId() {
        return wabaId;
    }

    public void setWabaId(String wabaId) {
        this.wabaId = wabaId;
    }

    public String getTemplateName() {
        return templateName;
    }

    public void setTemplateName(String templateName) {
        this.templateName = templateName;
    }

    public String getLibraryTemplateName() {
        return libraryTemplateName;
    }

    public void setLibraryTemplateName(String libraryTemplateName) {
        this.libraryTemplateName = libraryTemplateName;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public List<ButtonInput> getButtonInputs() {
        return buttonInputs;
    }

    public void setButtonInputs(List<ButtonInput> buttonInputs) {
        this.buttonInputs = buttonInputs;
    }

    public BodyInputs getBodyInputs() {
        return bodyInputs;
    }

    public void setBodyInputs(BodyInputs bodyInputs) {
        this.bodyInputs = bodyInputs;
    }

    public Boolean getWaitForApproval() {
        return waitForApproval;
    }

    public void setWaitForApproval(Boolean waitForApproval) {
        this.waitForApproval = waitForApproval;
    }

    public String getMetaTemplateId() {
        return metaTemplateId;
    }

    public void setMetaTemplateId(String metaTemplateId) {
        this.metaTemplateId = metaTemplateId;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getQualityScore() {
        return qualityScore;
    }

    public void setQualityScore(String qualityScore) {
        this.qualityScore = qualityScore;
    }

    public String getRejectedReason() {
        return rejectedReason;
    }

    public void setRejectedReason(String rejectedReason) {
        this.rejectedReason = rejectedReason;
    }

    public List<JsonNode> getComponents() {
        return components;
    }

    public void setComponents(List<JsonNode> components) {
        this.components = components;
    }

    @JsonIgnore
    public JSONObject getPrimaryIdentifier() {
        JSONObject identifier = new JSONObject();
        if (wabaId != null) {
            identifier.put(IDENTIFIER_KEY_WABAID, wabaId);
        }
        if (metaTemplateId != null) {
            identifier.put(IDENTIFIER_KEY_METATEMPLATEID, metaTemplateId);
        }
        // Only return the identifier if it can be used, i.e. if all components are present.
        return identifier.length() == 2 ? identifier : null;
    }

    @JsonIgnore
    public List<Object> getAdditionalIdentifiers() {
        JSONObject identifier = new JSONObject();
        if (wabaId != null) {
            identifier.put(IDENTIFIER_KEY_WABAID, wabaId);
        }
        if (templateName != null) {
            identifier.put(IDENTIFIER_KEY_TEMPLATENAME, templateName);
        }
        if (language != null) {
            identifier.put(IDENTIFIER_KEY_LANGUAGE, language);
        }
        return identifier.length() == 3 ? List.of(identifier) : null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResourceModel other
            && Objects.equals(wabaId, other.wabaId)
            && Objects.equals(templateName, other.templateName)
            && Objects.equals(libraryTemplateName, other.libraryTemplateName)
            && Objects.equals(category, other.category)
            && Objects.equals(language, other.language)
            && Objects.equals(buttonInputs, other.buttonInputs)
            && Objects.equals(bodyInputs, other.bodyInputs)
            && Objects.equals(waitForApproval, other.waitForApproval)
            && Objects.equals(metaTemplateId, other.metaTemplateId)
            && Objects.equals(status, other.status)
            && Objects.equals(qualityScore, other.qualityScore)
            && Objects.equals(rejectedReason, other.rejectedReason)
            && Objects.equals(components, other.components);
    }

    @Override
    public int hashCode() {
        return Objects.hash(wabaId, templateName, libraryTemplateName, category, language, buttonInputs, bodyInputs, waitForApproval, metaTemplateId, status, qualityScore, rejectedReason, components);
    }

    @Override
    public String toString() {
        return "ResourceModel{" + "WabaId=" + wabaId
             + ", " + "TemplateName=" + templateName
             + ", " + "LibraryTemplateName=" + libraryTemplateName
             + ", " + "Category=" + category
             + ", " + "Language=" + language
             + ", " + "ButtonInputs=" + buttonInputs
             + ", " + "BodyInputs=" + bodyInputs
             + ", " + "WaitForApproval=" + waitForApproval
             + ", " + "MetaTemplateId=" + metaTemplateId
             + ", " + "Status=" + status
             + ", " + "QualityScore=" + qualityScore
             + ", " + "RejectedReason=" + rejectedReason
             + ", " + "Components=" + components + "}";
    }
}
