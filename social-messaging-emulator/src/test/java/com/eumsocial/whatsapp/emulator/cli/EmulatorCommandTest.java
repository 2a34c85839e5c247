package com.eumsocial.whatsapp.emulator.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.eumsocial.whatsapp.emulator.EmulatorConfig;
import com.eumsocial.whatsapp.emulator.EmulatorTestSupport;
import com.eumsocial.whatsapp.emulator.security.AccessKey;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.socialmessaging.SocialMessagingClient;

class EmulatorCommandTest {
    private static final String CONFIG = "{"
            + "\"region\":\"eu-west-1\",\"reviewDelaySeconds\":30,\"maxTemplatesPerWaba\":10,"
            + "\"maxCreationsPerWabaPerHour\":5,\"mediaRoot\":\"media\",\"seed\":9,"
            + "\"accessKeys\":[{\"accessKeyId\":\"AKIACONFIGURED000001\",\"secretAccessKey\":\"configured-secret\","
            + "\"accountId\":\"123456789012\"}],"
            + "\"wabas\":[{\"id\":\"waba-11112222333344445555666677778888\",\"accountId\":\"123456789012\","
            + "\"name\":\"Configured\",\"registrationStatus\":\"COMPLETE\",\"linkDate\":\"2025-02-03T04:05:06Z\","
            + "\"phoneNumbers\":[{\"phoneNumberId\":\"phone-number-id-11112222333344445555666677778888\","
            + "\"phoneNumber\":\"+4930123456\",\"dataLocalizationRegion\":\"DE\"}]}],"
            + "\"faults\":{\"seed\":3,\"throttleRate\":0.0}}";

    @TempDir
    Path dir;

    private EmulatorCommand parse(String... args) {
        EmulatorCommand command = new EmulatorCommand();
        new CommandLine(command).parseArgs(args);
        return command;
    }

    @Test
    void optionsBecomeTheConfigurationAndWinOverTheFile() throws Exception {
        Path file = Files.writeString(dir.resolve("emulator.json"), CONFIG);
        EmulatorConfig config = parse("--config", file.toString(), "--port", "0", "--host", "127.0.0.1",
                "--data-dir", dir.resolve("data").toString(), "--review-delay", "7", "--seed", "5",
                "--throttle-rate", "0.1", "--internal-error-rate", "0.2", "--dependency-error-rate", "0.3",
                "--latency-rate", "0.4", "--latency-ms", "15", "--throttle-per-second", "50", "--throttle-burst", "60",
                "--threads", "4").toConfig();

        assertThat(config.port()).isZero();
        assertThat(config.threads()).isEqualTo(4);
        assertThat(config.dataDir()).contains(dir.resolve("data"));
        assertThat(config.metaSettings().reviewDelay()).isEqualTo(Duration.ofSeconds(7));
        assertThat(config.metaSettings().randomSeed()).isEqualTo(5);
        assertThat(config.metaSettings().region()).isEqualTo("eu-west-1");
        assertThat(config.metaSettings().maxTemplatesPerWaba()).isEqualTo(10);
        assertThat(config.metaSettings().maxCreationsPerWabaPerHour()).isEqualTo(5);
        assertThat(config.metaSettings().mediaRoot()).contains(dir.resolve("media"));
        assertThat(config.metaSettings().wabas()).singleElement().satisfies(w -> {
            assertThat(w.name()).isEqualTo("Configured");
            assertThat(w.phoneNumbers().get(0).dataLocalizationRegion()).isEqualTo("DE");
        });
        assertThat(config.accessKeys()).extracting(AccessKey::accessKeyId).containsExactly("AKIACONFIGURED000001");
        assertThat(config.faults().seed()).isEqualTo(5);
        assertThat(config.faults().throttleRate()).isEqualTo(0.1);
        assertThat(config.faults().internalErrorRate()).isEqualTo(0.2);
        assertThat(config.faults().dependencyErrorRate()).isEqualTo(0.3);
        assertThat(config.faults().latencyRate()).isEqualTo(0.4);
        assertThat(config.faults().latency()).isEqualTo(Duration.ofMillis(15));
        assertThat(config.faults().throttlePerSecond()).isEqualTo(50);
        assertThat(config.faults().throttleBurst()).isEqualTo(60);
    }

    @Test
    void defaultsAreLocalhostAndTheDocumentedPort() {
        EmulatorConfig config = parse().toConfig();
        assertThat(config.host()).isEqualTo("127.0.0.1");
        assertThat(config.port()).isEqualTo(EmulatorCommand.DEFAULT_PORT);
        assertThat(config.dataDir()).isEmpty();
        assertThat(config.accessKeys()).containsExactly(AccessKey.DEFAULT, AccessKey.SECOND);
    }

