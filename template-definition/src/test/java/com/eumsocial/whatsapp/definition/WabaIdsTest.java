package com.eumsocial.whatsapp.definition;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WabaIdsTest {
    private static final String ID = "waba-0123456789abcdef0123456789abcdef";
    private static final String ARN = "arn:aws:social-messaging:us-east-1:123456789012:waba/0123456789abcdef0123456789abcdef";

    @Test
    void anIdIsWabaDashThenLettersAndDigits() {
        assertThat(WabaIds.isId(ID)).isTrue();
        assertThat(WabaIds.isId("waba-")).isFalse();
        assertThat(WabaIds.isId("waba-has space")).isFalse();
        assertThat(WabaIds.isId("0123")).isFalse();
        assertThat(WabaIds.isId(null)).isFalse();
    }

    @Test
    void anArnEndsInTheIdWithoutItsPrefix() {
        assertThat(WabaIds.isArn(ARN)).isTrue();
        assertThat(WabaIds.isArn("arn:aws-cn:social-messaging::123456789012:waba/abc")).isTrue();
        assertThat(WabaIds.isArn("arn:aws:sns:us-east-1:123456789012:waba/abc")).isFalse();
        assertThat(WabaIds.isArn("arn:aws:social-messaging:us-east-1:123456789012:phone-number-id/abc")).isFalse();
        assertThat(WabaIds.isArn(null)).isFalse();
    }

    @Test
    void theMessagesNameTheFieldTheValueAndTheExpectedShape() {
        assertThat(WabaIds.notAnId("wabaId", "0123"))
            .isEqualTo("wabaId '0123' is not a WABA id (expected waba- followed by letters and digits, as in"
                + " waba-0123456789abcdef0123456789abcdef)");
        assertThat(WabaIds.notAnArn("wabaArn", "x"))
            .isEqualTo("wabaArn 'x' is not a WABA ARN (expected arn:<partition>:social-messaging:<region>:<account>:waba/<id>)");
        assertThat(WabaIds.neitherIdNorArn("WabaId", "x")).startsWith("WabaId 'x' is neither a WABA id (waba- followed by")
            .contains("nor a WABA ARN (arn:<partition>");
    }
}
