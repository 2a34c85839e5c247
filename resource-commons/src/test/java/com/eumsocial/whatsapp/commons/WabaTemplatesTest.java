package com.eumsocial.whatsapp.commons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.eumsocial.whatsapp.commons.testing.MetaTemplateJson;
import com.eumsocial.whatsapp.commons.testing.ServiceErrors;
import com.eumsocial.whatsapp.commons.testing.TestProxies;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import software.amazon.awssdk.services.socialmessaging.SocialMessagingClient;
import software.amazon.awssdk.services.socialmessaging.model.DeleteWhatsAppMessageTemplateRequest;
import software.amazon.awssdk.services.socialmessaging.model.DeleteWhatsAppMessageTemplateResponse;
import software.amazon.awssdk.services.socialmessaging.model.GetWhatsAppMessageTemplateRequest;
import software.amazon.awssdk.services.socialmessaging.model.GetWhatsAppMessageTemplateResponse;
import software.amazon.awssdk.services.socialmessaging.model.ListWhatsAppMessageTemplatesRequest;
import software.amazon.awssdk.services.socialmessaging.model.ListWhatsAppMessageTemplatesResponse;
import software.amazon.awssdk.services.socialmessaging.model.TemplateSummary;
import software.amazon.cloudformation.proxy.HandlerErrorCode;

class WabaTemplatesTest {
    private final SocialMessagingClient client = mock(SocialMessagingClient.class);
    private final WabaTemplates templates = new WabaTemplates(new SocialMessagingCalls(TestProxies.proxy(), () -> client));

    private static TemplateSummary summary(String name, String language, String status, String id) {
        return TemplateSummary.builder().templateName(name).templateLanguage(language).templateStatus(status)
            .metaTemplateId(id).build();
    }

    @Test
    void getReturnsTheTemplateOrEmptyWhenNotFound() {
        when(client.getWhatsAppMessageTemplate(any(GetWhatsAppMessageTemplateRequest.class)))
            .thenReturn(GetWhatsAppMessageTemplateResponse.builder()
                .template(MetaTemplateJson.template("a", "en_US", "UTILITY", "1").build()).build())
            .thenThrow(ServiceErrors.notFound("nope"));
        assertThat(templates.get("waba-1", "1")).get().extracting(MetaTemplate::name).isEqualTo("a");
        assertThat(templates.get("waba-1", "1")).isEmpty();
    }

    @Test
    void getLiveHidesDeletedTemplates() {
        when(client.getWhatsAppMessageTemplate(any(GetWhatsAppMessageTemplateRequest.class)))
            .thenReturn(GetWhatsAppMessageTemplateResponse.builder()
                .template(MetaTemplateJson.template("a", "en_US", "UTILITY", "1").status("DELETED").build()).build());
        assertThat(templates.getLive("waba-1", "1")).isEmpty();
    }

    @Test
    void getPassesOtherFailuresOn() {
        when(client.getWhatsAppMessageTemplate(any(GetWhatsAppMessageTemplateRequest.class)))
            .thenThrow(ServiceErrors.throttled("slow"));
        assertThatThrownBy(() -> templates.get("waba-1", "1"))
            .isInstanceOfSatisfying(HandlerFailure.class, f -> assertThat(f.code()).isEqualTo(HandlerErrorCode.Throttling));
    }

    @Test
    void findFollowsPagesAndMatchesNameAndLanguage() {
        when(client.listWhatsAppMessageTemplates(any(ListWhatsAppMessageTemplatesRequest.class)))
            .thenReturn(ListWhatsAppMessageTemplatesResponse.builder().templates(
                summary("a", "en_US", "APPROVED", "1"), summary("b", "fr", "APPROVED", "2"),
                summary("b", "en_US", "DELETED", "9")).nextToken("t2").build())
            .thenReturn(ListWhatsAppMessageTemplatesResponse.builder().templates(
                summary("b", "en_US", "PENDING", "3")).build());

        assertThat(templates.findByNameAndLanguage("waba-1", "b", "en_us")).get()
            .extracting(TemplateSummary::metaTemplateId).isEqualTo("3");

        ArgumentCaptor<ListWhatsAppMessageTemplatesRequest> sent = ArgumentCaptor.forClass(ListWhatsAppMessageTemplatesRequest.class);
        verify(client, org.mockito.Mockito.times(2)).listWhatsAppMessageTemplates(sent.capture());
        assertThat(sent.getAllValues()).extracting(ListWhatsAppMessageTemplatesRequest::nextToken).containsExactly(null, "t2");
        assertThat(sent.getAllValues()).allSatisfy(r -> {
            assertThat(r.id()).isEqualTo("waba-1");
            assertThat(r.maxResults()).isEqualTo(100);
        });
    }

    @Test
    void findIsEmptyWhenNoPageHasIt() {
        when(client.listWhatsAppMessageTemplates(any(ListWhatsAppMessageTemplatesRequest.class)))
            .thenReturn(ListWhatsAppMessageTemplatesResponse.builder().nextToken("").build());
        assertThat(templates.findByNameAndLanguage("waba-1", "b", "en_US")).isEmpty();
    }

    @Test
    void findStopsAfterTheSafetyLimitOfPages() {
        when(client.listWhatsAppMessageTemplates(any(ListWhatsAppMessageTemplatesRequest.class)))
            .thenReturn(ListWhatsAppMessageTemplatesResponse.builder().nextToken("again").build());
        assertThat(templates.findByNameAndLanguage("waba-1", "b", "en_US")).isEmpty();
        verify(client, org.mockito.Mockito.times(WabaTemplates.MAX_PAGES))
            .listWhatsAppMessageTemplates(any(ListWhatsAppMessageTemplatesRequest.class));
    }

    @Test
    void deleteOneNamesTheIdAndNeverAllLanguages() {
        when(client.deleteWhatsAppMessageTemplate(any(DeleteWhatsAppMessageTemplateRequest.class)))
            .thenReturn(DeleteWhatsAppMessageTemplateResponse.builder().build());
        templates.deleteOne("waba-1", "a", "1");
        ArgumentCaptor<DeleteWhatsAppMessageTemplateRequest> sent = ArgumentCaptor.forClass(DeleteWhatsAppMessageTemplateRequest.class);
        verify(client).deleteWhatsAppMessageTemplate(sent.capture());
        assertThat(sent.getValue().id()).isEqualTo("waba-1");
        assertThat(sent.getValue().templateName()).isEqualTo("a");
        assertThat(sent.getValue().metaTemplateId()).isEqualTo("1");
        assertThat(sent.getValue().deleteAllLanguages()).isFalse();
    }

    @Test
    void goneStatuses() {
        assertThat(MetaTemplate.isGoneStatus("deleted")).isTrue();
        assertThat(MetaTemplate.isGoneStatus("PENDING_DELETION")).isTrue();
        assertThat(MetaTemplate.isGoneStatus("APPROVED")).isFalse();
        assertThat(MetaTemplate.isGoneStatus(null)).isFalse();
    }
}
