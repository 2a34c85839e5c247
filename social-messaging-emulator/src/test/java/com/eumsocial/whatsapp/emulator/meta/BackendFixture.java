package com.eumsocial.whatsapp.emulator.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.BinaryNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/** A backend on a frozen clock with helpers that speak the operations' member names. */
class BackendFixture {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String ACCOUNT = MetaSettings.DEFAULT_ACCOUNT_ID;
    static final String WABA = MetaSettings.DEFAULT_WABA_ID;
    static final Instant START = Instant.parse("2026-01-05T10:00:00Z");
    static final Duration REVIEW = Duration.ofSeconds(5);

    final EmulatorClock clock;
    final MetaBackend backend;

    BackendFixture() {
        this(MetaSettings.builder());
    }

    BackendFixture(MetaSettings.Builder settings) {
        this.clock = EmulatorClock.fixedAt(START);
        this.backend = new MetaBackend(settings.reviewDelay(REVIEW).build(), clock);
    }

    static ObjectNode obj(String json) {
        try {
            return (ObjectNode) JSON.readTree(json.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(json, e);
        }
    }

    static String utilityBody(String name, String language, String body) {
        return "{'name':'" + name + "','language':'" + language + "','category':'UTILITY','components':[{'type':'BODY','text':'"
                + body + "'}]}";
    }

    ObjectNode call(String operation, ObjectNode input) {
        return backend.invoke(operation, ACCOUNT, input);
    }

    ServiceError fails(String operation, ObjectNode input) {
        return catchThrowableOfType(() -> backend.invoke(operation, ACCOUNT, input), ServiceError.class);
    }

    static ObjectNode createInput(String definitionJson) {
        ObjectNode in = JSON.createObjectNode();
        in.put("id", WABA);
        in.set("templateDefinition", new BinaryNode(definitionJson.replace('\'', '"').getBytes(StandardCharsets.UTF_8)));
        return in;
    }

    /** Creates and returns the metaTemplateId (the definition uses ' for ").*/
    String create(String definitionJson) {
        ObjectNode out = call("CreateWhatsAppMessageTemplate", createInput(definitionJson));
        assertThat(out.path("templateStatus").asText()).isEqualTo("PENDING");
        return out.path("metaTemplateId").asText();
    }

    String createUtility(String name, String body) {
        return create(utilityBody(name, "en_US", body));
    }

    ServiceError createFails(String definitionJson) {
        return fails("CreateWhatsAppMessageTemplate", createInput(definitionJson));
    }

    /** Meta's JSON for a template, parsed. */
    ObjectNode template(String metaTemplateId) {
        ObjectNode in = JSON.createObjectNode().put("id", WABA).put("metaTemplateId", metaTemplateId);
        String text = call("GetWhatsAppMessageTemplate", in).path("template").asText();
        try {
            return (ObjectNode) JSON.readTree(text);
        } catch (Exception e) {
            throw new AssertionError("Get returned invalid JSON: " + text, e);
        }
    }

    String status(String metaTemplateId) {
        return template(metaTemplateId).path("status").asText();
    }

    void reviewPasses() {
        clock.advance(REVIEW);
    }

    void update(String metaTemplateId, String category, String componentsJson) {
        call("UpdateWhatsAppMessageTemplate", updateInput(metaTemplateId, category, componentsJson));
    }

    static ObjectNode updateInput(String metaTemplateId, String category, String componentsJson) {
        ObjectNode in = JSON.createObjectNode().put("id", WABA).put("metaTemplateId", metaTemplateId);
        if (category != null) {
            in.put("templateCategory", category);
        }
        if (componentsJson != null) {
            in.set("templateComponents", new BinaryNode(componentsJson.replace('\'', '"')
                    .getBytes(StandardCharsets.UTF_8)));
        }
        return in;
    }

    ObjectNode list(Integer maxResults, String nextToken) {
        ObjectNode in = JSON.createObjectNode().put("id", WABA);
        if (maxResults != null) {
            in.put("maxResults", maxResults);
        }
        if (nextToken != null) {
            in.put("nextToken", nextToken);
        }
        return call("ListWhatsAppMessageTemplates", in);
    }

    void delete(String name, String metaTemplateId) {
        call("DeleteWhatsAppMessageTemplate", deleteInput(name, metaTemplateId));
    }

    static ObjectNode deleteInput(String name, String metaTemplateId) {
        ObjectNode in = JSON.createObjectNode().put("id", WABA).put("templateName", name);
        if (metaTemplateId != null) {
            in.put("metaTemplateId", metaTemplateId);
        }
        return in;
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(json, e);
        }
    }
}
