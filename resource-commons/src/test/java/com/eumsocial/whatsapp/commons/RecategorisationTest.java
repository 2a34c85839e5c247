package com.eumsocial.whatsapp.commons;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecategorisationTest {

    @Test
    void noNoteWhenMetaHoldsTheDeclaredCategoryOrEitherIsUnknown() {
        assertThat(Recategorisation.UPDATABLE_CATEGORY.note("utility", "APPROVED", "UTILITY")).isEmpty();
        assertThat(Recategorisation.UPDATABLE_CATEGORY.note(null, "APPROVED", "UTILITY")).isEmpty();
        assertThat(Recategorisation.CREATE_ONLY_CATEGORY.note("MARKETING", "APPROVED", null)).isEmpty();
        assertThat(Recategorisation.UPDATABLE_CATEGORY.withNote("Created", "UTILITY", "APPROVED", "UTILITY"))
            .isEqualTo("Created");
    }

    @Test
    void anUpdatableCategoryIsAdvisedToBeDeclaredAsMetaHoldsIt() {
        assertThat(Recategorisation.UPDATABLE_CATEGORY.withNote("Created", "MARKETING", "APPROVED", "UTILITY"))
            .isEqualTo("Created. Meta approved it as MARKETING, not the declared UTILITY (Meta re-categorised it)."
                + " The stack keeps Category UTILITY; read and drift detection report MARKETING. Declare MARKETING"
                + " to match (an update that sends nothing to Meta), or keep UTILITY and expect this drift (updates do"
                + " not try to change the category back).");
    }

    @Test
    void aCreateOnlyCategoryIsAdvisedToBeKept() {
        assertThat(Recategorisation.CREATE_ONLY_CATEGORY.withNote("", "MARKETING", "PENDING", "UTILITY"))
            .isEqualTo("Meta holds it as MARKETING, not the declared UTILITY (Meta re-categorised it). The stack keeps"
                + " Category UTILITY; read and drift detection report MARKETING. Category is create-only: declaring"
                + " MARKETING would replace the template, so keep the declaration and expect this drift.");
    }
}
