package com.eumsocial.whatsapp.emulator;

import static com.eumsocial.whatsapp.emulator.EmulatorTestSupport.PHONE_NUMBER_ID;
import static com.eumsocial.whatsapp.emulator.EmulatorTestSupport.WABA_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.eumsocial.whatsapp.emulator.meta.MetaSettings;
import com.eumsocial.whatsapp.emulator.meta.OutcomeRule;
import com.eumsocial.whatsapp.emulator.security.AccessKey;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.services.socialmessaging.SocialMessagingClient;
import software.amazon.awssdk.services.socialmessaging.model.AccessDeniedByMetaException;
import software.amazon.awssdk.services.socialmessaging.model.AccessDeniedException;
import software.amazon.awssdk.services.socialmessaging.model.CreateWhatsAppMessageTemplateResponse;
import software.amazon.awssdk.services.socialmessaging.model.DependencyException;
import software.amazon.awssdk.services.socialmessaging.model.GetLinkedWhatsAppBusinessAccountResponse;
import software.amazon.awssdk.services.socialmessaging.model.InternalServiceException;
import software.amazon.awssdk.services.socialmessaging.model.InvalidParametersException;
import software.amazon.awssdk.services.socialmessaging.model.LimitExceededException;
import software.amazon.awssdk.services.socialmessaging.model.ListWhatsAppMessageTemplatesResponse;
import software.amazon.awssdk.services.socialmessaging.model.ResourceNotFoundException;
import software.amazon.awssdk.services.socialmessaging.model.SocialMessagingException;
import software.amazon.awssdk.services.socialmessaging.model.Tag;
import software.amazon.awssdk.services.socialmessaging.model.TemplateSummary;
import software.amazon.awssdk.services.socialmessaging.model.ThrottledRequestException;
import software.amazon.awssdk.services.socialmessaging.model.ValidationException;
import software.amazon.awssdk.services.socialmessaging.model.WabaPhoneNumberSetupFinalization;
import software.amazon.awssdk.services.socialmessaging.model.WhatsAppBusinessAccountEventDestination;
import software.amazon.awssdk.services.socialmessaging.model.WhatsAppSignupCallbackResult;

