package com.eumsocial.whatsapp.emulator.meta;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** GetWhatsAppMessageTemplate returns Meta's JSON as CONTRACTS.md section B describes. */
class MetaTemplateJsonTest {
    private final BackendFixture f = new BackendFixture();

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    @Test
    void topLevelFieldsComeInMetasOrderWithTheFieldsMetaAdds() {
        String id = f.create("{'category':'utility','components':[{'text':'Your order has shipped today.','type':'body'}],"
                + "'language':'en_US','name':'shipped','message_send_ttl_seconds':3600}");
        ObjectNode t = f.template(id);
        assertThat(keys(t)).containsExactly("name", "parameter_format", "components", "language", "status", "category",
                "id", "quality_score", "rejected_reason", "message_send_ttl_seconds");
        assertThat(t.path("parameter_format").asText()).isEqualTo("POSITIONAL");
        assertThat(t.path("category").asText()).isEqualTo("UTILITY");
        assertThat(t.path("id").asText()).isEqualTo(id);
        assertThat(t.path("status").asText()).isEqualTo("PENDING");
        assertThat(t.path("quality_score").path("score").asText()).isEqualTo("UNKNOWN");
        assertThat(t.path("rejected_reason").asText()).isEqualTo("NONE");
        assertThat(t.path("message_send_ttl_seconds").asInt()).isEqualTo(3600);
        JsonNode body = t.path("components").get(0);
        assertThat(keys(body)).containsExactly("type", "text");
        assertThat(body.path("type").asText()).isEqualTo("BODY");
    }

    @Test
    void namedParameterFormatIsUpperCase() {
        String id = f.create("{'name':'named_one','language':'en_US','category':'UTILITY','parameter_format':'named',"
                + "'components':[{'type':'BODY','text':'Dear {{first_name}}, welcome to our store.',"
                + "'example':{'body_text_named_params':[{'param_name':'first_name','example':'Ana'}]}}]}");
        assertThat(f.template(id).path("parameter_format").asText()).isEqualTo("NAMED");
    }

    @Test
    void componentKeysComeInMetasOrderEnumsUpperCaseAndEmptyValuesDropped() {
        String id = f.create("{'name':'ordered','language':'en_US','category':'MARKETING','components':["
                + "{'example':{'header_text':['#1']},'text':'Order {{1}}','format':'text','type':'header'},"
                + "{'example':{},'text':'New arrivals are in our store this week.','type':'BODY','extra':null},"
                + "{'buttons':[{'text':'Visit','url':'https://x.com/p/{{1}}','example':'https://x.com/p/1','type':'url'},"
                + "{'type':'quick_reply','text':'Stop'}],'type':'buttons'}]}");
        JsonNode c = f.template(id).path("components");
        assertThat(keys(c.get(0))).containsExactly("type", "format", "text", "example");
        assertThat(c.get(0).path("type").asText()).isEqualTo("HEADER");
        assertThat(c.get(0).path("format").asText()).isEqualTo("TEXT");
        assertThat(keys(c.get(1))).containsExactly("type", "text");
        JsonNode url = c.get(2).path("buttons").get(0);
        assertThat(keys(url)).containsExactly("type", "text", "url", "example");
        assertThat(url.path("type").asText()).isEqualTo("URL");
        assertThat(url.path("example").isArray()).isTrue();
        assertThat(url.path("example").get(0).asText()).isEqualTo("https://x.com/p/1");
        assertThat(c.get(2).path("buttons").get(1).path("type").asText()).isEqualTo("QUICK_REPLY");
    }

    @Test
    void authenticationTemplatesComeBackWithMetasGeneratedTexts() {
        String id = f.create("{'name':'login_code','language':'en_US','category':'AUTHENTICATION','components':["
                + "{'type':'BODY','add_security_recommendation':true},{'type':'FOOTER','code_expiration_minutes':10},"
                + "{'type':'BUTTONS','buttons':[{'type':'OTP','otp_type':'copy_code'}]}]}");
        JsonNode c = f.template(id).path("components");
        assertThat(c.get(0).path("text").asText())
                .isEqualTo("*{{1}}* is your verification code. For your security, do not share this code.");
        assertThat(c.get(0).path("add_security_recommendation").asBoolean()).isTrue();
        assertThat(c.get(0).path("example").path("body_text").get(0).get(0).asText()).isEqualTo("123456");
        assertThat(keys(c.get(0))).containsExactly("type", "text", "add_security_recommendation", "example");
        assertThat(c.get(1).path("text").asText()).isEqualTo("This code expires in 10 minutes.");
        assertThat(c.get(1).path("code_expiration_minutes").asInt()).isEqualTo(10);
        JsonNode otp = c.get(2).path("buttons").get(0);
        assertThat(otp.path("otp_type").asText()).isEqualTo("COPY_CODE");
        assertThat(otp.path("text").asText()).isEqualTo("Copy code");
        assertThat(keys(otp)).containsExactly("type", "otp_type", "text");
    }

    @Test
    void authenticationWithoutSecurityRecommendationKeepsTheFlagAsFalse() {
        String id = f.create("{'name':'tap_code','language':'en_US','category':'AUTHENTICATION','components':["
                + "{'type':'BODY'},{'type':'BUTTONS','buttons':[{'type':'OTP','otp_type':'ONE_TAP',"
                + "'supported_apps':[{'package_name':'com.example','signature_hash':'abcdefghijk'}]}]}]}");
        JsonNode c = f.template(id).path("components");
        assertThat(c.get(0).path("text").asText()).isEqualTo("*{{1}}* is your verification code.");
        assertThat(c.get(0).path("add_security_recommendation").isBoolean()).isTrue();
        assertThat(c.get(0).path("add_security_recommendation").asBoolean()).isFalse();
        assertThat(c.get(1).path("buttons").get(0).path("text").asText()).isEqualTo("Autofill");
        assertThat(c.get(1).path("buttons").get(0).path("supported_apps").get(0).path("package_name").asText())
                .isEqualTo("com.example");
    }

    @Test
    void aDeclaredOtpTextIsKept() {
        String id = f.create("{'name':'own_text','language':'en_US','category':'AUTHENTICATION','components':["
                + "{'type':'BODY'},{'type':'BUTTONS','buttons':[{'type':'OTP','otp_type':'COPY_CODE','text':'Copy it'}]}]}");
        assertThat(f.template(id).path("components").get(1).path("buttons").get(0).path("text").asText())
                .isEqualTo("Copy it");
    }

    @Test
    void theTemplateStringIsCompactJson() {
        String id = f.createUtility("compact", "A compact template JSON string.");
        String text = f.call("GetWhatsAppMessageTemplate", BackendFixture.JSON.createObjectNode()
                .put("id", BackendFixture.WABA).put("metaTemplateId", id)).path("template").asText();
        assertThat(text).startsWith("{\"name\":\"compact\",\"parameter_format\":\"POSITIONAL\"").doesNotContain("\n");
    }
}
