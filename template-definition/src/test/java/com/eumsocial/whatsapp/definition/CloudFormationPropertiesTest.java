package com.eumsocial.whatsapp.definition;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static com.eumsocial.whatsapp.definition.Json.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** CloudFormation passes nested scalars as strings; the handler-side reader must restore Meta's types. */
class CloudFormationPropertiesTest {

    private static final String AUTHENTICATION_AS_CLOUDFORMATION_SENDS_IT = "{'name':'login_code','language':'en_US',"
            + "'category':'AUTHENTICATION','components':["
            + "{'type':'BODY','add_security_recommendation':'true'},"
            + "{'type':'FOOTER','code_expiration_minutes':'10'},"
            + "{'type':'BUTTONS','buttons':[{'type':'OTP','otp_type':'ONE_TAP','zero_tap_terms_accepted':'false',"
            + "'supported_apps':[{'package_name':'com.example.app','signature_hash':'K8a/AINcGX7'}]}]}]}";

    @Test
    void stringScalarsFromCloudFormationBecomeMetaTypes() {
        TemplateDefinition definition = TemplateDefinitionParser.fromCloudFormationProperties(
                json(AUTHENTICATION_AS_CLOUDFORMATION_SENDS_IT));

        JsonNode written = definition.toJson();
        assertThat(written.at("/components/0/add_security_recommendation").isBoolean()).isTrue();
        assertThat(written.at("/components/0/add_security_recommendation").booleanValue()).isTrue();
        assertThat(written.at("/components/1/code_expiration_minutes").isInt()).isTrue();
        assertThat(written.at("/components/1/code_expiration_minutes").intValue()).isEqualTo(10);
        assertThat(written.at("/components/2/buttons/0/zero_tap_terms_accepted").isBoolean()).isTrue();
        assertThat(TemplateValidator.validate(definition)).isEmpty();
    }

    @Test
    void definitionFilesStayStrictAboutTypes() {
        InvalidDefinitionException e = catchThrowableOfType(InvalidDefinitionException.class,
                () -> TemplateDefinitionParser.fromJson(json(AUTHENTICATION_AS_CLOUDFORMATION_SENDS_IT)));

        assertThat(e.problems()).extracting(DefinitionProblem::path).containsExactly(
                "components[0].add_security_recommendation",
                "components[1].code_expiration_minutes",
                "components[2].buttons[0].zero_tap_terms_accepted");
    }

    @Test
    void stringsThatAreNotScalarsStillFailWithTheField() {
        InvalidDefinitionException e = catchThrowableOfType(InvalidDefinitionException.class,
                () -> TemplateDefinitionParser.fromCloudFormationProperties(json("{'name':'a','language':'en_US',"
                        + "'category':'AUTHENTICATION','components':[{'type':'BODY','add_security_recommendation':'yes'},"
                        + "{'type':'FOOTER','code_expiration_minutes':'ten'}]}")));

        assertThat(e.problems()).extracting(DefinitionProblem::toString).containsExactly(
                "components[0].add_security_recommendation: must be true or false, found string",
                "components[1].code_expiration_minutes: must be a whole number, found string");
    }
}
