package com.eumsocial.whatsapp.definition;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static com.eumsocial.whatsapp.definition.Json.exampleJson;
import static com.eumsocial.whatsapp.definition.Json.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Meta returns (CONTRACTS.md section B) compares equal to what was declared when nothing
 * changed, and different as soon as something real changed.
 */
class CanonicalFormTest {

    /** GetWhatsAppMessageTemplate's template for utility_order_update.json, approved. */
    static final String UTILITY_RETURNED = "{'name':'order_update','parameter_format':'POSITIONAL','components':["
            + "{'type':'HEADER','format':'TEXT','text':'Order {{1}}','example':{'header_text':['A-1001']}},"
            + "{'type':'BODY','text':'Hello {{1}}, your order {{2}} has shipped and should arrive by {{3}}. Thank you for shopping with us.',"
            + "'example':{'body_text':[['Maria','A-1001','March 3']]}},"
            + "{'type':'FOOTER','text':'Reply STOP to opt out'},"
            + "{'type':'BUTTONS','buttons':[{'type':'URL','text':'Track order','url':'https://shop.example.com/track/{{1}}',"
            + "'example':['https://shop.example.com/track/A-1001']},"
            + "{'type':'PHONE_NUMBER','text':'Call us','phone_number':'+15550100'}]}],"
            + "'language':'en_US','status':'APPROVED','category':'UTILITY','id':'1183424560389273',"
            + "'quality_score':{'score':'GREEN'},'rejected_reason':'NONE','sub_category':'CUSTOM'}";

    /** The same for authentication_otp.json: Meta wrote the body and footer texts and the button label. */
    static final String AUTH_RETURNED = "{'name':'login_code','parameter_format':'POSITIONAL','components':["
            + "{'type':'BODY','text':'*{{1}}* is your verification code. For your security, do not share this code.',"
            + "'add_security_recommendation':true,'example':{'body_text':[['123456']]}},"
            + "{'type':'FOOTER','text':'This code expires in 10 minutes.','code_expiration_minutes':10},"
            + "{'type':'BUTTONS','buttons':[{'type':'OTP','otp_type':'ONE_TAP','text':'Autofill',"
            + "'supported_apps':[{'package_name':'com.example.shop','signature_hash':'K8a/AINcGX7'}]}]}],"
            + "'language':'en_US','status':'PENDING','category':'AUTHENTICATION','id':'2001',"
            + "'quality_score':{'score':'UNKNOWN'},'rejected_reason':'NONE'}";

    /** marketing_image_header.json: the handle comes back as a CDN URL. */
    static final String IMAGE_RETURNED = "{'name':'new_collection','parameter_format':'POSITIONAL','components':["
            + "{'type':'HEADER','format':'IMAGE','example':{'header_handle':['https://scontent.whatsapp.net/v/t61.29466-34/"
            + "4417_n.jpg?ccb=1-7&_nc_sid=8b1bef&_nc_ohc=abc&oh=01_Q5AaI&oe=6800AA11']}},"
            + "{'type':'BODY','text':'Ola {{1}}, a nova coleção chegou! Veja as novidades na loja e aproveite o frete grátis.',"
            + "'example':{'body_text':[['Ana']]}},"
            + "{'type':'BUTTONS','buttons':[{'type':'URL','text':'Ver coleção','url':'https://shop.example.com/br/colecao'}]}],"
            + "'language':'pt_BR','status':'APPROVED','category':'MARKETING','id':'3003','quality_score':{'score':'UNKNOWN'},"
            + "'rejected_reason':'NONE'}";

