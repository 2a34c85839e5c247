package com.eumsocial.whatsapp.commons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.eumsocial.whatsapp.commons.testing.TestProxies;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.socialmessaging.SocialMessagingClient;
import software.amazon.awssdk.services.socialmessaging.model.GetWhatsAppMessageTemplateRequest;
import software.amazon.cloudformation.proxy.HandlerErrorCode;

class SocialMessagingClientFactoryTest {
    private final SocialMessagingClientFactory factory = new SocialMessagingClientFactory();

    @Test
    void usesTheRequestRegionAndNoOverrideByDefault() {
        try (SocialMessagingClient client = factory.create("eu-west-1", null)) {
            assertThat(client.serviceClientConfiguration().region()).isEqualTo(Region.EU_WEST_1);
            assertThat(client.serviceClientConfiguration().endpointOverride()).isEmpty();
        }
    }

    @Test
    void callsTheOverrideEndpointWithTheCallersCredentialsFromTheProxy() throws Exception {
        List<String> seen = new ArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            seen.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
                + exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] body = "{\"template\":\"{\\\"name\\\":\\\"x\\\"}\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String endpoint = "http://127.0.0.1:" + server.getAddress().getPort();
            TypeConfigurationModel configuration = new TypeConfigurationModel(endpoint, null);
            try (SocialMessagingClient client = factory.create("us-east-1", configuration)) {
                assertThat(client.serviceClientConfiguration().endpointOverride()).contains(URI.create(endpoint));
                SocialMessagingCalls calls = new SocialMessagingCalls(TestProxies.proxy(), () -> client);
                String template = calls.getWhatsAppMessageTemplate(GetWhatsAppMessageTemplateRequest.builder()
                    .id("waba-1").metaTemplateId("42").build()).template();
                assertThat(template).isEqualTo("{\"name\":\"x\"}");

                // Without the proxy's credentials the client refuses to sign with anything else.
                assertThatThrownBy(() -> client.getWhatsAppMessageTemplate(GetWhatsAppMessageTemplateRequest.builder()
                    .id("waba-1").metaTemplateId("42").build()))
                    .hasStackTraceContaining("must go through the CloudFormation proxy");
            }
        } finally {
            server.stop(0);
        }
        assertThat(seen).hasSize(1);
        assertThat(seen.get(0)).startsWith("GET /v1/whatsapp/template?").contains("metaTemplateId=42")
            .contains("Credential=" + TestProxies.CALLER_CREDENTIALS.getAccessKeyId() + "/");
    }

    @Test
    void aMissingRegionIsAnInvalidRequest() {
        assertThatThrownBy(() -> factory.create(" ", null))
            .isInstanceOfSatisfying(HandlerFailure.class, f -> assertThat(f.code()).isEqualTo(HandlerErrorCode.InvalidRequest));
    }

    @Test
    void unusableEndpointOverridesAreInvalidTypeConfiguration() {
        for (String bad : new String[] {"ftp://host", "localhost:8080", "http://", "http://bad host"}) {
            assertThatThrownBy(() -> SocialMessagingClientFactory.endpointOverride(new TypeConfigurationModel(bad, null)))
                .as(bad)
                .isInstanceOfSatisfying(HandlerFailure.class,
                    f -> assertThat(f.code()).isEqualTo(HandlerErrorCode.InvalidTypeConfiguration))
                .hasMessageContaining("EndpointOverride '" + bad + "'");
        }
        assertThat(SocialMessagingClientFactory.endpointOverride(new TypeConfigurationModel(" ", null))).isNull();
        assertThat(SocialMessagingClientFactory.endpointOverride(new TypeConfigurationModel(" https://x.test/ ", null)))
            .isEqualTo(URI.create("https://x.test/"));
    }
}
