package com.eumsocial.whatsapp.commons;

/**
 * What the shared steps ({@link TemplateSteps}) read and set in a template type's ResourceModel:
 * the declared Category, WaitForApproval, the primary identifier and a copy. MessageTemplate's and
 * LibraryTemplate's models implement it.
 */
public interface TemplateModel<M extends TemplateModel<M>> {
    String getCategory();

    Boolean getWaitForApproval();

    void setMetaTemplateId(String metaTemplateId);

    M copy();

    /** WaitForApproval: true unless set to false. */
    default boolean waitsForApproval() {
        return !Boolean.FALSE.equals(getWaitForApproval());
    }

    /** A copy plus the primary identifier: the model of an IN_PROGRESS event. */
    default M withId(String metaTemplateId) {
        M model = copy();
        model.setMetaTemplateId(metaTemplateId);
        return model;
    }
}
