package com.eumsocial.whatsapp.reliability.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.eumsocial.whatsapp.definition.LibraryTemplateNames;
import com.eumsocial.whatsapp.reliability.support.EmulatorHarness;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The names synth knows (template-definition's bundled list) cover the emulator's library, so an
 * app that deploys to the emulator gets no false "not among the bundled names" warning.
 */
class LibraryNamesAgreementTest {
    @Test
    void everyEntryOfTheEmulatorsLibraryIsInTheBundledList() {
        TreeSet<String> served = new TreeSet<>();
        try (EmulatorHarness emulator = EmulatorHarness.start()) {
            String token = null;
            do {
                String page = token;
                var response = emulator.client().listWhatsAppTemplateLibrary(r -> r.id(EmulatorHarness.WABA).nextToken(page));
                response.metaLibraryTemplates().forEach(t -> served.add(t.templateName()));
                token = response.nextToken();
            } while (token != null);
        }
        assertThat(served).isNotEmpty();
        assertThat(LibraryTemplateNames.known()).containsAll(served);
    }
}
