package com.eumsocial.whatsapp.commons;

import software.amazon.awssdk.services.socialmessaging.model.GetLinkedWhatsAppBusinessAccountRequest;
import software.amazon.awssdk.services.socialmessaging.model.LinkedWhatsAppBusinessAccount;
import software.amazon.awssdk.services.socialmessaging.model.RegistrationStatus;
import software.amazon.cloudformation.proxy.HandlerErrorCode;

/**
 * Checks, before anything is created, that the WABA is linked to this AWS account and region and
 * that its registration is complete, so a wrong WabaId fails at once with a message that says
 * what to fix instead of a later, vaguer error from a template call.
 */
public final class WabaPreflight {
    private WabaPreflight() {
    }

    /** Returns the linked account; throws {@link HandlerFailure} NotFound or InvalidRequest. */
    public static LinkedWhatsAppBusinessAccount check(SocialMessagingCalls calls, WabaReference waba, String region) {
        if (waba.region() != null && region != null && !waba.region().equals(region)) {
            throw HandlerFailure.invalidRequest("WabaId " + waba.given() + " is an ARN in region " + waba.region()
                + " but this stack runs in " + region + "; a WABA can only be used in the region where it is linked");
        }
        LinkedWhatsAppBusinessAccount account;
        try {
            account = calls.getLinkedWhatsAppBusinessAccount(
                GetLinkedWhatsAppBusinessAccountRequest.builder().id(waba.id()).build()).account();
        } catch (HandlerFailure failure) {
            if (failure.code() == HandlerErrorCode.NotFound) {
                throw new HandlerFailure(HandlerErrorCode.NotFound, "WABA " + waba.id()
                    + " is not linked to this AWS account" + (region == null ? "" : " in " + region)
                    + ": link it in the AWS End User Messaging Social console first (" + failure.getMessage() + ")",
                    failure);
            }
            throw failure;
        }
        if (account == null) {
            throw new HandlerFailure(HandlerErrorCode.NotFound, "WABA " + waba.id() + " is not linked to this AWS account");
        }
        if (account.registrationStatus() == RegistrationStatus.INCOMPLETE) {
            throw HandlerFailure.invalidRequest("WABA " + waba.id()
                + (account.wabaName() == null ? "" : " (" + account.wabaName() + ")")
                + " has registration status INCOMPLETE: finish its setup in the AWS End User Messaging Social"
                + " console before creating templates");
        }
        return account;
    }
}