/**
 * Every template, library, media, account and tag operation through the real SDK client over
 * HTTP, with the errors the service declares.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SocialMessagingClientTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SocialMessagingEmulator emulator;
    private SocialMessagingClient client;

    @BeforeAll
    void start() {
        emulator = SocialMessagingEmulator.start(EmulatorConfig.builder()
                .metaSettings(MetaSettings.builder().reviewDelay(Duration.ofMinutes(1)).build())
                .build());
        client = EmulatorTestSupport.client(emulator, AccessKey.DEFAULT, RetryMode.STANDARD);
    }

    @AfterAll
    void stop() {
        client.close();
        emulator.close();
    }

    @BeforeEach
    void cleanState() {
        emulator.control().reset();
        emulator.control().configureFaults(com.eumsocial.whatsapp.emulator.faults.FaultSettings.NONE);
    }

    static String definition(String name, String language) {
        return "{\"name\":\"" + name + "\",\"language\":\"" + language + "\",\"category\":\"UTILITY\","
                + "\"components\":[{\"type\":\"BODY\",\"text\":\"Your order {{1}} has shipped today.\","
                + "\"example\":{\"body_text\":[[\"12345\"]]}}]}";
    }

    private CreateWhatsAppMessageTemplateResponse create(String name, String language) {
        return client.createWhatsAppMessageTemplate(r -> r.id(WABA_ID)
                .templateDefinition(SdkBytes.fromUtf8String(definition(name, language))));
    }

    private JsonNode template(String metaTemplateId) throws Exception {
        return JSON.readTree(client.getWhatsAppMessageTemplate(r -> r.id(WABA_ID).metaTemplateId(metaTemplateId))
                .template());
    }

    @Test
    void aCreatedTemplateIsPendingUntilTheClockPassesTheReviewThenApproved() throws Exception {
        CreateWhatsAppMessageTemplateResponse created = create("order_shipped", "en_US");

        assertThat(created.metaTemplateId()).matches("^[0-9]+$");
        assertThat(created.templateStatus()).isEqualTo("PENDING");
        JsonNode pending = template(created.metaTemplateId());
        assertThat(pending.get("status").asText()).isEqualTo("PENDING");
        assertThat(pending.get("name").asText()).isEqualTo("order_shipped");
        assertThat(pending.get("id").asText()).isEqualTo(created.metaTemplateId());

        emulator.control().advanceClock(Duration.ofMinutes(2));

        assertThat(template(created.metaTemplateId()).get("status").asText()).isEqualTo("APPROVED");
    }

    @Test
    void listUpdateAndDeleteOfATemplate() throws Exception {
        CreateWhatsAppMessageTemplateResponse created = create("order_update", "en_US");
        emulator.control().advanceClock(Duration.ofMinutes(2));

        List<TemplateSummary> listed = client.listWhatsAppMessageTemplates(r -> r.id(WABA_ID)).templates();
        assertThat(listed).extracting(TemplateSummary::templateName, TemplateSummary::templateStatus,
                TemplateSummary::templateLanguage).containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "order_update", "APPROVED", "en_US"));

        client.updateWhatsAppMessageTemplate(r -> r.id(WABA_ID).metaTemplateId(created.metaTemplateId())
                .templateComponents(SdkBytes.fromUtf8String("[{\"type\":\"BODY\",\"text\":\"Order {{1}} is on its"
                        + " way to you.\",\"example\":{\"body_text\":[[\"98765\"]]}}]")));
        JsonNode edited = template(created.metaTemplateId());
        assertThat(edited.get("status").asText()).isEqualTo("PENDING");
        assertThat(edited.get("components").get(0).get("text").asText()).contains("is on its way");

        client.deleteWhatsAppMessageTemplate(r -> r.id(WABA_ID).templateName("order_update").deleteAllLanguages(true));
        assertThatThrownBy(() -> template(created.metaTemplateId())).isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void deletingByNameAndIdRemovesOnlyThatLanguage() {
        CreateWhatsAppMessageTemplateResponse english = create("greeting_note", "en_US");
        CreateWhatsAppMessageTemplateResponse german = create("greeting_note", "de");

        client.deleteWhatsAppMessageTemplate(r -> r.id(WABA_ID).templateName("greeting_note")
                .metaTemplateId(german.metaTemplateId()));

        assertThat(client.listWhatsAppMessageTemplates(r -> r.id(WABA_ID)).templates())
                .extracting(TemplateSummary::metaTemplateId).containsExactly(english.metaTemplateId());
    }

    @Test
    void paginationPassesTokensThroughAndThePaginatorSeesEveryTemplate() {
        for (int i = 0; i < 5; i++) {
            create("paged_template_" + i, "en_US");
        }
        ListWhatsAppMessageTemplatesResponse first = client.listWhatsAppMessageTemplates(r -> r.id(WABA_ID)
                .maxResults(2));
        assertThat(first.templates()).hasSize(2);
        assertThat(first.nextToken()).isNotBlank();
        ListWhatsAppMessageTemplatesResponse second = client.listWhatsAppMessageTemplates(r -> r.id(WABA_ID)
                .maxResults(2).nextToken(first.nextToken()));
        assertThat(second.templates()).hasSize(2).doesNotContainAnyElementsOf(first.templates());

        List<String> all = client.listWhatsAppMessageTemplatesPaginator(r -> r.id(WABA_ID).maxResults(2))
                .templates().stream().map(TemplateSummary::templateName).collect(Collectors.toList());
        assertThat(all).containsExactlyInAnyOrder("paged_template_0", "paged_template_1", "paged_template_2",
                "paged_template_3", "paged_template_4");
    }

    @Test
    void theLibraryIsListedWithFiltersAndATemplateIsCreatedFromIt() throws Exception {
        var library = client.listWhatsAppTemplateLibrary(r -> r.id(WABA_ID)
                .filters(Map.of("searchKey", "payment")));
        assertThat(library.metaLibraryTemplates()).isNotEmpty()
                .allSatisfy(t -> assertThat(t.templateName()).isNotBlank());

        var created = client.createWhatsAppMessageTemplateFromLibrary(r -> r.id(WABA_ID)
                .metaLibraryTemplate(t -> t.templateName("my_payment_received").libraryTemplateName("payment_received")
                        .templateCategory("UTILITY").templateLanguage("en_US")));
        assertThat(created.metaTemplateId()).matches("^[0-9]+$");
        assertThat(template(created.metaTemplateId()).get("library_template_name").asText())
                .isEqualTo("payment_received");

        var page = client.listWhatsAppTemplateLibrary(r -> r.id(WABA_ID).maxResults(3));
        assertThat(page.metaLibraryTemplates()).hasSize(3);
        assertThat(page.nextToken()).isNotBlank();
    }

    @Test
    void headerMediaIsUploadedFromTheS3StandIn() {
        emulator.control().putMediaObject("media-bucket", "headers/logo.png", "image/png",
                "fake png bytes".getBytes(StandardCharsets.UTF_8));

        String handle = client.createWhatsAppMessageTemplateMedia(r -> r.id(WABA_ID)
                .sourceS3File(f -> f.bucketName("media-bucket").key("headers/logo.png"))).metaHeaderHandle();

        assertThat(handle).startsWith("4::");
        assertThatThrownBy(() -> client.createWhatsAppMessageTemplateMedia(r -> r.id(WABA_ID)
                .sourceS3File(f -> f.bucketName("media-bucket").key("missing.png"))))
                .isInstanceOf(SocialMessagingException.class);
    }

    @Test
    void linkedAccountsAndPhoneNumbersAreReadable() {
        GetLinkedWhatsAppBusinessAccountResponse account = client.getLinkedWhatsAppBusinessAccount(r -> r.id(WABA_ID));
        assertThat(account.account().id()).isEqualTo(WABA_ID);
        assertThat(account.account().arn()).startsWith("arn:aws:social-messaging:us-east-1:000000000000:waba/");
        assertThat(account.account().registrationStatusAsString()).isEqualTo("COMPLETE");
        assertThat(account.account().linkDate()).isNotNull();
        assertThat(account.account().phoneNumbers()).extracting(p -> p.phoneNumberId()).contains(PHONE_NUMBER_ID);

        assertThat(client.listLinkedWhatsAppBusinessAccounts(r -> r.maxResults(10)).linkedAccounts())
                .extracting(a -> a.id()).containsExactly(WABA_ID);
        var phone = client.getLinkedWhatsAppBusinessAccountPhoneNumber(r -> r.id(PHONE_NUMBER_ID));
        assertThat(phone.linkedWhatsAppBusinessAccountId()).isEqualTo(WABA_ID);
        assertThat(phone.phoneNumber().phoneNumberId()).isEqualTo(PHONE_NUMBER_ID);
    }

    @Test
    void associatingAWabaTakesASignupCallbackThenASetupFinalization() {
        WhatsAppSignupCallbackResult result = client.associateWhatsAppBusinessAccount(r -> r
                .signupCallback(c -> c.accessToken("meta-access-token"))).signupCallbackResult();
        assertThat(result.associateInProgressToken()).isNotBlank();
        var incomplete = result.linkedAccountsWithIncompleteSetup().values().iterator().next();
        String phoneId = incomplete.unregisteredWhatsAppPhoneNumbers().get(0).phoneNumberId();

        var finalized = client.associateWhatsAppBusinessAccount(r -> r.setupFinalization(f -> f
                .associateInProgressToken(result.associateInProgressToken())
                .phoneNumbers(WabaPhoneNumberSetupFinalization.builder().id(phoneId).twoFactorPin("123456")
                        .dataLocalizationRegion("DE").build())
                .waba(w -> w.id(incomplete.wabaId()))));
        assertThat(finalized.statusCode()).isEqualTo(200);

        assertThat(client.listLinkedWhatsAppBusinessAccounts(r -> r.maxResults(10)).linkedAccounts())
                .extracting(a -> a.id()).contains(incomplete.wabaId());
        assertThat(client.getLinkedWhatsAppBusinessAccount(r -> r.id(incomplete.wabaId())).account().phoneNumbers())
                .extracting(p -> p.dataLocalizationRegion()).containsExactly("DE");
    }

    @Test
    void tagsAreAddedListedAndRemoved() {
        String arn = client.getLinkedWhatsAppBusinessAccount(r -> r.id(WABA_ID)).account().arn();

        client.tagResource(r -> r.resourceArn(arn).tags(Tag.builder().key("team").value("growth").build(),
                Tag.builder().key("env").value("test").build()));
        assertThat(client.listTagsForResource(r -> r.resourceArn(arn)).tags())
                .extracting(Tag::key, Tag::value).contains(org.assertj.core.groups.Tuple.tuple("team", "growth"),
                        org.assertj.core.groups.Tuple.tuple("env", "test"));

        client.untagResource(r -> r.resourceArn(arn).tagKeys("team"));
        assertThat(client.listTagsForResource(r -> r.resourceArn(arn)).tags()).extracting(Tag::key)
                .containsExactly("env");
    }

    @Test
    void eventDestinationsDisassociationAndUnemulatedOperationsTravelTheSameProtocol() {
        client.putWhatsAppBusinessAccountEventDestinations(r -> r.id(WABA_ID).eventDestinations(
                WhatsAppBusinessAccountEventDestination.builder()
                        .eventDestinationArn("arn:aws:sns:us-east-1:000000000000:whatsapp-events").build()));
        assertThat(client.getLinkedWhatsAppBusinessAccount(r -> r.id(WABA_ID)).account().eventDestinations())
                .extracting(d -> d.eventDestinationArn()).containsExactly("arn:aws:sns:us-east-1:000000000000:whatsapp-events");

        assertThatThrownBy(() -> client.sendWhatsAppMessage(r -> r.originationPhoneNumberId(PHONE_NUMBER_ID)
                .message(SdkBytes.fromUtf8String("{}")).metaApiVersion("v20.0")))
                .isInstanceOf(InvalidParametersException.class);

        client.disassociateWhatsAppBusinessAccount(r -> r.id(WABA_ID));
        assertThat(client.listLinkedWhatsAppBusinessAccounts(r -> { }).linkedAccounts()).isEmpty();
    }

    @Test
    void forcedOutcomesAreVisibleThroughTheApi() throws Exception {
        emulator.control().forceOutcome(OutcomeRule.rejected("doomed_template", "SCAM"));
        CreateWhatsAppMessageTemplateResponse created = create("doomed_template", "en_US");
        emulator.control().advanceClock(Duration.ofMinutes(2));

        JsonNode rejected = template(created.metaTemplateId());
        assertThat(rejected.get("status").asText()).isEqualTo("REJECTED");
        assertThat(rejected.get("rejected_reason").asText()).isEqualTo("SCAM");
    }

    @Test
    void constraintViolationsAreValidationExceptionsNamingTheMember() {
        assertThatThrownBy(() -> client.getWhatsAppMessageTemplate(r -> r.id("not-a-waba").metaTemplateId("1")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.statusCode()).isEqualTo(400))
                .hasMessageContaining("at 'id' failed to satisfy constraint: Member must satisfy regular expression"
                        + " pattern");
        assertThatThrownBy(() -> client.listWhatsAppMessageTemplates(r -> r.id(WABA_ID).maxResults(101)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("Value '101' at 'maxResults' failed to satisfy constraint: Member must have"
                        + " value less than or equal to 100");
        assertThatThrownBy(() -> client.listWhatsAppMessageTemplates(r -> r.id(WABA_ID).maxResults(0)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("'maxResults'");
        assertThatThrownBy(() -> client.getWhatsAppMessageTemplate(r -> r.id(WABA_ID).metaTemplateId("12a")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("'metaTemplateId'");
        assertThatThrownBy(() -> client.createWhatsAppMessageTemplate(r -> r.id(WABA_ID)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("Value null at 'templateDefinition' failed to satisfy constraint: Member must"
                        + " not be null");
        assertThatThrownBy(() -> client.createWhatsAppMessageTemplate(r -> r.id(WABA_ID)
                .templateDefinition(SdkBytes.fromByteArray(new byte[6001]))))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("at 'templateDefinition' failed to satisfy constraint: Member must have length"
                        + " less than or equal to 6000");
        assertThatThrownBy(() -> client.createWhatsAppMessageTemplateMedia(r -> r.id(WABA_ID)
                .sourceS3File(f -> f.bucketName("UPPER").key("k"))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("'sourceS3File.bucketName'");
    }

    @Test
    void everyDeclaredErrorTypeReachesTheSdkAsItsOwnException() {
        create("twice", "en_US");
        assertThatThrownBy(() -> create("twice", "en_US")).isInstanceOfSatisfying(InvalidParametersException.class,
                e -> assertThat(e.statusCode()).isEqualTo(400));
        assertThatThrownBy(() -> client.getWhatsAppMessageTemplate(r -> r.id(WABA_ID).metaTemplateId("999999")))
                .isInstanceOfSatisfying(ResourceNotFoundException.class, e -> assertThat(e.statusCode()).isEqualTo(404));
        assertThatThrownBy(() -> client.associateWhatsAppBusinessAccount(r -> r
                .signupCallback(c -> c.accessToken("invalid-token"))))
                .isInstanceOfSatisfying(AccessDeniedByMetaException.class, e -> assertThat(e.statusCode()).isEqualTo(403));

        try (SocialMessagingClient second = EmulatorTestSupport.client(emulator, AccessKey.SECOND, RetryMode.STANDARD)) {
            assertThatThrownBy(() -> second.getLinkedWhatsAppBusinessAccountPhoneNumber(r -> r.id(PHONE_NUMBER_ID)))
                    .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.statusCode()).isEqualTo(403));
            assertThatThrownBy(() -> second.getLinkedWhatsAppBusinessAccount(r -> r.id(WABA_ID)))
                    .isInstanceOfAny(ResourceNotFoundException.class, AccessDeniedException.class);
        }

        try (SocialMessagingClient noRetries = EmulatorTestSupport.clientWithoutRetries(emulator)) {
            emulator.control().failNext("ListWhatsAppMessageTemplates", "ThrottledRequestException", 1);
            assertThatThrownBy(() -> noRetries.listWhatsAppMessageTemplates(r -> r.id(WABA_ID)))
                    .isInstanceOfSatisfying(ThrottledRequestException.class, e -> assertThat(e.statusCode())
                            .isEqualTo(429));
            emulator.control().failNext("ListWhatsAppMessageTemplates", "InternalServiceException", 1);
            assertThatThrownBy(() -> noRetries.listWhatsAppMessageTemplates(r -> r.id(WABA_ID)))
                    .isInstanceOfSatisfying(InternalServiceException.class, e -> assertThat(e.statusCode())
                            .isEqualTo(500));
            emulator.control().failNext("ListWhatsAppMessageTemplates", "DependencyException", 1);
            assertThatThrownBy(() -> noRetries.listWhatsAppMessageTemplates(r -> r.id(WABA_ID)))
                    .isInstanceOfSatisfying(DependencyException.class, e -> assertThat(e.statusCode()).isEqualTo(502));
        }
    }

    @Test
    void theTemplateLimitIsALimitExceededException() {
        try (SocialMessagingEmulator small = SocialMessagingEmulator.start(EmulatorConfig.builder()
                .metaSettings(MetaSettings.builder().maxTemplatesPerWaba(1).build()).build());
             SocialMessagingClient smallClient = EmulatorTestSupport.client(small)) {
            smallClient.createWhatsAppMessageTemplate(r -> r.id(WABA_ID)
                    .templateDefinition(SdkBytes.fromUtf8String(definition("first_one", "en_US"))));
            assertThatThrownBy(() -> smallClient.createWhatsAppMessageTemplate(r -> r.id(WABA_ID)
                    .templateDefinition(SdkBytes.fromUtf8String(definition("second_one", "en_US")))))
                    .isInstanceOfSatisfying(LimitExceededException.class, e -> assertThat(e.statusCode()).isEqualTo(400));
        }
    }
}
