package com.eumsocial.whatsapp.commons;

/**
 * The part of a template type's callback context that the shared steps ({@link TemplateSteps})
 * read and write: the template an earlier invocation created, edited or deleted, its name (a
 * template is deleted by name and id), whether this operation created it (so Meta's rejection
 * deletes it), and the wait's state. MessageTemplate's and LibraryTemplate's contexts implement it.
 */
public interface TemplateContext {
    String getMetaTemplateId();

    void setMetaTemplateId(String metaTemplateId);

    String getTemplateName();

    void setTemplateName(String templateName);

    Boolean getCreatedHere();

    void setCreatedHere(Boolean createdHere);

    WaitState getWait();

    void setWait(WaitState wait);

    /** True when an earlier invocation of this operation left a template to wait for. */
    default boolean hasTemplate() {
        return getMetaTemplateId() != null;
    }

    /** Records the template this operation now waits for. */
    default void track(String metaTemplateId, String templateName, boolean createdHere, WaitState wait) {
        setMetaTemplateId(metaTemplateId);
        setTemplateName(templateName);
        setCreatedHere(createdHere);
        setWait(wait);
    }
}