    /** marketing_named_offer.json. */
    static final String NAMED_RETURNED = "{'name':'spring_offer','parameter_format':'NAMED','components':["
            + "{'type':'HEADER','format':'TEXT','text':'Hi {{first_name}}!','example':{'header_text_named_params':"
            + "[{'param_name':'first_name','example':'Maria'}]}},"
            + "{'type':'BODY','text':'Our spring sale is on: take {{discount}} off everything until {{end_date}} with the code below.',"
            + "'example':{'body_text_named_params':[{'param_name':'discount','example':'20%'},{'param_name':'end_date','example':'March 31'}]}},"
            + "{'type':'FOOTER','text':'Not interested? Tap Stop promotions'},"
            + "{'type':'BUTTONS','buttons':[{'type':'QUICK_REPLY','text':'Stop promotions'},{'type':'QUICK_REPLY','text':'Tell me more'},"
            + "{'type':'COPY_CODE','example':'SPRING20'},{'type':'URL','text':'Shop now','url':'https://shop.example.com/spring'}]}],"
            + "'language':'en','status':'APPROVED','category':'MARKETING','id':'4004','quality_score':{'score':'UNKNOWN'},"
            + "'rejected_reason':'NONE','message_send_ttl_seconds':86400}";

    private static JsonNode components(JsonNode definition) {
        return definition.get("components");
    }

    // ---- nothing changed: equal --------------------------------------------------------------

    @Test
    void aUtilityTemplateAsMetaReturnsItEqualsTheDeclaredOne() {
        JsonNode declared = exampleJson("utility_order_update.json");
        JsonNode returned = json(UTILITY_RETURNED);

        assertThat(CanonicalForm.sameDefinition(declared, returned)).isTrue();
        assertThat(CanonicalForm.sameComponents(components(declared), components(returned), Category.UTILITY)).isTrue();
        assertThat(CanonicalForm.ofDefinition(returned).has("id")).isFalse();
        assertThat(CanonicalForm.ofDefinition(declared).get("parameter_format").textValue()).isEqualTo("POSITIONAL");
    }

    @Test
    void anAuthenticationTemplateWithMetasGeneratedTextsEqualsTheDeclaredOne() {
        JsonNode declared = exampleJson("authentication_otp.json");
        JsonNode returned = json(AUTH_RETURNED);

        assertThat(CanonicalForm.sameDefinition(declared, returned)).isTrue();
        assertThat(CanonicalForm.sameComponents(components(declared), components(returned), Category.AUTHENTICATION)).isTrue();
    }

    @Test
    void anAuthenticationBodyDeclaredWithoutTheRecommendationComesBackWithFalse() {
        JsonNode declared = json("[{'type':'BODY'},{'type':'BUTTONS','buttons':[{'type':'OTP','otp_type':'COPY_CODE'}]}]");
        JsonNode returned = json("[{'type':'BODY','text':'*{{1}}* is your verification code.','add_security_recommendation':false,"
                + "'example':{'body_text':[['123456']]}},{'type':'BUTTONS','buttons':[{'type':'OTP','otp_type':'COPY_CODE','text':'Copy code'}]}]");

        assertThat(CanonicalForm.sameComponents(declared, returned, Category.AUTHENTICATION)).isTrue();
    }

    @Test
    void aMediaHandleEqualsTheCdnUrlMetaReturnsInstead() {
        JsonNode declared = exampleJson("marketing_image_header.json");
        JsonNode returned = json(IMAGE_RETURNED);

        assertThat(CanonicalForm.sameDefinition(declared, returned)).isTrue();
        assertThat(CanonicalForm.ofComponents(components(returned), Category.MARKETING).get(0).at("/example/header_handle").textValue())
                .isEqualTo("<media handle>");
    }

    @Test
    void aNamedMarketingTemplateEqualsTheDeclaredOne() {
        assertThat(CanonicalForm.sameDefinition(exampleJson("marketing_named_offer.json"), json(NAMED_RETURNED))).isTrue();
    }

