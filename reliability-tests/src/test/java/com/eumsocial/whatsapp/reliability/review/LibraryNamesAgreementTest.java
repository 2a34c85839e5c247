package com.eumsocial.whatsapp.reliability.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.eumsocial.whatsapp.definition.LibraryTemplateNames;
import com.eumsocial.whatsapp.reliability.support.EmulatorHarness;
import com.eumsocial.whatsapp.reliability.support.Invokers;
import com.eumsocial.whatsapp.runner.invoke.HandlerInvoker;
import com.eumsocial.whatsapp.runner.invoke.ProgressEventJson;
import com.eumsocial.whatsapp.runner.invoke.ResourceType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import software.amazon.cloudformation.Action;

/**
 * Library template names at deploy and at synth: the names synth knows (template-definition's
 * bundled list) cover the emulator's library, so an app that deploys to the emulator gets no false
 * "not among the bundled names" warning; a misspelled name fails the deploy with the nearest names.
 */
class LibraryNamesAgreementTest {
    @Test
    void aMisspelledLibraryNameFailsTheDeployWithTheNearestNamesAndCreatesNothing() {
        try (EmulatorHarness emulator = EmulatorHarness.start()) {
            HandlerInvoker invoker = Invokers.invoker(ResourceType.LIBRARY_TEMPLATE, emulator);
            ObjectNode desired = Invokers.MAPPER.createObjectNode().put("WabaId", EmulatorHarness.WABA)
                    .put("TemplateName", "payment_thanks").put("LibraryTemplateName", "payment_recieved")
                    .put("Category", "UTILITY").put("Language", "en_US");
            ProgressEventJson event = invoker.run(Action.CREATE, desired, null, "Paid");
            assertThat(event.isFailed()).isTrue();
            assertThat(event.errorCode()).hasValue("InvalidRequest");
            assertThat(event.message().orElse("")).contains("LibraryTemplateName 'payment_recieved' is not in Meta's template"
                    + " library in language en_US").endsWith("Did you mean payment_received or payment_reminder?");
            assertThat(emulator.liveTemplates()).isEmpty();
        }
    }

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
