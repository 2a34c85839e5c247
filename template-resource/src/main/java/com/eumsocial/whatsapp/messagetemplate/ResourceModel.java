package com.eumsocial.whatsapp.messagetemplate;

import com.eumsocial.whatsapp.commons.TemplateModel;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.json.JSONObject;

/**
 * The EUMSocial::WhatsApp::MessageTemplate resource model: the properties of
 * eumsocial-whatsapp-messagetemplate.json, one field each (what {@code cfn generate} would write).
 * {@code Components} are Meta's own component objects, kept as JSON so nothing the user wrote is lost.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"WabaId", "TemplateName", "Language", "ParameterFormat", "Category", "Components", "WaitForApproval",
    "MetaTemplateId", "Status", "QualityScore", "RejectedReason"})
public final class ResourceModel implements TemplateModel<ResourceModel> {
    @JsonIgnore
    public static final String TYPE_NAME = "EUMSocial::WhatsApp::MessageTemplate";
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
    @JsonProperty("Language")
    private String language;
    @JsonProperty("ParameterFormat")
    private String parameterFormat;
    @JsonProperty("Category")
    private String category;
    @JsonProperty("Components")
    private List<JsonNode> components;
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

    public ResourceModel() {
    }

    /** A copy (components deep-copied), so handlers never change the request's model. */
    public ResourceModel copy() {
        ResourceModel copy = new ResourceModel();
        copy.wabaId = wabaId;
        copy.templateName = templateName;
        copy.language = language;
        copy.parameterFormat = parameterFormat;
        copy.category = category;
        if (components != null) {
            copy.components = new ArrayList<>();
            components.forEach(c -> copy.components.add(c == null ? null : c.deepCopy()));
        }
        copy.waitForApproval = waitForApproval;
        copy.metaTemplateId = metaTemplateId;
        copy.status = status;
        copy.qualityScore = qualityScore;
        copy.rejectedReason = rejectedReason;
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

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getParameterFormat() {
        return parameterFormat;
    }

    public void setParameterFormat(String parameterFormat) {
        this.parameterFormat = parameterFormat;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public List<JsonNode> getComponents() {
        return components;
    }

    public void setComponents(List<JsonNode> components) {
        this.components = components;
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

    /** {"/properties/WabaId": ..., "/properties/MetaTemplateId": ...}, or null when either is unknown. */
    @JsonIgnore
    public JSONObject getPrimaryIdentifier() {
        if (wabaId == null || metaTemplateId == null) {
            return null;
        }
        JSONObject identifier = new JSONObject();
        identifier.put(IDENTIFIER_KEY_WABAID, wabaId);
        identifier.put(IDENTIFIER_KEY_METATEMPLATEID, metaTemplateId);
        return identifier;
    }

    /** [{WabaId, TemplateName, Language}] when all three are known. */
    @JsonIgnore
    public List<Object> getAdditionalIdentifiers() {
        List<Object> identifiers = new ArrayList<>();
        if (wabaId != null && templateName != null && language != null) {
            JSONObject identifier = new JSONObject();
            identifier.put(IDENTIFIER_KEY_WABAID, wabaId);
            identifier.put(IDENTIFIER_KEY_TEMPLATENAME, templateName);
            identifier.put(IDENTIFIER_KEY_LANGUAGE, language);
            identifiers.add(identifier);
        }
        return identifiers.isEmpty() ? null : identifiers;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ResourceModel other)) {
            return false;
        }
        return Objects.equals(wabaId, other.wabaId) && Objects.equals(templateName, other.templateName)
            && Objects.equals(language, other.language) && Objects.equals(parameterFormat, other.parameterFormat)
            && Objects.equals(category, other.category) && Objects.equals(components, other.components)
            && Objects.equals(waitForApproval, other.waitForApproval) && Objects.equals(metaTemplateId, other.metaTemplateId)
            && Objects.equals(status, other.status) && Objects.equals(qualityScore, other.qualityScore)
            && Objects.equals(rejectedReason, other.rejectedReason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(wabaId, templateName, language, parameterFormat, category, components, waitForApproval,
            metaTemplateId, status, qualityScore, rejectedReason);
    }

    @Override
    public String toString() {
        return "ResourceModel{WabaId=" + wabaId + ", TemplateName=" + templateName + ", Language=" + language
            + ", ParameterFormat=" + parameterFormat + ", Category=" + category + ", Components=" + components
            + ", WaitForApproval=" + waitForApproval + ", MetaTemplateId=" + metaTemplateId + ", Status=" + status
            + ", QualityScore=" + qualityScore + ", RejectedReason=" + rejectedReason + "}";
    }
}
