package com.eumsocial.whatsapp.commons;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * The fields of {@link TemplateContext}, for a type's CallbackContext to extend: what a create,
 * update or delete carries between invocations. Once a template exists its id is here, so a
 * re-invocation never creates a second one. Plain JSON between invocations.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class TemplateWaitContext implements TemplateContext {
    /** The template being waited for (created, edited or deleted by an earlier invocation). */
    private String metaTemplateId;
    /** Its name: a template is deleted by name and id. */
    private String templateName;
    /** True when this operation created the template (so Meta's rejection deletes it). */
    private Boolean createdHere;
    private WaitState wait;

    public TemplateWaitContext() {
    }

    public TemplateWaitContext(String metaTemplateId, String templateName, boolean createdHere, WaitState wait) {
        track(metaTemplateId, templateName, createdHere, wait);
    }

    @Override
    public String getMetaTemplateId() {
        return metaTemplateId;
    }

    @Override
    public void setMetaTemplateId(String metaTemplateId) {
        this.metaTemplateId = metaTemplateId;
    }

    @Override
    public String getTemplateName() {
        return templateName;
    }

    @Override
    public void setTemplateName(String templateName) {
        this.templateName = templateName;
    }

    @Override
    public Boolean getCreatedHere() {
        return createdHere;
    }

    @Override
    public void setCreatedHere(Boolean createdHere) {
        this.createdHere = createdHere;
    }

    @Override
    public WaitState getWait() {
        return wait;
    }

    @Override
    public void setWait(WaitState wait) {
        this.wait = wait;
    }

    @Override
    public boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && o instanceof TemplateWaitContext other
            && Objects.equals(metaTemplateId, other.metaTemplateId) && Objects.equals(templateName, other.templateName)
            && Objects.equals(createdHere, other.createdHere) && Objects.equals(wait, other.wait);
    }

    @Override
    public int hashCode() {
        return Objects.hash(metaTemplateId, templateName, createdHere, wait);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "{metaTemplateId=" + metaTemplateId + ", templateName=" + templateName
            + ", createdHere=" + createdHere + ", wait=" + wait + "}";
    }
}
