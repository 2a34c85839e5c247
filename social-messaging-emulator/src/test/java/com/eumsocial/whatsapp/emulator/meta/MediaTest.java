package com.eumsocial.whatsapp.emulator.meta;

import static com.eumsocial.whatsapp.emulator.meta.BackendFixture.JSON;
import static com.eumsocial.whatsapp.emulator.meta.BackendFixture.WABA;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaTest {
    private final BackendFixture f = new BackendFixture();

    private static ObjectNode mediaInput(String bucket, String key) {
        ObjectNode in = JSON.createObjectNode().put("id", WABA);
        in.putObject("sourceS3File").put("bucketName", bucket).put("key", key);
        return in;
    }

    private String upload(BackendFixture fixture, String bucket, String key) {
        return fixture.call("CreateWhatsAppMessageTemplateMedia", mediaInput(bucket, key)).path("metaHeaderHandle").asText();
    }

    private static String imageTemplate(String name, String handle) {
        return "{'name':'" + name + "','language':'en_US','category':'MARKETING','components':[{'type':'HEADER','format':'IMAGE',"
                + "'example':{'header_handle':['" + handle + "']}},{'type':'BODY','text':'Look at our new shop window, " + name + ".'}]}";
    }

    @Test
    void anUploadedImageGivesAHandleThatATemplateCanUseAndGetShowsACdnUrl() {
        f.backend.putMediaObject("media", "banner.png", "image/png", new byte[1000]);
        String handle = upload(f, "media", "banner.png");
        assertThat(handle).startsWith("4::").hasSizeGreaterThan(20);
        String id = f.create(imageTemplate("with_image", handle));
        f.reviewPasses();
        ObjectNode t = f.template(id);
        assertThat(t.path("status").asText()).isEqualTo("APPROVED");
        String url = t.path("components").get(0).path("example").path("header_handle").get(0).asText();
        assertThat(url).startsWith("https://scontent.emulator.local/").endsWith("_nc_sid=8b1bef").contains(".jpg");
        assertThat(url).doesNotContain(handle);
    }

    @Test
    void handlesAreUniquePerUploadAndDeterministic() {
        f.backend.putMediaObject("media", "a.jpg", null, new byte[10]);
        String first = upload(f, "media", "a.jpg");
        String second = upload(f, "media", "a.jpg");
        assertThat(first).isNotEqualTo(second);

        BackendFixture other = new BackendFixture();
        other.backend.putMediaObject("media", "a.jpg", null, new byte[10]);
        assertThat(upload(other, "media", "a.jpg")).isEqualTo(first);
    }

    @Test
    void aHandleForAnotherKindOfMediaIsRejectedByReview() {
        f.backend.putMediaObject("media", "clip.mp4", "video/mp4", new byte[10]);
        String handle = upload(f, "media", "clip.mp4");
        String id = f.create(imageTemplate("wrong_kind", handle));
        f.reviewPasses();
        ObjectNode t = f.template(id);
        assertThat(t.path("status").asText()).isEqualTo("REJECTED");
        assertThat(t.path("rejection_info").path("reason").asText()).contains("video", "IMAGE");
    }

    @Test
    void filesUnderTheMediaRootAreRead(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("bucket/docs"));
        Files.write(root.resolve("bucket/docs/terms.pdf"), new byte[] {'%', 'P', 'D', 'F'});
        BackendFixture withRoot = new BackendFixture(MetaSettings.builder().mediaRoot(root));
        assertThat(upload(withRoot, "bucket", "docs/terms.pdf")).startsWith("4::");
        ServiceError escape = withRoot.fails("CreateWhatsAppMessageTemplateMedia", mediaInput("bucket", "../bucket2/x.pdf"));
        assertThat(escape.errorType()).isEqualTo("InvalidParametersException");
    }

    @Test
    void objectsGivenInSettingsCanBeUploaded() {
        BackendFixture seeded = new BackendFixture(MetaSettings.builder()
                .mediaObject("seeded", "logo.jpeg", "image/jpeg", new byte[] {1, 2, 3}));
        assertThat(upload(seeded, "seeded", "logo.jpeg")).startsWith("4::");
    }

    @Test
    void aMissingObjectIsAnInvalidParameter() {
        ServiceError e = f.fails("CreateWhatsAppMessageTemplateMedia", mediaInput("media", "missing.png"));
        assertThat(e.errorType()).isEqualTo("InvalidParametersException");
        assertThat(e.getMessage()).contains("s3://media/missing.png", "does not exist");
    }

    @Test
    void unsupportedTypesAreRefused() {
        f.backend.putMediaObject("media", "anim.gif", null, new byte[10]);
        assertThat(f.fails("CreateWhatsAppMessageTemplateMedia", mediaInput("media", "anim.gif")).getMessage())
                .contains("unsupported media type");
        f.backend.putMediaObject("media", "noext", "text/plain", new byte[10]);
        assertThat(f.fails("CreateWhatsAppMessageTemplateMedia", mediaInput("media", "noext")).getMessage())
                .contains("unsupported media type \"text/plain\"");
        // The content type wins over the extension; a generic one defers to the extension.
        f.backend.putMediaObject("media", "photo.bin", "image/jpeg; charset=binary", new byte[10]);
        assertThat(upload(f, "media", "photo.bin")).startsWith("4::");
        f.backend.putMediaObject("media", "movie.3gp", "application/octet-stream", new byte[10]);
        assertThat(upload(f, "media", "movie.3gp")).startsWith("4::");
    }

    @Test
    void objectsOverMetasSizeLimitsAreRefused() {
        f.backend.putMediaObject("media", "big.jpg", "image/jpeg", new byte[(int) (5 * MediaStore.MB) + 1]);
        ServiceError e = f.fails("CreateWhatsAppMessageTemplateMedia", mediaInput("media", "big.jpg"));
        assertThat(e.errorType()).isEqualTo("InvalidParametersException");
        assertThat(e.getMessage()).contains("at most 5 MB");
        f.backend.putMediaObject("media", "ok.jpg", "image/jpeg", new byte[(int) (5 * MediaStore.MB)]);
        assertThat(upload(f, "media", "ok.jpg")).startsWith("4::");
        f.backend.putMediaObject("media", "big.mp4", "video/mp4", new byte[(int) (16 * MediaStore.MB) + 1]);
        assertThat(f.fails("CreateWhatsAppMessageTemplateMedia", mediaInput("media", "big.mp4")).getMessage())
                .contains("at most 16 MB");
        assertThat(MediaStore.Kind.DOCUMENT.maxBytes).isEqualTo(100 * MediaStore.MB);
        f.backend.putMediaObject("media", "empty.pdf", "application/pdf", new byte[0]);
        assertThat(f.fails("CreateWhatsAppMessageTemplateMedia", mediaInput("media", "empty.pdf")).getMessage())
                .contains("is empty");
    }

    @Test
    void sourceS3FileIsRequired() {
        ServiceError e = f.fails("CreateWhatsAppMessageTemplateMedia", JSON.createObjectNode().put("id", WABA));
        assertThat(e.errorType()).isEqualTo("InvalidParametersException");
        assertThat(e.getMessage()).contains("sourceS3File");
    }

    @Test
    void replayReissuesTheSameHandleWithoutTheObject() {
        f.backend.putMediaObject("media", "banner.png", "image/png", new byte[1000]);
        String handle = upload(f, "media", "banner.png");

        BackendFixture restarted = new BackendFixture();
        String replayed = restarted.backend.replay("CreateWhatsAppMessageTemplateMedia", BackendFixture.ACCOUNT,
                mediaInput("media", "banner.png")).path("metaHeaderHandle").asText();
        assertThat(replayed).isEqualTo(handle);
        String id = restarted.create(imageTemplate("after_restart", replayed));
        restarted.reviewPasses();
        assertThat(restarted.status(id)).isEqualTo("APPROVED");
        // Without a known extension the kind is unknown after a replay, and any media header accepts it.
        String unknownKind = restarted.backend.replay("CreateWhatsAppMessageTemplateMedia", BackendFixture.ACCOUNT,
                mediaInput("media", "object-without-extension")).path("metaHeaderHandle").asText();
        String other = restarted.create(imageTemplate("unknown_kind", unknownKind).replace("IMAGE", "DOCUMENT"));
        restarted.reviewPasses();
        assertThat(restarted.status(other)).isEqualTo("APPROVED");
        assertThat(restarted.template(other).path("components").get(0).path("example").path("header_handle").get(0)
                .asText()).contains(".bin");
    }
}
