package com.eumsocial.whatsapp.emulator.meta;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Meta's format rules found by review: REJECTED with INVALID_FORMAT and a rejection_info. */
class TemplateReviewRulesTest {
    private final BackendFixture f = new BackendFixture();

    private static String def(String category, String components) {
        return "{'name':'rule_check','language':'en_US','category':'" + category + "','components':" + components + "}";
    }

    private static String body(String text, String examples) {
        return "{'type':'BODY','text':'" + text + "'" + (examples == null ? "" : ",'example':{'body_text':[" + examples + "]}")
                + "}";
    }

    private static final String BODY = body("Thank you for shopping with us today.", null);

    static Stream<Arguments> rejected() {
        String longBody = "x".repeat(1025);
        return Stream.of(
                Arguments.of("mismatched braces", def("UTILITY", "[" + body("Hello {{1} and welcome to our shop.", null) + "]"),
                        "mismatched curly braces"),
                Arguments.of("triple braces", def("UTILITY", "[" + body("Hello {{{1}}} and welcome to our shop.", "['a']") + "]"),
                        "mismatched curly braces"),
                Arguments.of("special character", def("UTILITY", "[" + body("Hello {{#1}} and welcome to the shop today.", "['a']") + "]"),
                        "special character"),
                Arguments.of("dollar in parameter", def("UTILITY", "[" + body("Pay {{$amount}} before the end of the month.", "['a']") + "]"),
                        "special character"),
                Arguments.of("out of sequence", def("UTILITY", "[" + body("Hi {{1}}, your code {{3}} is ready for you now.", "['a','b']") + "]"),
                        "out of sequence"),
                Arguments.of("starts with a parameter", def("UTILITY", "[" + body("{{1}} is your order number for today.", "['a']") + "]"),
                        "must not start with a parameter"),
                Arguments.of("ends with a parameter", def("UTILITY", "[" + body("Your order number for today is {{1}}", "['a']") + "]"),
                        "must not end with a parameter"),
                Arguments.of("ends with a parameter and a full stop", def("UTILITY", "[" + body("Your order number for today is {{1}}.", "['a']") + "]"),
                        "must not end with a parameter"),
                Arguments.of("starts with punctuation and a parameter", def("UTILITY", "[" + body("*{{1}}* is your order number for today.", "['a']") + "]"),
                        "must not start with a parameter"),
                Arguments.of("one word short of the ratio", def("UTILITY", "[" + body("Dear {{1}}, order {{2}} ships soon.", "['a','b']") + "]"),
                        "at least 5 needed"),
                Arguments.of("header with an asterisk", def("UTILITY", "[{'type':'HEADER','format':'TEXT','text':'*Bold* news'}," + BODY + "]"),
                        "asterisks or emoji"),
                Arguments.of("footer with emoji", def("UTILITY", "[" + BODY + ",{'type':'FOOTER','text':'Thanks \uD83D\uDE00'}]"),
                        "new lines or emoji"),
                Arguments.of("adjacent parameters", def("UTILITY", "[" + body("Hello {{1}} {{2}} welcome to our friendly shop today.", "['a','b']") + "]"),
                        "adjacent"),
                Arguments.of("too many parameters", def("UTILITY", "[" + body("Hi {{1}}, {{2}} and {{3}} ok.", "['a','b','c']") + "]"),
                        "too many parameters"),
                Arguments.of("missing body example", def("UTILITY", "[" + body("Hello {{1}}, welcome to our friendly shop.", null) + "]"),
                        "example.body_text"),
                Arguments.of("too few body examples", def("UTILITY", "[" + body("Hello {{1}}, your order {{2}} is at our friendly shop.", "['a']") + "]"),
                        "example.body_text"),
                Arguments.of("body too long", def("UTILITY", "[" + body(longBody, null) + "]"), "at most 1024"),
                Arguments.of("empty body", def("UTILITY", "[{'type':'BODY','text':' '}]"), "needs text"),
                Arguments.of("header text too long", def("UTILITY", "[{'type':'HEADER','format':'TEXT','text':'" + "h".repeat(61) + "'}," + BODY + "]"),
                        "at most 60"),
                Arguments.of("header without text", def("UTILITY", "[{'type':'HEADER','format':'text'}," + BODY + "]"),
                        "needs text"),
                Arguments.of("header with a new line", def("UTILITY", "[{'type':'HEADER','format':'TEXT','text':'Two\\nlines'}," + BODY + "]"),
                        "new lines"),
                Arguments.of("header with two parameters", def("UTILITY", "[{'type':'HEADER','format':'TEXT','text':'Hi {{1}} and {{2}}','example':{'header_text':['a','b']}}," + BODY + "]"),
                        "at most 1 allowed"),
                Arguments.of("header parameter without example", def("UTILITY", "[{'type':'HEADER','format':'TEXT','text':'Hi {{1}}'}," + BODY + "]"),
                        "example.header_text"),
                Arguments.of("footer with parameter", def("UTILITY", "[" + BODY + ",{'type':'FOOTER','text':'Sent to {{1}}'}]"),
                        "footer must not contain parameters"),
                Arguments.of("footer too long", def("UTILITY", "[" + BODY + ",{'type':'FOOTER','text':'" + "f".repeat(61) + "'}]"),
                        "at most 60"),
                Arguments.of("empty footer", def("UTILITY", "[" + BODY + ",{'type':'FOOTER'}]"), "FOOTER needs text"),
                Arguments.of("button text too long", def("UTILITY", "[" + BODY + ",{'type':'BUTTONS','buttons':[{'type':'QUICK_REPLY','text':'" + "b".repeat(26) + "'}]}]"),
                        "at most 25"),
                Arguments.of("button without text", def("UTILITY", "[" + BODY + ",{'type':'BUTTONS','buttons':[{'type':'QUICK_REPLY'}]}]"),
                        "button needs text"),
                Arguments.of("no buttons", def("UTILITY", "[" + BODY + ",{'type':'BUTTONS','buttons':[]}]"),
                        "at least one button"),
                Arguments.of("interleaved quick replies", def("MARKETING", "[" + BODY + ",{'type':'BUTTONS','buttons':[{'type':'QUICK_REPLY','text':'A'},{'type':'URL','text':'Site','url':'https://x.com'},{'type':'QUICK_REPLY','text':'B'}]}]"),
                        "grouped together"),
                Arguments.of("three URL buttons", def("MARKETING", "[" + BODY + ",{'type':'BUTTONS','buttons':[{'type':'URL','text':'A','url':'https://x.com/a'},{'type':'URL','text':'B','url':'https://x.com/b'},{'type':'URL','text':'C','url':'https://x.com/c'}]}]"),
                        "3 URL buttons"),
                Arguments.of("URL parameter not at the end", def("UTILITY", "[" + BODY + ",{'type':'BUTTONS','buttons':[{'type':'URL','text':'Open','url':'https://x.com/{{1}}/view','example':['https://x.com/1/view']}]}]"),
                        "at the end"),
                Arguments.of("URL with two parameters", def("UTILITY", "[" + BODY + ",{'type':'BUTTONS','buttons':[{'type':'URL','text':'Open','url':'https://x.com/{{1}}/{{2}}','example':['https://x.com/1/2']}]}]"),
                        "at most one parameter"),
                Arguments.of("URL parameter not 1", def("UTILITY", "[" + BODY + ",{'type':'BUTTONS','buttons':[{'type':'URL','text':'Open','url':'https://x.com/{{2}}','example':'https://x.com/2'}]}]"),
                        "must be {{1}}"),
                Arguments.of("URL parameter without example", def("UTILITY", "[" + BODY + ",{'type':'BUTTONS','buttons':[{'type':'URL','text':'Open','url':'https://x.com/{{1}}'}]}]"),
                        "needs an example URL"),
                Arguments.of("URL without scheme", def("UTILITY", "[" + BODY + ",{'type':'BUTTONS','buttons':[{'type':'URL','text':'Open','url':'x.com/a'}]}]"),
                        "https://"),
                Arguments.of("URL too long", def("UTILITY", "[" + BODY + ",{'type':'BUTTONS','buttons':[{'type':'URL','text':'Open','url':'https://x.com/" + "u".repeat(2000) + "'}]}]"),
                        "at most 2000"),
                Arguments.of("URL without url", def("UTILITY", "[" + BODY + ",{'type':'BUTTONS','buttons':[{'type':'URL','text':'Open'}]}]"),
                        "needs a url"),
                Arguments.of("URL with broken braces", def("UTILITY", "[" + BODY + ",{'type':'BUTTONS','buttons':[{'type':'URL','text':'Open','url':'https://x.com/{{1}'}]}]"),
                        "mismatched"),
                Arguments.of("two phone buttons", def("UTILITY", "[" + BODY + ",{'type':'BUTTONS','buttons':[{'type':'PHONE_NUMBER','text':'A','phone_number':'+15550100'},{'type':'PHONE_NUMBER','text':'B','phone_number':'+15550101'}]}]"),
                        "at most 1 allowed"),
                Arguments.of("phone button without number", def("UTILITY", "[" + BODY + ",{'type':'BUTTONS','buttons':[{'type':'PHONE_NUMBER','text':'Call'}]}]"),
                        "needs a phone number"),
                Arguments.of("phone button with a bad number", def("UTILITY", "[" + BODY + ",{'type':'BUTTONS','buttons':[{'type':'PHONE_NUMBER','text':'Call','phone_number':'call-me-maybe'}]}]"),
                        "is not a phone number"),
                Arguments.of("eleven buttons", def("UTILITY", "[" + BODY + ",{'type':'BUTTONS','buttons':[" + "{'type':'QUICK_REPLY','text':'Q'},".repeat(10) + "{'type':'QUICK_REPLY','text':'Q'}]}]"),
                        "at most 10 allowed"),
                Arguments.of("copy code example too long", def("MARKETING", "[" + BODY + ",{'type':'BUTTONS','buttons':[{'type':'COPY_CODE','example':'ABCDEFGHIJKLMNOP'}]}]"),
                        "at most 15"),
                Arguments.of("copy code without example", def("MARKETING", "[" + BODY + ",{'type':'BUTTONS','buttons':[{'type':'COPY_CODE'}]}]"),
                        "needs an example code"),
                Arguments.of("two copy code buttons", def("MARKETING", "[" + BODY + ",{'type':'BUTTONS','buttons':[{'type':'COPY_CODE','example':['A1']},{'type':'COPY_CODE','example':'B2'}]}]"),
                        "2 COPY_CODE buttons"),
                Arguments.of("OTP outside AUTHENTICATION", def("UTILITY", "[" + BODY + ",{'type':'BUTTONS','buttons':[{'type':'OTP','otp_type':'COPY_CODE'}]}]"),
                        "only allowed in AUTHENTICATION"),
                Arguments.of("catalog in UTILITY", def("UTILITY", "[" + BODY + ",{'type':'BUTTONS','buttons':[{'type':'CATALOG','text':'View catalog'}]}]"),
                        "only allowed in MARKETING"),
                Arguments.of("flow without a flow", def("UTILITY", "[" + BODY + ",{'type':'BUTTONS','buttons':[{'type':'FLOW','text':'Start'}]}]"),
                        "flow_id"),
                Arguments.of("image header without handle", def("MARKETING", "[{'type':'HEADER','format':'IMAGE'}," + BODY + "]"),
                        "needs an example media handle"),
                Arguments.of("image header with an unknown handle", def("MARKETING", "[{'type':'HEADER','format':'IMAGE','example':{'header_handle':['4::bm90LWlzc3VlZA']}}," + BODY + "]"),
                        "is not a media handle Meta issued"),
                Arguments.of("positional parameter in a named template", "{'name':'rule_check','language':'en_US','category':'UTILITY','parameter_format':'named','components':[" + body("Hello {{1}}, welcome to our friendly shop.", "['a']") + "]}",
                        "not a valid named parameter"),
                Arguments.of("named parameter in a positional template", def("UTILITY", "[" + body("Hello {{first_name}}, welcome to our friendly shop.", "['a']") + "]"),
                        "is not positional"),
                Arguments.of("named parameter without example", "{'name':'rule_check','language':'en_US','category':'UTILITY','parameter_format':'NAMED','components':[{'type':'BODY','text':'Hello {{first_name}}, welcome to our friendly shop.','example':{'body_text_named_params':[{'param_name':'other','example':'x'}]}}]}",
                        "no example for named parameter {{first_name}}"),
                Arguments.of("named header parameter without example", "{'name':'rule_check','language':'en_US','category':'UTILITY','parameter_format':'named','components':[{'type':'HEADER','format':'TEXT','text':'Hi {{name}}'}," + BODY + "]}",
                        "header_text_named_params"),
                Arguments.of("named parameter used twice", "{'name':'rule_check','language':'en_US','category':'UTILITY','parameter_format':'named','components':[{'type':'BODY','text':'Hello {{who}}, yes you {{who}}, welcome to our friendly shop.','example':{'body_text_named_params':[{'param_name':'who','example':'Ana'}]}}]}",
                        "more than once"),
                Arguments.of("authentication with body text", def("AUTHENTICATION", "[{'type':'BODY','text':'Your code is here.'},{'type':'BUTTONS','buttons':[{'type':'OTP','otp_type':'COPY_CODE'}]}]"),
                        "fixed by Meta"),
                Arguments.of("authentication with a header", def("AUTHENTICATION", "[{'type':'HEADER','format':'TEXT','text':'Code'},{'type':'BODY'},{'type':'BUTTONS','buttons':[{'type':'OTP','otp_type':'COPY_CODE'}]}]"),
                        "cannot have a HEADER"),
                Arguments.of("authentication with a location header", def("AUTHENTICATION", "[{'type':'HEADER','format':'LOCATION'},{'type':'BODY'},{'type':'BUTTONS','buttons':[{'type':'OTP','otp_type':'COPY_CODE'}]}]"),
                        "LOCATION headers are only allowed in UTILITY and MARKETING"),
                Arguments.of("authentication footer out of range", def("AUTHENTICATION", "[{'type':'BODY'},{'type':'FOOTER','code_expiration_minutes':91},{'type':'BUTTONS','buttons':[{'type':'OTP','otp_type':'COPY_CODE'}]}]"),
                        "1 to 90"),
                Arguments.of("authentication footer with text", def("AUTHENTICATION", "[{'type':'BODY'},{'type':'FOOTER','text':'Expires soon','code_expiration_minutes':5},{'type':'BUTTONS','buttons':[{'type':'OTP','otp_type':'COPY_CODE'}]}]"),
                        "footer of an AUTHENTICATION template is fixed"),
                Arguments.of("authentication security flag not boolean", def("AUTHENTICATION", "[{'type':'BODY','add_security_recommendation':'yes'},{'type':'BUTTONS','buttons':[{'type':'OTP','otp_type':'COPY_CODE'}]}]"),
                        "true or false"),
                Arguments.of("authentication without buttons", def("AUTHENTICATION", "[{'type':'BODY'}]"),
                        "needs a BUTTONS component"),
                Arguments.of("authentication with a quick reply", def("AUTHENTICATION", "[{'type':'BODY'},{'type':'BUTTONS','buttons':[{'type':'QUICK_REPLY','text':'Ok'}]}]"),
                        "exactly one button, of type OTP"),
                Arguments.of("authentication with a bad otp type", def("AUTHENTICATION", "[{'type':'BODY'},{'type':'BUTTONS','buttons':[{'type':'OTP','otp_type':'MAGIC'}]}]"),
                        "otp_type must be"),
                Arguments.of("one tap without apps", def("AUTHENTICATION", "[{'type':'BODY'},{'type':'BUTTONS','buttons':[{'type':'OTP','otp_type':'ONE_TAP'}]}]"),
                        "supported_apps"),
                Arguments.of("one tap app without hash", def("AUTHENTICATION", "[{'type':'BODY'},{'type':'BUTTONS','buttons':[{'type':'OTP','otp_type':'ONE_TAP','supported_apps':[{'package_name':'com.example'}]}]}]"),
                        "signature_hash are required"),
                Arguments.of("zero tap without terms", def("AUTHENTICATION", "[{'type':'BODY'},{'type':'BUTTONS','buttons':[{'type':'OTP','otp_type':'ZERO_TAP','supported_apps':[{'package_name':'com.example','signature_hash':'abcdefghijk'}]}]}]"),
                        "zero-tap terms"),
                Arguments.of("authentication button with emoji", def("AUTHENTICATION", "[{'type':'BODY'},{'type':'BUTTONS','buttons':[{'type':'OTP','otp_type':'COPY_CODE','text':'Copy \uD83D\uDE00'}]}]"),
                        "URLs or emoji"),
                Arguments.of("authentication button with URL", def("AUTHENTICATION", "[{'type':'BODY'},{'type':'BUTTONS','buttons':[{'type':'OTP','otp_type':'COPY_CODE','text':'www.x.com'}]}]"),
                        "URLs or emoji"),
                Arguments.of("authentication button text too long", def("AUTHENTICATION", "[{'type':'BODY'},{'type':'BUTTONS','buttons':[{'type':'OTP','otp_type':'COPY_CODE','text':'" + "c".repeat(26) + "'}]}]"),
                        "at most 25"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejected")
    void formatViolationsAreRejectedByReviewWithInvalidFormat(String rule, String definition, String problem) {
        String id = f.create(definition);
        assertThat(f.status(id)).isEqualTo("PENDING");
        f.reviewPasses();
        ObjectNode t = f.template(id);
        assertThat(t.path("status").asText()).as(rule).isEqualTo("REJECTED");
        assertThat(t.path("rejected_reason").asText()).isEqualTo("INVALID_FORMAT");
        assertThat(t.path("rejection_info").path("reason").asText()).as(rule).contains(problem);
        assertThat(t.path("rejection_info").path("recommendation").asText()).isNotBlank();
    }

    static Stream<Arguments> approved() {
        return Stream.of(
                Arguments.of("full utility template", def("UTILITY", "[{'type':'HEADER','format':'TEXT','text':'Order {{1}}','example':{'header_text':['#1']}},"
                        + body("Hi {{1}}, your order {{2}} has shipped and arrives on {{3}} at the latest.", "['Ana','#1','May 3']")
                        + ",{'type':'FOOTER','text':'Reply STOP to opt out'},{'type':'BUTTONS','buttons':[{'type':'QUICK_REPLY','text':'Thanks'},{'type':'QUICK_REPLY','text':'Help'},"
                        + "{'type':'URL','text':'Track','url':'https://x.com/t/{{1}}','example':'https://x.com/t/1'},{'type':'PHONE_NUMBER','text':'Call','phone_number':'+1 425 555 0100'}]}]")),
                Arguments.of("named parameters", "{'name':'rule_check','language':'en_US','category':'UTILITY','parameter_format':'named','components':[{'type':'HEADER','format':'TEXT','text':'Hi {{name}}','example':{'header_text_named_params':[{'param_name':'name','example':'Ana'}]}},"
                        + "{'type':'BODY','text':'Dear {{first_name}}, your booking {{booking_id}} is confirmed for you.','example':{'body_text_named_params':[{'param_name':'first_name','example':'Ana'},{'param_name':'booking_id','example':'B1'}]}}]}"),
                Arguments.of("location header", def("UTILITY", "[{'type':'HEADER','format':'LOCATION'}," + BODY + "]")),
                Arguments.of("marketing with copy code and catalog", def("MARKETING", "[" + body("New arrivals are in our store this week.", null)
                        + ",{'type':'BUTTONS','buttons':[{'type':'COPY_CODE','example':'WELCOME10'},{'type':'CATALOG','text':'View catalog'}]}]")),
                Arguments.of("flow button", def("UTILITY", "[" + BODY + ",{'type':'BUTTONS','buttons':[{'type':'FLOW','text':'Book now','flow_id':'123'}]}]")),
                Arguments.of("authentication copy code", def("AUTHENTICATION", "[{'type':'BODY','add_security_recommendation':true},{'type':'FOOTER','code_expiration_minutes':10},{'type':'BUTTONS','buttons':[{'type':'OTP','otp_type':'copy_code','text':'Copy code'}]}]")),
                Arguments.of("authentication one tap", def("AUTHENTICATION", "[{'type':'BODY'},{'type':'BUTTONS','buttons':[{'type':'OTP','otp_type':'ONE_TAP','supported_apps':[{'package_name':'com.example','signature_hash':'abcdefghijk'}]}]}]")),
                Arguments.of("authentication zero tap", def("AUTHENTICATION", "[{'type':'BODY'},{'type':'BUTTONS','buttons':[{'type':'OTP','otp_type':'ZERO_TAP','zero_tap_terms_accepted':true,'supported_apps':[{'package_name':'com.example','signature_hash':'abcdefghijk'}]}]}]")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("approved")
    void definitionsThatFollowTheRulesAreApproved(String what, String definition) {
        String id = f.create(definition);
        f.reviewPasses();
        ObjectNode t = f.template(id);
        assertThat(t.path("status").asText()).as(what + ": " + t.path("rejection_info")).isEqualTo("APPROVED");
        assertThat(t.has("rejection_info")).isFalse();
    }

    @Test
    void onlyTheFirstProblemIsTheReasonAndTheRecommendationListsAll() {
        String id = f.create(def("UTILITY", "[" + body("{{1}} starts and ends with {{3}}", "['a','b']") + "]"));
        f.reviewPasses();
        ObjectNode info = (ObjectNode) f.template(id).path("rejection_info");
        assertThat(info.path("reason").asText()).contains("out of sequence").contains("more problems");
        assertThat(info.path("recommendation").asText()).contains("must not start", "must not end");
    }

    @Test
    void promotionalUtilityTemplatesAreApprovedAsMarketing() {
        String id = f.createUtility("flash_sale", "Our summer sale starts tomorrow morning.");
        ObjectNode pending = f.template(id);
        assertThat(pending.path("category").asText()).isEqualTo("UTILITY");
        assertThat(pending.has("previous_category")).isFalse();
        f.reviewPasses();
        ObjectNode t = f.template(id);
        assertThat(t.path("status").asText()).isEqualTo("APPROVED");
        assertThat(t.path("category").asText()).isEqualTo("MARKETING");
        assertThat(t.path("previous_category").asText()).isEqualTo("UTILITY");
        assertThat(f.list(null, null).path("templates").get(0).path("templateCategory").asText()).isEqualTo("MARKETING");
    }

    @Test
    void promotionalWordingIsFoundInButtonsToo() {
        String id = f.create(def("UTILITY", "[" + BODY + ",{'type':'BUTTONS','buttons':[{'type':'QUICK_REPLY','text':'Buy now'}]}]"));
        f.reviewPasses();
        assertThat(f.template(id).path("category").asText()).isEqualTo("MARKETING");
    }

    @Test
    void theWordListIsWholeWords() {
        assertThat(PromotionalWording.find("Get 20% off today")).isEqualTo("% off");
        assertThat(PromotionalWording.find("Special OFFERS inside")).isEqualTo("offers");
        assertThat(PromotionalWording.find("A limited-time thing")).isEqualTo("limited-time");
        assertThat(PromotionalWording.find("Your wholesale account")).isNull();
        assertThat(PromotionalWording.find("Your sales report")).isEqualTo("sales");
        assertThat(PromotionalWording.find("Ideally dealt with")).isNull();
        assertThat(PromotionalWording.find(null)).isNull();
        assertThat(PromotionalWording.PHRASES).contains("sale", "discount", "% off", "offer", "promo", "deal",
                "buy now", "limited time");
    }

    @Test
    void marketingTemplatesKeepTheirCategory() {
        String id = f.create(def("MARKETING", "[" + body("Our summer sale starts tomorrow morning.", null) + "]"));
        f.reviewPasses();
        ObjectNode t = f.template(id);
        assertThat(t.path("category").asText()).isEqualTo("MARKETING");
        assertThat(t.has("previous_category")).isFalse();
    }

    @Test
    void aDuplicateOfAnotherTemplatesWordingIsRejected() {
        String first = f.createUtility("original", "Your parcel is waiting at the front desk.");
        String copy = f.create(BackendFixture.utilityBody("copy", "en_GB", "Your parcel is waiting at the front desk. "));
        f.reviewPasses();
        assertThat(f.status(first)).isEqualTo("APPROVED");
        ObjectNode t = f.template(copy);
        assertThat(t.path("status").asText()).isEqualTo("REJECTED");
        assertThat(t.path("rejected_reason").asText()).isEqualTo(TemplateOperations.DUPLICATE_WORDING_REASON);
        assertThat(t.path("rejection_info").path("reason").asText()).contains("duplicates", "original", first);
    }

    @Test
    void wordingOfRejectedOrDeletedTemplatesIsNotADuplicate() {
        f.backend.forceOutcome(OutcomeRule.rejected("rejected_one", "SCAM"));
        f.createUtility("rejected_one", "Wording that anyone may use again.");
        f.reviewPasses();
        String deleted = f.createUtility("deleted_one", "Other wording that may be reused.");
        f.delete("deleted_one", deleted);
        String a = f.createUtility("reuse_a", "Wording that anyone may use again.");
        String b = f.createUtility("reuse_b", "Other wording that may be reused.");
        f.reviewPasses();
        assertThat(f.status(a)).isEqualTo("APPROVED");
        assertThat(f.status(b)).isEqualTo("APPROVED");
    }

    @Test
    void authenticationTemplatesAreNeverDuplicates() {
        String auth = def("AUTHENTICATION", "[{'type':'BODY'},{'type':'BUTTONS','buttons':[{'type':'OTP','otp_type':'COPY_CODE'}]}]");
        String a = f.create(auth);
        String b = f.create(auth.replace("rule_check", "second_code"));
        f.reviewPasses();
        assertThat(f.status(a)).isEqualTo("APPROVED");
        assertThat(f.status(b)).isEqualTo("APPROVED");
    }
}
