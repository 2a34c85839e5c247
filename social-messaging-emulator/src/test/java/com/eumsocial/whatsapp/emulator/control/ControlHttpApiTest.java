package com.eumsocial.whatsapp.emulator.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.eumsocial.whatsapp.emulator.EmulatorConfig;
import com.eumsocial.whatsapp.emulator.EmulatorTestSupport;
import com.eumsocial.whatsapp.emulator.SocialMessagingEmulator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.socialmessaging.SocialMessagingClient;

/** The unsigned control API under /_emulator/, over HTTP. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ControlHttpApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SocialMessagingEmulator emulator;

    @BeforeAll
    void start() {
        emulator = SocialMessagingEmulator.start(EmulatorConfig.defaults());
    }

    @AfterAll
    void stop() {
        emulator.close();
    }

    private HttpResponse<String> call(String method, String path, String body) {
        return EmulatorTestSupport.send(HttpRequest.newBuilder(EmulatorTestSupport.uri(emulator, path))
                .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body)).build());
    }

    private JsonNode ok(String method, String path, String body) throws Exception {
        HttpResponse<String> response = call(method, path, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    @Test
    void theClockIsReadAdvancedAndSet() throws Exception {
        Instant before = Instant.parse(ok("GET", "/_emulator/clock", null).get("now").asText());
        Instant advanced = Instant.parse(ok("POST", "/_emulator/clock/advance?seconds=3600", null).get("now").asText());
        assertThat(Duration.between(before, advanced)).isGreaterThanOrEqualTo(Duration.ofHours(1));
        JsonNode set = ok("POST", "/_emulator/clock/set?instant=2030-01-01T00:00:00Z", null);
        assertThat(set.get("epochSeconds").asLong()).isBetween(Instant.parse("2030-01-01T00:00:00Z").getEpochSecond(),
                Instant.parse("2030-01-01T00:01:00Z").getEpochSecond());
        assertThat(call("POST", "/_emulator/clock/advance?seconds=-5", null).statusCode()).isEqualTo(400);
        assertThat(call("POST", "/_emulator/clock/advance?seconds=soon", null).statusCode()).isEqualTo(400);
        assertThat(call("POST", "/_emulator/clock/advance", null).statusCode()).isEqualTo(400);
        assertThat(call("POST", "/_emulator/clock/set?instant=tomorrow", null).statusCode()).isEqualTo(400);
    }

    @Test
    void outcomeRulesAreAddedAndCleared() throws Exception {
        JsonNode rule = ok("POST", "/_emulator/outcomes", "{\"templateName\":\"x\",\"outcome\":\"rejected\","
                + "\"rejectionReason\":\"scam\"}");
        assertThat(rule.get("rejectionReason").asText()).isEqualTo("SCAM");
        assertThat(ok("GET", "/_emulator/state", null).at("/meta/outcomeRules")).hasSize(1);
        ok("DELETE", "/_emulator/outcomes", null);
        assertThat(ok("GET", "/_emulator/state", null).at("/meta/outcomeRules")).isEmpty();
        assertThat(call("POST", "/_emulator/outcomes", "{\"templateName\":\"x\",\"outcome\":\"MAYBE\"}").statusCode())
                .isEqualTo(400);
        assertThat(call("POST", "/_emulator/outcomes", "{not json").statusCode()).isEqualTo(400);
    }

    @Test
    void templatesAreMovedToAStatusOrQualityAndBadChangesAre400() throws Exception {
        try (SocialMessagingClient client = EmulatorTestSupport.client(emulator)) {
            String id = client.createWhatsAppMessageTemplate(r -> r.id(EmulatorTestSupport.WABA_ID).templateDefinition(
                    SdkBytes.fromUtf8String("{\"name\":\"status_over_http\",\"language\":\"en_US\","
                            + "\"category\":\"UTILITY\",\"components\":[{\"type\":\"BODY\","
                            + "\"text\":\"Your status changed today, friend.\"}]}"))).metaTemplateId();
            JsonNode changed = ok("POST", "/_emulator/templates/status", "{\"metaTemplateId\":\"" + id + "\","
                    + "\"status\":\"limit_exceeded\",\"qualityScore\":\"YELLOW\"}");
            assertThat(changed.at("/0/status").asText()).isEqualTo("LIMIT_EXCEEDED");
            assertThat(changed.at("/0/qualityScore").asText()).isEqualTo("YELLOW");
            assertThat(client.listWhatsAppMessageTemplates(r -> r.id(EmulatorTestSupport.WABA_ID)).templates())
                    .anySatisfy(t -> assertThat(t.templateStatus() + "/" + t.templateQualityScore())
                            .isEqualTo("LIMIT_EXCEEDED/YELLOW"));
            client.deleteWhatsAppMessageTemplate(r -> r.id(EmulatorTestSupport.WABA_ID).templateName("status_over_http")
                    .metaTemplateId(id));
        }
        HttpResponse<String> unknown = call("POST", "/_emulator/templates/status",
                "{\"templateName\":\"nobody\",\"status\":\"ARCHIVED\"}");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("no live template matches");
        assertThat(call("POST", "/_emulator/templates/status", "{\"templateName\":\"x\",\"status\":\"GONE\"}")
                .statusCode()).isEqualTo(400);
    }

    @Test
    void resetForgetsTemplates() throws Exception {
        try (SocialMessagingClient client = EmulatorTestSupport.client(emulator)) {
            client.createWhatsAppMessageTemplate(r -> r.id(EmulatorTestSupport.WABA_ID).templateDefinition(
                    SdkBytes.fromUtf8String("{\"name\":\"to_forget\",\"language\":\"en_US\",\"category\":\"UTILITY\","
                            + "\"components\":[{\"type\":\"BODY\",\"text\":\"Hello there, friend.\"}]}")));
            assertThat(client.listWhatsAppMessageTemplates(r -> r.id(EmulatorTestSupport.WABA_ID)).templates())
                    .hasSize(1);
            ok("POST", "/_emulator/reset", null);
            assertThat(client.listWhatsAppMessageTemplates(r -> r.id(EmulatorTestSupport.WABA_ID)).templates())
                    .isEmpty();
        }
    }

    @Test
    void mediaObjectsAreStoredForTheMediaOperation() throws Exception {
        ok("PUT", "/_emulator/media?bucket=ctl-bucket&key=a/b.jpg&contentType=image/jpeg", "jpeg bytes");
        try (SocialMessagingClient client = EmulatorTestSupport.client(emulator)) {
            assertThat(client.createWhatsAppMessageTemplateMedia(r -> r.id(EmulatorTestSupport.WABA_ID)
                    .sourceS3File(f -> f.bucketName("ctl-bucket").key("a/b.jpg"))).metaHeaderHandle()).startsWith("4::");
        }
        assertThat(call("PUT", "/_emulator/media?key=a", "x").statusCode()).isEqualTo(400);
    }

    @Test
    void faultsAreReadChangedAndQueued() throws Exception {
        JsonNode changed = ok("POST", "/_emulator/faults", "{\"seed\":77,\"latencyMillis\":0}");
        assertThat(changed.get("seed").asLong()).isEqualTo(77);
        assertThat(ok("GET", "/_emulator/faults", null).get("seed").asLong()).isEqualTo(77);
        assertThat(call("POST", "/_emulator/faults", "{\"throttleRate\":2}").statusCode()).isEqualTo(400);

        ok("POST", "/_emulator/faults/next?operation=ListLinkedWhatsAppBusinessAccounts&error=DependencyException",
                null);
        try (SocialMessagingClient client = EmulatorTestSupport.clientWithoutRetries(emulator)) {
            assertThatThrownBy(() -> client.listLinkedWhatsAppBusinessAccounts(r -> { }))
                    .hasMessageContaining("Status Code: 502");
            client.listLinkedWhatsAppBusinessAccounts(r -> { });
        }
        assertThat(call("POST", "/_emulator/faults/next?operation=X&error=ValidationException", null).statusCode())
                .isEqualTo(400);
        assertThat(call("POST", "/_emulator/faults/next?operation=X&error=DependencyException&count=0", null)
                .statusCode()).isEqualTo(400);
        ok("POST", "/_emulator/faults", "{\"seed\":0}");
    }

    @Test
    void stateShowsMetaAndProtocolCountersAndUnknownPathsAre404() throws Exception {
        JsonNode state = ok("GET", "/_emulator/state/", null);
        assertThat(state.has("meta")).isTrue();
        assertThat(state.at("/protocol/refused/total").isNumber()).isTrue();
        assertThat(state.get("persistent").asBoolean()).isFalse();
        HttpResponse<String> unknown = call("GET", "/_emulator/nothing", null);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(unknown.body()).get("message").asText()).contains("GET /nothing");
        assertThat(call("GET", "/_emulator", null).statusCode()).isEqualTo(404);
    }

    @Test
    void javaControlRejectsBadArguments() {
        EmulatorControl control = emulator.control();
        assertThatThrownBy(() -> control.advanceClock(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> control.setClock(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> control.putMediaObject("", "k", null, new byte[0]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> control.failNext("", "DependencyException", 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
