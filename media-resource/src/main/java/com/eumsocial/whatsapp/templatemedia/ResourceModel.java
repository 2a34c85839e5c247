package com.eumsocial.whatsapp.templatemedia;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;
import org.json.JSONObject;

/**
 * The properties of EUMSocial::WhatsApp::TemplateMedia as CloudFormation sends and receives them
 * (what {@code cfn generate} would write from {@code eumsocial-whatsapp-templatemedia.json}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public final class ResourceModel {
    @JsonIgnore
    public static final String TYPE_NAME = "EUMSocial::WhatsApp::TemplateMedia";
    @JsonIgnore
    public static final String IDENTIFIER_KEY_METAHEADERHANDLE = "/properties/MetaHeaderHandle";

    @JsonProperty("WabaId")
    private String wabaId;
    @JsonProperty("SourceS3Bucket")
    private String sourceS3Bucket;
    @JsonProperty("SourceS3Key")
    private String sourceS3Key;
    @JsonProperty("MetaHeaderHandle")
    private String metaHeaderHandle;

    public ResourceModel() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().wabaId(wabaId).sourceS3Bucket(sourceS3Bucket).sourceS3Key(sourceS3Key)
            .metaHeaderHandle(metaHeaderHandle);
    }

    public String getWabaId() {
        return wabaId;
    }

    public void setWabaId(String wabaId) {
        this.wabaId = wabaId;
    }

    public String getSourceS3Bucket() {
        return sourceS3Bucket;
    }

    public void setSourceS3Bucket(String sourceS3Bucket) {
        this.sourceS3Bucket = sourceS3Bucket;
    }

    public String getSourceS3Key() {
        return sourceS3Key;
    }

    public void setSourceS3Key(String sourceS3Key) {
        this.sourceS3Key = sourceS3Key;
    }

    public String getMetaHeaderHandle() {
        return metaHeaderHandle;
    }

    public void setMetaHeaderHandle(String metaHeaderHandle) {
        this.metaHeaderHandle = metaHeaderHandle;
    }

    @JsonIgnore
    public JSONObject getPrimaryIdentifier() {
        JSONObject identifier = new JSONObject();
        if (metaHeaderHandle != null) {
            identifier.put(IDENTIFIER_KEY_METAHEADERHANDLE, metaHeaderHandle);
        }
        return identifier.length() == 0 ? null : identifier;
    }

    @JsonIgnore
    public List<Object> getAdditionalIdentifiers() {
        return null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResourceModel other
            && Objects.equals(wabaId, other.wabaId)
            && Objects.equals(sourceS3Bucket, other.sourceS3Bucket)
            && Objects.equals(sourceS3Key, other.sourceS3Key)
            && Objects.equals(metaHeaderHandle, other.metaHeaderHandle);
    }

    @Override
    public int hashCode() {
        return Objects.hash(wabaId, sourceS3Bucket, sourceS3Key, metaHeaderHandle);
    }

    @Override
    public String toString() {
        return "ResourceModel{WabaId=" + wabaId + ", SourceS3Bucket=" + sourceS3Bucket + ", SourceS3Key=" + sourceS3Key
            + ", MetaHeaderHandle=" + metaHeaderHandle + "}";
    }

    public static final class Builder {
        private final ResourceModel model = new ResourceModel();

        private Builder() {
        }

        public Builder wabaId(String value) {
            model.wabaId = value;
            return this;
        }

        public Builder sourceS3Bucket(String value) {
            model.sourceS3Bucket = value;
            return this;
        }

        public Builder sourceS3Key(String value) {
            model.sourceS3Key = value;
            return this;
        }

        public Builder metaHeaderHandle(String value) {
            model.metaHeaderHandle = value;
            return this;
        }

        public ResourceModel build() {
            ResourceModel copy = new ResourceModel();
            copy.wabaId = model.wabaId;
            copy.sourceS3Bucket = model.sourceS3Bucket;
            copy.sourceS3Key = model.sourceS3Key;
            copy.metaHeaderHandle = model.metaHeaderHandle;
            return copy;
        }
    }
}
