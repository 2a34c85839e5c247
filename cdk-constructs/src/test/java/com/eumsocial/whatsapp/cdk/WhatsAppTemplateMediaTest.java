package com.eumsocial.whatsapp.cdk;

import static com.eumsocial.whatsapp.cdk.TestApps.WABA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.eumsocial.whatsapp.definition.Category;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.s3.Bucket;

class WhatsAppTemplateMediaTest {
    private static final String MEDIA = WhatsAppTemplateMedia.RESOURCE_TYPE;
    private static final String MESSAGE = WhatsAppMessageTemplate.RESOURCE_TYPE;
    private static final Path BANNER = TestApps.FOLDERS.resolve("valid/images/banner.png");
    private static final String BODY = "Welcome to the garden shop, {{1}}. Your first delivery is free this month.";

    private static Template template;
    private static WhatsAppTemplateMedia fromFile;
    private static WhatsAppTemplateMedia fromBucket;

    @BeforeAll
    static void synthesize() {
        App app = TestApps.app();
        Stack stack = TestApps.stack(app, "Media");
        fromFile = new WhatsAppTemplateMedia(stack, "Banner", WhatsAppTemplateMediaProps.builder()
                .wabaId(WABA).source(TemplateMediaSource.fromFile(BANNER.toString())).build());
        Bucket bucket = new Bucket(stack, "Bucket");
        fromBucket = new WhatsAppTemplateMedia(stack, "Video", WhatsAppTemplateMediaProps.builder()
                .wabaId(WABA).source(TemplateMediaSource.fromBucket(bucket, "media/intro.mp4")).build());
        new WhatsAppTemplateMedia(stack, "Manual", WhatsAppTemplateMediaProps.builder()
                .waba(WhatsAppBusinessAccount.fromWabaId(stack, "Waba", WABA))
                .source(TemplateMediaSource.fromBucketName("my-media-bucket", "docs/menu.pdf")).build());
        IWhatsAppTemplateMedia existing = WhatsAppTemplateMedia.fromMetaHeaderHandle(stack, "Existing", "4::aW1hZ2U=");

        new WhatsAppMessageTemplate(stack, "Welcome", WhatsAppMessageTemplateProps.builder()
                .wabaId(WABA).templateName("welcome").language("en_US").category(Category.MARKETING)
                .components(HeaderComponent.image(fromFile), BodyComponent.text(BODY, "Ana")).build());
        new WhatsAppMessageTemplate(stack, "Intro", WhatsAppMessageTemplateProps.builder()
                .wabaId(WABA).templateName("intro").language("en_US").category(Category.MARKETING)
                .components(HeaderComponent.video(fromBucket), BodyComponent.text(BODY, "Ana")).build());
        new WhatsAppMessageTemplate(stack, "Menu", WhatsAppMessageTemplateProps.builder()
                .wabaId(WABA).templateName("menu").language("en_US").category(Category.MARKETING)
                .components(HeaderComponent.document(existing), BodyComponent.text(BODY, "Ana")).build());
        // A single template read from a file uploads the media its file references.
        new WhatsAppMessageTemplate(stack, "FromFile", WhatsAppMessageTemplateProps.builder()
                .wabaId(WABA).definition(TemplateDefinitionSource.fromFile(TestApps.FOLDERS.resolve("valid/media/welcome.es.json")))
                .build());
        template = Template.fromStack(stack);
    }

    @Test
    void aStandaloneDefinitionFileUploadsItsOwnMedia() {
        String mediaId = TestApps.resources(template, MEDIA).keySet().stream().filter(id -> id.startsWith("FromFileMedia"))
                .findFirst().orElseThrow();
        template.hasResourceProperties(MESSAGE, Map.of("TemplateName", "welcome", "Language", "es",
                "Components", Match.arrayWith(List.of(Map.of("type", "HEADER", "format", "IMAGE",
                        "example", Map.of("header_handle", List.of(Map.of("Fn::GetAtt", List.of(mediaId, "MetaHeaderHandle")))))))));
    }

    @Test
    void eachUploadNamesItsFileOrObjectInItsMetadataForToolsThatListTheDeployment() {
        template.hasResource(MEDIA, Map.of("Metadata", Map.of(WhatsAppTemplateMedia.SOURCE_METADATA, "banner.png")));
        template.hasResource(MEDIA, Map.of("Metadata", Map.of(WhatsAppTemplateMedia.SOURCE_METADATA, "media/intro.mp4")));
    }

    private static String idOf(String type, String templateName) {
        return TestApps.resources(template, type).entrySet().stream()
                .filter(entry -> templateName == null || templateName.equals(TestApps.properties(entry.getValue()).get("TemplateName")))
                .map(Map.Entry::getKey).findFirst().orElseThrow();
    }

