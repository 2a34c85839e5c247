package com.eumsocial.whatsapp.cdk;

import com.eumsocial.whatsapp.definition.WabaIds;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awscdk.ArnComponents;
import software.amazon.awscdk.ArnFormat;
import software.amazon.awscdk.Resource;
import software.amazon.awscdk.ResourceProps;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.iam.Grant;
import software.amazon.awscdk.services.iam.GrantOnPrincipalOptions;
import software.amazon.awscdk.services.iam.IGrantable;
import software.constructs.Construct;

/**
 * Imports a WhatsApp Business Account linked to AWS End User Messaging Social, to declare
 * templates in it and to grant principals the template actions on it.
 */
public final class WhatsAppBusinessAccount extends Resource implements IWhatsAppBusinessAccount {

    /** IAM action prefix of AWS End User Messaging Social (the SigV4 signing name). */
    public static final String ACTION_PREFIX = "social-messaging:";

    /** Actions that read templates; GetLinkedWhatsAppBusinessAccount is what tools use to check the WABA first. */
    public static final List<String> READ_TEMPLATE_ACTIONS = List.of(
            "GetLinkedWhatsAppBusinessAccount",
            "GetWhatsAppMessageTemplate",
            "ListWhatsAppMessageTemplates",
            "ListWhatsAppTemplateLibrary");

    /** Actions that change templates (used together with {@link #READ_TEMPLATE_ACTIONS}). */
    public static final List<String> WRITE_TEMPLATE_ACTIONS = List.of(
            "CreateWhatsAppMessageTemplate",
            "CreateWhatsAppMessageTemplateFromLibrary",
            "CreateWhatsAppMessageTemplateMedia",
            "UpdateWhatsAppMessageTemplate",
            "DeleteWhatsAppMessageTemplate");

    private static final String WABA_ID_PREFIX = WabaIds.ID_PREFIX;

    /**
     * Imports a WABA by id ({@code waba-...}); its ARN is built in the stack's partition, region
     * and account.
     */
    public static IWhatsAppBusinessAccount fromWabaId(Construct scope, String id, String wabaId) {
        if (wabaId == null || wabaId.isEmpty()) {
            throw new IllegalArgumentException(scope.getNode().getPath() + "/" + id + ": wabaId is required");
        }
        if (!Tokens.isToken(wabaId) && !WabaIds.isId(wabaId)) {
            throw new IllegalArgumentException(scope.getNode().getPath() + "/" + id + ": " + WabaIds.notAnId("wabaId", wabaId));
        }
        WhatsAppBusinessAccount account = new WhatsAppBusinessAccount(scope, id, null);
        account.wabaId = wabaId;
        String resourceName = Tokens.isToken(wabaId)
                ? software.amazon.awscdk.Fn.select(1, software.amazon.awscdk.Fn.split(WABA_ID_PREFIX, wabaId))
                : wabaId.substring(WABA_ID_PREFIX.length());
        account.wabaArn = Stack.of(scope).formatArn(ArnComponents.builder()
                .service("social-messaging")
                .resource("waba")
                .resourceName(resourceName)
                .arnFormat(ArnFormat.SLASH_RESOURCE_NAME)
                .build());
        return account;
    }

    /** Imports a WABA by ARN; the account and region of the ARN become the resource's environment. */
    public static IWhatsAppBusinessAccount fromWabaArn(Construct scope, String id, String wabaArn) {
        if (wabaArn == null || wabaArn.isEmpty()) {
            throw new IllegalArgumentException(scope.getNode().getPath() + "/" + id + ": wabaArn is required");
        }
        WhatsAppBusinessAccount account;
        if (Tokens.isToken(wabaArn)) {
            account = new WhatsAppBusinessAccount(scope, id, wabaArn);
            account.wabaId = WABA_ID_PREFIX
                    + Stack.of(scope).splitArn(wabaArn, ArnFormat.SLASH_RESOURCE_NAME).getResourceName();
        } else {
            var matcher = WabaIds.ARN.matcher(wabaArn);
            if (!matcher.matches()) {
                throw new IllegalArgumentException(scope.getNode().getPath() + "/" + id + ": " + WabaIds.notAnArn("wabaArn", wabaArn));
            }
            account = new WhatsAppBusinessAccount(scope, id, wabaArn);
            account.wabaId = WABA_ID_PREFIX + matcher.group(4);
        }
        account.wabaArn = wabaArn;
        return account;
    }

    private String wabaId;
    private String wabaArn;

    private WhatsAppBusinessAccount(Construct scope, String id, String environmentFromArn) {
        super(scope, id, environmentFromArn == null ? null
                : ResourceProps.builder().environmentFromArn(environmentFromArn).build());
    }

    @Override
    public String getWabaId() {
        return wabaId;
    }

    @Override
    public String getWabaArn() {
        return wabaArn;
    }

    @Override
    public Grant grant(IGrantable grantee, String... actions) {
        List<String> qualified = new ArrayList<>(actions.length);
        for (String action : actions) {
            qualified.add(action.startsWith(ACTION_PREFIX) ? action : ACTION_PREFIX + action);
        }
        return Grant.addToPrincipal(GrantOnPrincipalOptions.builder()
                .grantee(grantee)
                .actions(qualified)
                .resourceArns(List.of(wabaArn))
                .build());
    }

    @Override
    public Grant grantReadTemplates(IGrantable grantee) {
        return grant(grantee, READ_TEMPLATE_ACTIONS.toArray(String[]::new));
    }

    @Override
    public Grant grantManageTemplates(IGrantable grantee) {
        List<String> all = new ArrayList<>(READ_TEMPLATE_ACTIONS);
        all.addAll(WRITE_TEMPLATE_ACTIONS);
        return grant(grantee, all.toArray(String[]::new));
    }
}
