package com.eumsocial.whatsapp.definition;

import static org.assertj.core.api.Assertions.assertThat;

import com.eumsocial.whatsapp.definition.TemplateOwnership.Declaration;
import com.eumsocial.whatsapp.definition.TemplateOwnership.Identity;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateOwnershipTest {
    private static final String WABA = "waba-0123456789abcdef0123456789abcdef";

    @Test
    void aSecondDeclarationOfOneWabaNameAndLanguageIsAConflictNamingBoth() {
        List<Declaration<String>> declared = List.of(
                new Declaration<>(new Identity(WABA, "order_shipped", "en_US"), "templates/order.en.json", "a"),
                new Declaration<>(new Identity(WABA, "order_shipped", "es"), "templates/order.es.json", "b"),
                new Declaration<>(new Identity("waba-other", "order_shipped", "en_US"), "Other/Typed", "c"),
                new Declaration<>(new Identity(WABA, "order_shipped", "en_US"), "Stack/Typed", "d"));
        assertThat(TemplateOwnership.conflicts(declared)).singleElement().satisfies(c -> {
            assertThat(c.first().origin()).isEqualTo("a");
            assertThat(c.again().origin()).isEqualTo("d");
            assertThat(c.message()).isEqualTo("Stack/Typed declares order_shipped (en_US) in " + WABA
                    + " again; already declared by templates/order.en.json. Meta holds one template per WABA, name and"
                    + " language: keep one declaration");
        });
    }

    @Test
    void distinctIdentitiesNeverConflict() {
        TemplateOwnership ownership = new TemplateOwnership();
        assertThat(ownership.claim(new Declaration<>(new Identity(WABA, "a", "en"), "x", null))).isNull();
        assertThat(ownership.claim(new Declaration<>(new Identity(WABA, "a", "en_US"), "y", null))).isNull();
        assertThat(ownership.claim(new Declaration<>(new Identity(WABA, "a", "en"), "z", null))).extracting(Declaration::owner)
                .isEqualTo("x");
    }
}
