package com.eumsocial.whatsapp.emulator.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StateChangingOperationsTest {
    private final ServiceModel model = ServiceModel.load();

    @Test
    void theOperationsWithoutReadonlyAreTheOnesThatChangeState() {
        assertThat(model.stateChangingOperations()).contains("CreateWhatsAppMessageTemplate",
            "CreateWhatsAppMessageTemplateFromLibrary", "CreateWhatsAppMessageTemplateMedia",
            "DeleteWhatsAppMessageTemplate", "UpdateWhatsAppMessageTemplate", "AssociateWhatsAppBusinessAccount",
            "TagResource", "UntagResource", "PutWhatsAppBusinessAccountEventDestinations",
            "DisassociateWhatsAppBusinessAccount");
        assertThat(model.stateChangingOperations()).doesNotContain("GetWhatsAppMessageTemplate",
            "ListWhatsAppMessageTemplates", "ListWhatsAppTemplateLibrary", "GetLinkedWhatsAppBusinessAccount");
    }

    @Test
    void everyOperationIsEitherReadonlyOrStateChanging() {
        for (OperationRoute route : model.routes()) {
            assertThat(model.stateChangingOperations().contains(route.name())).as(route.name()).isEqualTo(!route.readOnly());
        }
    }
}
