package com.eumsocial.whatsapp.definition;

import com.eumsocial.whatsapp.definition.model.Body;
import com.eumsocial.whatsapp.definition.model.Footer;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static com.eumsocial.whatsapp.definition.Json.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

/** The validator reports every problem at once, in the order of the definition. */
class TemplateValidatorTest {

    private static final String MANY_MISTAKES = "{'name':'Order Update','language':'english','category':'UTILITY','components':["
            + "{'type':'HEADER','format':'TEXT','text':'Order {{1}} for {{2}}'},"
            + "{'type':'BODY','text':'{{1}} your order {{3}} is ready','example':{'body_text':[['Maria']]}},"
            + "{'type':'FOOTER','text':'Reply {{1}} to stop'},"
            + "{'type':'BUTTONS','buttons':[{'type':'QUICK_REPLY','text':'Yes'},{'type':'URL','text':'Open the tracking page now',"
            + "'url':'shop.example.com/{{1}}/x'},{'type':'QUICK_REPLY'}]}]}";

    @Test
    void everyProblemIsReportedAtOnce() {
        List<DefinitionProblem> problems = TemplateValidator.validate(json(MANY_MISTAKES));

        assertThat(problems).extracting(DefinitionProblem::rule, DefinitionProblem::path).containsExactly(
                tuple("name-charset", "name"),
                tuple("language-length", "language"),
                tuple("header-parameter-count", "components[0].text"),
                tuple("example-required", "components[0].example"),
                tuple("parameter-sequence", "components[1].text"),
                tuple("parameter-at-edge", "components[1].text"),
                tuple("parameter-density", "components[1].text"),
                tuple("example-count", "components[1].example.body_text[0]"),
                tuple("footer-parameters", "components[2].text"),
                tuple("buttons-quick-reply-grouping", "components[3].buttons"),
                tuple("button-text-length", "components[3].buttons[1].text"),
                tuple("button-url-scheme", "components[3].buttons[1].url"),
                tuple("button-url-parameter", "components[3].buttons[1].url"),
                tuple("button-url-example", "components[3].buttons[1].example"),
                tuple("button-text-required", "components[3].buttons[2].text"));
    }

    @Test
    void requireValidThrowsWithOneLinePerProblemNamingTheSource() {
        TemplateDefinition d = TemplateDefinitionParser.parse(Json.text(MANY_MISTAKES));

        InvalidDefinitionException e = catchThrowableOfType(InvalidDefinitionException.class,
                () -> TemplateValidator.requireValid(d, "templates/order_update.json"));

        assertThat(e.problems()).hasSize(15);
        assertThat(e.getMessage().split("\n")).hasSize(15).allMatch(line -> line.startsWith("templates/order_update.json: "));
        assertThat(e.getMessage()).contains("templates/order_update.json: components[1].text: parameter {{3}} follows {{1}}; "
                + "positional parameters must run 1, 2, 3");
        assertThat(catchThrowableOfType(InvalidDefinitionException.class, () -> TemplateValidator.requireValid(d)).source())
                .isNull();
    }

    @Test
    void aValidDefinitionPasses() {
        TemplateDefinition d = TemplateDefinitionParser.parse(Json.example("utility_order_update.json"));

        assertThatCode(() -> TemplateValidator.requireValid(d)).doesNotThrowAnyException();
    }

    @Test
    void structuralAndRuleProblemsAreReportedTogether() {
        List<DefinitionProblem> problems = TemplateValidator.validate(json("{'name':7,'language':'en_US','category':'GREETING',"
                + "'components':[{'type':'BODY','text':'Hi {{1}}'},{'type':'FOOTER','text':true}]}"));

        assertThat(problems).extracting(DefinitionProblem::rule, DefinitionProblem::path).containsExactly(
                tuple("json-type", "name"),
                tuple("category", "category"),
                tuple("json-type", "components[1].text"),
                tuple("parameter-at-edge", "components[0].text"),
                tuple("parameter-density", "components[0].text"),
                tuple("example-required", "components[0].example"));
    }

    @Test
    void placesStayRightWhenAnEarlierComponentOrButtonCouldNotBeRead() {
        List<DefinitionProblem> problems = TemplateValidator.validate(json("{'name':'a','language':'en','category':'MARKETING',"
                + "'components':[{'type':'SLIDESHOW'},{'type':'BODY','text':'" + "x".repeat(1025) + "'},"
                + "{'type':'BUTTONS','buttons':[{'type':'CALL'},{'type':'QUICK_REPLY','text':'" + "y".repeat(26) + "'}]}]}"));

        assertThat(problems).extracting(DefinitionProblem::rule, DefinitionProblem::pointer).containsExactly(
                tuple("component-type", "/components/0/type"),
                tuple("button-type", "/components/2/buttons/0/type"),
                tuple("body-text-length", "/components/1/text"),
                tuple("button-text-length", "/components/2/buttons/1/text"));
    }

    @Test
    void sizeLimitsAreMeasuredOnTheJsonAsGivenWhenItCannotBeRead() {
        List<DefinitionProblem> problems = TemplateValidator.validate(json("{'name':5,'language':'en','category':'UTILITY',"
                + "'components':[{'type':'BODY','text':'Hello there','padding':'" + "p".repeat(3100) + "'}]}"));

        assertThat(problems).extracting(DefinitionProblem::rule).containsExactly("json-type");
        assertThat(TemplateValidator.warnings(json("{'name':5,'language':'en','category':'UTILITY',"
                + "'components':[{'type':'BODY','text':'Hello there','padding':'" + "p".repeat(3100) + "'}]}")))
                .extracting(DefinitionProblem::rule).containsExactly("components-size");
        assertThat(TemplateValidator.validate(json("{'name':5,'language':'en','category':'UTILITY'}")))
                .extracting(DefinitionProblem::rule).containsExactly("json-type", "components-required");
    }

    @Test
    void validateNeverThrows() {
        assertThat(TemplateValidator.validate((com.fasterxml.jackson.databind.JsonNode) null))
                .extracting(DefinitionProblem::rule, DefinitionProblem::message)
                .containsExactly(tuple("json-syntax", "a template definition must be a JSON object, found nothing"));
        assertThat(TemplateValidator.validate(json("[]"))).extracting(DefinitionProblem::message)
                .containsExactly("a template definition must be a JSON object, found array");
        assertThat(TemplateValidator.validate(json("null"))).extracting(DefinitionProblem::message)
                .containsExactly("a template definition must be a JSON object, found null");
    }

    @Test
    void aModelBuiltInCodeIsValidatedLikeAParsedOne() {
        TemplateDefinition d = new TemplateDefinition("shipping_notice", "en_US", Category.UTILITY, null,
                List.of(new Body("Your parcel left our warehouse today.", null, null, null), new Footer("Thanks", 5, null)), null);

        assertThat(TemplateValidator.validate(d)).extracting(DefinitionProblem::rule, DefinitionProblem::pointer)
                .containsExactly(tuple("authentication-only-field", "/components/1/code_expiration_minutes"));
    }

    @Test
    void theExampleFilesParseFromDisk() {
        Path file = Json.example("marketing_named_offer.json");

        assertThat(TemplateValidator.validate(TemplateDefinitionParser.parse(file))).isEmpty();
    }
}
