package com.eumsocial.whatsapp.commons.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.socialmessaging.SocialMessagingClient;
import software.amazon.awssdk.services.socialmessaging.model.GetWhatsAppMessageTemplateRequest;

class RegistryFilesTest {
    private static final String SCHEMA = """
        {"typeName":"X::Y::Z","definitions":{"D":{"type":"object"}},
         "handlers":{"create":{"permissions":["social-messaging:A","s3:GetObject"]},"read":{"permissions":["social-messaging:B"]},
                     "list":{"permissions":[]}}}
        """;

    @Test
    void permissionsPerHandlerAndTheirUnion() throws Exception {
        JsonNode schema = new ObjectMapper().readTree(SCHEMA);

        assertThat(RegistryFiles.handlerPermissions(schema, "create")).containsExactly("s3:GetObject", "social-messaging:A");
        assertThat(RegistryFiles.handlerPermissions(schema, "update")).isEmpty();
        assertThat(RegistryFiles.allHandlerPermissions(schema)).containsExactly("s3:GetObject", "social-messaging:A",
            "social-messaging:B");
    }

    @Test
    void roleActionsAreTheListItemsShapedLikeActions(@TempDir Path dir) throws Exception {
        Path role = dir.resolve("resource-role.yaml");
        Files.writeString(role, String.join("\n",
            "Resources:",
            "  ExecutionRole:",
            "    Properties:",
            "      Policies:",
            "        - PolicyName: ResourceTypePolicy",
            "          PolicyDocument:",
            "            Statement:",
            "              - Effect: Allow",
            "                Action:",
            "                  - social-messaging:A",
            "                  - \"social-messaging:B\"",
            "                  - s3:GetObject",
            "                Resource: \"*\""));

        assertThat(RegistryFiles.roleActions(role)).containsExactly("s3:GetObject", "social-messaging:A", "social-messaging:B");
    }

    @Test
    void calledActionsNameTheOperationsAMockWasAskedFor() {
        SocialMessagingClient client = mock(SocialMessagingClient.class);
        client.getWhatsAppMessageTemplate(GetWhatsAppMessageTemplateRequest.builder().build());

        assertThat(RegistryFiles.calledActions(client)).containsExactly("social-messaging:GetWhatsAppMessageTemplate");
    }

    @Test
    void theConfigurationSchemaIsTheSharedConfigurationWithDefinitionsAndTypeName() throws Exception {
        JsonNode expected = RegistryFiles.expectedConfigurationSchema(new ObjectMapper().readTree(SCHEMA));

        assertThat(expected.get("typeName").asText()).isEqualTo("X::Y::Z");
        assertThat(expected.has("definitions")).isTrue();
        assertThat(expected.at("/properties/EndpointOverride/type").asText()).isEqualTo("string");
    }
}
