package com.eumsocial.whatsapp.librarytemplate;

import static com.eumsocial.whatsapp.librarytemplate.Fixtures.LANGUAGE;
import static com.eumsocial.whatsapp.librarytemplate.Fixtures.WABA;
import static com.eumsocial.whatsapp.librarytemplate.Fixtures.summary;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.eumsocial.whatsapp.commons.testing.Invocations;
import com.eumsocial.whatsapp.commons.testing.MetaTemplateJson;
import com.eumsocial.whatsapp.commons.testing.MutableClock;
import com.eumsocial.whatsapp.commons.testing.ServiceErrors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import software.amazon.awssdk.services.socialmessaging.SocialMessagingClient;
import software.amazon.awssdk.services.socialmessaging.model.GetWhatsAppMessageTemplateRequest;
import software.amazon.awssdk.services.socialmessaging.model.ListWhatsAppMessageTemplatesRequest;
import software.amazon.awssdk.services.socialmessaging.model.ListWhatsAppMessageTemplatesResponse;
import software.amazon.cloudformation.proxy.HandlerErrorCode;
import software.amazon.cloudformation.proxy.OperationStatus;
import software.amazon.cloudformation.proxy.ProgressEvent;
import software.amazon.cloudformation.proxy.ResourceHandlerRequest;

class ListHandlerTest {
    private SocialMessagingClient client;
    private Invocations<ResourceModel, CallbackContext> invocations;

    @BeforeEach
    void setUp() {
        client = mock(SocialMessagingClient.class);
        invocations = Invocations.with(client, new MutableClock());
    }

    private static ResourceModel waba(String wabaId) {
        ResourceModel model = new ResourceModel();
        model.setWabaId(wabaId);
        return model;
    }

    private ProgressEvent<ResourceModel, CallbackContext> list(ResourceModel model, String nextToken) {
        ResourceHandlerRequest<ResourceModel> request = invocations.request(model);
        request.setNextToken(nextToken);
        return new ListHandler().handleRequest(invocations.invocation(request, null));
    }

    private static String libraryTemplate(String name, String id, String status) {
        return MetaTemplateJson.template(name, LANGUAGE, "UTILITY", id).status(status)
            .field("library_template_name", "order_confirmation").build();
    }

    @Test
    void listsOnlyTheLiveTemplatesThatCameFromTheLibraryAndPassesTheNextToken() {
        when(client.listWhatsAppMessageTemplates(any(ListWhatsAppMessageTemplatesRequest.class)))
            .thenReturn(ListWhatsAppMessageTemplatesResponse.builder().templates(
                summary("from_library", LANGUAGE, "1", "APPROVED"),
                summary("written_by_hand", LANGUAGE, "2", "APPROVED"),
                summary("deleted_one", LANGUAGE, "3", "DELETED"),
                summary("vanished", LANGUAGE, "4", "PENDING"),
                summary("no_id", LANGUAGE, null, "PENDING")).nextToken("page-3").build());
        Fixtures.get(client, "1", libraryTemplate("from_library", "1", "APPROVED"));
        Fixtures.get(client, "2", MetaTemplateJson.template("written_by_hand", LANGUAGE, "UTILITY", "2").status("APPROVED").build());
        when(client.getWhatsAppMessageTemplate(org.mockito.ArgumentMatchers.argThat(
            (GetWhatsAppMessageTemplateRequest r) -> r != null && "4".equals(r.metaTemplateId()))))
            .thenThrow(ServiceErrors.notFound("gone"));

        ProgressEvent<ResourceModel, CallbackContext> event = list(waba(WABA), "page-2");

        assertThat(event.getStatus()).isEqualTo(OperationStatus.SUCCESS);
        assertThat(event.getResourceModels()).singleElement().satisfies(model -> {
            assertThat(model.getWabaId()).isEqualTo(WABA);
            assertThat(model.getMetaTemplateId()).isEqualTo("1");
            assertThat(model.getTemplateName()).isEqualTo("from_library");
            assertThat(model.getPrimaryIdentifier()).isNotNull();
        });
        assertThat(event.getNextToken()).isEqualTo("page-3");
        ArgumentCaptor<ListWhatsAppMessageTemplatesRequest> sent = ArgumentCaptor.forClass(ListWhatsAppMessageTemplatesRequest.class);
        verify(client).listWhatsAppMessageTemplates(sent.capture());
        assertThat(sent.getValue().id()).isEqualTo(WABA);
        assertThat(sent.getValue().nextToken()).isEqualTo("page-2");
        assertThat(sent.getValue().maxResults()).isEqualTo(TypeSettings.LIST_PAGE_SIZE);
        verify(client, never()).getWhatsAppMessageTemplate(org.mockito.ArgumentMatchers.argThat(
            (GetWhatsAppMessageTemplateRequest r) -> r != null && "3".equals(r.metaTemplateId())));
    }

    @Test
    void anEmptyWabaIsAnEmptyListWithoutNextToken() {
        when(client.listWhatsAppMessageTemplates(any(ListWhatsAppMessageTemplatesRequest.class)))
            .thenReturn(ListWhatsAppMessageTemplatesResponse.builder().nextToken("").build());

        ProgressEvent<ResourceModel, CallbackContext> event = list(waba(WABA), null);

        assertThat(event.getStatus()).isEqualTo(OperationStatus.SUCCESS);
        assertThat(event.getResourceModels()).isEmpty();
        assertThat(event.getNextToken()).isNull();
    }

    @Test
    void listingNeedsAWabaId() {
        assertThat(list(waba(null), null).getErrorCode()).isEqualTo(HandlerErrorCode.InvalidRequest);
        assertThat(list(null, null).getErrorCode()).isEqualTo(HandlerErrorCode.InvalidRequest);
        assertThat(list(waba("nope"), null).getErrorCode()).isEqualTo(HandlerErrorCode.InvalidRequest);
        verifyNoInteractions(client);
    }

    @Test
    void aWabaThatIsNotLinkedIsNotFound() {
        when(client.listWhatsAppMessageTemplates(any(ListWhatsAppMessageTemplatesRequest.class)))
            .thenThrow(ServiceErrors.notFound("WABA not found"));

        assertThat(list(waba(WABA), null).getErrorCode()).isEqualTo(HandlerErrorCode.NotFound);
    }
}
