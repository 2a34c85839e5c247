package com.eumsocial.whatsapp.emulator.clients;

import static org.assertj.core.api.Assertions.assertThat;

import com.eumsocial.whatsapp.emulator.EmulatorConfig;
import com.eumsocial.whatsapp.emulator.EmulatorTestSupport;
import com.eumsocial.whatsapp.emulator.SocialMessagingEmulator;
import com.eumsocial.whatsapp.emulator.security.AccessKey;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The AWS CLI (botocore's signer, which signs only host and x-amz-date for a GET and sends no
 * x-amz-content-sha256) talks to the emulator as it would to AWS: every operation a user pokes
 * at is served, and a forged key is refused.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AwsCliAgainstEmulatorTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String WABA = EmulatorTestSupport.WABA_ID;

    @TempDir
    Path work;
    private SocialMessagingEmulator emulator;

    @BeforeAll
    void start() {
        Assumptions.assumeTrue(ExternalProcess.onPath("aws"),
                "the AWS CLI ('aws') is not on the PATH: install awscli to run this test");
        emulator = SocialMessagingEmulator.start(EmulatorConfig.defaults());
    }

    @AfterAll
    void stop() {
        if (emulator != null) {
            emulator.close();
        }
    }

    @Test
    void theCliDrivesEveryTemplateOperation() throws IOException {
        JsonNode accounts = ok("list-linked-whatsapp-business-accounts");
        assertThat(accounts.at("/linkedAccounts/0/id").asText()).isEqualTo(WABA);

        List<String> ids = new ArrayList<>();
        for (String name : List.of("cli_paging_a", "cli_paging_b", "cli_paging_c")) {
            Path definition = write(name + ".json", "{\"name\":\"" + name + "\",\"language\":\"en_US\","
                    + "\"category\":\"UTILITY\",\"components\":[{\"type\":\"BODY\","
                    + "\"text\":\"Your order {{1}} from " + name + " has shipped.\","
                    + "\"example\":{\"body_text\":[[\"A-1\"]]}}]}");
            JsonNode created = ok("create-whatsapp-message-template", "--id", WABA,
                    "--template-definition", "fileb://" + definition);
            assertThat(created.path("templateStatus").asText()).isEqualTo("PENDING");
            ids.add(created.path("metaTemplateId").asText());
        }

        JsonNode got = ok("get-whatsapp-message-template", "--id", WABA, "--meta-template-id", ids.get(0));
        assertThat(JSON.readTree(got.path("template").asText()).path("name").asText()).isEqualTo("cli_paging_a");

        // One template per page: the CLI follows nextToken (a query parameter) page after page.
        JsonNode firstPage = ok("list-whatsapp-message-templates", "--id", WABA, "--page-size", "1",
                "--max-items", "2");
        assertThat(firstPage.path("templates")).hasSize(2);
        String resume = firstPage.path("NextToken").asText();
        assertThat(resume).isNotBlank();
        JsonNode rest = ok("list-whatsapp-message-templates", "--id", WABA, "--page-size", "1",
                "--starting-token", resume);
        List<String> names = new ArrayList<>();
        firstPage.path("templates").forEach(t -> names.add(t.path("templateName").asText()));
        rest.path("templates").forEach(t -> names.add(t.path("templateName").asText()));
        assertThat(names).containsExactlyInAnyOrder("cli_paging_a", "cli_paging_b", "cli_paging_c");

        emulator.control().advanceClock(Duration.ofHours(1));
        Path components = write("components.json", "[{\"type\":\"BODY\",\"text\":\"Order {{1}} is on its way"
                + " to you now.\",\"example\":{\"body_text\":[[\"A-1\"]]}}]");
        ok("update-whatsapp-message-template", "--id", WABA, "--meta-template-id", ids.get(0),
                "--template-components", "fileb://" + components);
        JsonNode updated = JSON.readTree(ok("get-whatsapp-message-template", "--id", WABA, "--meta-template-id",
                ids.get(0)).path("template").asText());
        assertThat(updated.toString()).contains("is on its way to you now.");

        ok("delete-whatsapp-message-template", "--id", WABA, "--template-name", "cli_paging_b",
                "--meta-template-id", ids.get(1));
        ExternalProcess.Result gone = cli(AccessKey.DEFAULT, "get-whatsapp-message-template", "--id", WABA,
                "--meta-template-id", ids.get(1));
        assertThat(gone.exitCode()).as(gone.describe()).isNotZero();
        assertThat(gone.stderr()).contains("ResourceNotFoundException");
    }

    @Test
    void theCliBrowsesTheLibraryWithFiltersAndCreatesFromIt() throws IOException {
        JsonNode library = ok("list-whatsapp-template-library", "--id", WABA,
                "--filters", "searchKey=payment,language=en_US");
        List<String> names = new ArrayList<>();
        library.path("metaLibraryTemplates").forEach(t -> names.add(t.path("templateName").asText()));
        assertThat(names).contains("payment_reminder", "payment_received");

        Path request = write("library.json", "{\"templateName\":\"cli_from_library\","
                + "\"libraryTemplateName\":\"payment_received\",\"templateCategory\":\"UTILITY\","
                + "\"templateLanguage\":\"en_US\"}");
        JsonNode created = ok("create-whatsapp-message-template-from-library", "--id", WABA,
                "--meta-library-template", "file://" + request);
        assertThat(created.path("metaTemplateId").asText()).matches("[0-9]+");
    }

    @Test
    void queryValuesThatNeedEncodingAreVerifiedNotRefused() {
        // Spaces, '+', '/' and non-ASCII letters in a query value: the signature must hold, and the
        // answer is the service's own (no such template), not a signature error.
        ExternalProcess.Result result = cli(AccessKey.DEFAULT, "delete-whatsapp-message-template", "--id", WABA,
                "--template-name", "no such+name/\u00e9t\u00e9");
        assertThat(result.exitCode()).as(result.describe()).isNotZero();
        assertThat(result.stderr()).doesNotContain("Signature").doesNotContain("security token")
                .contains("ResourceNotFoundException");
    }

    @Test
    void aForgedSecretOrAnUnknownKeyIsRefused() {
        ExternalProcess.Result forged = cli(new AccessKey(AccessKey.DEFAULT.accessKeyId(), "guessed-secret",
                "000000000000"), "list-linked-whatsapp-business-accounts");
        assertThat(forged.exitCode()).as(forged.describe()).isNotZero();
        assertThat(forged.stderr()).contains("InvalidSignatureException");

        ExternalProcess.Result unknown = cli(new AccessKey("AKIANOBODY0000000001", "secret", "222222222222"),
                "list-linked-whatsapp-business-accounts");
        assertThat(unknown.exitCode()).as(unknown.describe()).isNotZero();
        assertThat(unknown.stderr()).contains("UnrecognizedClientException");
    }

    private JsonNode ok(String... operationAndArgs) {
        ExternalProcess.Result result = cli(AccessKey.DEFAULT, operationAndArgs);
        assertThat(result.exitCode()).as(result.describe()).isZero();
        try {
            return result.stdout().isBlank() ? JSON.createObjectNode() : JSON.readTree(result.stdout());
        } catch (IOException e) {
            throw new AssertionError("the CLI printed no JSON: " + result.describe(), e);
        }
    }

    private ExternalProcess.Result cli(AccessKey key, String... operationAndArgs) {
        List<String> command = new ArrayList<>(List.of("aws", "socialmessaging"));
        command.addAll(List.of(operationAndArgs));
        command.addAll(List.of("--endpoint-url", emulator.endpoint().toString(), "--region", "us-east-1",
                "--output", "json", "--cli-read-timeout", "30"));
        return ExternalProcess.run(emulator, key, work, command);
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(work.resolve(name), content);
    }
}