    @Test
    void lowerCaseEnumsEmptyValuesNullsAndUrlExampleStringsAreAbsorbed() {
        JsonNode declared = json("{'category':'utility','name':'a','language':'en','parameter_format':'positional',"
                + "'allow_category_change':true,'components':[{'type':'header','format':'image','example':{'header_handle':['4::a:b']}},"
                + "{'type':'body','text':'Hello there friend','example':{}},{'type':'footer','text':'Bye','extra':null},"
                + "{'type':'buttons','buttons':[{'type':'url','text':'Go','url':'https://a.b/{{1}}','example':'https://a.b/1'},"
                + "{'type':'quick_reply','text':'Ok','payload':''}]}]}");
        JsonNode returned = json("{'name':'a','parameter_format':'POSITIONAL','components':[{'type':'HEADER','format':'IMAGE',"
                + "'example':{'header_handle':['https://scontent.emulator.local/media/1']}},{'type':'BODY','text':'Hello there friend'},"
                + "{'type':'FOOTER','text':'Bye'},{'type':'BUTTONS','buttons':[{'type':'URL','text':'Go','url':'https://a.b/{{1}}',"
                + "'example':['https://a.b/1']},{'type':'QUICK_REPLY','text':'Ok'}]}],'language':'en','status':'REJECTED',"
                + "'category':'UTILITY','id':'5','quality_score':{'score':'UNKNOWN'},'rejected_reason':'INVALID_FORMAT',"
                + "'rejection_info':{'reason':'x','recommendation':'y'}}");

        assertThat(CanonicalForm.sameDefinition(declared, returned)).isTrue();
    }

    @Test
    void integersCompareByValueWhateverTheirJsonRepresentation() {
        JsonNode declared = json("[{'type':'FOOTER','code_expiration_minutes':10.0}]");
        ObjectNode footer = (ObjectNode) json("{'type':'FOOTER'}");
        footer.put("code_expiration_minutes", 10L);
        JsonNode returned = Json.MAPPER.createArrayNode().add(footer);

        assertThat(CanonicalForm.sameComponents(declared, returned, Category.AUTHENTICATION)).isTrue();
        assertThat(CanonicalForm.ofComponents(json("[{'big':123456789012345678901234567890,'ratio':1.50}]"), null))
                .isEqualTo(json("[{'big':123456789012345678901234567890,'ratio':1.5}]"));
    }

    @Test
    void metasRecategorisationIsAChangeOfTheDefinitionButNotOfTheComponents() {
        JsonNode declared = exampleJson("utility_order_update.json");
        ObjectNode returned = (ObjectNode) json(UTILITY_RETURNED);
        returned.put("category", "MARKETING").put("previous_category", "UTILITY");

        assertThat(CanonicalForm.sameDefinition(declared, returned)).isFalse();
        assertThat(CanonicalForm.sameComponents(components(declared), components(returned), Category.UTILITY)).isTrue();
    }

    // ---- real changes: different --------------------------------------------------------------

    @Test
    void anEditedTextIsAChange() {
        ObjectNode returned = (ObjectNode) json(UTILITY_RETURNED);
        ((ObjectNode) returned.at("/components/2")).put("text", "Reply STOP to unsubscribe");

        assertThat(CanonicalForm.sameDefinition(exampleJson("utility_order_update.json"), returned)).isFalse();
    }

    @Test
    void anAddedButtonIsAChange() {
        ObjectNode returned = (ObjectNode) json(UTILITY_RETURNED);
        ((com.fasterxml.jackson.databind.node.ArrayNode) returned.at("/components/3/buttons"))
                .add(json("{'type':'QUICK_REPLY','text':'Stop'}"));

        assertThat(CanonicalForm.sameComponents(components(exampleJson("utility_order_update.json")), components(returned),
                Category.UTILITY)).isFalse();
    }

    @Test
    void aChangedCategoryNameOrLanguageIsAChange() {
        JsonNode declared = exampleJson("utility_order_update.json");

        assertThat(CanonicalForm.sameDefinition(declared, ((ObjectNode) json(UTILITY_RETURNED)).put("category", "MARKETING"))).isFalse();
        assertThat(CanonicalForm.sameDefinition(declared, ((ObjectNode) json(UTILITY_RETURNED)).put("name", "order_update_v2"))).isFalse();
        assertThat(CanonicalForm.sameDefinition(declared, ((ObjectNode) json(UTILITY_RETURNED)).put("language", "en_GB"))).isFalse();
        assertThat(CanonicalForm.sameDefinition(declared, ((ObjectNode) json(UTILITY_RETURNED)).put("parameter_format", "NAMED"))).isFalse();
    }

