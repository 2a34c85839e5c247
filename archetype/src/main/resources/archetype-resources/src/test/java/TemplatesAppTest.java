package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.assertions.Template;

/** Synthesizes the app: each file of templates/ is a template, each template outputs its id and status. */
class TemplatesAppTest {

    @Test
    void everyTemplateFileIsATemplateWithItsOutputs() {
        Template template = Template.fromStack(TemplatesApp.build(new App()));
        template.resourceCountIs("EUMSocial::WhatsApp::MessageTemplate", 2);
        template.hasResourceProperties("EUMSocial::WhatsApp::MessageTemplate", Map.of(
                "WabaId", TemplatesApp.DEFAULT_WABA, "TemplateName", "order_shipped", "Language", "en_US",
                "Category", "UTILITY"));
        template.hasResourceProperties("EUMSocial::WhatsApp::MessageTemplate", Map.of(
                "TemplateName", "welcome", "ParameterFormat", "NAMED", "Category", "MARKETING"));
        Map<String, Map<String, Object>> outputs = template.findOutputs("*");
        assertEquals(4, outputs.size(), outputs.keySet().toString());
        assertTrue(outputs.containsKey("ordershippedenUSStatus"), outputs.keySet().toString());
        assertTrue(outputs.containsKey("welcomeenUSStatus"), outputs.keySet().toString());
    }
}
