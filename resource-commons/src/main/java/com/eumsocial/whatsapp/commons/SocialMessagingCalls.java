package com.eumsocial.whatsapp.commons;

import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.AwsRequest;
import software.amazon.awssdk.awscore.AwsResponse;
import software.amazon.awssdk.services.socialmessaging.SocialMessagingClient;
import software.amazon.awssdk.services.socialmessaging.model.CreateWhatsAppMessageTemplateFromLibraryRequest;
import software.amazon.awssdk.services.socialmessaging.model.CreateWhatsAppMessageTemplateFromLibraryResponse;
import software.amazon.awssdk.services.socialmessaging.model.CreateWhatsAppMessageTemplateMediaRequest;
import software.amazon.awssdk.services.socialmessaging.model.CreateWhatsAppMessageTemplateMediaResponse;
import software.amazon.awssdk.services.socialmessaging.model.CreateWhatsAppMessageTemplateRequest;
import software.amazon.awssdk.services.socialmessaging.model.CreateWhatsAppMessageTemplateResponse;
import software.amazon.awssdk.services.socialmessaging.model.DeleteWhatsAppMessageTemplateRequest;
import software.amazon.awssdk.services.socialmessaging.model.DeleteWhatsAppMessageTemplateResponse;
import software.amazon.awssdk.services.socialmessaging.model.GetLinkedWhatsAppBusinessAccountRequest;
import software.amazon.awssdk.services.socialmessaging.model.GetLinkedWhatsAppBusinessAccountResponse;
import software.amazon.awssdk.services.socialmessaging.model.GetWhatsAppMessageTemplateRequest;
import software.amazon.awssdk.services.socialmessaging.model.GetWhatsAppMessageTemplateResponse;
import software.amazon.awssdk.services.socialmessaging.model.ListWhatsAppMessageTemplatesRequest;
import software.amazon.awssdk.services.socialmessaging.model.ListWhatsAppMessageTemplatesResponse;
import software.amazon.awssdk.services.socialmessaging.model.ListWhatsAppTemplateLibraryRequest;
import software.amazon.awssdk.services.socialmessaging.model.ListWhatsAppTemplateLibraryResponse;
import software.amazon.awssdk.services.socialmessaging.model.UpdateWhatsAppMessageTemplateRequest;
import software.amazon.awssdk.services.socialmessaging.model.UpdateWhatsAppMessageTemplateResponse;
import software.amazon.cloudformation.proxy.AmazonWebServicesClientProxy;
import software.amazon.cloudformation.proxy.HandlerErrorCode;

/**
 * Every Social Messaging call a handler makes: through the proxy (caller credentials), on a
 * client built at most once per invocation, with every failure translated by
 * {@link ServiceErrorTranslator} into a {@link HandlerFailure}. Each method is named after the
 * service operation, which is also the IAM action {@code social-messaging:<Operation>} that a
 * handler's schema {@code permissions} must list.
 */
public final class SocialMessagingCalls {
    private final AmazonWebServicesClientProxy proxy;
    private final Supplier<SocialMessagingClient> clientSupplier;
    private SocialMessagingClient client;

    public SocialMessagingCalls(AmazonWebServicesClientProxy proxy, Supplier<SocialMessagingClient> clientSupplier) {
        this.proxy = proxy;
        this.clientSupplier = Objects.requireNonNull(clientSupplier, "clientSupplier");
    }

    /** Invokes one operation; {@code operation} names it in error messages. */
    public <Q extends AwsRequest, R extends AwsResponse> R invoke(
            String operation, Q request, BiFunction<SocialMessagingClient, Q, R> call) {
        if (proxy == null) {
            throw new HandlerFailure(HandlerErrorCode.InvalidCredentials,
                "The request carries no caller credentials, so " + operation + " cannot be called");
        }
        SocialMessagingClient target = client();
        try {
            return proxy.injectCredentialsAndInvokeV2(request, r -> call.apply(target, r));
        } catch (RuntimeException e) {
            throw ServiceErrorTranslator.translate(e, operation);
        }
    }

    private SocialMessagingClient client() {
        if (client == null) {
            client = clientSupplier.get();
        }
        return client;
    }

    public GetLinkedWhatsAppBusinessAccountResponse getLinkedWhatsAppBusinessAccount(
            GetLinkedWhatsAppBusinessAccountRequest request) {
        return invoke("GetLinkedWhatsAppBusinessAccount", request, SocialMessagingClient::getLinkedWhatsAppBusinessAccount);
    }

    public CreateWhatsAppMessageTemplateResponse createWhatsAppMessageTemplate(CreateWhatsAppMessageTemplateRequest request) {
        return invoke("CreateWhatsAppMessageTemplate", request, SocialMessagingClient::createWhatsAppMessageTemplate);
    }

    public CreateWhatsAppMessageTemplateFromLibraryResponse createWhatsAppMessageTemplateFromLibrary(
            CreateWhatsAppMessageTemplateFromLibraryRequest request) {
        return invoke("CreateWhatsAppMessageTemplateFromLibrary", request,
            SocialMessagingClient::createWhatsAppMessageTemplateFromLibrary);
    }

    public CreateWhatsAppMessageTemplateMediaResponse createWhatsAppMessageTemplateMedia(
            CreateWhatsAppMessageTemplateMediaRequest request) {
        return invoke("CreateWhatsAppMessageTemplateMedia", request, SocialMessagingClient::createWhatsAppMessageTemplateMedia);
    }

    public GetWhatsAppMessageTemplateResponse getWhatsAppMessageTemplate(GetWhatsAppMessageTemplateRequest request) {
        return invoke("GetWhatsAppMessageTemplate", request, SocialMessagingClient::getWhatsAppMessageTemplate);
    }

    public ListWhatsAppMessageTemplatesResponse listWhatsAppMessageTemplates(ListWhatsAppMessageTemplatesRequest request) {
        return invoke("ListWhatsAppMessageTemplates", request, SocialMessagingClient::listWhatsAppMessageTemplates);
    }

    public UpdateWhatsAppMessageTemplateResponse updateWhatsAppMessageTemplate(UpdateWhatsAppMessageTemplateRequest request) {
        return invoke("UpdateWhatsAppMessageTemplate", request, SocialMessagingClient::updateWhatsAppMessageTemplate);
    }

    public DeleteWhatsAppMessageTemplateResponse deleteWhatsAppMessageTemplate(DeleteWhatsAppMessageTemplateRequest request) {
        return invoke("DeleteWhatsAppMessageTemplate", request, SocialMessagingClient::deleteWhatsAppMessageTemplate);
    }

    public ListWhatsAppTemplateLibraryResponse listWhatsAppTemplateLibrary(ListWhatsAppTemplateLibraryRequest request) {
        return invoke("ListWhatsAppTemplateLibrary", request, SocialMessagingClient::listWhatsAppTemplateLibrary);
    }
}
