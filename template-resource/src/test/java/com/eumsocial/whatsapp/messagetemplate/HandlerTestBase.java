package com.eumsocial.whatsapp.messagetemplate;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.eumsocial.whatsapp.commons.testing.Invocations;
import com.eumsocial.whatsapp.commons.testing.MetaTemplateJson;
import com.eumsocial.whatsapp.commons.testing.MutableClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.mockito.Mockito;
import org.mockito.invocation.Invocation;
import org.mockito.stubbing.OngoingStubbing;
import software.amazon.awssdk.services.socialmessaging.SocialMessagingClient;
import software.amazon.awssdk.services.socialmessaging.model.GetLinkedWhatsAppBusinessAccountRequest;
import software.amazon.awssdk.services.socialmessaging.model.GetLinkedWhatsAppBusinessAccountResponse;
import software.amazon.awssdk.services.socialmessaging.model.GetWhatsAppMessageTemplateRequest;
import software.amazon.awssdk.services.socialmessaging.model.GetWhatsAppMessageTemplateResponse;
import software.amazon.awssdk.services.socialmessaging.model.LinkedWhatsAppBusinessAccount;
import software.amazon.awssdk.services.socialmessaging.model.ListWhatsAppMessageTemplatesRequest;
import software.amazon.awssdk.services.socialmessaging.model.ListWhatsAppMessageTemplatesResponse;
import software.amazon.awssdk.services.socialmessaging.model.RegistrationStatus;
import software.amazon.awssdk.services.socialmessaging.model.TemplateSummary;
import software.amazon.cloudformation.proxy.ProgressEvent;

/** A mock Social Messaging client, a hand-moved clock, and a template in both shapes. */
abstract class HandlerTestBase {
    static final ObjectMapper MAPPER = new ObjectMapper();
    static final String WABA = "waba-0123456789abcdef0123456789abcdef";
    static final String WABA_ARN = "arn:aws:social-messaging:us-east-1:123456789012:waba/0123456789abcdef0123456789abcdef";
    static final String NAME = "order_shipped";
    static final String LANGUAGE = "en_US";
    static final String ID = "1234567890";

    /** Components as declared (lower-case enum values, Meta's keys). */
    static final String DECLARED_COMPONENTS = "[{\"type\":\"HEADER\",\"format\":\"text\",\"text\":\"Order update\"},"
        + "{\"type\":\"BODY\",\"text\":\"Hello {{1}}, your order {{2}} has shipped and will arrive soon.\","
        + "\"example\":{\"body_text\":[[\"Ana\",\"A-1001\"]]}},"
        + "{\"type\":\"FOOTER\",\"text\":\"Reply STOP to opt out\"}]";
    /** The same components as Meta returns them (upper-case enums). */
    static final String META_COMPONENTS = "[{\"type\":\"HEADER\",\"format\":\"TEXT\",\"text\":\"Order update\"},"
        + "{\"type\":\"BODY\",\"text\":\"Hello {{1}}, your order {{2}} has shipped and will arrive soon.\","
        + "\"example\":{\"body_text\":[[\"Ana\",\"A-1001\"]]}},"
        + "{\"type\":\"FOOTER\",\"text\":\"Reply STOP to opt out\"}]";
    static final String EDITED_COMPONENTS = "[{\"type\":\"BODY\",\"text\":\"Hello {{1}}, good news: order {{2}} is on its way.\","
        + "\"example\":{\"body_text\":[[\"Ana\",\"A-1001\"]]}}]";

    final SocialMessagingClient client = mock(SocialMessagingClient.class);
    final MutableClock clock = new MutableClock();
    final Invocations<ResourceModel, CallbackContext> invocations = Invocations.with(client, clock);

    static List<JsonNode> components(String json) {
        try {
            List<JsonNode> list = new ArrayList<>();
            MAPPER.readTree(json).forEach(list::add);
            return list;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ResourceModel desired() {
        ResourceModel model = new ResourceModel();
        model.setWabaId(WABA);
        model.setTemplateName(NAME);
        model.setLanguage(LANGUAGE);
        model.setCategory("UTILITY");
        model.setComponents(components(DECLARED_COMPONENTS));
        return model;
    }

    static MetaTemplateJson meta(String status) {
        return MetaTemplateJson.template(NAME, LANGUAGE, "UTILITY", ID).status(status).components(META_COMPONENTS);
    }

    ProgressEvent<ResourceModel, CallbackContext> run(BaseHandlerStd handler, ResourceModel desired, CallbackContext context) {
        return handler.handleRequest(invocations.invocation(invocations.request(desired), context));
    }

    ProgressEvent<ResourceModel, CallbackContext> run(BaseHandlerStd handler, ResourceModel desired, ResourceModel previous,
                                                      CallbackContext context) {
        return handler.handleRequest(invocations.invocation(invocations.request(desired, previous), context));
    }

    void wabaLinked(RegistrationStatus status) {
        when(client.getLinkedWhatsAppBusinessAccount(any(GetLinkedWhatsAppBusinessAccountRequest.class)))
            .thenReturn(GetLinkedWhatsAppBusinessAccountResponse.builder().account(LinkedWhatsAppBusinessAccount.builder()
                .id(WABA).wabaName("Shop").registrationStatus(status).build()).build());
    }

    void templatesListed(TemplateSummary... summaries) {
        when(client.listWhatsAppMessageTemplates(any(ListWhatsAppMessageTemplatesRequest.class)))
            .thenReturn(ListWhatsAppMessageTemplatesResponse.builder().templates(summaries).build());
    }

    static TemplateSummary summary(String name, String language, String status, String id) {
        return TemplateSummary.builder().templateName(name).templateLanguage(language).templateStatus(status)
            .metaTemplateId(id).templateCategory("UTILITY").templateQualityScore("UNKNOWN").build();
    }

    /** Get answers these templates in turn (the last one repeats). */
    void getReturns(MetaTemplateJson... templates) {
        OngoingStubbing<GetWhatsAppMessageTemplateResponse> stub =
            when(client.getWhatsAppMessageTemplate(any(GetWhatsAppMessageTemplateRequest.class)));
        for (MetaTemplateJson template : templates) {
            stub = stub.thenReturn(GetWhatsAppMessageTemplateResponse.builder().template(template.build()).build());
        }
    }

    /** The service operations the mock saw, as IAM action names ("social-messaging:GetWhatsAppMessageTemplate"). */
    Set<String> operationsCalled() {
        Set<String> actions = new TreeSet<>();
        for (Invocation invocation : Mockito.mockingDetails(client).getInvocations()) {
            String method = invocation.getMethod().getName();
            if (method.equals("serviceName") || method.equals("close") || method.equals("serviceClientConfiguration")) {
                continue;
            }
            actions.add("social-messaging:" + method.substring(0, 1).toUpperCase(Locale.ROOT) + method.substring(1));
        }
        return actions;
    }

    static JsonNode json(Object value) {
        return MAPPER.valueToTree(value);
    }
}