    @Test
    void changesInsideComponentsAreChanges() {
        JsonNode declared = components(exampleJson("utility_order_update.json"));
        String[][] edits = {
                {"/components/0", "format", "IMAGE"},
                {"/components/1/example/body_text/0", null, null},
                {"/components/3/buttons/0", "url", "https://shop.example.com/orders/{{1}}"},
                {"/components/3/buttons/0", "example", "https://shop.example.com/track/B-2"},
                {"/components/3/buttons/1", "text", "Call now"},
        };
        for (String[] edit : edits) {
            ObjectNode returned = (ObjectNode) json(UTILITY_RETURNED);
            if (edit[1] == null) {
                ((com.fasterxml.jackson.databind.node.ArrayNode) returned.at(edit[0])).set(0, "Ana");
            } else {
                ((ObjectNode) returned.at(edit[0])).put(edit[1], edit[2]);
            }
            assertThat(CanonicalForm.sameComponents(declared, components(returned), Category.UTILITY))
                    .as("edit %s", String.join(" ", java.util.Arrays.stream(edit).map(String::valueOf).toList())).isFalse();
        }
    }

    @Test
    void reorderedComponentsOrButtonsAreAChange() {
        JsonNode a = json("[{'type':'BODY','text':'x'},{'type':'BUTTONS','buttons':[{'type':'QUICK_REPLY','text':'A'},"
                + "{'type':'QUICK_REPLY','text':'B'}]}]");
        JsonNode b = json("[{'type':'BODY','text':'x'},{'type':'BUTTONS','buttons':[{'type':'QUICK_REPLY','text':'B'},"
                + "{'type':'QUICK_REPLY','text':'A'}]}]");

        assertThat(CanonicalForm.sameComponents(a, b, Category.MARKETING)).isFalse();
    }

    @Test
    void authenticationSettingsThatChangedAreChanges() {
        JsonNode declared = components(exampleJson("authentication_otp.json"));
        ObjectNode noRecommendation = (ObjectNode) json(AUTH_RETURNED);
        ((ObjectNode) noRecommendation.at("/components/0")).put("add_security_recommendation", false);
        ObjectNode otherExpiry = (ObjectNode) json(AUTH_RETURNED);
        ((ObjectNode) otherExpiry.at("/components/1")).put("code_expiration_minutes", 5);
        ObjectNode ownLabel = (ObjectNode) json(AUTH_RETURNED);
        ((ObjectNode) ownLabel.at("/components/2/buttons/0")).put("text", "Fill in code");
        ObjectNode otherApp = (ObjectNode) json(AUTH_RETURNED);
        ((ObjectNode) otherApp.at("/components/2/buttons/0/supported_apps/0")).put("package_name", "com.example.other");

        for (ObjectNode returned : new ObjectNode[]{noRecommendation, otherExpiry, ownLabel, otherApp}) {
            assertThat(CanonicalForm.sameComponents(declared, components(returned), Category.AUTHENTICATION)).isFalse();
        }
    }

    @Test
    void generatedTextsAreIgnoredOnlyInAuthenticationTemplates() {
        JsonNode declared = json("[{'type':'BODY','text':'Your order has shipped.'}]");
        JsonNode returned = json("[{'type':'BODY','text':'Your order has shipped today.'}]");

        assertThat(CanonicalForm.sameComponents(declared, returned, Category.UTILITY)).isFalse();
        assertThat(CanonicalForm.sameComponents(declared, returned, Category.AUTHENTICATION)).isTrue();
    }

    @Test
    void aMediaHeaderThatLostItsHandleIsAChange() {
        JsonNode declared = json("[{'type':'HEADER','format':'IMAGE','example':{'header_handle':['4::a:b']}}]");
        JsonNode returned = json("[{'type':'HEADER','format':'IMAGE'}]");

        assertThat(CanonicalForm.sameComponents(declared, returned, Category.MARKETING)).isFalse();
    }

