package com.eumsocial.whatsapp.definition;

import com.eumsocial.whatsapp.definition.model.Body;
import com.eumsocial.whatsapp.definition.model.Buttons;
import com.eumsocial.whatsapp.definition.model.FlowButton;
import com.eumsocial.whatsapp.definition.model.HeaderFormat;
import com.eumsocial.whatsapp.definition.model.MediaHeader;
import com.eumsocial.whatsapp.definition.model.OtpButton;
import com.eumsocial.whatsapp.definition.model.UrlButton;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static com.eumsocial.whatsapp.definition.Json.json;
import static com.eumsocial.whatsapp.definition.Json.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

class TemplateDefinitionParserTest {

    private static InvalidDefinitionException failure(String json) {
        return catchThrowableOfType(InvalidDefinitionException.class, () -> TemplateDefinitionParser.parse(json));
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        InvalidDefinitionException e = failure("{\n  \"name\": \"a\",\n  \"language\": }");

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo("json-syntax");
            assertThat(p.pointer()).isEmpty();
            assertThat(p.path()).isEmpty();
            assertThat(p.message()).startsWith("malformed JSON at line 3, column 15: Unexpected character ('}'");
        });
        assertThat(e.getMessage()).startsWith("malformed JSON at line 3");
        assertThat(e.source()).isNull();
    }

    @Test
    void emptyTextIsNotADefinition() {
        assertThat(failure("  \n").problems()).extracting(DefinitionProblem::rule, DefinitionProblem::message)
                .containsExactly(tuple("json-syntax", "the definition is empty; expected a JSON object"));
        assertThat(failure(null).problems()).extracting(DefinitionProblem::rule).containsExactly("json-syntax");
    }

    @Test
    void trailingContentAndDuplicateKeysAreMalformed() {
        assertThat(failure("{\"name\":\"a\"} {}").problems().get(0).message()).startsWith("malformed JSON");
        assertThat(failure("{\"name\":\"a\",\"name\":\"b\"}").problems().get(0).message())
                .contains("Duplicate field 'name'");
    }

    @Test
    void aRootThatIsNotAnObjectIsRejected() {
        assertThat(failure("[1, 2]").problems()).extracting(DefinitionProblem::rule, DefinitionProblem::message)
                .containsExactly(tuple("json-syntax", "a template definition must be a JSON object, found array"));
    }

    @Test
    void wrongJsonTypesAreAllReportedWithTheirPlace() {
        InvalidDefinitionException e = failure(text("{'name':5,'language':'en_US','category':'UTILITY','components':["
                + "{'type':'BODY','text':5,'add_security_recommendation':'yes'},"
                + "{'type':'FOOTER','text':'x','code_expiration_minutes':1.5},"
                + "{'type':'BUTTONS','buttons':{}},"
                + "'HEADER']}"));

        assertThat(e.problems()).extracting(DefinitionProblem::rule, DefinitionProblem::path, DefinitionProblem::message)
                .containsExactly(
                        tuple("json-type", "name", "must be a string, found number"),
                        tuple("json-type", "components[0].text", "must be a string, found number"),
                        tuple("json-type", "components[0].add_security_recommendation", "must be true or false, found string"),
                        tuple("json-type", "components[1].code_expiration_minutes", "must be a whole number, found number"),
                        tuple("json-type", "components[2].buttons", "must be an array, found object"),
                        tuple("json-type", "components[3]", "must be an object, found string"));
        assertThat(e.getMessage()).isEqualTo(String.join("\n",
                "name: must be a string, found number",
                "components[0].text: must be a string, found number",
                "components[0].add_security_recommendation: must be true or false, found string",
                "components[1].code_expiration_minutes: must be a whole number, found number",
                "components[2].buttons: must be an array, found object",
                "components[3]: must be an object, found string"));
        assertThat(e.problems().get(1).pointer()).isEqualTo("/components/0/text");
    }

    @Test
    void wrongTypesInsideExamplesAndButtonsAreReported() {
        InvalidDefinitionException e = failure(text("{'name':'a','language':'en','category':'AUTHENTICATION','components':{}}"));
        assertThat(e.problems()).extracting(DefinitionProblem::path, DefinitionProblem::message)
                .containsExactly(tuple("components", "must be an array, found object"));

        e = failure(text("{'name':'a','language':'en','category':'UTILITY','components':["
                + "{'type':'HEADER','format':'TEXT','text':'a','example':[]},"
                + "{'type':'BODY','text':'a','example':{'body_text':['x',[1]],'body_text_named_params':['x'],'header_text':[true]}},"
                + "{'type':'BUTTONS','buttons':[7,{'type':'OTP','otp_type':'ONE_TAP','supported_apps':['x']},"
                + "{'type':'URL','text':'a','url':'b','example':5},{'type':'FLOW','text':'a','flow_id':{}}]}]}"));
        assertThat(e.problems()).extracting(DefinitionProblem::path, DefinitionProblem::message).containsExactly(
                tuple("components[0].example", "must be an object, found array"),
                tuple("components[1].example.header_text[0]", "must be a string, found boolean"),
                tuple("components[1].example.body_text[0]", "must be an array of strings, found string"),
                tuple("components[1].example.body_text[1][0]", "must be a string, found number"),
                tuple("components[1].example.body_text_named_params[0]", "must be an object with param_name and example, found string"),
                tuple("components[2].buttons[0]", "must be an object, found number"),
                tuple("components[2].buttons[1].supported_apps[0]", "must be an object, found string"),
                tuple("components[2].buttons[2].example", "must be an array, found number"),
                tuple("components[2].buttons[3].flow_id", "must be a string, found object"));
    }

    @Test
    void unknownComponentAndButtonTypesAreRejected() {
        InvalidDefinitionException e = failure(text("{'name':'a','language':'en','category':'UTILITY','components':["
                + "{'type':'SLIDESHOW'},{'type':'HEADER'},{'type':'BUTTONS','buttons':[{'type':'FAX','text':'x'},{'text':'y'}]}]}"));

        assertThat(e.problems()).extracting(DefinitionProblem::rule, DefinitionProblem::path).containsExactly(
                tuple("component-type", "components[0].type"),
                tuple("header-format", "components[1].format"),
                tuple("button-type", "components[2].buttons[0].type"),
                tuple("button-type", "components[2].buttons[1].type"));
        assertThat(e.problems().get(0).message())
                .isEqualTo("unknown component type \"SLIDESHOW\"; use one of HEADER, BODY, FOOTER, BUTTONS, CAROUSEL, "
                        + "LIMITED_TIME_OFFER, CALL_PERMISSION_REQUEST");
        assertThat(e.problems().get(3).message()).startsWith("missing button type; use one of QUICK_REPLY, URL");
    }

    @Test
    void aFilesNameAppearsInEveryLineOfTheMessage(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("order_update.json");
        Files.writeString(file, text("{'name':'a','language':7,'category':'UTILITY','components':[{'type':'BODY','text':true}]}"));

        InvalidDefinitionException e = catchThrowableOfType(InvalidDefinitionException.class,
                () -> TemplateDefinitionParser.parse(file));

        assertThat(e.source()).isEqualTo(file.toString());
        assertThat(e.getMessage()).isEqualTo(file + ": language: must be a string, found number\n"
                + file + ": components[0].text: must be a string, found boolean");
    }

    @Test
    void aMalformedFileIsNamed(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\"name\": ");

        assertThatThrownBy(() -> TemplateDefinitionParser.parse(file))
                .isInstanceOf(InvalidDefinitionException.class)
                .hasMessageStartingWith(file + ": malformed JSON at line 1");
    }

    @Test
    void textFromAnotherSourceCanBeNamedToo() {
        assertThatThrownBy(() -> TemplateDefinitionParser.parse("{\"name\": 1}", "Stack/OrderUpdate"))
                .isInstanceOf(InvalidDefinitionException.class)
                .hasMessage("Stack/OrderUpdate: name: must be a string, found number");
        assertThat(TemplateDefinitionParser.parse("{\"name\": \"a\"}", "Stack/OrderUpdate").name()).isEqualTo("a");
    }

    @Test
    void anUnreadableFileIsReportedWithItsName(@TempDir Path dir) {
        Path missing = dir.resolve("missing.json");

        InvalidDefinitionException e = catchThrowableOfType(InvalidDefinitionException.class,
                () -> TemplateDefinitionParser.parse(missing));

        assertThat(e.problems()).extracting(DefinitionProblem::rule).containsExactly("file-read");
        assertThat(e.getMessage()).startsWith(missing + ": cannot read the definition file: ")
                .contains("NoSuchFileException");
    }

    @Test
    void enumValuesAreReadInAnyCase() {
        TemplateDefinition d = TemplateDefinitionParser.parse(text("{'name':'a','language':'en','category':'marketing',"
                + "'parameter_format':'NAMED','components':[{'type':'header','format':'image','example':{'header_handle':['4::a:b']}},"
                + "{'type':'body','text':'Hi there'},{'type':'Buttons','buttons':[{'type':'url','text':'Go','url':'https://a.b'},"
                + "{'type':'otp','otp_type':'one_tap'}]}]}"));

        assertThat(d.category()).isEqualTo(Category.MARKETING);
        assertThat(d.parameterFormat()).isEqualTo(ParameterFormat.NAMED);
        assertThat(((MediaHeader) d.components().get(0)).format()).isEqualTo(HeaderFormat.IMAGE);
        Buttons buttons = d.buttons().orElseThrow();
        assertThat(buttons.buttons().get(0)).isInstanceOf(UrlButton.class);
        assertThat(((OtpButton) buttons.buttons().get(1)).otpType().name()).isEqualTo("ONE_TAP");
    }

    @Test
    void explicitNullsMeanAbsent() {
        TemplateDefinition d = TemplateDefinitionParser.fromJson(json("{'name':'a','language':'en','category':'UTILITY',"
                + "'parameter_format':null,'components':[{'type':'BODY','text':'Hello','example':null}]}"));

        assertThat(d.declaredParameterFormat()).isNull();
        assertThat(d.body().orElseThrow()).isEqualTo(new Body("Hello", null, null, null));
    }

    @Test
    void unknownFieldsAreKeptAtEveryLevel() {
        String json = text("{'name':'a','language':'en','category':'AUTHENTICATION','allow_category_change':true,"
                + "'components':[{'type':'BODY','add_security_recommendation':false,'x_body':1},"
                + "{'type':'HEADER','format':'TEXT','text':'t','example':{'header_text':['v'],'x_example':[1]}},"
                + "{'type':'BODY','text':'b','example':{'body_text_named_params':[{'param_name':'n','example':'e','x_named':'1'}]}},"
                + "{'type':'BUTTONS','x_buttons':{'a':1},'buttons':[{'type':'OTP','otp_type':'ONE_TAP','package_name':'legacy',"
                + "'supported_apps':[{'package_name':'p','signature_hash':'s','x_app':true}]}]}]}");

        TemplateDefinition d = TemplateDefinitionParser.parse(json);

        assertThat(d.extra().names()).containsExactly("allow_category_change");
        assertThat(d.components().get(0).extra().get("x_body").intValue()).isEqualTo(1);
        OtpButton otp = (OtpButton) d.buttons().orElseThrow().buttons().get(0);
        assertThat(otp.extra().get("package_name").textValue()).isEqualTo("legacy");
        assertThat(otp.supportedApps().get(0).extra().has("x_app")).isTrue();
        assertThat(d.toJson()).isEqualTo(json(json.replace('"', '\'')));
    }

    @Test
    void flowIdsWrittenAsNumbersAreKeptAsText() {
        TemplateDefinition d = TemplateDefinitionParser.parse(text("{'name':'a','language':'en','category':'MARKETING',"
                + "'components':[{'type':'BODY','text':'Book now'},{'type':'BUTTONS','buttons':[{'type':'FLOW','text':'Book',"
                + "'flow_id':1234567890123,'flow_action':'navigate','navigate_screen':'WELCOME'}]}]}"));

        FlowButton flow = (FlowButton) d.buttons().orElseThrow().buttons().get(0);
        assertThat(flow.flowId()).isEqualTo("1234567890123");
        assertThat(flow.navigateScreen()).isEqualTo("WELCOME");
    }

    @Test
    void aUrlExampleGivenAsAStringBecomesAOneElementList() {
        TemplateDefinition d = TemplateDefinitionParser.parse(text("{'name':'a','language':'en','category':'UTILITY',"
                + "'components':[{'type':'BODY','text':'Track it'},{'type':'BUTTONS','buttons':[{'type':'URL','text':'Track',"
                + "'url':'https://x.com/{{1}}','example':'https://x.com/1'}]}]}"));

        assertThat(((UrlButton) d.buttons().orElseThrow().buttons().get(0)).example()).containsExactly("https://x.com/1");
    }

    @Test
    void theParserChecksShapeOnlyNotMetasRules() {
        TemplateDefinition d = TemplateDefinitionParser.parse("{\"components\":[{\"type\":\"FOOTER\",\"text\":\"x\"}]}");

        assertThat(d.name()).isNull();
        assertThat(d.category()).isNull();
        assertThat(TemplateValidator.validate(d)).extracting(DefinitionProblem::rule)
                .containsExactly("name-required", "language-required", "category", "body-required");
    }

    @Test
    void problemsAndExceptionsRenderForPeople() {
        DefinitionProblem atRoot = new DefinitionProblem("", "", "definition-size", "too big");
        DefinitionProblem atField = new DefinitionProblem("/name", "name", "name-required", "missing");

        assertThat(atRoot).hasToString("too big");
        assertThat(atField).hasToString("name: missing");
        assertThat(new InvalidDefinitionException(List.of(atRoot, atField))).hasMessage("too big\nname: missing");
        assertThat(new InvalidDefinitionException("", List.of(atField))).hasMessage("name: missing");
        assertThatThrownBy(() -> new InvalidDefinitionException(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void enumsParseCaseInsensitivelyAndNameTheChoicesOtherwise() {
        assertThat(Category.parse("utility")).isEqualTo(Category.UTILITY);
        // Meta does not trim enumerated values, so neither does the validator.
        assertThat(Category.find(" utility ")).isEmpty();
        assertThat(ParameterFormat.find("named ")).isEmpty();
        assertThat(Category.find(null)).isEmpty();
        assertThatThrownBy(() -> Category.parse("promo"))
                .hasMessage("category must be one of MARKETING, UTILITY, AUTHENTICATION, found \"promo\"");
        assertThat(ParameterFormat.parse("Named")).isEqualTo(ParameterFormat.NAMED);
        assertThat(ParameterFormat.find(null)).isEmpty();
        assertThat(ParameterFormat.POSITIONAL.jsonValue()).isEqualTo("positional");
        assertThatThrownBy(() -> ParameterFormat.parse("numbered"))
                .hasMessage("parameter_format must be \"positional\" or \"named\", found \"numbered\"");
    }
}
