package com.eumsocial.whatsapp.librarytemplate;

import com.eumsocial.whatsapp.commons.ReviewWaitState;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * What a create carries between invocations. Once the template exists its id is here, so a
 * re-invocation only looks at Meta's review and never creates a second one.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public final class CallbackContext {
    /** The template this create made. */
    private String metaTemplateId;
    /** Its name, needed to delete it if Meta rejects it. */
    private String templateName;
    private ReviewWaitState wait;

    public CallbackContext() {
    }

    public CallbackContext(String metaTemplateId, String templateName, ReviewWaitState wait) {
        this.metaTemplateId = metaTemplateId;
        this.templateName = templateName;
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

    public ReviewWaitState getWait() {
        return wait;
    }

    public void setWait(ReviewWaitState wait) {
        this.wait = wait;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CallbackContext other && Objects.equals(metaTemplateId, other.metaTemplateId)
            && Objects.equals(templateName, other.templateName) && Objects.equals(wait, other.wait);
    }

    @Override
    public int hashCode() {
        return Objects.hash(metaTemplateId, templateName, wait);
    }

    @Override
    public String toString() {
        return "CallbackContext{metaTemplateId=" + metaTemplateId + ", templateName=" + templateName + ", wait=" + wait + "}";
    }
}
