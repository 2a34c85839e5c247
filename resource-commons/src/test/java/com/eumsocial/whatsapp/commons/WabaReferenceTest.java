package com.eumsocial.whatsapp.commons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.cloudformation.proxy.HandlerErrorCode;

class WabaReferenceTest {
    static final String ID = "waba-0123456789abcdef0123456789abcdef";
    static final String ARN = "arn:aws:social-messaging:us-east-1:123456789012:waba/0123456789abcdef0123456789abcdef";

    @Test
    void anIdIsUsedAsItIs() {
        WabaReference ref = WabaReference.parse(ID);
        assertThat(ref.id()).isEqualTo(ID);
        assertThat(ref.given()).isEqualTo(ID);
        assertThat(ref.region()).isNull();
        assertThat(ref.accountId()).isNull();
        assertThat(ref.toString()).isEqualTo(ID);
    }

    @Test
    void anArnBecomesTheSameId() {
        WabaReference ref = WabaReference.parse(ARN);
        assertThat(ref.id()).isEqualTo(ID);
        assertThat(ref.given()).isEqualTo(ARN);
        assertThat(ref.region()).isEqualTo("us-east-1");
        assertThat(ref.accountId()).isEqualTo("123456789012");
        assertThat(ref).isEqualTo(WabaReference.parse(ID)).hasSameHashCodeAs(WabaReference.parse(ID));
        assertThat(WabaReference.parse("arn:aws-cn:social-messaging::123456789012:waba/abc").region()).isNull();
    }

    @Test
    void sameWabaComparesAcrossForms() {
        assertThat(WabaReference.sameWaba(ID, ARN)).isTrue();
        assertThat(WabaReference.sameWaba(ID, "waba-other")).isFalse();
        assertThat(WabaReference.sameWaba(null, null)).isTrue();
        assertThat(WabaReference.sameWaba(ID, null)).isFalse();
        assertThat(WabaReference.sameWaba("junk", "junk")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0123456789", "waba-", "waba-has space", "arn:aws:sns:us-east-1:123456789012:waba/abc",
        "arn:aws:social-messaging:us-east-1:123456789012:phone-number-id/abc"})
    void anythingElseIsAnInvalidRequestNamingTheField(String value) {
        assertThatThrownBy(() -> WabaReference.parse(value, "WabaId"))
            .isInstanceOfSatisfying(HandlerFailure.class, f -> assertThat(f.code()).isEqualTo(HandlerErrorCode.InvalidRequest))
            .hasMessageContaining("WabaId '" + value + "' is neither a WABA id");
    }

    @Test
    void aMissingValueSaysItIsRequired() {
        assertThatThrownBy(() -> WabaReference.parse(null)).hasMessageContaining("WabaId is required");
        assertThatThrownBy(() -> WabaReference.parse(" ")).hasMessageContaining("WabaId is required");
    }
}
