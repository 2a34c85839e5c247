package com.eumsocial.whatsapp.definition;

import com.eumsocial.whatsapp.definition.model.Body;
import com.eumsocial.whatsapp.definition.model.Button;
import com.eumsocial.whatsapp.definition.model.Buttons;
import com.eumsocial.whatsapp.definition.model.CatalogButton;
import com.eumsocial.whatsapp.definition.model.Component;
import com.eumsocial.whatsapp.definition.model.CopyCodeButton;
import com.eumsocial.whatsapp.definition.model.Example;
import com.eumsocial.whatsapp.definition.model.ExtraFields;
import com.eumsocial.whatsapp.definition.model.FlowButton;
import com.eumsocial.whatsapp.definition.model.Footer;
import com.eumsocial.whatsapp.definition.model.HeaderFormat;
import com.eumsocial.whatsapp.definition.model.LocationHeader;
import com.eumsocial.whatsapp.definition.model.MediaHeader;
import com.eumsocial.whatsapp.definition.model.MpmButton;
import com.eumsocial.whatsapp.definition.model.NamedParameterExample;
import com.eumsocial.whatsapp.definition.model.OtpButton;
import com.eumsocial.whatsapp.definition.model.OtpType;
import com.eumsocial.whatsapp.definition.model.PhoneNumberButton;
import com.eumsocial.whatsapp.definition.model.QuickReplyButton;
import com.eumsocial.whatsapp.definition.model.SupportedApp;
import com.eumsocial.whatsapp.definition.model.TextHeader;
import com.eumsocial.whatsapp.definition.model.UrlButton;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static com.eumsocial.whatsapp.definition.Json.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TemplateDefinitionWriterTest {

    private static final ExtraFields EXTRA = ExtraFields.of(Map.of("x_later", new TextNode("kept")));

    private static TemplateDefinition definitionWith(Category category, Component... components) {
        return new TemplateDefinition("every_type", "en_US", category, ParameterFormat.POSITIONAL, List.of(components), null);
    }

    /** Each component and button type, its model and the JSON it is written as. */
    static Stream<Arguments> components() {
        return Stream.of(
                Arguments.of(new TextHeader("Order {{1}}", Example.ofHeaderText("A-1"), EXTRA),
                        "{'type':'HEADER','format':'TEXT','text':'Order {{1}}','example':{'header_text':['A-1']},'x_later':'kept'}"),
                Arguments.of(new TextHeader("Hi {{name}}", Example.ofHeaderNamed(new NamedParameterExample("name", "Ann")), null),
                        "{'type':'HEADER','format':'TEXT','text':'Hi {{name}}','example':{'header_text_named_params':"
                                + "[{'param_name':'name','example':'Ann'}]}}"),
                Arguments.of(new MediaHeader(HeaderFormat.IMAGE, Example.ofHeaderHandle("4::aW1n:AR1"), null),
                        "{'type':'HEADER','format':'IMAGE','example':{'header_handle':['4::aW1n:AR1']}}"),
                Arguments.of(new MediaHeader(HeaderFormat.VIDEO, Example.ofHeaderHandle("4::dmlk:AR2"), null),
                        "{'type':'HEADER','format':'VIDEO','example':{'header_handle':['4::dmlk:AR2']}}"),
                Arguments.of(new MediaHeader(HeaderFormat.DOCUMENT, Example.ofHeaderHandle("4::ZG9j:AR3"), null),
                        "{'type':'HEADER','format':'DOCUMENT','example':{'header_handle':['4::ZG9j:AR3']}}"),
                Arguments.of(new LocationHeader(null, null), "{'type':'HEADER','format':'LOCATION'}"),
                Arguments.of(new Body("Hi {{1}}, see you", Example.ofBodyText(List.of("Ann")), null, EXTRA),
                        "{'type':'BODY','text':'Hi {{1}}, see you','example':{'body_text':[['Ann']]},'x_later':'kept'}"),
                Arguments.of(new Body("Hi {{n}}", Example.ofBodyNamed(List.of(new NamedParameterExample("n", "Ann"))), null, null),
                        "{'type':'BODY','text':'Hi {{n}}','example':{'body_text_named_params':[{'param_name':'n','example':'Ann'}]}}"),
                Arguments.of(new Body(null, null, true, null), "{'type':'BODY','add_security_recommendation':true}"),
                Arguments.of(new Footer("Thanks", null, null), "{'type':'FOOTER','text':'Thanks'}"),
                Arguments.of(new Footer(null, 10, null), "{'type':'FOOTER','code_expiration_minutes':10}"),
                Arguments.of(buttons(new QuickReplyButton("Yes")), "{'type':'BUTTONS','buttons':[{'type':'QUICK_REPLY','text':'Yes'}]}"),
                Arguments.of(buttons(new UrlButton("Track", "https://x.com/{{1}}", List.of("https://x.com/1"), EXTRA)),
                        "{'type':'BUTTONS','buttons':[{'type':'URL','text':'Track','url':'https://x.com/{{1}}',"
                                + "'example':['https://x.com/1'],'x_later':'kept'}]}"),
                Arguments.of(buttons(new PhoneNumberButton("Call", "+15550100", null)),
                        "{'type':'BUTTONS','buttons':[{'type':'PHONE_NUMBER','text':'Call','phone_number':'+15550100'}]}"),
                Arguments.of(buttons(new CopyCodeButton(null, "SAVE20", null)),
                        "{'type':'BUTTONS','buttons':[{'type':'COPY_CODE','example':'SAVE20'}]}"),
                Arguments.of(buttons(new OtpButton(OtpType.COPY_CODE, "Copy", null, null, null, null)),
                        "{'type':'BUTTONS','buttons':[{'type':'OTP','otp_type':'COPY_CODE','text':'Copy'}]}"),
                Arguments.of(buttons(new OtpButton(OtpType.ONE_TAP, null, "Autofill", null,
                                List.of(new SupportedApp("com.example", "K8a/AINcGX7")), null)),
                        "{'type':'BUTTONS','buttons':[{'type':'OTP','otp_type':'ONE_TAP','autofill_text':'Autofill',"
                                + "'supported_apps':[{'package_name':'com.example','signature_hash':'K8a/AINcGX7'}]}]}"),
                Arguments.of(buttons(new OtpButton(OtpType.ZERO_TAP, null, null, true,
                                List.of(new SupportedApp("com.example", "K8a/AINcGX7", EXTRA)), null)),
                        "{'type':'BUTTONS','buttons':[{'type':'OTP','otp_type':'ZERO_TAP','zero_tap_terms_accepted':true,"
                                + "'supported_apps':[{'package_name':'com.example','signature_hash':'K8a/AINcGX7','x_later':'kept'}]}]}"),
                Arguments.of(buttons(new FlowButton("Book", "123", null, null, "navigate", "WELCOME", null)),
                        "{'type':'BUTTONS','buttons':[{'type':'FLOW','text':'Book','flow_id':'123','flow_action':'navigate',"
                                + "'navigate_screen':'WELCOME'}]}"),
                Arguments.of(buttons(new FlowButton("Book", null, "booking", "{}", null, null, null)),
                        "{'type':'BUTTONS','buttons':[{'type':'FLOW','text':'Book','flow_name':'booking','flow_json':'{}'}]}"),
                Arguments.of(buttons(new CatalogButton("View catalog")),
                        "{'type':'BUTTONS','buttons':[{'type':'CATALOG','text':'View catalog'}]}"),
                Arguments.of(buttons(new MpmButton("View items")), "{'type':'BUTTONS','buttons':[{'type':'MPM','text':'View items'}]}"),
                Arguments.of(new Buttons(List.of(), EXTRA), "{'type':'BUTTONS','buttons':[],'x_later':'kept'}"));
    }

    private static Buttons buttons(Button... buttons) {
        return new Buttons(List.of(buttons), null);
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("components")
    void everyComponentAndButtonTypeIsWrittenAsMetasJsonAndReadBack(Component component, String expectedJson) {
        TemplateDefinition d = definitionWith(Category.UTILITY, component);

        JsonNode written = d.toJson().get("components").get(0);

        assertThat(written).isEqualTo(json(expectedJson));
        assertThat(TemplateDefinitionParser.parse(TemplateDefinitionWriter.toJson(d))).isEqualTo(d);
        assertThat(TemplateDefinitionParser.parse(TemplateDefinitionWriter.toPrettyJson(d))).isEqualTo(d);
    }

    @Test
    void aDefinitionWithEveryTypeSurvivesARoundTrip() {
        List<Component> all = components().map(a -> (Component) a.get()[0]).toList();
        TemplateDefinition d = new TemplateDefinition("every_type", "en_US", Category.MARKETING, null, all,
                ExtraFields.of(Map.of("message_send_ttl_seconds", IntNode.valueOf(3600))));

        TemplateDefinition back = TemplateDefinitionParser.parse(TemplateDefinitionWriter.toPrettyJson(d));

        assertThat(back).isEqualTo(d).hasSameHashCodeAs(d);
        assertThat(back.components()).hasSize(all.size());
    }

    @Test
    void prettyFormIsTwoSpaceIndentedWithAFinalNewline() {
        TemplateDefinition d = new TemplateDefinition("hello", "en", Category.UTILITY, ParameterFormat.NAMED,
                List.of(new Body("Hello there", null, null, null)), null);

        assertThat(TemplateDefinitionWriter.toPrettyJson(d)).isEqualTo("""
                {
                  "name": "hello",
                  "language": "en",
                  "category": "UTILITY",
                  "parameter_format": "named",
                  "components": [
                    {
                      "type": "BODY",
                      "text": "Hello there"
                    }
                  ]
                }
                """);
        assertThat(TemplateDefinitionWriter.toJson(d)).isEqualTo("{\"name\":\"hello\",\"language\":\"en\",\"category\":"
                + "\"UTILITY\",\"parameter_format\":\"named\",\"components\":[{\"type\":\"BODY\",\"text\":\"Hello there\"}]}");
        assertThat(d).hasToString(TemplateDefinitionWriter.toJson(d));
    }

    @Test
    void anUndeclaredParameterFormatStaysUndeclared() {
        TemplateDefinition d = new TemplateDefinition("a", "en", Category.UTILITY, null, List.of(), null);

        assertThat(d.toJson().has("parameter_format")).isFalse();
        assertThat(d.parameterFormat()).isEqualTo(ParameterFormat.POSITIONAL);
        assertThat(d.componentsJson()).isEqualTo(json("[]"));
    }

    @Test
    void emptyListsTheUserWroteSurviveARoundTrip() {
        TemplateDefinition d = TemplateDefinitionParser.parse(Json.text("{'name':'a','language':'en','category':'UTILITY',"
                + "'components':[{'type':'BODY','text':'x','example':{'body_text':[]}}]}"));

        assertThat(d.body().orElseThrow().example().bodyText()).isEmpty();
        assertThat(d.toJson().get("components").get(0).get("example")).isEqualTo(json("{'body_text':[]}"));
    }

    @Test
    void theModelIsImmutable() {
        ObjectNode node = (ObjectNode) json("{'a':1}");
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        fields.put("nested", node);
        ExtraFields extra = ExtraFields.of(fields);
        node.put("a", 2);
        extra.get("nested").withObject("/b");

        assertThat(extra.get("nested")).isEqualTo(json("{'a':1}"));
        assertThat(ExtraFields.of(null)).isSameAs(ExtraFields.NONE);
        assertThat(ExtraFields.NONE.isEmpty()).isTrue();
        assertThat(extra.get("missing")).isNull();
        assertThat(extra).isEqualTo(ExtraFields.of(Map.of("nested", json("{'a':1}")))).hasToString("{nested={\"a\":1}}");

        TemplateDefinition d = new TemplateDefinition("a", "en", Category.UTILITY, null,
                new java.util.ArrayList<>(List.of(new Body("x", null, null, null))), null);
        assertThatThrownBy(() -> d.components().add(new Footer("y", null, null)))
                .isInstanceOf(UnsupportedOperationException.class);
        ((ObjectNode) d.toJson()).put("name", "changed");
        assertThat(d.name()).isEqualTo("a");
    }

    @Test
    void definitionsCanBeDerived() {
        TemplateDefinition d = TemplateDefinitionParser.parse(Json.example("utility_order_update.json"));

        TemplateDefinition marketing = d.withCategory(Category.MARKETING);
        TemplateDefinition bodyOnly = d.withComponents(List.of(d.body().orElseThrow()));

        assertThat(marketing.category()).isEqualTo(Category.MARKETING);
        assertThat(marketing).isNotEqualTo(d);
        assertThat(bodyOnly.components()).hasSize(1);
        assertThat(bodyOnly.header()).isEmpty();
        assertThat(bodyOnly.footer()).isEmpty();
        assertThat(bodyOnly.buttons()).isEmpty();
        assertThat(d).isNotEqualTo("not a definition");
    }

    @Test
    void aMediaHeaderNeedsAMediaFormat() {
        assertThatThrownBy(() -> new MediaHeader(HeaderFormat.TEXT, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("not a media header format: TEXT");
        assertThat(new TextHeader("x", null, null).type().name()).isEqualTo("HEADER");
        assertThat(new LocationHeader(null, null).format()).isEqualTo(HeaderFormat.LOCATION);
        assertThat(HeaderFormat.LOCATION.isMedia()).isFalse();
    }
}
