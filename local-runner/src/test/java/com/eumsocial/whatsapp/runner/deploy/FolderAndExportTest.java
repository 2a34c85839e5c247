package com.eumsocial.whatsapp.runner.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.eumsocial.whatsapp.definition.TemplateDefinitionParser;
import com.eumsocial.whatsapp.runner.export.TemplateExporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import software.amazon.awssdk.services.socialmessaging.SocialMessagingClient;

class FolderAndExportTest {
    private DeployFixture fx;

    @BeforeEach
    void start(TestInfo info) {
        fx = new DeployFixture(info.getTestMethod().orElseThrow().getName());
    }

    @AfterEach
    void stop() {
        fx.close();
    }

    private StackTemplate folder() {
        return TemplateFolderReader.read(fx.work.resolve("folder-app/templates"), DeployFixture.WABA);
    }

    @Test
    void readsAFolderWithTheConstructsLayoutRules() {
        StackTemplate stack = folder();

        assertThat(stack.resources()).containsOnlyKeys("folder_banner.en_US", "Media:../images/banner.png",
            "folder_shipping.en_US", "folder_parcel.en_US");
        DeclaredResource banner = stack.resources().get("folder_banner.en_US");
        assertThat(banner.properties().at("/Components/0/example/header_handle/0/Fn::GetAtt/1").asText()).isEqualTo("MetaHeaderHandle");
        assertThat(banner.dependsOn()).containsExactly("Media:../images/banner.png");
        DeclaredResource library = stack.resources().get("folder_shipping.en_US");
        assertThat(library.type()).isEqualTo("EUMSocial::WhatsApp::LibraryTemplate");
        assertThat(library.properties().path("LibraryTemplateName").asText()).isEqualTo("payment_received");
        assertThat(library.properties().at("/BodyInputs/AddContactNumber").asBoolean()).isTrue();
        assertThat(stack.assets()).hasSize(1);
    }

    @Test
    void badFilesAreAllReportedWithTheirNames() throws Exception {
        Path bad = fx.work.resolve("bad-folder");
        Files.createDirectories(bad.resolve(".hidden"));
        Files.writeString(bad.resolve("broken.json"), "{\"name\": ");
        Files.writeString(bad.resolve("noname.json"), "{\"components\": []}");
        Files.writeString(bad.resolve("a.json"), "{\"name\": \"dup\", \"language\": \"en_US\", \"category\": \"UTILITY\","
            + " \"components\": [{\"type\": \"BODY\", \"text\": \"Hello there, this is fine.\"}]}");
        Files.writeString(bad.resolve("b.json"), Files.readString(bad.resolve("a.json")));
        Files.writeString(bad.resolve("rules.json"), "{\"name\": \"Bad Name\", \"language\": \"en_US\", \"category\": \"UTILITY\","
            + " \"components\": [{\"type\": \"HEADER\", \"format\": \"IMAGE\", \"example\": {\"header_handle\": [\"file:missing.png\"]}},"
            + " {\"type\": \"BODY\", \"text\": \"Hello there.\"}]}");
        Files.writeString(bad.resolve(".hidden/ignored.json"), "not json");

        assertThatThrownBy(() -> TemplateFolderReader.read(bad, DeployFixture.WABA))
            .isInstanceOf(TemplateLoadException.class)
            .hasMessageContaining("broken.json: malformed JSON")
            .hasMessageContaining("noname.json: needs \"name\" and \"language\"")
            .hasMessageContaining("b.json: declares dup (en_US) again; already in a.json")
            .hasMessageContaining("rules.json: components[0].example.header_handle[0]: ")
            .hasMessageContaining("rules.json: name")
            .hasMessageNotContaining("ignored.json");
        Files.createDirectories(bad.resolve("empty"));
        Files.writeString(bad.resolve("empty/readme.txt"), "no templates here");
        assertThatThrownBy(() -> TemplateFolderReader.read(bad.resolve("empty"), DeployFixture.WABA))
            .hasMessageContaining("no template files");
        assertThatThrownBy(() -> TemplateFolderReader.read(bad.resolve("nope"), DeployFixture.WABA)).hasMessageContaining("not a folder");
    }

