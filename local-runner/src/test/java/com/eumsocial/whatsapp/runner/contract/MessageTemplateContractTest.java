package com.eumsocial.whatsapp.runner.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.DisplayName;

/**
 * The handler contract for EUMSocial::WhatsApp::MessageTemplate (rules in {@link ReviewedTemplateContract}).
 * Meta rejects a template whose body repeats another template's body, so every test's body text
 * carries the test's unique template name.
 */
@DisplayName("EUMSocial::WhatsApp::MessageTemplate handler contract")
class MessageTemplateContractTest extends ReviewedTemplateContract {

    @Override
    ContractType type() {
        return ContractType.MESSAGE_TEMPLATE;
    }

    @Override
    String namePrefix() {
        return "mt";
    }

    @Override
    ObjectNode createInput(String name) {
        return unique(type().input("inputs_1_create.json"), name);
    }

    @Override
    ObjectNode updateInput(String name) {
        return unique(type().input("inputs_1_update.json"), name);
    }

    private static ObjectNode unique(ObjectNode input, String name) {
        input.put("TemplateName", name);
        for (JsonNode component : input.path("Components")) {
            if (component.path("type").asText().equals("BODY")) {
                ((ObjectNode) component).put("text", component.path("text").asText() + " Ref " + name + ".");
            }
        }
        return input;
    }

    @Override
    String invalidInputProperty() {
        return "Components[0].text";
    }

    @Override
    String createOperation() {
        return "CreateWhatsAppMessageTemplate";
    }

    @Override
    int seedCountForTwoPages() {
        // The handler passes CloudFormation's maxResults (LIST_MAX_RESULTS = 2) on to the service.
        return 5;
    }

    @Override
    boolean seedFromLibrary() {
        return false;
    }

    @Override
    boolean updateWaitsForReview() {
        return true;
    }
}
