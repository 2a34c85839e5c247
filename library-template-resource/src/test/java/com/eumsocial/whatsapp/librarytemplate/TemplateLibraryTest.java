package com.eumsocial.whatsapp.librarytemplate;

import static com.eumsocial.whatsapp.librarytemplate.Fixtures.LANGUAGE;
import static com.eumsocial.whatsapp.librarytemplate.Fixtures.LIBRARY_NAME;
import static com.eumsocial.whatsapp.librarytemplate.Fixtures.WABA;
import static com.eumsocial.whatsapp.librarytemplate.Fixtures.libraryEntry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.eumsocial.whatsapp.commons.HandlerFailure;
import com.eumsocial.whatsapp.commons.SocialMessagingCalls;
import com.eumsocial.whatsapp.commons.testing.TestProxies;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import software.amazon.awssdk.services.socialmessaging.SocialMessagingClient;
import software.amazon.awssdk.services.socialmessaging.model.ListWhatsAppTemplateLibraryRequest;
import software.amazon.awssdk.services.socialmessaging.model.ListWhatsAppTemplateLibraryResponse;
import software.amazon.awssdk.services.socialmessaging.model.MetaLibraryTemplateDefinition;
import software.amazon.cloudformation.proxy.HandlerErrorCode;

class TemplateLibraryTest {
    private SocialMessagingClient client;
    private TemplateLibrary library;

    @BeforeEach
    void setUp() {
        client = mock(SocialMessagingClient.class);
        library = new TemplateLibrary(new SocialMessagingCalls(TestProxies.proxy(), () -> client));
    }

    @Test
    void followsPagesUntilTheExactNameTurnsUp() {
        when(client.listWhatsAppTemplateLibrary(any(ListWhatsAppTemplateLibraryRequest.class)))
            .thenReturn(ListWhatsAppTemplateLibraryResponse.builder()
                .metaLibraryTemplates(libraryEntry(LIBRARY_NAME + "_2", LANGUAGE, "URL")).nextToken("t2").build())
            .thenReturn(ListWhatsAppTemplateLibraryResponse.builder()
                .metaLibraryTemplates(libraryEntry(LIBRARY_NAME, "pt_BR", "URL"), libraryEntry(LIBRARY_NAME, "en_us", "URL"))
                .nextToken("t3").build());

        assertThat(library.find(WABA, LIBRARY_NAME, LANGUAGE)).get()
            .extracting(MetaLibraryTemplateDefinition::templateLanguage).isEqualTo("en_us");
        ArgumentCaptor<ListWhatsAppTemplateLibraryRequest> sent = ArgumentCaptor.forClass(ListWhatsAppTemplateLibraryRequest.class);
        verify(client, times(2)).listWhatsAppTemplateLibrary(sent.capture());
        assertThat(sent.getAllValues().get(0).nextToken()).isNull();
        assertThat(sent.getAllValues().get(1).nextToken()).isEqualTo("t2");
    }

    @Test
    void anEntryWithoutALanguageMatchesByName() {
        when(client.listWhatsAppTemplateLibrary(any(ListWhatsAppTemplateLibraryRequest.class)))
            .thenReturn(ListWhatsAppTemplateLibraryResponse.builder().metaLibraryTemplates(libraryEntry(LIBRARY_NAME, null)).build());

        assertThat(library.find(WABA, LIBRARY_NAME, LANGUAGE)).isPresent();
    }

    @Test
    void noEntryAfterTheLastPageIsEmptyAndRequireSaysWhy() {
        when(client.listWhatsAppTemplateLibrary(any(ListWhatsAppTemplateLibraryRequest.class)))
            .thenReturn(ListWhatsAppTemplateLibraryResponse.builder().build());

        assertThat(library.find(WABA, LIBRARY_NAME, LANGUAGE)).isEmpty();
        assertThatThrownBy(() -> library.require(WABA, LIBRARY_NAME, LANGUAGE))
            .isInstanceOfSatisfying(HandlerFailure.class, f -> assertThat(f.code()).isEqualTo(HandlerErrorCode.InvalidRequest))
            .hasMessageContaining("'order_confirmation' is not in Meta's template library in language en_US");
    }

    @Test
    void aLibraryThatNeverStopsPagingIsCutOff() {
        when(client.listWhatsAppTemplateLibrary(any(ListWhatsAppTemplateLibraryRequest.class)))
            .thenReturn(ListWhatsAppTemplateLibraryResponse.builder().nextToken("again").build());

        assertThat(library.find(WABA, LIBRARY_NAME, LANGUAGE)).isEmpty();
        verify(client, times(TypeSettings.LIBRARY_MAX_PAGES)).listWhatsAppTemplateLibrary(any(ListWhatsAppTemplateLibraryRequest.class));
    }

    @Test
    void everyUrlAndPhoneButtonOfTheEntryNeedsAnInput() {
        MetaLibraryTemplateDefinition entry = libraryEntry(LIBRARY_NAME, LANGUAGE, "url", "URL", "PHONE_NUMBER", "QUICK_REPLY");

        assertThat(TemplateLibrary.inputProblems(entry, List.of(Fixtures.urlInput()))).containsExactly(
            "library template 'order_confirmation' has 2 URL buttons but ButtonInputs has 1 URL input: add 1 with Url.BaseUrl",
            "library template 'order_confirmation' has 1 PHONE_NUMBER button but ButtonInputs has 0 PHONE_NUMBER inputs:"
                + " add 1 with PhoneNumber");
        assertThat(TemplateLibrary.inputProblems(entry, List.of(Fixtures.urlInput(), Fixtures.urlInput(),
            new ButtonInput("PHONE_NUMBER", "+15550100", null, null, null, null)))).isEmpty();
    }

    @Test
    void inputsForButtonsTheEntryDoesNotHaveAreRefused() {
        MetaLibraryTemplateDefinition entry = libraryEntry(LIBRARY_NAME, LANGUAGE, "QUICK_REPLY");

        assertThat(TemplateLibrary.inputProblems(entry, List.of(Fixtures.urlInput(), Fixtures.urlInput()))).containsExactly(
            "ButtonInputs has 2 URL inputs but library template 'order_confirmation' has 0 URL buttons");
        assertThat(TemplateLibrary.inputProblems(entry, null)).isEmpty();
        assertThat(TemplateLibrary.inputProblems(MetaLibraryTemplateDefinition.builder().templateName("x").build(), null)).isEmpty();
        assertThatThrownBy(() -> TemplateLibrary.requireInputsFit(entry, List.of(Fixtures.urlInput())))
            .hasMessageContaining("has 0 URL button").hasMessageEndingWith("(nothing was created)");
    }
}
