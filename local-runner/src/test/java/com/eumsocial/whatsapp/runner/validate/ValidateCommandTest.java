package com.eumsocial.whatsapp.runner.validate;

import static org.assertj.core.api.Assertions.assertThat;

import com.eumsocial.whatsapp.runner.cli.RunnerCommand;
import com.eumsocial.whatsapp.runner.deploy.DeployFixtureAccess;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/** {@code validate} through the command line: exit codes, the three formats, every kind of PATH. */
class ValidateCommandTest {
    private Path work;
    private String out;
    private String err;

    @BeforeEach
    void setUp(TestInfo info) throws Exception {
        work = Path.of("target", "test-work", "validate-" + info.getTestMethod().orElseThrow().getName() + "-" + System.nanoTime())
                .toAbsolutePath();
        Files.createDirectories(work);
        DeployFixtureAccess.copyFixtures(work);
    }

    private int run(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int exit = RunnerCommand.run(args, new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8));
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
        return exit;
    }

    /** The folder fixture with an unsupported language, a second owner of one name + language, broken JSON and a missing image. */
    private Path brokenFolder() throws Exception {
        Path templates = Files.createDirectories(work.resolve("broken/utility")).getParent();
        Files.copy(work.resolve("folder-app/templates/folder_shipping.en_US.json"), templates.resolve("folder_shipping.en_US.json"));
        Files.writeString(templates.resolve("zz.json"), String.join("\n",
                "{",
                "  \"name\": \"folder_zz\",",
                "  \"language\": \"zz_ZZ\",",
                "  \"category\": \"UTILITY\",",
                "  \"components\": [{\"type\": \"BODY\", \"text\": \"Your parcel is on its way.\"}]",
                "}"));
        Files.writeString(templates.resolve("utility/again.json"), String.join("\n",
                "{\"name\": \"folder_shipping\", \"language\": \"en_US\", \"category\": \"UTILITY\",",
                " \"components\": [{\"type\": \"BODY\", \"text\": \"Your parcel is on its way.\"}]}"));
        Files.writeString(templates.resolve("broken.json"), "{\"name\": \"folder_broken\",\n  \"language\" \"en_US\"}");
        Files.writeString(templates.resolve("no_image.json"), String.join("\n",
                "{\"name\": \"folder_no_image\", \"language\": \"en_US\", \"category\": \"MARKETING\", \"components\": [",
                "  {\"type\": \"HEADER\", \"format\": \"IMAGE\", \"example\": {\"header_handle\": [\"file:missing.png\"]}},",
                "  {\"type\": \"BODY\", \"text\": \"Spring is here.\"}]}"));
        return templates;
    }

    private static String rel(Path p) {
        return Path.of("").toAbsolutePath().relativize(p).toString();
    }

    @Test
    void aValidFolderExitsZeroWithASummary() {
        assertThat(run("validate", work.resolve("folder-app/templates").toString())).isEqualTo(0);
        assertThat(out).isEqualTo("Valid: 3 template(s) in 3 file(s), no problems.\n");
    }

    @Test
    void everyProblemOfAFolderIsPlacedAtItsLineAndColumnAndExitsTwo() throws Exception {
        Path templates = brokenFolder();
        assertThat(run("validate", templates.toString())).isEqualTo(2);
        String dir = rel(templates) + "/";
        assertThat(out.lines()).containsExactly(
                dir + "broken.json:2:14: json-syntax: malformed JSON: Unexpected character ('\"' (code 34)): was expecting a colon"
                        + " to separate field name and value",
                dir + "no_image.json:2:71: media-file: components[0].example.header_handle[0]: media file " + dir
                        + "missing.png does not exist",
                dir + "utility/again.json:1:10: one-owner: " + dir + "utility/again.json declares folder_shipping (en_US) in "
                        + "waba-0123456789abcdef0123456789abcdef again; already declared by " + dir + "folder_shipping.en_US.json."
                        + " Meta holds one template per WABA, name and language: keep one declaration",
                dir + "zz.json:3:15: language-supported: language: \"zz_ZZ\" is not one of Meta's supported template languages"
                        + " (see SupportedLanguages or Meta's \"Supported languages\" page)",
                "Invalid: 4 problem(s) in 4 file(s); checked 4 template(s) in 5 file(s).");
    }

    @Test
    void jsonFormatCarriesEveryFieldOfEveryProblem() throws Exception {
        Path templates = brokenFolder();
        assertThat(run("validate", "--format", "json", templates.toString())).isEqualTo(2);
        JsonNode report = new ObjectMapper().readTree(out);
        assertThat(report.get("valid").asBoolean()).isFalse();
        assertThat(report.get("files").asInt()).isEqualTo(5);
        assertThat(report.get("templates").asInt()).isEqualTo(4);
        assertThat(report.get("problems")).hasSize(4);
        JsonNode zz = report.get("problems").get(3);
        assertThat(zz.get("file").asText()).isEqualTo(rel(templates) + "/zz.json");
        assertThat(zz.get("line").asInt()).isEqualTo(3);
        assertThat(zz.get("column").asInt()).isEqualTo(15);
        assertThat(zz.get("pointer").asText()).isEqualTo("/language");
        assertThat(zz.get("rule").asText()).isEqualTo("language-supported");

        assertThat(run("validate", "--format", "json", work.resolve("folder-app/templates").toString())).isEqualTo(0);
        assertThat(new ObjectMapper().readTree(out).get("valid").asBoolean()).isTrue();
    }

    @Test
    void githubFormatWritesWorkflowAnnotations() throws Exception {
        Path templates = brokenFolder();
        assertThat(run("validate", "--format", "github", templates.toString())).isEqualTo(2);
        String dir = rel(templates) + "/";
        assertThat(out.lines()).contains(
                "::error file=" + dir + "zz.json,line=3,col=15,title=language-supported::language: \"zz_ZZ\" is not one of Meta's"
                        + " supported template languages (see SupportedLanguages or Meta's \"Supported languages\" page)",
                "::error title=validate::Invalid: 4 problem(s) in 4 file(s); checked 4 template(s) in 5 file(s).");
        assertThat(run("validate", "--format", "GitHub", work.resolve("folder-app/templates").toString())).isEqualTo(0);
        assertThat(out).isEqualTo("::notice title=validate::Valid: 3 template(s) in 3 file(s), no problems.\n");
        assertThat(ValidationReport.property("a:b,c%")).isEqualTo("a%3Ab%2Cc%25");
        assertThat(ValidationReport.data("two\nlines\r")).isEqualTo("two%0Alines%0D");
    }

    @Test
    void aStackTemplateIsCheckedPropertyByPropertyWithDeployTimeValuesStoodIn() throws Exception {
        Path cdkOut = work.resolve("small-app/cdk.out");
        assertThat(run("validate", cdkOut.toString())).isEqualTo(0);
        assertThat(out).isEqualTo("Valid: 2 template(s) in 1 file(s), no problems.\n");

        Path template = cdkOut.resolve("Small.template.json");
        Files.writeString(template, Files.readString(template).replace("\"Language\": \"en_US\",\n    \"Category\": \"UTILITY\"",
                "\"Language\": \"zz_ZZ\",\n    \"Category\": \"UTILITY\""));
        assertThat(run("validate", template.toString())).isEqualTo(2);
        assertThat(out).startsWith(rel(template) + ":37:17: language-supported: language: \"zz_ZZ\" is not one of Meta's");
    }

    @Test
    void libraryTemplatesAreCheckedForTheirLanguageAndOwnership() throws Exception {
        Path folder = Files.createDirectories(work.resolve("library"));
        Files.writeString(folder.resolve("notice.json"), "{\"name\": \"account_notice\", \"language\": \"zz_ZZ\","
                + " \"category\": \"UTILITY\", \"library_template_name\": \"account_update_1\"}");
        Files.writeString(folder.resolve("notice_again.json"), "{\"name\": \"account_notice\", \"language\": \"zz_ZZ\","
                + " \"category\": \"UTILITY\", \"library_template_name\": \"account_update_2\"}");
        assertThat(run("validate", "--format", "json", folder.toString())).isEqualTo(2);
        JsonNode problems = new ObjectMapper().readTree(out).get("problems");
        assertThat(problems.findValuesAsText("rule")).containsExactly("language-supported", "one-owner", "language-supported");

        Path template = work.resolve("small-app/cdk.out/Small.template.json");
        Files.writeString(template, "{\"Resources\": {\"Notice\": {\"Type\": \"EUMSocial::WhatsApp::LibraryTemplate\","
                + " \"Properties\": {\"WabaId\": \"waba-1\", \"TemplateName\": \"account_notice\", \"Language\": \"zz_ZZ\"}}}}");
        assertThat(run("validate", template.toString())).isEqualTo(2);
        assertThat(out).contains("Small.template.json:1:156: language-supported");

        Files.writeString(template, "{\"Outputs\": {}}");
        assertThat(run("validate", template.toString())).isEqualTo(2);
        assertThat(out).contains("Small.template.json:1:1: stack-template: not a CloudFormation template");
    }

    @Test
    void deployTimeIdentityValuesAreNotJudged() throws Exception {
        Path template = work.resolve("small-app/cdk.out/Small.template.json");
        Files.writeString(template, Files.readString(template).replace("\"TemplateName\": \"small_shipped\"",
                "\"TemplateName\": {\"Ref\": \"NameParameter\"}").replace("\"Category\": \"UTILITY\"",
                "\"Category\": {\"Fn::Select\": [0, [\"UTILITY\"]]}"));
        assertThat(run("validate", template.toString())).as(out).isEqualTo(0);
    }

    @Test
    void twoStacksDeclaringOneTemplateBreakTheOneOwnerRule() throws Exception {
        Path cdkOut = work.resolve("small-app/cdk.out");
        Files.copy(cdkOut.resolve("Small.template.json"), cdkOut.resolve("Again.template.json"));
        assertThat(run("validate", "--format", "json", cdkOut.toString())).isEqualTo(2);
        JsonNode problems = new ObjectMapper().readTree(out).get("problems");
        assertThat(problems).hasSize(2);
        assertThat(problems.get(0).get("rule").asText()).isEqualTo("one-owner");
        assertThat(problems.get(0).get("pointer").asText()).isEqualTo("/Resources/WelcomeOfferEnUS11223344/Properties/TemplateName");
        assertThat(problems.get(0).get("message").asText()).contains("Small.template.json Resources/WelcomeOfferEnUS11223344 declares"
                + " small_welcome (en_US)").contains("already declared by " + rel(cdkOut) + "/Again.template.json");
    }

    @Test
    void aCdkAppIsSynthesizedFirstAndItsOutputKeptOffStdout() {
        Path app = work.resolve("fake-cdk-app");
        assertThat(run("validate", app.toString(), "--synth-command", "sh synth.sh")).isEqualTo(0);
        assertThat(out).isEqualTo("Valid: 2 template(s) in 1 file(s), no problems.\n");
        assertThat(err).contains("synthesized to");
        assertThat(run("validate", app.toString(), "--synth-command", "sh fail.sh")).isEqualTo(2);
        assertThat(err).contains("synthesizing").contains("app crashed: missing context");
    }

    @Test
    void badArgumentsExitTwoWithTheReason() {
        assertThat(run("validate", work.resolve("nowhere").toString())).isEqualTo(2);
        assertThat(err).contains("nowhere: no such file or folder");
        assertThat(run("validate", "--format", "xml", work.resolve("folder-app/templates").toString())).isEqualTo(2);
        assertThat(err).contains("--format: \"xml\" is not a format; use text, json or github");
        assertThat(run("validate", work.resolve("folder-app/images").toString())).isEqualTo(2);
        assertThat(err).contains("no template files (*.json)");
    }
}
