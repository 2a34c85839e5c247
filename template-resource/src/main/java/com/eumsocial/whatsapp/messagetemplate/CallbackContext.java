package com.eumsocial.whatsapp.messagetemplate;

import com.eumsocial.whatsapp.commons.TemplateContext;
import com.eumsocial.whatsapp.commons.WaitState;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * What a create, update or delete carries between invocations. Once a template exists its id is
 * here, so a re-invocation never creates a second one.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public final class CallbackContext implements TemplateContext {
    /** The template being waited for (created, edited or deleted by an earlier invocation). */
    private String metaTemplateId;
    /** Its name, needed to delete it. */
    private String templateName;
    /** True when this operation created the template (so a rejection deletes it). */
    private Boolean createdHere;
    private WaitState wait;

    public CallbackContext() {
    }

    public CallbackContext(String metaTemplateId, String templateName, boolean createdHere, WaitState wait) {
        this.metaTemplateId = metaTemplateId;
        this.templateName = templateName;
        this.createdHere = createdHere;
        this.wait = wait;
    }

    public String getMetaTemplateId() {
        return metaTemplateId;
    }

    public void setMetaTemplateId(String metaTemplateId) {
        this.metaTemplateId = metaTemplateId;
    }

    public String getTemplateName() {
        return templateName;
    }

    public void setTemplateName(String templateName) {
        this.templateName = templateName;
    }

    public Boolean getCreatedHere() {
        return createdHere;
    }

    public void setCreatedHere(Boolean createdHere) {
        this.createdHere = createdHere;
    }

    public WaitState getWait() {
        return wait;
    }

    public void setWait(WaitState wait) {
        this.wait = wait;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CallbackContext other && Objects.equals(metaTemplateId, other.metaTemplateId)
            && Objects.equals(templateName, other.templateName) && Objects.equals(createdHere, other.createdHere)
            && Objects.equals(wait, other.wait);
    }

    @Override
    public int hashCode() {
        return Objects.hash(metaTemplateId, templateName, createdHere, wait);
    }

    @Override
    public String toString() {
        return "CallbackContext{metaTemplateId=" + metaTemplateId + ", templateName=" + templateName + ", createdHere="
            + createdHere + ", wait=" + wait + "}";
    }
}