    @Test
    void aLocalFileIsPublishedAsAnAssetAndUploadedFromIt() {
        assertThat(fromFile.getAsset()).isNotNull();
        template.hasResourceProperties(MEDIA, Map.of("WabaId", WABA,
                "SourceS3Bucket", Map.of("Fn::Sub", Match.stringLikeRegexp("cdk-.*-assets-.*")),
                "SourceS3Key", Match.stringLikeRegexp("^[0-9a-f]{64}\\.png$")));
    }

    @Test
    void bucketObjectsAreUploadedByBucketAndKey() {
        assertThat(fromBucket.getAsset()).isNull();
        String bucketId = TestApps.resources(template, "AWS::S3::Bucket").keySet().iterator().next();
        template.hasResourceProperties(MEDIA, Map.of("SourceS3Bucket", Map.of("Ref", bucketId),
                "SourceS3Key", "media/intro.mp4"));
        template.hasResourceProperties(MEDIA, Map.of("SourceS3Bucket", "my-media-bucket", "SourceS3Key", "docs/menu.pdf"));
    }

    @Test
    void headersReferenceTheHandleSoTheTemplateDeploysAfterTheUpload() {
        String welcome = idOf(MESSAGE, "welcome");
        Map<String, Object> components = Map.of("Components", Match.arrayWith(List.of(Map.of(
                "type", "HEADER", "format", "IMAGE",
                "example", Map.of("header_handle", List.of(Map.of("Fn::GetAtt",
                        List.of(mediaIdWithKeyEnding(".png"), "MetaHeaderHandle"))))))));
        template.hasResource(MESSAGE, Map.of("Properties", Match.objectLike(components)));
        assertThat(welcome).startsWith("Welcome");
        template.hasResourceProperties(MESSAGE, Map.of("TemplateName", "menu", "Components", Match.arrayWith(List.of(
                Map.of("type", "HEADER", "format", "DOCUMENT", "example", Map.of("header_handle", List.of("4::aW1hZ2U=")))))));
        template.hasResourceProperties(MESSAGE, Map.of("TemplateName", "intro", "Components", Match.arrayWith(List.of(
                Map.of("type", "HEADER", "format", "VIDEO", "example", Map.of("header_handle", List.of(Map.of("Fn::GetAtt",
                        List.of(mediaIdWithKeyEnding("intro.mp4"), "MetaHeaderHandle")))))))));
    }

    private static String mediaIdWithKeyEnding(String suffix) {
        return TestApps.resources(template, MEDIA).entrySet().stream()
                .filter(entry -> String.valueOf(TestApps.properties(entry.getValue()).get("SourceS3Key")).endsWith(suffix))
                .map(Map.Entry::getKey).findFirst().orElseThrow();
    }

    @Test
    void badSourcesAreProgrammingErrors() {
        App app = TestApps.app();
        Stack stack = TestApps.stack(app, "Bad");
        assertThatThrownBy(() -> TemplateMediaSource.fromFile("nope.png"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("media file nope.png does not exist");
        assertThatThrownBy(() -> TemplateMediaSource.fromBucket(null, "k")).hasMessageContaining("bucket and key are required");
        assertThatThrownBy(() -> TemplateMediaSource.fromBucketName("b", "")).hasMessageContaining("bucketName and key are required");
        assertThatThrownBy(() -> new WhatsAppTemplateMedia(stack, "NoSource", WhatsAppTemplateMediaProps.builder()
                .wabaId(WABA).build())).hasMessage("Bad/NoSource: WhatsAppTemplateMediaProps.source is required");
        assertThatThrownBy(() -> new WhatsAppTemplateMedia(stack, "NoWaba", WhatsAppTemplateMediaProps.builder()
                .source(TemplateMediaSource.fromBucketName("b", "k")).build()))
                .hasMessageContaining("Bad/NoWaba: WhatsAppTemplateMediaProps: give exactly one of waba, wabaId or wabaArn");
        WhatsAppTemplateMedia pdf = new WhatsAppTemplateMedia(stack, "Pdf", WhatsAppTemplateMediaProps.builder()
                .wabaId(WABA).source(TemplateMediaSource.fromBucketName("b", "menu.pdf")).build());
        assertThatThrownBy(() -> HeaderComponent.image(pdf)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Bad/Pdf: IMAGE headers take .jpg, .jpeg, .png files, not 'menu.pdf'");
        assertThatThrownBy(() -> HeaderComponent.video(pdf)).hasMessageContaining("VIDEO headers take .mp4, .3gp files");
        assertThat(HeaderComponent.document(pdf).toJson().get("format").asText()).isEqualTo("DOCUMENT");
        assertThatThrownBy(() -> WhatsAppTemplateMedia.fromMetaHeaderHandle(stack, "Handle", "https://cdn/x.png"))
                .hasMessage("Bad/Handle: metaHeaderHandle 'https://cdn/x.png' is not a media handle (expected 4::...)");
    }
}
