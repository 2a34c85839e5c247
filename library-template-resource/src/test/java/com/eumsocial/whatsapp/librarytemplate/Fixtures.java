package com.eumsocial.whatsapp.librarytemplate;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.when;

import com.eumsocial.whatsapp.commons.testing.MetaTemplateJson;
import java.util.List;
import software.amazon.awssdk.services.socialmessaging.SocialMessagingClient;
import software.amazon.awssdk.services.socialmessaging.model.GetLinkedWhatsAppBusinessAccountRequest;
import software.amazon.awssdk.services.socialmessaging.model.GetLinkedWhatsAppBusinessAccountResponse;
import software.amazon.awssdk.services.socialmessaging.model.GetWhatsAppMessageTemplateRequest;
import software.amazon.awssdk.services.socialmessaging.model.GetWhatsAppMessageTemplateResponse;
import software.amazon.awssdk.services.socialmessaging.model.LibraryTemplateButtonList;
import software.amazon.awssdk.services.socialmessaging.model.LinkedWhatsAppBusinessAccount;
import software.amazon.awssdk.services.socialmessaging.model.ListWhatsAppMessageTemplatesRequest;
import software.amazon.awssdk.services.socialmessaging.model.ListWhatsAppMessageTemplatesResponse;
import software.amazon.awssdk.services.socialmessaging.model.ListWhatsAppTemplateLibraryRequest;
import software.amazon.awssdk.services.socialmessaging.model.ListWhatsAppTemplateLibraryResponse;
import software.amazon.awssdk.services.socialmessaging.model.MetaLibraryTemplateDefinition;
import software.amazon.awssdk.services.socialmessaging.model.RegistrationStatus;
import software.amazon.awssdk.services.socialmessaging.model.TemplateSummary;

/** Models, service answers and stubs shared by this module's tests. */
final class Fixtures {
    static final String WABA = "waba-0123456789abcdef0123456789abcdef";
    static final String WABA_ARN = "arn:aws:social-messaging:us-east-1:123456789012:waba/0123456789abcdef0123456789abcdef";
    static final String NAME = "order_update";
    static final String LIBRARY_NAME = "order_confirmation";
    static final String LANGUAGE = "en_US";
    static final String ID = "1234567890";
    static final String COMPONENTS = "[{\"type\":\"BODY\",\"text\":\"Your order {{1}} is confirmed.\","
        + "\"example\":{\"body_text\":[[\"A-1\"]]}},{\"type\":\"BUTTONS\",\"buttons\":[{\"type\":\"URL\","
        + "\"text\":\"Track order\",\"url\":\"https://example.com/orders/{{1}}\",\"example\":[\"https://example.com/orders/1\"]}]}]";

    private Fixtures() {
    }

    static ResourceModel desired() {
        ResourceModel model = new ResourceModel();
        model.setWabaId(WABA);
        model.setTemplateName(NAME);
        model.setLibraryTemplateName(LIBRARY_NAME);
        model.setCategory("UTILITY");
        model.setLanguage(LANGUAGE);
        model.setButtonInputs(List.of(urlInput()));
        model.setBodyInputs(new BodyInputs(true, null, null, null, null));
        model.setWaitForApproval(true);
        return model;
    }

    static ButtonInput urlInput() {
        return new ButtonInput("URL", null, new UrlInput("https://example.com/orders/", "https://example.com/orders/1"),
            null, null, null);
    }

    /** The model as created: the request's writable properties plus the id. */
    static ResourceModel withId(ResourceModel model) {
        ResourceModel copy = model.copy();
        copy.setMetaTemplateId(ID);
        return copy;
    }

    static MetaLibraryTemplateDefinition libraryEntry(String name, String language, String... buttonTypes) {
        return MetaLibraryTemplateDefinition.builder()
            .templateName(name)
            .templateLanguage(language)
            .templateCategory("UTILITY")
            .templateBody("Your order {{1}} is confirmed.")
            .templateButtons(java.util.Arrays.stream(buttonTypes)
                .map(type -> LibraryTemplateButtonList.builder().type(type).text("Button").build()).toList())
            .build();
    }

    static MetaTemplateJson metaTemplate(String status) {
        return MetaTemplateJson.template(NAME, LANGUAGE, "UTILITY", ID).status(status)
            .field("library_template_name", LIBRARY_NAME).components(COMPONENTS);
    }

    static void wabaLinked(SocialMessagingClient client) {
        when(client.getLinkedWhatsAppBusinessAccount(any(GetLinkedWhatsAppBusinessAccountRequest.class)))
            .thenReturn(GetLinkedWhatsAppBusinessAccountResponse.builder().account(LinkedWhatsAppBusinessAccount.builder()
                .id(WABA).wabaName("Shop").registrationStatus(RegistrationStatus.COMPLETE).build()).build());
    }

    static void wabaTemplates(SocialMessagingClient client, TemplateSummary... summaries) {
        when(client.listWhatsAppMessageTemplates(any(ListWhatsAppMessageTemplatesRequest.class)))
            .thenReturn(ListWhatsAppMessageTemplatesResponse.builder().templates(summaries).build());
    }

    static TemplateSummary summary(String name, String language, String id, String status) {
        return TemplateSummary.builder().templateName(name).templateLanguage(language).metaTemplateId(id)
            .templateStatus(status).build();
    }

    static void library(SocialMessagingClient client, MetaLibraryTemplateDefinition... entries) {
        when(client.listWhatsAppTemplateLibrary(any(ListWhatsAppTemplateLibraryRequest.class)))
            .thenReturn(ListWhatsAppTemplateLibraryResponse.builder().metaLibraryTemplates(entries).build());
    }

    static void get(SocialMessagingClient client, String id, String json) {
        when(client.getWhatsAppMessageTemplate(argThat((GetWhatsAppMessageTemplateRequest r) -> r != null
            && id.equals(r.metaTemplateId())))).thenReturn(GetWhatsAppMessageTemplateResponse.builder().template(json).build());
    }
}