    // ---- what a read handler reports -------------------------------------------------------------

    @Test
    void reconcileReportsTheDeclaredComponentsWhenNothingChanged() {
        JsonNode declared = components(exampleJson("authentication_otp.json"));

        assertThat(CanonicalForm.reconcileComponents(declared, components(json(AUTH_RETURNED)), Category.AUTHENTICATION))
                .isSameAs(declared);
    }

    @Test
    void reconcileReportsMetasComponentsWithoutMetasAdditionsWhenSomethingChanged() {
        JsonNode declared = json("[{'type':'BODY','add_security_recommendation':true},"
                + "{'type':'BUTTONS','buttons':[{'type':'OTP','otp_type':'COPY_CODE'}]}]");
        JsonNode returned = json("[{'type':'BODY','text':'*{{1}}* is your verification code.','add_security_recommendation':false,"
                + "'example':{'body_text':[['123456']]}},{'type':'FOOTER','text':'This code expires in 5 minutes.',"
                + "'code_expiration_minutes':5},{'type':'BUTTONS','buttons':[{'type':'OTP','otp_type':'COPY_CODE','text':'Copy code'}]}]");

        JsonNode reported = CanonicalForm.reconcileComponents(declared, returned, Category.AUTHENTICATION);

        assertThat(reported).isEqualTo(json("[{'type':'BODY'},{'code_expiration_minutes':5,'type':'FOOTER'},"
                + "{'buttons':[{'otp_type':'COPY_CODE','type':'OTP'}],'type':'BUTTONS'}]"));
    }

    @Test
    void reconcileKeepsTheCdnUrlOfAChangedMediaTemplate() {
        JsonNode declared = components(exampleJson("marketing_image_header.json"));
        ObjectNode returned = (ObjectNode) json(IMAGE_RETURNED);
        ((ObjectNode) returned.at("/components/1")).put("text", "Ola {{1}}, a coleção de inverno chegou! Veja na loja hoje mesmo.");

        JsonNode reported = CanonicalForm.reconcileComponents(declared, components(returned), Category.MARKETING);

        assertThat(reported.at("/0/example/header_handle/0").textValue()).startsWith("https://scontent.whatsapp.net/");
        assertThat(reported.at("/1/text").textValue()).startsWith("Ola {{1}}, a coleção de inverno");
        assertThat(CanonicalForm.reconcileComponents(null, components(returned), Category.MARKETING)).isEqualTo(reported);
    }

    @Test
    void oddInputsAreNormalisedRatherThanRejected() {
        assertThat(CanonicalForm.ofComponents(null, Category.UTILITY)).isEqualTo(json("[]"));
        assertThat(CanonicalForm.ofComponents(json("{'b':null,'a':''}"), Category.UTILITY)).isEqualTo(json("{}"));
        assertThat(CanonicalForm.ofComponents(json("['BODY',null,{'type':'BUTTONS','buttons':['x']}]"), Category.UTILITY))
                .isEqualTo(json("['BODY',null,{'type':'BUTTONS','buttons':['x']}]"));
        assertThat(CanonicalForm.ofDefinition(json("'text'"))).isEqualTo(json("'text'"));
        assertThat(CanonicalForm.ofDefinition(null).isNull()).isTrue();
        assertThat(CanonicalForm.ofDefinition(json("{'category':5,'components':[]}")))
                .isEqualTo(json("{'category':5,'parameter_format':'POSITIONAL'}"));
    }

    @Test
    void canonicalKeysAreSorted() {
        JsonNode canonical = CanonicalForm.ofDefinition(json(UTILITY_RETURNED));

        assertThat(Json.MAPPER.convertValue(canonical, java.util.Map.class).keySet())
                .containsExactly("category", "components", "language", "name", "parameter_format");
        java.util.List<String> keys = new java.util.ArrayList<>();
        canonical.at("/components/3/buttons/0").fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("example", "text", "type", "url");
    }
}
