package com.eumsocial.whatsapp.cdk;

import software.amazon.awscdk.IResource;
import software.amazon.awscdk.services.iam.Grant;
import software.amazon.awscdk.services.iam.IGrantable;

/**
 * A WhatsApp Business Account (WABA) linked to AWS End User Messaging Social.
 *
 * <p>WABAs are linked through the console's sign-up flow, not created by CloudFormation, so this
 * is always an imported account: see {@link WhatsAppBusinessAccount#fromWabaId} and
 * {@link WhatsAppBusinessAccount#fromWabaArn}.
 */
public interface IWhatsAppBusinessAccount extends IResource {

    /** The account's id as the service names it: {@code waba-} followed by 32 hex digits. */
    String getWabaId();

    /** {@code arn:<partition>:social-messaging:<region>:<account>:waba/<id without "waba-">}. */
    String getWabaArn();

    /** Grants the given actions (names without the {@code social-messaging:} prefix) on this WABA. */
    Grant grant(IGrantable grantee, String... actions);

    /** Grants reading the WABA, its templates and Meta's template library. */
    Grant grantReadTemplates(IGrantable grantee);

    /** Grants creating, editing and deleting templates and uploading header media, plus reading. */
    Grant grantManageTemplates(IGrantable grantee);
}