    @Test
    void startsPrintsEndpointAndCredentialsAndServesTheConfiguredAccount() throws Exception {
        Path file = Files.writeString(dir.resolve("emulator.json"), CONFIG);
        EmulatorCommand command = parse("--config", file.toString(), "--port", "0",
                "--data-dir", dir.resolve("data").toString());
        StringWriter printed = new StringWriter();
        command.embedded(new PrintWriter(printed, true));
        try {
            assertThat(command.call()).isZero();
            String banner = printed.toString();
            assertThat(banner).contains("listening on " + command.running().endpoint())
                    .contains("AWS_ACCESS_KEY_ID=AKIACONFIGURED000001")
                    .doesNotContain("configured-secret")
                    .contains("/_emulator/state").contains("data directory");
            try (SocialMessagingClient client = SocialMessagingClient.builder()
                    .endpointOverride(command.running().endpoint()).region(Region.EU_WEST_1)
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                            "AKIACONFIGURED000001", "configured-secret")))
                    .httpClient(UrlConnectionHttpClient.builder().build()).build()) {
                assertThat(client.getLinkedWhatsAppBusinessAccount(r -> r.id("waba-11112222333344445555666677778888"))
                        .account().arn()).startsWith("arn:aws:social-messaging:eu-west-1:123456789012:waba/");
            }
        } finally {
            command.stop();
            command.stop();
        }
        assertThat(command.running()).isNull();
    }

    @Test
    void theBannerShowsTheDefaultSecretsBecauseTheyArePublic() throws Exception {
        EmulatorCommand command = parse("--port", "0");
        StringWriter printed = new StringWriter();
        command.embedded(new PrintWriter(printed, true));
        try {
            command.call();
            assertThat(printed.toString()).contains("AWS_SECRET_ACCESS_KEY=" + AccessKey.DEFAULT.secretAccessKey())
                    .contains("(account 000000000000)");
            assertThat(EmulatorTestSupport.send(java.net.http.HttpRequest.newBuilder(
                    EmulatorTestSupport.uri(command.running(), "/_emulator/state")).build()).statusCode())
                    .isEqualTo(200);
        } finally {
            command.stop();
        }
    }

    @Test
    void aBadConfigurationFileIsReportedWithTheFieldAndExitCode2() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.json"),
                "{\"wabas\":[{\"id\":\"nope\",\"accountId\":\"123456789012\"}]}");
        EmulatorCommand command = parse("--config", file.toString(), "--port", "0");
        command.embedded(new PrintWriter(new StringWriter(), true));
        assertThat(command.call()).isEqualTo(2);
        assertThatThrownBy(command::toConfig).hasMessageContaining("bad.json: wabas[0]: WABA id must look like");
    }

    @Test
    void aPortInUseIsReportedWithExitCode1() throws Exception {
        EmulatorCommand first = parse("--port", "0");
        first.embedded(new PrintWriter(new StringWriter(), true));
        try {
            first.call();
            EmulatorCommand second = parse("--port", String.valueOf(first.running().port()));
            StringWriter printed = new StringWriter();
            second.embedded(new PrintWriter(printed, true));
            assertThat(second.call()).isEqualTo(1);
            assertThat(printed.toString()).contains("cannot listen on 127.0.0.1:" + first.running().port());
        } finally {
            first.stop();
        }
    }

    @Test
    void configProblemsNameTheirField() {
        ObjectMapper json = new ObjectMapper();
        assertProblem(json, "[]", "must be a JSON object");
        assertProblem(json, "{\"colour\":1}", "colour: unknown setting");
        assertProblem(json, "{\"region\":5}", "region: a non-empty string is required");
        assertProblem(json, "{\"reviewDelaySeconds\":\"5\"}", "reviewDelaySeconds: a whole number is required");
        assertProblem(json, "{\"accessKeys\":[{\"accessKeyId\":\"AKIAX00000000000001\"}]}",
                "accessKeys[0].secretAccessKey");
        assertProblem(json, "{\"accessKeys\":[{\"accessKeyId\":\"bad\",\"secretAccessKey\":\"s\",\"accountId\":\"1\"}]}",
                "accessKeys[0]: accessKeyId");
        assertProblem(json, "{\"wabas\":[{\"id\":\"waba-1\",\"accountId\":\"123456789012\",\"linkDate\":\"then\"}]}",
                "wabas[0].linkDate");
        assertProblem(json, "{\"wabas\":[{\"id\":\"waba-1\",\"accountId\":\"123456789012\",\"phoneNumbers\":"
                + "[{\"phoneNumberId\":\"x\",\"phoneNumber\":\"+1\"}]}]}", "wabas[0].phoneNumbers[0]");
        assertProblem(json, "{\"faults\":{\"throttleRate\":3}}", "faults: throttleRate");
        assertThatThrownBy(() -> ConfigFile.read(dir.resolve("missing.json"), json))
                .hasMessageContaining("cannot be read");
    }

    @Test
    void malformedJsonFilesAreReported() throws Exception {
        Path file = Files.writeString(dir.resolve("broken.json"), "{\"region\":");
        assertThatThrownBy(() -> ConfigFile.read(file, new ObjectMapper())).hasMessageContaining("not valid JSON");
    }

    private static void assertProblem(ObjectMapper json, String text, String expected) {
        assertThatThrownBy(() -> ConfigFile.parse(json.readTree(text), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(expected);
    }
}
