package ${package};

import com.eumsocial.whatsapp.cdk.IWhatsAppBusinessAccount;
import com.eumsocial.whatsapp.cdk.IWhatsAppMessageTemplate;
import com.eumsocial.whatsapp.cdk.WhatsAppBusinessAccount;
import com.eumsocial.whatsapp.cdk.WhatsAppTemplateFolder;
import com.eumsocial.whatsapp.cdk.WhatsAppTemplateFolderProps;
import software.amazon.awscdk.App;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.CfnOutputProps;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;

/**
 * Every {@code templates/*.json} file is one WhatsApp message template (Meta's JSON) in one WABA.
 * Adding a file adds a template, editing it updates the template, and {@code cdk synth} checks
 * every file against Meta's rules first.
 *
 * <p>Context: {@code wabaId} ({@code cdk synth -c wabaId=waba-...}); the default is the WABA of
 * the project's local emulator, so the app deploys locally with no AWS account.
 */
public final class TemplatesApp {
    /** The WABA the local emulator seeds. */
    public static final String DEFAULT_WABA = "${wabaId}";

    private TemplatesApp() {
    }

    public static void main(String[] args) {
        App app = new App();
        build(app);
        app.synth();
    }

    /** Declares the templates stack. */
    public static Stack build(App app) {
        Object wabaContext = app.getNode().tryGetContext("wabaId");
        String wabaId = wabaContext == null ? DEFAULT_WABA : wabaContext.toString();
        Stack stack = new Stack(app, "${stackName}", StackProps.builder()
                .description("WhatsApp message templates of ${artifactId}").build());
        IWhatsAppBusinessAccount waba = WhatsAppBusinessAccount.fromWabaId(stack, "Waba", wabaId);
        WhatsAppTemplateFolder templates = new WhatsAppTemplateFolder(stack, "Templates", WhatsAppTemplateFolderProps.builder()
                .waba(waba)
                .directory("templates")
                .build());
        templates.getTemplates().values().forEach(template -> output(stack, template));
        return stack;
    }

    /** Meta's id and review status of each template, as stack outputs. */
    private static void output(Stack stack, IWhatsAppMessageTemplate template) {
        String id = (template.getTemplateName() + "_" + template.getLanguage()).replaceAll("[^A-Za-z0-9]", "");
        String what = template.getTemplateName() + " (" + template.getLanguage() + ", " + template.getCategory() + ")";
        new CfnOutput(stack, id + "Id", CfnOutputProps.builder()
                .description(what + ": Meta's template id").value(template.getMetaTemplateId()).build());
        new CfnOutput(stack, id + "Status", CfnOutputProps.builder()
                .description(what + ": Meta's review status").value(template.getStatus()).build());
    }
}
