package com.eumsocial.whatsapp.templatemedia;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The S3 object a TemplateMedia uploads, and the rules it must meet before the service is called.
 * The bucket rules are S3's naming rules for general purpose buckets; checking them here turns a
 * typo (an ARN, an {@code s3://} URL, upper case) into an error that names the property instead of
 * a failed upload.
 */
public final class MediaSource {
    static final int MAX_KEY_BYTES = 1024;

    private static final Pattern BUCKET_CHARACTERS = Pattern.compile("^[a-z0-9.-]+$");
    private static final Pattern IP_ADDRESS = Pattern.compile("^\\d{1,3}(\\.\\d{1,3}){3}$");
    private static final List<String> RESERVED_PREFIXES = List.of("xn--", "sthree-", "amzn-s3-demo-");
    private static final List<String> RESERVED_SUFFIXES = List.of("-s3alias", "--ol-s3", ".mrap", "--x-s3", "--table-s3");

    private MediaSource() {
    }

    /** Every problem with the bucket and key, each naming its property; empty when both are usable. */
    public static List<String> problems(String bucket, String key) {
        List<String> problems = new ArrayList<>();
        bucketProblem(bucket).ifPresent(problems::add);
        keyProblem(key).ifPresent(problems::add);
        return problems;
    }

    static Optional<String> bucketProblem(String bucket) {
        if (bucket == null || bucket.isEmpty()) {
            return Optional.of("SourceS3Bucket is required: the name of the bucket that holds the media file");
        }
        String why = null;
        if (bucket.startsWith("arn:") || bucket.startsWith("s3://")) {
            why = "give the bucket name only, not an ARN or s3:// URL";
        } else if (bucket.length() < 3 || bucket.length() > 63) {
            why = "a bucket name has 3 to 63 characters, this one has " + bucket.length();
        } else if (!BUCKET_CHARACTERS.matcher(bucket).matches()) {
            why = "a bucket name has only lowercase letters, digits, '.' and '-'";
        } else if (!Character.isLetterOrDigit(bucket.charAt(0)) || !Character.isLetterOrDigit(bucket.charAt(bucket.length() - 1))) {
            why = "a bucket name starts and ends with a letter or digit";
        } else if (bucket.contains("..")) {
            why = "a bucket name has no two adjacent periods";
        } else if (IP_ADDRESS.matcher(bucket).matches()) {
            why = "a bucket name is not formatted as an IP address";
        } else {
            for (String prefix : RESERVED_PREFIXES) {
                if (bucket.startsWith(prefix)) {
                    why = "S3 reserves the prefix '" + prefix + "'";
                }
            }
            for (String suffix : RESERVED_SUFFIXES) {
                if (bucket.endsWith(suffix)) {
                    why = "S3 reserves the suffix '" + suffix + "'";
                }
            }
        }
        return Optional.ofNullable(why).map(w -> "SourceS3Bucket '" + bucket + "' is not a valid S3 bucket name: " + w);
    }

    static Optional<String> keyProblem(String key) {
        if (key == null || key.isEmpty()) {
            return Optional.of("SourceS3Key is required: the object key of the media file");
        }
        int bytes = key.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_KEY_BYTES) {
            return Optional.of("SourceS3Key is " + bytes + " bytes of UTF-8; an S3 object key has at most "
                + MAX_KEY_BYTES);
        }
        return Optional.empty();
    }
}
