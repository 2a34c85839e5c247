package com.eumsocial.whatsapp.examples;

import com.eumsocial.whatsapp.cdk.IWhatsAppBusinessAccount;
import com.eumsocial.whatsapp.cdk.IWhatsAppMessageTemplate;
import com.eumsocial.whatsapp.cdk.WhatsAppBusinessAccount;
import com.eumsocial.whatsapp.cdk.WhatsAppTemplateFolder;
import com.eumsocial.whatsapp.cdk.WhatsAppTemplateFolderProps;
import com.eumsocial.whatsapp.cdk.WhatsAppTemplateTypes;
import java.nio.file.Path;
import java.util.Locale;
import software.amazon.awscdk.App;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.CfnOutputProps;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.RoleProps;
import software.amazon.awscdk.services.iam.ServicePrincipal;

/**
 * A GitOps app: every {@code templates/**.json} file is a WhatsApp template in one WABA.
 *
 * <p>Context (all optional, {@code cdk synth -c key=value}): {@code wabaId} (default: the local
 * emulator's WABA), {@code removalPolicy} ({@code retain} or {@code destroy}),
 * {@code waitForApproval} ({@code true} or {@code false}), {@code registerTypes} ({@code true} to
 * also register the three resource types from the modules' zips, in their own stack).
 */
public final class TemplatesApp {
    /** The WABA the local emulator seeds; real deployments pass {@code -c wabaId=waba-...}. */
    public static final String EMULATOR_WABA = "waba-0123456789abcdef0123456789abcdef";

    private TemplatesApp() {
    }

    public static void main(String[] args) {
        App app = new App();
        build(app, Path.of(System.getProperty("templates.dir", "templates")));
        app.synth();
    }

    /** Declares the app's stacks; returns the templates stack. */
    public static Stack build(App app, Path templates) {
        String wabaId = context(app, "wabaId", EMULATOR_WABA);
        Stack stack = new Stack(app, "WhatsAppTemplates", StackProps.builder()
                .description("WhatsApp message templates declared in examples/templates")
                .build());
        if (Boolean.parseBoolean(context(app, "registerTypes", "false"))) {
            Stack types = new Stack(app, "WhatsAppTemplateTypes", StackProps.builder()
                    .description("Registers the EUMSocial::WhatsApp resource types").build());
            new WhatsAppTemplateTypes(types, "Types");
        }
        IWhatsAppBusinessAccount waba = WhatsAppBusinessAccount.fromWabaId(stack, "Waba", wabaId);
        WhatsAppTemplateFolder folder = new WhatsAppTemplateFolder(stack, "Templates", WhatsAppTemplateFolderProps.builder()
                .waba(waba)
                .directory(templates)
                .removalPolicy("destroy".equalsIgnoreCase(context(app, "removalPolicy", "retain"))
                        ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN)
                .waitForApproval(Boolean.parseBoolean(context(app, "waitForApproval", "true")))
                .build());

        // What a sending service would get: read access to the templates, and their names as outputs.
        Role sender = new Role(stack, "SenderRole", RoleProps.builder()
                .assumedBy(new ServicePrincipal("lambda.amazonaws.com")).build());
        waba.grantReadTemplates(sender);
        folder.getTemplates().forEach((key, template) -> output(stack, template));
        return stack;
    }

    private static void output(Stack stack, IWhatsAppMessageTemplate template) {
        String id = (template.getTemplateName() + "_" + template.getLanguage()).replaceAll("[^A-Za-z0-9]", "");
        new CfnOutput(stack, id + "Id", CfnOutputProps.builder()
                .description(template.getTemplateName() + " (" + template.getLanguage() + "): Meta's template id")
                .value(template.getMetaTemplateId()).build());
        new CfnOutput(stack, id + "Status", CfnOutputProps.builder()
                .description(template.getTemplateName() + " (" + template.getLanguage() + ", " + template.getCategory()
                        + "): Meta's review status")
                .value(template.getStatus()).build());
    }

    private static String context(App app, String key, String fallback) {
        Object value = app.getNode().tryGetContext(key);
        return value == null ? fallback : value.toString().toLowerCase(Locale.ROOT).equals("null") ? fallback : value.toString();
    }
}