    @Test
    void deploysAFolderThenExportAndDeployOfTheExportChangesNothing() throws Exception {
        StackDeployer.Result first = fx.deploy(folder());
        assertThat(first.success()).as(fx.output()).isTrue();
        assertThat(first.count("CREATE")).isEqualTo(4);
        assertThat(fx.templatesAtMeta()).containsExactly("folder_banner/en_US", "folder_parcel/en_US", "folder_shipping/en_US");

        Path exported = fx.work.resolve("exported");
        List<Path> files;
        try (SocialMessagingClient client = fx.session.client()) {
            files = TemplateExporter.export(client, DeployFixture.WABA, exported);
        }
        assertThat(files).extracting(p -> p.getFileName().toString())
            .containsExactlyInAnyOrder("folder_banner.en_US.json", "folder_parcel.en_US.json", "folder_shipping.en_US.json");
        String parcel = Files.readString(exported.resolve("folder_parcel.en_US.json"));
        assertThat(parcel).startsWith("{\n  \"name\" : \"folder_parcel\"").doesNotContain("\"status\"").doesNotContain("\"id\"")
            .endsWith("}\n");
        assertThat(TemplateDefinitionParser.parse(exported.resolve("folder_parcel.en_US.json")).name()).isEqualTo("folder_parcel");

        // A team adopting hand-made templates: a fresh state, the exported folder
        long calls = fx.stateChangingCalls();
        fx.state = DeployState.load(fx.work.resolve("adopt-state.json"));
        StackDeployer.Result adopted = fx.deploy(TemplateFolderReader.read(exported, DeployFixture.WABA));
        assertThat(adopted.success()).as(fx.output()).isTrue();
        assertThat(adopted.count("ADOPT")).isEqualTo(3);
        assertThat(fx.stateChangingCalls()).isEqualTo(calls);
        assertThat(fx.output()).contains("adopted (already at Meta, same definition): no change");

        StackDeployer.Result again = fx.deploy(TemplateFolderReader.read(exported, DeployFixture.WABA));
        assertThat(again.unchanged()).isTrue();
        assertThat(fx.stateChangingCalls()).isEqualTo(calls);
    }

    @Test
    void adoptingATemplateWithAnotherDefinitionUpdatesIt() throws Exception {
        fx.deploy(folder());
        Path edited = fx.work.resolve("edited");
        Files.createDirectories(edited);
        Files.writeString(edited.resolve("folder_parcel.en_US.json"), Files.readString(fx.work.resolve(
            "folder-app/templates/utility/folder_parcel.en_US.json")).replace("arrives tomorrow", "arrives on Monday"));
        fx.state = DeployState.load(fx.work.resolve("adopt-state.json"));

        StackDeployer.Result result = fx.deploy(TemplateFolderReader.read(edited, DeployFixture.WABA));

        assertThat(result.success()).as(fx.output()).isTrue();
        assertThat(result.count("ADOPT_UPDATE")).isEqualTo(1);
        assertThat(fx.operations("UpdateWhatsAppMessageTemplate")).isEqualTo(1);
        assertThat(fx.output()).contains("adopting MetaTemplateId").contains("updating Components");
    }

    @Test
    void adoptingRefusesWhatCannotBeChanged() throws Exception {
        fx.deploy(folder());
        Path other = fx.work.resolve("other");
        Files.createDirectories(other);
        Files.writeString(other.resolve("s.json"), "{\"name\": \"folder_shipping\", \"language\": \"en_US\", \"category\": \"UTILITY\","
            + " \"library_template_name\": \"order_confirmation\"}");
        Files.writeString(other.resolve("p.json"), Files.readString(fx.work.resolve(
            "folder-app/templates/utility/folder_parcel.en_US.json")).replace("\"category\"", "\"parameter_format\": \"NAMED\", \"category\"")
            .replace("{{1}}", "{{first_name}}").replace("[[\"Ana\"]]", "[{\"param_name\": \"first_name\", \"example\": \"Ana\"}]")
            .replace("body_text", "body_text_named_params"));
        fx.state = DeployState.load(fx.work.resolve("adopt-state.json"));

        long calls = fx.stateChangingCalls();

        // both refusals are certain before any call: the preflight names them together
        assertThatThrownBy(() -> fx.deploy(TemplateFolderReader.read(other, DeployFixture.WABA))).isInstanceOf(PreflightRefusal.class)
            .hasMessageContaining("was not made from library template order_confirmation")
            .hasMessageContaining("already exists at Meta with ParameterFormat POSITIONAL");
        assertThat(fx.stateChangingCalls()).isEqualTo(calls);
    }
}
