package com.eumsocial.whatsapp.emulator.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Structural problems are answered at once with InvalidParametersException naming the field. */
class DefinitionShapeTest {
    private final BackendFixture f = new BackendFixture();
    private static final String BODY = "{'type':'BODY','text':'Some text for the body.'}";

    static Stream<Arguments> structural() {
        return Stream.of(
                Arguments.of("{not json", "templateDefinition is not valid JSON"),
                Arguments.of("['a']", "templateDefinition must be a JSON object"),
                Arguments.of("{'name':'ok','language':'en_US','category':'UTILITY','components':[" + BODY + "]}}",
                        "templateDefinition is not valid JSON"),
                Arguments.of("{'language':'en_US','category':'UTILITY','components':[" + BODY + "]}", "templateDefinition.name is required"),
                Arguments.of("{'name':5,'language':'en_US','category':'UTILITY','components':[" + BODY + "]}", "templateDefinition.name must be a non-empty string"),
                Arguments.of("{'name':'Bad-Name','language':'en_US','category':'UTILITY','components':[" + BODY + "]}", "templateDefinition.name \"Bad-Name\" is invalid"),
                Arguments.of("{'name':'ok','category':'UTILITY','components':[" + BODY + "]}", "templateDefinition.language is required"),
                Arguments.of("{'name':'ok','language':'zz_ZZ','category':'UTILITY','components':[" + BODY + "]}", "templateDefinition.language \"zz_ZZ\" is not a language Meta supports"),
                Arguments.of("{'name':'ok','language':'english','category':'UTILITY','components':[" + BODY + "]}", "templateDefinition.language \"english\""),
                Arguments.of("{'name':'ok','language':'en_US','components':[" + BODY + "]}", "templateDefinition.category is required"),
                Arguments.of("{'name':'ok','language':'en_US','category':'PROMO','components':[" + BODY + "]}", "templateDefinition.category must be"),
                Arguments.of("{'name':'ok','language':'en_US','category':'UTILITY'}", "templateDefinition.components is required"),
                Arguments.of("{'name':'ok','language':'en_US','category':'UTILITY','components':{}}", "templateDefinition.components must be a JSON array"),
                Arguments.of("{'name':'ok','language':'en_US','category':'UTILITY','components':[]}", "must contain at least a BODY"),
                Arguments.of("{'name':'ok','language':'en_US','category':'UTILITY','parameter_format':'numbered','components':[" + BODY + "]}", "templateDefinition.parameter_format"),
                Arguments.of("{'name':'ok','language':'en_US','category':'UTILITY','components':['BODY']}", "templateDefinition.components[0] must be a JSON object"),
                Arguments.of("{'name':'ok','language':'en_US','category':'UTILITY','components':[{'text':'x'}]}", "templateDefinition.components[0].type is required"),
                Arguments.of("{'name':'ok','language':'en_US','category':'UTILITY','components':[" + BODY + ",{'type':'CAROUSELL'}]}", "templateDefinition.components[1].type: unknown component type \"CAROUSELL\""),
                Arguments.of("{'name':'ok','language':'en_US','category':'UTILITY','components':[{'type':'BODY','text':7}]}", "templateDefinition.components[0].text must be a string"),
                Arguments.of("{'name':'ok','language':'en_US','category':'UTILITY','components':[{'type':'BODY','text':'x','example':[]}]}", "templateDefinition.components[0].example must be a JSON object"),
                Arguments.of("{'name':'ok','language':'en_US','category':'UTILITY','components':[{'type':'HEADER','format':'HOLOGRAM'}," + BODY + "]}", "unknown header format \"HOLOGRAM\""),
                Arguments.of("{'name':'ok','language':'en_US','category':'MARKETING','components':[" + BODY + ",{'type':'CAROUSEL'}]}", "templateDefinition.components[1].cards is required"),
                Arguments.of("{'name':'ok','language':'en_US','category':'MARKETING','components':[" + BODY + ",{'type':'CAROUSEL','cards':[5]}]}", "components[1].cards[0] must be a JSON object with a components array"),
                Arguments.of("{'name':'ok','language':'en_US','category':'MARKETING','components':[" + BODY + ",{'type':'CAROUSEL','cards':[{'components':[{'type':'STICKER'}]}]}]}", "cards[0].components[0].type: unknown component type \"STICKER\""),
                Arguments.of("{'name':'ok','language':'en_US','category':'MARKETING','components':[" + BODY + ",{'type':'CAROUSEL','cards':[{'components':[{'type':'CAROUSEL','cards':[]}]}]}]}", "a card cannot hold a carousel"),
                Arguments.of("{'name':'ok','language':'en_US','category':'MARKETING','components':[" + BODY + ",{'type':'LIMITED_TIME_OFFER','limited_time_offer':'soon'}]}", "limited_time_offer must be a JSON object"),
                Arguments.of("{'name':'ok','language':'en_US','category':'MARKETING','components':[" + BODY + ",{'type':'LIMITED_TIME_OFFER','limited_time_offer':{'text':'x','has_expiration':'yes'}}]}", "has_expiration must be true or false"),
                Arguments.of("{'name':'ok','language':'en_US','category':'MARKETING','components':[" + BODY + ",{'type':'LIMITED_TIME_OFFER','limited_time_offer':{'text':5}}]}", "limited_time_offer.text must be a string"),
                Arguments.of("{'name':'ok','language':'en_US','category':'MARKETING','components':[" + BODY + ",{'type':'CALL_PERMISSION_REQUEST'},{'type':'CALL_PERMISSION_REQUEST'}]}", "at most one CALL_PERMISSION_REQUEST"),
                Arguments.of("{'name':'ok','language':'en_US','category':'MARKETING','message_send_ttl_seconds':'1h','components':[" + BODY + "]}", "message_send_ttl_seconds must be a whole number"),
                Arguments.of("{'name':'ok','language':'en_US','category':'MARKETING','allow_category_change':'yes','components':[" + BODY + "]}", "allow_category_change must be true or false"),
                Arguments.of("{'name':'ok','language':'en_US','category':'UTILITY','components':[{'type':'HEADER','text':'x'}," + BODY + "]}", "templateDefinition.components[0].format is required"),
                Arguments.of("{'name':'ok','language':'en_US','category':'UTILITY','components':[{'type':'FOOTER','text':'x'}]}", "exactly one BODY component, found 0"),
                Arguments.of("{'name':'ok','language':'en_US','category':'UTILITY','components':[" + BODY + "," + BODY + "]}", "exactly one BODY component, found 2"),
                Arguments.of("{'name':'ok','language':'en_US','category':'UTILITY','components':[{'type':'FOOTER','text':'a'},{'type':'FOOTER','text':'b'}," + BODY + "]}", "at most one FOOTER"),
                Arguments.of("{'name':'ok','language':'en_US','category':'UTILITY','components':[{'type':'HEADER','format':'TEXT','text':'a'},{'type':'HEADER','format':'TEXT','text':'b'}," + BODY + "]}", "at most one HEADER"),
                Arguments.of("{'name':'ok','language':'en_US','category':'UTILITY','components':[" + BODY + ",{'type':'BUTTONS','buttons':[{'type':'QUICK_REPLY','text':'a'}]},{'type':'BUTTONS','buttons':[{'type':'QUICK_REPLY','text':'b'}]}]}", "at most one BUTTONS"),
                Arguments.of("{'name':'ok','language':'en_US','category':'UTILITY','components':[" + BODY + ",{'type':'BUTTONS'}]}", "templateDefinition.components[1].buttons is required"),
                Arguments.of("{'name':'ok','language':'en_US','category':'UTILITY','components':[" + BODY + ",{'type':'BUTTONS','buttons':[7]}]}", "templateDefinition.components[1].buttons[0] must be a JSON object"),
                Arguments.of("{'name':'ok','language':'en_US','category':'UTILITY','components':[" + BODY + ",{'type':'BUTTONS','buttons':[{'type':'TELEPORT','text':'x'}]}]}", "buttons[0].type: unknown button type \"TELEPORT\""),
                Arguments.of("{'name':'ok','language':'en_US','category':'UTILITY','components':[" + BODY + ",{'type':'BUTTONS','buttons':[{'type':'URL','text':'x','url':['https://x.com']}]}]}", "buttons[0].url must be a string"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("structural")
    void structuralProblemsAreRefusedAtCreateNamingTheField(String definition, String message) {
        ServiceError e = f.createFails(definition);
        assertThat(e.errorType()).isEqualTo("InvalidParametersException");
        assertThat(e.getMessage()).contains(message);
        assertThat(f.list(null, null).path("templates")).isEmpty();
    }

    /**
     * Fields a component or button type does not use are passed through like any unknown field
     * (as the project's validator does), not held to the shape they have elsewhere.
     */
    @Test
    void fieldsATypeDoesNotUseAreNotTypeChecked() {
        String id = f.create("{'name':'ok','language':'en_US','category':'MARKETING','components':[" + BODY
                + ",{'type':'BUTTONS','example':'x','buttons':[{'type':'PHONE_NUMBER','text':'Call','phone_number':'+15550100','otp_type':{}}]}]}");
        f.reviewPasses();
        assertThat(f.status(id)).isEqualTo("APPROVED");
    }

    @Test
    void supplementaryLettersAreNotEmoji() {
        assertThat(TemplateReview.hasEmoji("\uD840\uDC0B")).isFalse();
        assertThat(TemplateReview.hasEmoji("\uD83D\uDE00")).isTrue();
    }
}
