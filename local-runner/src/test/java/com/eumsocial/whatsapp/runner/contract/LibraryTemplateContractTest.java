package com.eumsocial.whatsapp.runner.contract;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.DisplayName;

/**
 * The handler contract for EUMSocial::WhatsApp::LibraryTemplate (rules in {@link ReviewedTemplateContract}).
 * Its update changes nothing at Meta (only WaitForApproval is updatable), so it never resubmits.
 */
@DisplayName("EUMSocial::WhatsApp::LibraryTemplate handler contract")
class LibraryTemplateContractTest extends ReviewedTemplateContract {

    @Override
    ContractType type() {
        return ContractType.LIBRARY_TEMPLATE;
    }

    @Override
    String namePrefix() {
        return "lt";
    }

    @Override
    ObjectNode createInput(String name) {
        return type().input("inputs_1_create.json").put("TemplateName", name);
    }

    @Override
    ObjectNode updateInput(String name) {
        return type().input("inputs_1_update.json").put("TemplateName", name);
    }

    @Override
    String invalidInputProperty() {
        return "TemplateName";
    }

    @Override
    String createOperation() {
        return "CreateWhatsAppMessageTemplateFromLibrary";
    }

    @Override
    int seedCountForTwoPages() {
        // The handler reads pages of 20 templates whatever maxResults says.
        return 25;
    }

    @Override
    boolean seedFromLibrary() {
        return true;
    }

    @Override
    boolean updateWaitsForReview() {
        return false;
    }
}
