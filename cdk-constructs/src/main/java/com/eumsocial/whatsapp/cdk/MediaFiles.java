package com.eumsocial.whatsapp.cdk;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import software.constructs.Construct;

/**
 * Uploads of media referenced from definitions ({@code "file:images/banner.png"} or
 * {@code "s3://bucket/key"}): one {@link WhatsAppTemplateMedia} per file or object, shared by every
 * template that names it.
 */
final class MediaFiles {
    private final Construct scope;
    private final WabaReference waba;
    private final Path root;
    private final Map<Path, IWhatsAppTemplateMedia> uploads = new HashMap<>();
    private final Map<String, IWhatsAppTemplateMedia> objects = new HashMap<>();

    /**
     * Uploads as children of {@code scope} (a single template), named after their content and file
     * name: neither the working directory nor the checkout folder may change an id.
     */
    MediaFiles(Construct scope, WabaReference waba) {
        this.scope = scope;
        this.waba = waba;
        this.root = null;
    }

    /** Uploads as children of {@code scope}, named after their path below {@code root} (stable ids). */
    MediaFiles(Construct scope, WabaReference waba, Path root) {
        this.scope = scope;
        this.waba = waba;
        this.root = root.toAbsolutePath().normalize();
    }


    IWhatsAppTemplateMedia upload(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return uploads.computeIfAbsent(absolute, path -> new WhatsAppTemplateMedia(scope, "Media:" + idOf(path),
                waba, TemplateMediaSource.fromFile(path)));
    }

    /** An object already in S3 ({@code "s3://bucket/key"} in a definition). */
    IWhatsAppTemplateMedia uploadObject(String bucket, String key) {
        return objects.computeIfAbsent(bucket + "/" + key, ref -> new WhatsAppTemplateMedia(scope, "Media:s3:" + ref,
                waba, TemplateMediaSource.fromBucketName(bucket, key)));
    }

    int count() {
        return uploads.size() + objects.size();
    }

    /**
     * The path below the root (a folder's media), else the content hash and the file name: never
     * the absolute path, so the same commit gives the same construct and logical ids in any checkout.
     */
    private String idOf(Path path) {
        if (root != null && path.startsWith(root)) {
            return root.relativize(path).toString().replace('\\', '/');
        }
        return MediaFingerprints.sha256(path).substring(0, 16) + "/" + path.getFileName();
    }
}
