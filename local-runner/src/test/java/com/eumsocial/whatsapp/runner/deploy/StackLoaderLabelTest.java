package com.eumsocial.whatsapp.runner.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the progress lines and the table name a resource, whichever way the template was synthesized. */
class StackLoaderLabelTest {

    @Test
    void mediaIsLabelledByTheFileNameTheConstructRecordsNotByTheAssetHash(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("App.template.json");
        Files.writeString(file, """
                {"Resources": {
                  "TemplatesMediaBanner1234": {"Type": "EUMSocial::WhatsApp::TemplateMedia",
                    "Properties": {"WabaId": "waba-1", "SourceS3Bucket": "b", "SourceS3Key": "0e7db6ef36b051c2.png"},
                    "Metadata": {"EUMSocial:MediaSource": "banner.png"}},
                  "PlainMedia": {"Type": "EUMSocial::WhatsApp::TemplateMedia",
                    "Properties": {"WabaId": "waba-1", "SourceS3Bucket": "b", "SourceS3Key": "k.png"}},
                  "Welcome": {"Type": "EUMSocial::WhatsApp::MessageTemplate",
                    "Properties": {"TemplateName": "welcome", "Language": "en_US"}}}}
                """);
        StackTemplate stack = StackLoader.loadTemplateFile(file);
        assertThat(stack.resources().get("TemplatesMediaBanner1234").label()).isEqualTo("banner.png");
        assertThat(stack.resources().get("PlainMedia").label()).isEqualTo("PlainMedia");
        assertThat(stack.resources().get("Welcome").label()).isEqualTo("welcome/en_US");
    }
}
