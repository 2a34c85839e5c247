package com.eumsocial.whatsapp.runner.contract;

import com.eumsocial.whatsapp.emulator.EmulatorConfig;
import com.eumsocial.whatsapp.emulator.SocialMessagingEmulator;
import com.eumsocial.whatsapp.emulator.control.EmulatorControl;
import com.eumsocial.whatsapp.emulator.faults.FaultSettings;
import com.eumsocial.whatsapp.emulator.meta.EmulatorClock;
import com.eumsocial.whatsapp.emulator.meta.MetaSettings;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BinaryNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The in-process emulator a contract test class shares (real HTTP, real SigV4, real SDK on the
 * handlers' side), plus the look-ups into its state the rules need ("nothing was created",
 * "exactly one template"). Two WABAs in the default account: the default one the inputs name,
 * and an empty one for "an empty list is []".
 */
final class ContractEmulator implements AutoCloseable {
    static final String WABA = MetaSettings.DEFAULT_WABA_ID;
    /** Never holds a template: the list rule "empty is []" is checked against it. */
    static final String EMPTY_WABA = "waba-00000000000000000000000000empty";

    private final SocialMessagingEmulator emulator;

    private ContractEmulator(SocialMessagingEmulator emulator) {
        this.emulator = emulator;
    }

    /**
     * @param reviewDelay how long Meta's review takes on the emulator's clock (tests move the
     *                    clock, so a long review costs no wall time)
     */
    static ContractEmulator start(Duration reviewDelay) {
        MetaSettings settings = MetaSettings.builder()
            .waba(MetaSettings.defaultWaba())
            .waba(MetaSettings.WabaSeed.of(EMPTY_WABA, MetaSettings.DEFAULT_ACCOUNT_ID))
            .reviewDelay(reviewDelay)
            // The suite creates many templates in one clock hour; Meta's hourly cap is not a rule under test.
            .maxCreationsPerWabaPerHour(100_000)
            .maxTemplatesPerWaba(100_000)
            .build();
        return new ContractEmulator(SocialMessagingEmulator.start(EmulatorConfig.builder()
            .metaSettings(settings)
            .faults(FaultSettings.NONE)
            .build()));
    }

    SocialMessagingEmulator emulator() {
        return emulator;
    }

    EmulatorControl control() {
        return emulator.control();
    }

    /** The Meta clock; the handlers are given the same clock so their waits agree with Meta's. */
    EmulatorClock clock() {
        return emulator.backend().clock();
    }

    /** Templates of {@code waba} with that name, any status (deleted ones too), from the control state. */
    List<JsonNode> templatesNamed(String waba, String name) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode w : control().state().path("meta").path("wabas")) {
            if (w.path("id").asText().equals(waba)) {
                for (JsonNode t : w.path("templates")) {
                    if (t.path("name").asText().equals(name)) {
                        out.add(t);
                    }
                }
            }
        }
        return out;
    }

    /** Templates of {@code waba} with that name that are not DELETED. */
    List<JsonNode> liveTemplatesNamed(String waba, String name) {
        return templatesNamed(waba, name).stream().filter(t -> !t.path("status").asText().equals("DELETED")).toList();
    }

    /** Every template of {@code waba} (any status). */
    int templateCount(String waba) {
        for (JsonNode w : control().state().path("meta").path("wabas")) {
            if (w.path("id").asText().equals(waba)) {
                return w.path("templates").size();
            }
        }
        throw new IllegalStateException("the emulator has no WABA " + waba);
    }

    /** How many calls of a service operation the emulator has answered or refused so far. */
    long calls(String operation) {
        ObjectNode state = control().state();
        return state.path("protocol").path("operations").path(operation).asLong(0);
    }

    /** Media handles issued so far (uploads). */
    long mediaHandles() {
        return control().state().path("meta").path("mediaHandles").asLong();
    }

    /**
     * Puts {@code count} templates into {@code waba} directly through the Meta backend (not
     * through the handlers: they are scenery for the list rules, not under test).
     *
     * @param fromLibrary true: created from the library entry {@code payment_received} (no
     *                    inputs needed); false: a plain one-BODY UTILITY template
     * @return their Meta template ids
     */
    List<String> seedTemplates(String waba, String namePrefix, int count, boolean fromLibrary) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ObjectNode input = ContractType.MAPPER.createObjectNode().put("id", waba);
            String name = namePrefix + "_" + i;
            if (fromLibrary) {
                input.putObject("metaLibraryTemplate").put("templateName", name)
                    .put("libraryTemplateName", "payment_received").put("templateCategory", "UTILITY")
                    .put("templateLanguage", "en_US");
                ids.add(emulator.backend().invoke("CreateWhatsAppMessageTemplateFromLibrary", MetaSettings.DEFAULT_ACCOUNT_ID,
                    input).path("metaTemplateId").asText());
            } else {
                ObjectNode definition = ContractType.MAPPER.createObjectNode().put("name", name).put("language", "en_US")
                    .put("category", "UTILITY");
                definition.putArray("components").addObject().put("type", "BODY")
                    .put("text", "Seeded template number " + i + " of " + namePrefix + ".");
                input.set("templateDefinition", BinaryNode.valueOf(definition.toString().getBytes(StandardCharsets.UTF_8)));
                ids.add(emulator.backend().invoke("CreateWhatsAppMessageTemplate", MetaSettings.DEFAULT_ACCOUNT_ID, input)
                    .path("metaTemplateId").asText());
            }
        }
        return ids;
    }

    @Override
    public void close() {
        emulator.close();
    }
}
