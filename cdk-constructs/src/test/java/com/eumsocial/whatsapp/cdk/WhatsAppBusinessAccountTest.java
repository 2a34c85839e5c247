package com.eumsocial.whatsapp.cdk;

import static com.eumsocial.whatsapp.cdk.TestApps.WABA;
import static com.eumsocial.whatsapp.cdk.TestApps.WABA_ARN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.CfnParameter;
import software.amazon.awscdk.CfnParameterProps;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.RoleProps;
import software.amazon.awscdk.services.iam.ServicePrincipal;

class WhatsAppBusinessAccountTest {
    private static IWhatsAppBusinessAccount byId;
    private static IWhatsAppBusinessAccount byArn;
    private static IWhatsAppBusinessAccount byTokenArn;
    private static IWhatsAppBusinessAccount byTokenId;
    private static Template template;

    @BeforeAll
    static void synthesize() {
        App app = TestApps.app();
        Stack stack = new Stack(app, "Accounts", StackProps.builder()
                .env(Environment.builder().account("111122223333").region("eu-west-1").build()).build());
        byId = WhatsAppBusinessAccount.fromWabaId(stack, "ById", WABA);
        byArn = WhatsAppBusinessAccount.fromWabaArn(stack, "ByArn", WABA_ARN);
        CfnParameter arnParameter = new CfnParameter(stack, "WabaArn", CfnParameterProps.builder().type("String").build());
        byTokenArn = WhatsAppBusinessAccount.fromWabaArn(stack, "ByTokenArn", arnParameter.getValueAsString());
        CfnParameter idParameter = new CfnParameter(stack, "WabaId", CfnParameterProps.builder().type("String").build());
        byTokenId = WhatsAppBusinessAccount.fromWabaId(stack, "ByTokenId", idParameter.getValueAsString());

        Role reader = new Role(stack, "Reader", RoleProps.builder().assumedBy(new ServicePrincipal("lambda.amazonaws.com")).build());
        byId.grantReadTemplates(reader);
        Role manager = new Role(stack, "Manager", RoleProps.builder().assumedBy(new ServicePrincipal("lambda.amazonaws.com")).build());
        byArn.grantManageTemplates(manager);
        Role custom = new Role(stack, "Custom", RoleProps.builder().assumedBy(new ServicePrincipal("lambda.amazonaws.com")).build());
        byTokenArn.grant(custom, "GetWhatsAppMessageTemplate", "social-messaging:ListWhatsAppMessageTemplates");
        new WhatsAppMessageTemplate(stack, "WithTokenWaba", WhatsAppMessageTemplateProps.builder()
                .waba(byTokenId).templateName("token_waba").language("en_US")
                .category(com.eumsocial.whatsapp.definition.Category.UTILITY)
                .components(BodyComponent.text("A template in a WABA chosen when the stack is deployed."))
                .build());
        template = Template.fromStack(stack);
    }

    @Test
    void anIdGivesTheArnInTheStacksAccountAndRegion() {
        assertThat(byId.getWabaId()).isEqualTo(WABA);
        assertThat(byId.getWabaArn()).isEqualTo(
                "arn:" + stackPartition() + ":social-messaging:eu-west-1:111122223333:waba/0123456789abcdef0123456789abcdef");
    }

    private static String stackPartition() {
        return byId.getWabaArn().split(":")[1];
    }

    @Test
    void anArnGivesTheId() {
        assertThat(byArn.getWabaId()).isEqualTo(WABA);
        assertThat(byArn.getWabaArn()).isEqualTo(WABA_ARN);
        assertThat(byArn.getEnv().getRegion()).isEqualTo("us-east-1");
        assertThat(byArn.getEnv().getAccount()).isEqualTo("111122223333");
    }

    @Test
    void deployTimeValuesWork() {
        assertThat(byTokenArn.getWabaId()).startsWith("waba-");
        template.hasResourceProperties(WhatsAppMessageTemplate.RESOURCE_TYPE, Map.of("WabaId", Map.of("Ref", "WabaId")));
    }

    @Test
    void grantsUseTheTemplateActionsOnTheWaba() {
        template.hasResourceProperties("AWS::IAM::Policy", Map.of(
                "PolicyDocument", Map.of("Statement", List.of(Map.of(
                        "Effect", "Allow",
                        "Action", List.of("social-messaging:GetLinkedWhatsAppBusinessAccount",
                                "social-messaging:GetWhatsAppMessageTemplate",
                                "social-messaging:ListWhatsAppMessageTemplates",
                                "social-messaging:ListWhatsAppTemplateLibrary"),
                        "Resource", Map.of("Fn::Join", List.of("", List.of("arn:", Map.of("Ref", "AWS::Partition"),
                                ":social-messaging:eu-west-1:111122223333:waba/0123456789abcdef0123456789abcdef")))))),
                "Roles", List.of(Map.of("Ref", roleId("Reader")))));
        template.hasResourceProperties("AWS::IAM::Policy", Map.of(
                "PolicyDocument", Map.of("Statement", List.of(Map.of(
                        "Effect", "Allow",
                        "Action", List.of("social-messaging:GetLinkedWhatsAppBusinessAccount",
                                "social-messaging:GetWhatsAppMessageTemplate",
                                "social-messaging:ListWhatsAppMessageTemplates",
                                "social-messaging:ListWhatsAppTemplateLibrary",
                                "social-messaging:CreateWhatsAppMessageTemplate",
                                "social-messaging:CreateWhatsAppMessageTemplateFromLibrary",
                                "social-messaging:CreateWhatsAppMessageTemplateMedia",
                                "social-messaging:UpdateWhatsAppMessageTemplate",
                                "social-messaging:DeleteWhatsAppMessageTemplate"),
                        "Resource", WABA_ARN))),
                "Roles", List.of(Map.of("Ref", roleId("Manager")))));
        template.hasResourceProperties("AWS::IAM::Policy", Map.of(
                "PolicyDocument", Map.of("Statement", List.of(Map.of(
                        "Effect", "Allow",
                        "Action", List.of("social-messaging:GetWhatsAppMessageTemplate",
                                "social-messaging:ListWhatsAppMessageTemplates"),
                        "Resource", Map.of("Ref", "WabaArn")))),
                "Roles", List.of(Map.of("Ref", roleId("Custom")))));
    }

    private static String roleId(String prefix) {
        return TestApps.resources(template, "AWS::IAM::Role").keySet().stream()
                .filter(id -> id.startsWith(prefix)).findFirst().orElseThrow();
    }

    @Test
    void malformedIdsAndArnsAreProgrammingErrors() {
        Stack stack = TestApps.stack(TestApps.app(), "Bad");
        assertThatThrownBy(() -> WhatsAppBusinessAccount.fromWabaId(stack, "A", "0123"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Bad/A: wabaId '0123' is not a WABA id (expected waba- followed by letters and digits,"
                        + " as in waba-0123456789abcdef0123456789abcdef)");
        assertThatThrownBy(() -> WhatsAppBusinessAccount.fromWabaId(stack, "B", ""))
                .hasMessage("Bad/B: wabaId is required");
        assertThatThrownBy(() -> WhatsAppBusinessAccount.fromWabaArn(stack, "C", "arn:aws:sns:us-east-1:1:topic"))
                .hasMessageContaining("Bad/C: wabaArn 'arn:aws:sns:us-east-1:1:topic' is not a WABA ARN");
        assertThatThrownBy(() -> WhatsAppBusinessAccount.fromWabaArn(stack, "D", null))
                .hasMessage("Bad/D: wabaArn is required");
    }
}
