package com.eumsocial.whatsapp.librarytemplate;

import com.eumsocial.whatsapp.commons.TemplateContext;
import com.eumsocial.whatsapp.commons.WaitState;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * What a create or delete carries between invocations. Once a create has made the template its id
 * is here, so a re-invocation only looks at Meta's review and never creates a second one; a
 * delete keeps the id of the template it deleted while it waits for it to disappear.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public final class CallbackContext implements TemplateContext {
    /** The template this create made, or this delete deleted. */
    private String metaTemplateId;
    /** Its name: a rejected template is deleted by name and id. */
    private String templateName;
    /** True when this operation created the template (so a rejection deletes it). */
    private Boolean createdHere;
    private WaitState wait;

    public CallbackContext() {
    }

    /** A create's wait for the review of the template it made (the only review wait of this type). */
    public CallbackContext(String metaTemplateId, String templateName, WaitState wait) {
        this.metaTemplateId = metaTemplateId;
        this.templateName = templateName;
        this.createdHere = true;
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
