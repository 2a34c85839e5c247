package com.eumsocial.whatsapp.cdk;

import java.nio.file.Files;
import java.nio.file.Path;
import software.amazon.awscdk.services.s3.IBucket;

/** Where the media of a {@link WhatsAppTemplateMedia} comes from: a local file or an S3 object. */
public final class TemplateMediaSource {
    private final Path file;
    private final IBucket bucket;
    private final String bucketName;
    private final String key;

    private TemplateMediaSource(Path file, IBucket bucket, String bucketName, String key) {
        this.file = file;
        this.bucket = bucket;
        this.bucketName = bucketName;
        this.key = key;
    }

    /** A local file, published as an S3 asset when the app is deployed. */
    public static TemplateMediaSource fromFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("media file " + file + " does not exist");
        }
        return new TemplateMediaSource(file, null, null, null);
    }

    public static TemplateMediaSource fromFile(String file) {
        return fromFile(Path.of(file));
    }

    /** An object in a bucket of the app or an imported one. */
    public static TemplateMediaSource fromBucket(IBucket bucket, String key) {
        if (bucket == null || key == null || key.isEmpty()) {
            throw new IllegalArgumentException("TemplateMediaSource.fromBucket: bucket and key are required");
        }
        return new TemplateMediaSource(null, bucket, null, key);
    }

    /** An object in a bucket given by name (not an ARN or s3:// URL). */
    public static TemplateMediaSource fromBucketName(String bucketName, String key) {
        if (bucketName == null || bucketName.isEmpty() || key == null || key.isEmpty()) {
            throw new IllegalArgumentException("TemplateMediaSource.fromBucketName: bucketName and key are required");
        }
        return new TemplateMediaSource(null, null, bucketName, key);
    }

    Path file() {
        return file;
    }

    IBucket bucket() {
        return bucket;
    }

    String bucketName() {
        return bucketName;
    }

    String key() {
        return key;
    }
}
