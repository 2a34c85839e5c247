package com.eumsocial.whatsapp.reliability.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.eumsocial.whatsapp.commons.testing.RegistryFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each type's execution role (resource-role.yaml) grants exactly the union of its schema's
 * handler permissions, the Social Messaging ones only on the WABAs of the account the role lives
 * in, and trusts only CloudFormation's resource-type service for this account.
 */
class ResourceRolePermissionsTest {
    static final String WABA_ARNS = "arn:${AWS::Partition}:social-messaging:*:${AWS::AccountId}:waba/*";

    private static Path module(String name) {
        Path here = Path.of("").toAbsolutePath();
        Path root = Files.isDirectory(here.resolve(name)) ? here : here.getParent();
        return root.resolve(name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "template-resource, eumsocial-whatsapp-messagetemplate.json, EUMSocial-WhatsApp-MessageTemplate",
        "library-template-resource, eumsocial-whatsapp-librarytemplate.json, EUMSocial-WhatsApp-LibraryTemplate",
        "media-resource, eumsocial-whatsapp-templatemedia.json, EUMSocial-WhatsApp-TemplateMedia"})
    void theRoleGrantsExactlyTheHandlerPermissionsOnTheAccountsWabas(String module, String schemaFile, String typeInArn)
            throws Exception {
        Path dir = module(module);
        JsonNode schema = RegistryFiles.json(dir.resolve(schemaFile));
        Path rolePath = dir.resolve("resource-role.yaml");
        Set<String> permissions = RegistryFiles.allHandlerPermissions(schema);
        assertThat(permissions).isNotEmpty();

        // The commons helper's reading of the role (line-based) and a structural reading agree.
        assertThat(RegistryFiles.roleActions(rolePath)).isEqualTo(permissions);

        JsonNode role = new YAMLMapper().readTree(rolePath.toFile()).path("Resources").path("ExecutionRole")
                .path("Properties");
        Set<String> granted = new TreeSet<>();
        Set<String> socialMessagingResources = new HashSet<>();
        for (JsonNode policy : role.path("Policies")) {
            for (JsonNode statement : policy.path("PolicyDocument").path("Statement")) {
                assertThat(statement.path("Effect").asText()).isEqualTo("Allow");
                Set<String> actions = new TreeSet<>();
                statement.path("Action").forEach(a -> actions.add(a.asText()));
                if (statement.path("Action").isTextual()) {
                    actions.add(statement.path("Action").asText());
                }
                assertThat(actions).noneMatch(a -> a.contains("*"));
                granted.addAll(actions);
                JsonNode resource = statement.path("Resource");
                String resourceText = resource.has("Fn::Sub") ? resource.path("Fn::Sub").asText() : resource.asText();
                if (actions.stream().anyMatch(a -> a.startsWith("social-messaging:"))) {
                    socialMessagingResources.add(resourceText);
                    // ListLinkedWhatsAppBusinessAccounts is the one action that needs "*"; none of ours calls it.
                    assertThat(actions).allMatch(a -> a.startsWith("social-messaging:")
                            && !a.equals("social-messaging:ListLinkedWhatsAppBusinessAccounts"));
                } else {
                    assertThat(actions).containsExactly("s3:GetObject");
                    assertThat(resourceText).startsWith("arn:${AWS::Partition}:s3:::");
                }
            }
        }
        assertThat(granted).isEqualTo(new TreeSet<>(permissions));
        assertThat(socialMessagingResources).containsExactly(WABA_ARNS);

        JsonNode trust = role.path("AssumeRolePolicyDocument").path("Statement");
        assertThat(trust).hasSize(1);
        assertThat(trust.get(0).path("Principal").path("Service").asText())
                .isEqualTo("resources.cloudformation.amazonaws.com");
        assertThat(trust.get(0).path("Condition").path("StringEquals").path("aws:SourceAccount").path("Ref").asText())
                .isEqualTo("AWS::AccountId");
        assertThat(trust.get(0).path("Condition").path("StringLike").path("aws:SourceArn").path("Fn::Sub").asText())
                .contains(":type/resource/" + typeInArn + "/");
    }
}
