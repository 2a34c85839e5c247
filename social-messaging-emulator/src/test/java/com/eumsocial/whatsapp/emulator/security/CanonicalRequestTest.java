package com.eumsocial.whatsapp.emulator.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.eumsocial.whatsapp.emulator.protocol.IncomingRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** AWS's canonicalisation rules, one by one (the cases of AWS's SigV4 test suite that apply to this service). */
class CanonicalRequestTest {
    private static final String EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    @Test
    void thePathIsNormalisedAndEncodedASecondTime() {
        assertThat(CanonicalRequest.canonicalUri("/")).isEqualTo("/");
        assertThat(CanonicalRequest.canonicalUri("/v1/whatsapp/template")).isEqualTo("/v1/whatsapp/template");
        assertThat(CanonicalRequest.canonicalUri("/example%20space/")).isEqualTo("/example%2520space/");
        assertThat(CanonicalRequest.canonicalUri("/a/./b/../c//d")).isEqualTo("/a/c/d");
        assertThat(CanonicalRequest.canonicalUri("/..")).isEqualTo("/");
        assertThat(CanonicalRequest.canonicalUri("/~user/a:b")).isEqualTo("/~user/a%3Ab");
    }

    @Test
    void queryParametersAreDecodedReEncodedAndSortedByNameThenValue() {
        assertThat(CanonicalRequest.canonicalQuery(null)).isEmpty();
        assertThat(CanonicalRequest.canonicalQuery("Param2=value2&Param1=value1"))
                .isEqualTo("Param1=value1&Param2=value2");
        assertThat(CanonicalRequest.canonicalQuery("Param1=value2&Param1=Value1"))
                .isEqualTo("Param1=Value1&Param1=value2");
        assertThat(CanonicalRequest.canonicalQuery("a=b%20c&b=x+y&c=%E1%88%B4&d"))
                .isEqualTo("a=b%20c&b=x%2By&c=%E1%88%B4&d=");
        assertThat(CanonicalRequest.canonicalQuery("t=%7e-_.~&u=%2f%3D"))
                .isEqualTo("t=~-_.~&u=%2F%3D");
        assertThat(CanonicalRequest.canonicalQuery("bad=%zz")).isEqualTo("bad=%25zz");
    }

    @Test
    void onlyTheListedHeadersAreSignedWithTrimmedAndJoinedValues() {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Host", List.of("example.amazonaws.com"));
        headers.put("My-Header1", List.of("  value1  "));
        headers.put("My-Header2", List.of("\"a   b   c\""));
        headers.put("My-Header3", List.of("value2", "value1"));
        headers.put("User-Agent", List.of("not signed"));
        headers.put("X-Amz-Date", List.of("20150830T123600Z"));
        IncomingRequest request = new IncomingRequest("GET", "/", null, headers, null);
        assertThat(CanonicalRequest.of(request, List.of("host", "my-header1", "my-header2", "my-header3",
                "x-amz-date"))).isEqualTo(String.join("\n", "GET", "/", "",
                "host:example.amazonaws.com", "my-header1:value1", "my-header2:\"a b c\"",
                "my-header3:value2,value1", "x-amz-date:20150830T123600Z", "",
                "host;my-header1;my-header2;my-header3;x-amz-date", EMPTY_SHA256));
    }

    @Test
    void thePayloadHashIsTheBodysAndADeclaredHashMustMatchIt() {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Host", List.of("h"));
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        String bodyHash = CanonicalRequest.sha256Hex(body);
        assertThat(CanonicalRequest.of(new IncomingRequest("POST", "/", null, headers, body), List.of("host")))
                .endsWith("\n" + bodyHash);
        headers.put("x-amz-content-sha256", List.of(bodyHash));
        assertThat(CanonicalRequest.of(new IncomingRequest("POST", "/", null, headers, body), List.of("host")))
                .endsWith("\n" + bodyHash);
        headers.put("x-amz-content-sha256", List.of(EMPTY_SHA256));
        assertThatThrownBy(() -> CanonicalRequest.of(new IncomingRequest("POST", "/", null, headers, body),
                List.of("host"))).isInstanceOf(AuthenticationFailure.class)
                .hasMessageContaining("x-amz-content-sha256");
    }
}
