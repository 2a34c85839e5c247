package com.eumsocial.whatsapp.definition;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SupportedLanguagesTest {

    @Test
    void theBundledTableHoldsMetasCodesWithTheirNames() {
        assertThat(SupportedLanguages.all()).hasSize(71).containsEntry("en_US", "English (US)").containsEntry("fil", "Filipino")
                .containsEntry("rw_RW", "Kinyarwanda");
        assertThat(SupportedLanguages.name("pt_BR")).contains("Portuguese (BR)");
        assertThat(SupportedLanguages.name("zz_ZZ")).isEmpty();
        assertThat(SupportedLanguages.name(null)).isEmpty();
    }

    @Test
    void aWellFormedCodeMetaDoesNotListIsNotSupported() {
        assertThat(SupportedLanguages.isSupported("es")).isTrue();
        assertThat(SupportedLanguages.isSupported("zz_ZZ")).isFalse();
        assertThat(SupportedLanguages.isSupported("en_us")).isFalse();
        assertThat(SupportedLanguages.isSupported(null)).isFalse();
    }

    @Test
    void theRefusalSuggestsCodesOfTheSameLanguage() {
        assertThat(SupportedLanguages.refusal("zh_SG")).endsWith("did you mean zh_CN, zh_HK, zh_TW?");
        assertThat(SupportedLanguages.refusal("zz_ZZ")).contains("\"zz_ZZ\" is not one of Meta's supported template languages")
                .doesNotContain("did you mean");
    }

    @Test
    void theValidatorRefusesAnUnsupportedLanguageAtTheLanguageField() {
        TemplateDefinition d = TemplateDefinitionParser.parse("{\"name\":\"a\",\"language\":\"zz_ZZ\",\"category\":\"UTILITY\","
                + "\"components\":[{\"type\":\"BODY\",\"text\":\"Your order has shipped.\"}]}");
        assertThat(TemplateValidator.validate(d)).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo(Rule.LANGUAGE_SUPPORTED.id());
            assertThat(p.pointer()).isEqualTo("/language");
        });
    }
}
