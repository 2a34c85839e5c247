package com.eumsocial.whatsapp.messagetemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import software.amazon.awssdk.services.socialmessaging.model.ListWhatsAppMessageTemplatesRequest;
import software.amazon.awssdk.services.socialmessaging.model.ListWhatsAppMessageTemplatesResponse;
import software.amazon.cloudformation.proxy.HandlerErrorCode;
import software.amazon.cloudformation.proxy.OperationStatus;
import software.amazon.cloudformation.proxy.ProgressEvent;
import software.amazon.cloudformation.proxy.ResourceHandlerRequest;

class ListHandlerTest extends HandlerTestBase {
    private final ListHandler handler = new ListHandler();

    private static ResourceModel filter(String waba) {
        ResourceModel model = new ResourceModel();
        model.setWabaId(waba);
        return model;
    }

    private ProgressEvent<ResourceModel, CallbackContext> list(ResourceModel filter, String nextToken, Integer maxResults) {
        ResourceHandlerRequest<ResourceModel> request = invocations.request(filter);
        request.setNextToken(nextToken);
        request.setMaxResults(maxResults);
        return handler.handleRequest(invocations.invocation(request, null));
    }

    @Test
    void followsTheServicesPagesThroughCloudFormationsNextToken() {
        when(client.listWhatsAppMessageTemplates(any(ListWhatsAppMessageTemplatesRequest.class)))
            .thenReturn(ListWhatsAppMessageTemplatesResponse.builder()
                .templates(summary("a", "en_US", "APPROVED", "1"), summary("b", "fr", "DELETED", "2")).nextToken("page-2").build())
            .thenReturn(ListWhatsAppMessageTemplatesResponse.builder()
                .templates(summary("c", "de", "PENDING", "3")).build());

        ProgressEvent<ResourceModel, CallbackContext> first = list(filter(WABA_ARN), null, null);
        assertThat(first.getStatus()).isEqualTo(OperationStatus.SUCCESS);
        assertThat(first.getNextToken()).isEqualTo("page-2");
        assertThat(first.getResourceModels()).hasSize(1);
        ResourceModel a = first.getResourceModels().get(0);
        assertThat(a.getWabaId()).isEqualTo(WABA_ARN);
        assertThat(a.getMetaTemplateId()).isEqualTo("1");
        assertThat(a.getTemplateName()).isEqualTo("a");
        assertThat(a.getLanguage()).isEqualTo("en_US");
        assertThat(a.getCategory()).isEqualTo("UTILITY");
        assertThat(a.getStatus()).isEqualTo("APPROVED");

        ProgressEvent<ResourceModel, CallbackContext> second = list(filter(WABA_ARN), first.getNextToken(), 500);
        assertThat(second.getNextToken()).isNull();
        assertThat(second.getResourceModels()).extracting(ResourceModel::getMetaTemplateId).containsExactly("3");

        ArgumentCaptor<ListWhatsAppMessageTemplatesRequest> sent = ArgumentCaptor.forClass(ListWhatsAppMessageTemplatesRequest.class);
        verify(client, org.mockito.Mockito.times(2)).listWhatsAppMessageTemplates(sent.capture());
        assertThat(sent.getAllValues()).extracting(ListWhatsAppMessageTemplatesRequest::nextToken).containsExactly(null, "page-2");
        assertThat(sent.getAllValues()).extracting(ListWhatsAppMessageTemplatesRequest::id).containsOnly(WABA);
        assertThat(sent.getAllValues()).extracting(ListWhatsAppMessageTemplatesRequest::maxResults).containsExactly(100, 100);
    }

    @Test
    void anEmptyWabaListsNothing() {
        when(client.listWhatsAppMessageTemplates(any(ListWhatsAppMessageTemplatesRequest.class)))
            .thenReturn(ListWhatsAppMessageTemplatesResponse.builder().nextToken("").build());
        ProgressEvent<ResourceModel, CallbackContext> event = list(filter(WABA), null, 3);
        assertThat(event.getResourceModels()).isEmpty();
        assertThat(event.getNextToken()).isNull();
    }

    @Test
    void listingNeedsTheWaba() {
        ProgressEvent<ResourceModel, CallbackContext> event = list(new ResourceModel(), null, null);
        assertThat(event.getErrorCode()).isEqualTo(HandlerErrorCode.InvalidRequest);
        assertThat(event.getMessage()).contains("List needs WabaId");
        assertThat(list(null, null, null).getErrorCode()).isEqualTo(HandlerErrorCode.InvalidRequest);
    }
}
