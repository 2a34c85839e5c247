package com.eumsocial.whatsapp.emulator.meta;

import static com.eumsocial.whatsapp.emulator.meta.BackendFixture.ACCOUNT;
import static com.eumsocial.whatsapp.emulator.meta.BackendFixture.JSON;
import static com.eumsocial.whatsapp.emulator.meta.BackendFixture.WABA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountOperationsTest {
    private static final String OTHER_ACCOUNT = "111111111111";
    private static final String OTHER_WABA = "waba-ffffffffffffffffffffffffffffffff";
    private static final String WABA_ARN = "arn:aws:social-messaging:us-east-1:000000000000:waba/0123456789abcdef0123456789abcdef";

    private final BackendFixture f = new BackendFixture(MetaSettings.builder()
            .waba(MetaSettings.defaultWaba())
            .waba(MetaSettings.WabaSeed.of("waba-00000000000000000000000000000002", ACCOUNT,
                    MetaSettings.PhoneNumberSeed.of("phone-number-id-00000000000000000000000000000002", "+4930555000")
                            .withDataLocalizationRegion("DE")))
            .waba(MetaSettings.WabaSeed.of("waba-00000000000000000000000000000003", ACCOUNT))
            .waba(MetaSettings.WabaSeed.of(OTHER_WABA, OTHER_ACCOUNT)));

    private ServiceError failsAs(String account, String operation, ObjectNode input) {
        return catchThrowableOfType(() -> f.backend.invoke(operation, account, input), ServiceError.class);
    }

    @Test
    void getLinkedAccountByIdOrArn() {
        for (String id : new String[] {WABA, WABA_ARN}) {
            JsonNode account = f.call("GetLinkedWhatsAppBusinessAccount", JSON.createObjectNode().put("id", id)).path("account");
            assertThat(account.path("id").asText()).isEqualTo(WABA);
            assertThat(account.path("arn").asText()).isEqualTo(WABA_ARN);
            assertThat(account.path("wabaId").asText()).isEqualTo("102030405060708");
            assertThat(account.path("registrationStatus").asText()).isEqualTo("COMPLETE");
            assertThat(account.path("linkDate").isIntegralNumber()).isTrue();
            assertThat(account.path("wabaName").asText()).isEqualTo("Emulated business");
            assertThat(account.path("eventDestinations").isArray()).isTrue();
            JsonNode phone = account.path("phoneNumbers").get(0);
            assertThat(phone.path("phoneNumberId").asText()).isEqualTo(MetaSettings.DEFAULT_PHONE_NUMBER_ID);
            assertThat(phone.path("arn").asText()).isEqualTo(
                    "arn:aws:social-messaging:us-east-1:000000000000:phone-number-id/0123456789abcdef0123456789abcdef");
            assertThat(phone.path("phoneNumber").asText()).isEqualTo("+14255550100");
            assertThat(phone.path("qualityRating").asText()).isEqualTo("GREEN");
            assertThat(phone.has("dataLocalizationRegion")).isFalse();
        }
        JsonNode german = f.call("GetLinkedWhatsAppBusinessAccount",
                JSON.createObjectNode().put("id", "waba-00000000000000000000000000000002")).path("account");
        assertThat(german.path("phoneNumbers").get(0).path("dataLocalizationRegion").asText()).isEqualTo("DE");
    }

    @Test
    void unknownForeignAndMalformedWabas() {
        assertThat(f.fails("GetLinkedWhatsAppBusinessAccount", JSON.createObjectNode().put("id", "waba-nothere"))
                .errorType()).isEqualTo("ResourceNotFoundException");
        assertThat(f.fails("GetLinkedWhatsAppBusinessAccount", JSON.createObjectNode().put("id", OTHER_WABA))
                .errorType()).isEqualTo("AccessDeniedException");
        assertThat(f.fails("ListWhatsAppMessageTemplates", JSON.createObjectNode().put("id", OTHER_WABA))
                .errorType()).isEqualTo("AccessDeniedException");
        assertThat(f.fails("GetLinkedWhatsAppBusinessAccount", JSON.createObjectNode().put("id",
                "arn:aws:social-messaging:us-east-1:999999999999:waba/0123456789abcdef0123456789abcdef")).errorType())
                .isEqualTo("AccessDeniedException");
        // The ARN's region is not checked (see ResourceIds.Reference).
        assertThat(f.call("GetLinkedWhatsAppBusinessAccount", JSON.createObjectNode().put("id",
                "arn:aws:social-messaging:eu-west-1:000000000000:waba/0123456789abcdef0123456789abcdef"))
                .path("account").path("id").asText()).isEqualTo(WABA);
        assertThat(f.fails("GetLinkedWhatsAppBusinessAccount", JSON.createObjectNode().put("id", "0123"))
                .errorType()).isEqualTo("ValidationException");
        assertThat(f.fails("GetLinkedWhatsAppBusinessAccount", JSON.createObjectNode()).errorType())
                .isEqualTo("ValidationException");
        assertThat(f.fails("CreateWhatsAppMessageTemplate", BackendFixture.createInput(
                BackendFixture.utilityBody("x", "en_US", "Some words here.")).put("id", OTHER_WABA)).errorType())
                .isEqualTo("AccessDeniedException");
    }

    @Test
    void templatesAreKeptPerWaba() {
        f.createUtility("shared_name", "Template in the first account.");
        ObjectNode other = BackendFixture.createInput(BackendFixture.utilityBody("shared_name", "en_US",
                "Template in the second account."));
        other.put("id", "waba-00000000000000000000000000000002");
        f.call("CreateWhatsAppMessageTemplate", other);
        ObjectNode mine = f.backend.invoke("CreateWhatsAppMessageTemplate", OTHER_ACCOUNT,
                BackendFixture.createInput(BackendFixture.utilityBody("shared_name", "en_US", "Third.")).put("id", OTHER_WABA));
        assertThat(mine.path("templateStatus").asText()).isEqualTo("PENDING");
        assertThat(f.list(null, null).path("templates")).hasSize(1);
    }

    @Test
    void getPhoneNumberByIdOrArn() {
        ObjectNode out = f.call("GetLinkedWhatsAppBusinessAccountPhoneNumber", JSON.createObjectNode()
                .put("id", "phone-number-id-00000000000000000000000000000002"));
        assertThat(out.path("linkedWhatsAppBusinessAccountId").asText()).isEqualTo("waba-00000000000000000000000000000002");
        assertThat(out.path("phoneNumber").path("dataLocalizationRegion").asText()).isEqualTo("DE");
        assertThat(out.path("phoneNumber").path("phoneNumber").asText()).isEqualTo("+4930555000");
        assertThat(out.path("phoneNumber").path("metaPhoneNumberId").asText()).matches("^[0-9]+$");
        ObjectNode byArn = f.call("GetLinkedWhatsAppBusinessAccountPhoneNumber", JSON.createObjectNode().put("id",
                "arn:aws:social-messaging:us-east-1:000000000000:phone-number-id/0123456789abcdef0123456789abcdef"));
        assertThat(byArn.path("linkedWhatsAppBusinessAccountId").asText()).isEqualTo(WABA);
        assertThat(f.fails("GetLinkedWhatsAppBusinessAccountPhoneNumber", JSON.createObjectNode()
                .put("id", "phone-number-id-nothere")).errorType()).isEqualTo("ResourceNotFoundException");
        assertThat(failsAs(OTHER_ACCOUNT, "GetLinkedWhatsAppBusinessAccountPhoneNumber", JSON.createObjectNode()
                .put("id", MetaSettings.DEFAULT_PHONE_NUMBER_ID)).errorType()).isEqualTo("AccessDeniedException");
        assertThat(f.fails("GetLinkedWhatsAppBusinessAccountPhoneNumber", JSON.createObjectNode().put("id", WABA))
                .errorType()).isEqualTo("ValidationException");
    }

    @Test
    void listLinkedAccountsPagesThroughTheCallersWabasOnly() {
        ObjectNode page1 = f.call("ListLinkedWhatsAppBusinessAccounts", JSON.createObjectNode().put("maxResults", 2));
        assertThat(page1.path("linkedAccounts")).hasSize(2);
        ObjectNode page2 = f.call("ListLinkedWhatsAppBusinessAccounts", JSON.createObjectNode()
                .put("nextToken", page1.path("nextToken").asText()));
        assertThat(page2.path("linkedAccounts")).hasSize(1);
        assertThat(page2.has("nextToken")).isFalse();
        List<String> ids = new ArrayList<>();
        page1.path("linkedAccounts").forEach(a -> ids.add(a.path("id").asText()));
        page2.path("linkedAccounts").forEach(a -> ids.add(a.path("id").asText()));
        assertThat(ids).containsExactly(WABA, "waba-00000000000000000000000000000002", "waba-00000000000000000000000000000003");
        JsonNode summary = page1.path("linkedAccounts").get(0);
        assertThat(summary.has("phoneNumbers")).isFalse();
        assertThat(summary.path("wabaName").asText()).isNotEmpty();
        ObjectNode others = f.backend.invoke("ListLinkedWhatsAppBusinessAccounts", OTHER_ACCOUNT, null);
        assertThat(others.path("linkedAccounts")).hasSize(1);
        assertThat(f.backend.invoke("ListLinkedWhatsAppBusinessAccounts", "222222222222", JSON.createObjectNode())
                .path("linkedAccounts")).isEmpty();
    }

    @Test
    void eventDestinationsAreReplaced() {
        ObjectNode put = JSON.createObjectNode().put("id", WABA);
        put.putArray("eventDestinations").addObject().put("eventDestinationArn", "arn:aws:sns:us-east-1:000000000000:events");
        assertThat(f.call("PutWhatsAppBusinessAccountEventDestinations", put)).isEmpty();
        assertThat(f.call("GetLinkedWhatsAppBusinessAccount", JSON.createObjectNode().put("id", WABA))
                .path("account").path("eventDestinations").get(0).path("eventDestinationArn").asText()).endsWith(":events");
        ObjectNode clear = JSON.createObjectNode().put("id", WABA);
        clear.putArray("eventDestinations");
        f.call("PutWhatsAppBusinessAccountEventDestinations", clear);
        assertThat(f.call("GetLinkedWhatsAppBusinessAccount", JSON.createObjectNode().put("id", WABA))
                .path("account").path("eventDestinations")).isEmpty();
        ObjectNode two = JSON.createObjectNode().put("id", WABA);
        two.putArray("eventDestinations").addObject().put("eventDestinationArn", "a");
        two.withArray("eventDestinations").addObject().put("eventDestinationArn", "b");
        assertThat(f.fails("PutWhatsAppBusinessAccountEventDestinations", two).errorType()).isEqualTo("ValidationException");
        assertThat(f.fails("PutWhatsAppBusinessAccountEventDestinations", JSON.createObjectNode().put("id", WABA))
                .errorType()).isEqualTo("ValidationException");
    }

    @Test
    void disassociateUnlinksTheWaba() {
        String gone = "waba-00000000000000000000000000000003";
        assertThat(f.call("DisassociateWhatsAppBusinessAccount", JSON.createObjectNode().put("id", gone))).isEmpty();
        assertThat(f.fails("GetLinkedWhatsAppBusinessAccount", JSON.createObjectNode().put("id", gone)).errorType())
                .isEqualTo("ResourceNotFoundException");
        assertThat(f.call("ListLinkedWhatsAppBusinessAccounts", JSON.createObjectNode()).path("linkedAccounts")).hasSize(2);
        assertThat(failsAs(ACCOUNT, "DisassociateWhatsAppBusinessAccount", JSON.createObjectNode().put("id", OTHER_WABA))
                .errorType()).isEqualTo("AccessDeniedException");
    }

    @Test
    void tagsOnWabaArns() {
        ObjectNode tag = JSON.createObjectNode().put("resourceArn", WABA_ARN);
        tag.putArray("tags").addObject().put("key", "team").put("value", "growth");
        tag.withArray("tags").addObject().put("key", "env").put("value", "dev");
        assertThat(f.call("TagResource", tag).path("statusCode").asInt()).isEqualTo(200);
        ObjectNode list = f.call("ListTagsForResource", JSON.createObjectNode().put("resourceArn", WABA_ARN));
        assertThat(list.path("tags").findValuesAsText("key")).containsExactly("team", "env");
        ObjectNode untag = JSON.createObjectNode().put("resourceArn", WABA_ARN);
        untag.putArray("tagKeys").add("team").add("absent");
        assertThat(f.call("UntagResource", untag).path("statusCode").asInt()).isEqualTo(200);
        assertThat(f.call("ListTagsForResource", JSON.createObjectNode().put("resourceArn", WABA_ARN))
                .path("tags").findValuesAsText("key")).containsExactly("env");
    }

    @Test
    void tagErrors() {
        assertThat(f.fails("ListTagsForResource", JSON.createObjectNode().put("resourceArn", WABA)).errorType())
                .isEqualTo("InvalidParametersException");
        assertThat(f.fails("ListTagsForResource", JSON.createObjectNode().put("resourceArn",
                "arn:aws:social-messaging:us-east-1:000000000000:phone-number-id/0123")).errorType())
                .isEqualTo("InvalidParametersException");
        assertThat(f.fails("ListTagsForResource", JSON.createObjectNode().put("resourceArn",
                "arn:aws:social-messaging:us-east-1:000000000000:waba/beef")).errorType())
                .isEqualTo("ResourceNotFoundException");
        ObjectNode reserved = JSON.createObjectNode().put("resourceArn", WABA_ARN);
        reserved.putArray("tags").addObject().put("key", "aws:owner").put("value", "x");
        assertThat(f.fails("TagResource", reserved).getMessage()).contains("reserved");
        ObjectNode emptyKey = JSON.createObjectNode().put("resourceArn", WABA_ARN);
        emptyKey.putArray("tags").addObject().put("value", "x");
        assertThat(f.fails("TagResource", emptyKey).getMessage()).contains("tags[0].key");
        ObjectNode longValue = JSON.createObjectNode().put("resourceArn", WABA_ARN);
        longValue.putArray("tags").addObject().put("key", "k").put("value", "v".repeat(257));
        assertThat(f.fails("TagResource", longValue).getMessage()).contains("256");
        ObjectNode tooMany = JSON.createObjectNode().put("resourceArn", WABA_ARN);
        for (int i = 0; i <= AccountOperations.MAX_TAGS; i++) {
            tooMany.withArray("tags").addObject().put("key", "k" + i).put("value", "v");
        }
        assertThat(f.fails("TagResource", tooMany).getMessage()).contains("at most 200 tags");
        assertThat(f.call("ListTagsForResource", JSON.createObjectNode().put("resourceArn", WABA_ARN)).path("tags"))
                .isEmpty();
        assertThat(f.fails("TagResource", JSON.createObjectNode().put("resourceArn", WABA_ARN)).errorType())
                .isEqualTo("ValidationException");
        assertThat(f.fails("UntagResource", JSON.createObjectNode().put("resourceArn", WABA_ARN)).errorType())
                .isEqualTo("ValidationException");
    }

    private ObjectNode signup(String token, String callbackUrl) {
        ObjectNode in = JSON.createObjectNode();
        ObjectNode cb = in.putObject("signupCallback").put("accessToken", token);
        if (callbackUrl != null) {
            cb.put("callbackUrl", callbackUrl);
        }
        return f.call("AssociateWhatsAppBusinessAccount", in);
    }

    @Test
    void signupThenFinalizationLinksANewWabaWithLocalisedPhoneNumbers() {
        ObjectNode out = signup("meta-access-token", "https://hooks.example.com/wa");
        assertThat(out.path("statusCode").asInt()).isEqualTo(200);
        JsonNode result = out.path("signupCallbackResult");
        String token = result.path("associateInProgressToken").asText();
        assertThat(token.length()).isBetween(1, 50);
        JsonNode incomplete = result.path("linkedAccountsWithIncompleteSetup");
        String metaWabaId = incomplete.fieldNames().next();
        JsonNode meta = incomplete.path(metaWabaId);
        assertThat(meta.path("registrationStatus").asText()).isEqualTo("INCOMPLETE");
        String wabaId = meta.path("wabaId").asText();
        assertThat(wabaId).startsWith("waba-");
        JsonNode phone = meta.path("unregisteredWhatsAppPhoneNumbers").get(0);
        String metaPhoneId = phone.path("metaPhoneNumberId").asText();
        assertThat(phone.path("phoneNumberId").asText()).startsWith("phone-number-id-");
        // Not linked before finalization.
        assertThat(f.fails("GetLinkedWhatsAppBusinessAccount", JSON.createObjectNode().put("id", wabaId)).errorType())
                .isEqualTo("ResourceNotFoundException");

        f.clock.advance(Duration.ofMinutes(3));
        ObjectNode fin = JSON.createObjectNode();
        ObjectNode sf = fin.putObject("setupFinalization").put("associateInProgressToken", token);
        sf.putArray("phoneNumbers").addObject().put("id", metaPhoneId).put("twoFactorPin", "123456")
                .put("dataLocalizationRegion", "IN");
        ObjectNode waba = sf.putObject("waba").put("id", metaWabaId);
        waba.putArray("tags").addObject().put("key", "source").put("value", "signup");
        waba.putArray("eventDestinations").addObject().put("eventDestinationArn", "arn:aws:sns:us-east-1:000000000000:wa");
        assertThat(f.call("AssociateWhatsAppBusinessAccount", fin).path("statusCode").asInt()).isEqualTo(200);

        JsonNode account = f.call("GetLinkedWhatsAppBusinessAccount", JSON.createObjectNode().put("id", wabaId)).path("account");
        assertThat(account.path("registrationStatus").asText()).isEqualTo("COMPLETE");
        assertThat(account.path("linkDate").asLong()).isEqualTo(BackendFixture.START.plus(Duration.ofMinutes(3)).getEpochSecond());
        assertThat(account.path("phoneNumbers").get(0).path("dataLocalizationRegion").asText()).isEqualTo("IN");
        assertThat(account.path("eventDestinations").get(0).path("eventDestinationArn").asText()).contains("sns");
        assertThat(f.call("ListTagsForResource", JSON.createObjectNode().put("resourceArn", account.path("arn").asText()))
                .path("tags").get(0).path("key").asText()).isEqualTo("source");
        // The token is used up.
        assertThat(f.fails("AssociateWhatsAppBusinessAccount", fin).getMessage()).contains("unknown or already used");
        // The new WABA takes templates.
        ObjectNode create = BackendFixture.createInput(BackendFixture.utilityBody("first", "en_US", "Hello from the new account."));
        create.put("id", wabaId);
        assertThat(f.call("CreateWhatsAppMessageTemplate", create).path("templateStatus").asText()).isEqualTo("PENDING");
    }

    @Test
    void finalizationCanAddPhoneNumbersToAnExistingWaba() {
        JsonNode result = signup("token-2", null).path("signupCallbackResult");
        JsonNode meta = result.path("linkedAccountsWithIncompleteSetup").elements().next();
        ObjectNode fin = JSON.createObjectNode();
        ObjectNode sf = fin.putObject("setupFinalization")
                .put("associateInProgressToken", result.path("associateInProgressToken").asText())
                .put("phoneNumberParent", WABA);
        sf.putArray("phoneNumbers").addObject()
                .put("id", meta.path("unregisteredWhatsAppPhoneNumbers").get(0).path("phoneNumberId").asText())
                .put("twoFactorPin", "654321");
        f.call("AssociateWhatsAppBusinessAccount", fin);
        assertThat(f.call("GetLinkedWhatsAppBusinessAccount", JSON.createObjectNode().put("id", WABA))
                .path("account").path("phoneNumbers")).hasSize(2);
    }

    @Test
    void associationErrors() {
        assertThat(f.fails("AssociateWhatsAppBusinessAccount", JSON.createObjectNode()).getMessage())
                .contains("exactly one");
        ObjectNode refused = JSON.createObjectNode();
        refused.putObject("signupCallback").put("accessToken", "invalid-token");
        assertThat(f.fails("AssociateWhatsAppBusinessAccount", refused).errorType())
                .isEqualTo("AccessDeniedByMetaException");
        ObjectNode badUrl = JSON.createObjectNode();
        badUrl.putObject("signupCallback").put("accessToken", "t").put("callbackUrl", "http://plain");
        assertThat(f.fails("AssociateWhatsAppBusinessAccount", badUrl).getMessage()).contains("callbackUrl");

        JsonNode result = signup("token-3", null).path("signupCallbackResult");
        String token = result.path("associateInProgressToken").asText();
        JsonNode meta = result.path("linkedAccountsWithIncompleteSetup").elements().next();
        String phoneId = meta.path("unregisteredWhatsAppPhoneNumbers").get(0).path("metaPhoneNumberId").asText();

        assertThat(finalizeFails(ACCOUNT, token, phoneId, "123456", "US", null).getMessage())
                .contains("dataLocalizationRegion");
        assertThat(finalizeFails(ACCOUNT, token, phoneId, "12ab", null, null).getMessage()).contains("twoFactorPin");
        assertThat(finalizeFails(ACCOUNT, token, "999", "123456", null, null).getMessage())
                .contains("not a phone number of this signup");
        assertThat(finalizeFails(ACCOUNT, token, phoneId, "123456", null, "waba-someone-else").getMessage())
                .contains("waba.id");
        assertThat(finalizeFails(OTHER_ACCOUNT, token, phoneId, "123456", null, null).getMessage())
                .contains("unknown or already used");
        ObjectNode both = JSON.createObjectNode();
        both.putObject("setupFinalization").put("associateInProgressToken", token).put("phoneNumberParent", WABA)
                .putObject("waba");
        assertThat(f.fails("AssociateWhatsAppBusinessAccount", both).getMessage()).contains("not both");
        ObjectNode none = JSON.createObjectNode();
        none.putObject("setupFinalization").put("associateInProgressToken", token);
        assertThat(f.fails("AssociateWhatsAppBusinessAccount", none).getMessage()).contains("at least one phone number");
    }

    private ServiceError finalizeFails(String account, String token, String phoneId, String pin, String region,
                                       String wabaId) {
        ObjectNode fin = JSON.createObjectNode();
        ObjectNode sf = fin.putObject("setupFinalization").put("associateInProgressToken", token);
        ObjectNode p = sf.putArray("phoneNumbers").addObject().put("id", phoneId).put("twoFactorPin", pin);
        if (region != null) {
            p.put("dataLocalizationRegion", region);
        }
        if (wabaId != null) {
            sf.putObject("waba").put("id", wabaId);
        }
        return failsAs(account, "AssociateWhatsAppBusinessAccount", fin);
    }
}
