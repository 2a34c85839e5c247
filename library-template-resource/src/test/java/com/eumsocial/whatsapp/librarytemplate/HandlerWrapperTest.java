package com.eumsocial.whatsapp.librarytemplate;

import static com.eumsocial.whatsapp.librarytemplate.Fixtures.ID;
import static com.eumsocial.whatsapp.librarytemplate.Fixtures.LANGUAGE;
import static com.eumsocial.whatsapp.librarytemplate.Fixtures.LIBRARY_NAME;
import static com.eumsocial.whatsapp.librarytemplate.Fixtures.WABA;
import static com.eumsocial.whatsapp.librarytemplate.Fixtures.libraryEntry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.eumsocial.whatsapp.commons.testing.LambdaPayloads;
import com.eumsocial.whatsapp.commons.testing.MutableClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.socialmessaging.SocialMessagingClient;
import software.amazon.awssdk.services.socialmessaging.model.CreateWhatsAppMessageTemplateFromLibraryRequest;
import software.amazon.awssdk.services.socialmessaging.model.CreateWhatsAppMessageTemplateFromLibraryResponse;

/** The Lambda entry point, fed the payloads CloudFormation sends (protocol 2.0.0). */
class HandlerWrapperTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SocialMessagingClient client;
    private HandlerWrapper wrapper;

    @BeforeEach
    void setUp() {
        client = mock(SocialMessagingClient.class);
        wrapper = new HandlerWrapper((region, configuration) -> client, new MutableClock());
    }

    private JsonNode invoke(String action, JsonNode properties, JsonNode callbackContext) {
        return LambdaPayloads.invoke(wrapper, ResourceModel.TYPE_NAME, action, properties, callbackContext);
    }

    private static JsonNode createInput() throws Exception {
        return MAPPER.readTree(Files.readString(Path.of("inputs/inputs_1_create.json")));
    }

    @Test
    void theContractTestCreateInputStartsACreateAndCarriesTheIdAcrossTheCallback() throws Exception {
        Fixtures.wabaLinked(client);
        Fixtures.wabaTemplates(client);
        Fixtures.library(client, libraryEntry(LIBRARY_NAME, LANGUAGE, "URL"));
        when(client.createWhatsAppMessageTemplateFromLibrary(any(CreateWhatsAppMessageTemplateFromLibraryRequest.class)))
            .thenReturn(CreateWhatsAppMessageTemplateFromLibraryResponse.builder().metaTemplateId(ID).build());

        JsonNode first = invoke("CREATE", createInput(), null);

        assertThat(first.path("status").asText()).as(first.toString()).isEqualTo("IN_PROGRESS");
        assertThat(first.path("resourceModel").path("MetaTemplateId").asText()).isEqualTo(ID);
        assertThat(first.path("callbackContext").path("metaTemplateId").asText()).isEqualTo(ID);

        Fixtures.get(client, ID, Fixtures.metaTemplate("APPROVED").field("name", "contract_test_library_order").build());
        JsonNode second = invoke("CREATE", first.path("resourceModel"), first.path("callbackContext"));

        assertThat(second.path("status").asText()).as(second.toString()).isEqualTo("SUCCESS");
        assertThat(second.path("resourceModel").path("Status").asText()).isEqualTo("APPROVED");
        assertThat(second.path("resourceModel").path("WabaId").asText()).isEqualTo(WABA);
        assertThat(second.path("resourceModel").has("WaitForApproval")).isFalse();
    }

    @Test
    void theContractTestInvalidInputIsRejectedBeforeAnyCall() throws Exception {
        JsonNode response = invoke("CREATE", MAPPER.readTree(Files.readString(Path.of("inputs/inputs_1_invalid.json"))), null);

        assertThat(response.path("status").asText()).as(response.toString()).isEqualTo("FAILED");
        assertThat(response.path("errorCode").asText()).isEqualTo("InvalidRequest");
        verifyNoInteractions(client);
    }

    @Test
    void readThroughTheEntryPoint() throws Exception {
        Fixtures.get(client, ID, Fixtures.metaTemplate("APPROVED").build());
        ObjectNode identifier = MAPPER.createObjectNode().put("WabaId", WABA).put("MetaTemplateId", ID);

        JsonNode response = invoke("READ", identifier, null);

        assertThat(response.path("status").asText()).as(response.toString()).isEqualTo("SUCCESS");
        assertThat(response.path("resourceModel").path("LibraryTemplateName").asText()).isEqualTo(LIBRARY_NAME);
    }
}
