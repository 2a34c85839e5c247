package com.eumsocial.whatsapp.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Template;

/** The example app synthesizes: every file of templates/ becomes a resource of our types. */
class TemplatesAppTest {
    private static Template template;
    private static Template withContext;

    @BeforeAll
    static void synthesize() throws Exception {
        App app = new App(AppProps.builder().outdir(Files.createTempDirectory("example-out").toString()).build());
        template = Template.fromStack(TemplatesApp.build(app, Path.of("templates")));

        App other = new App(AppProps.builder()
                .outdir(Files.createTempDirectory("example-out").toString())
                .context(Map.of("wabaId", "waba-fedcba9876543210fedcba9876543210", "removalPolicy", "destroy",
                        "waitForApproval", "false"))
                .build());
        Stack stack = TemplatesApp.build(other, Path.of("templates"));
        withContext = Template.fromStack(stack);
    }

    @Test
    void everyTemplateFileIsDeclared() {
        assertThat(template.findResources("EUMSocial::WhatsApp::MessageTemplate")).hasSize(5);
        assertThat(template.findResources("EUMSocial::WhatsApp::LibraryTemplate")).hasSize(1);
        assertThat(template.findResources("EUMSocial::WhatsApp::TemplateMedia")).hasSize(1);
        template.hasResourceProperties("EUMSocial::WhatsApp::MessageTemplate", Map.of(
                "WabaId", TemplatesApp.EMULATOR_WABA, "TemplateName", "order_shipped", "Language", "es"));
        template.hasResourceProperties("EUMSocial::WhatsApp::MessageTemplate", Map.of(
                "TemplateName", "spring_sale", "ParameterFormat", "NAMED", "Category", "MARKETING"));
        template.hasResource("EUMSocial::WhatsApp::MessageTemplate", Map.of("DeletionPolicy", "Retain"));
        assertThat(template.findOutputs("*")).containsKey("ordershippedesId").containsKey("ordershippedesStatus")
                .containsKey("accountnoticeenUSId");
        // Every template outputs its status, the library template included (it is an IWhatsAppMessageTemplate too).
        assertThat(template.findOutputs("*").keySet().stream().filter(k -> k.endsWith("Status"))).hasSize(6)
                .contains("accountnoticeenUSStatus");
    }

    @Test
    void contextChoosesTheWabaAndTheOptions() {
        withContext.hasResource("EUMSocial::WhatsApp::MessageTemplate", Map.of("DeletionPolicy", "Delete",
                "Properties", Map.of("WabaId", "waba-fedcba9876543210fedcba9876543210", "TemplateName", "login_code",
                        "Language", "en_US", "Category", "AUTHENTICATION", "WaitForApproval", false,
                        "Components", software.amazon.awscdk.assertions.Match.anyValue())));
    }
}
