package com.eumsocial.whatsapp.templatemedia;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MediaSourceTest {
    @ParameterizedTest
    @ValueSource(strings = {"abc", "my-template-media", "media.example.com", "0bucket9",
        "a23456789012345678901234567890123456789012345678901234567890123"})
    void bucketNamesThatFollowS3sRulesAreAccepted(String bucket) {
        assertThat(MediaSource.problems(bucket, "k")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ab|3 to 63 characters, this one has 2",
        "a234567890123456789012345678901234567890123456789012345678901234|this one has 64",
        "My-Bucket|only lowercase letters",
        "my_bucket|only lowercase letters",
        "-bucket|starts and ends with a letter or digit",
        "bucket.|starts and ends with a letter or digit",
        "my..bucket|no two adjacent periods",
        "192.168.5.4|IP address",
        "xn--bucket|reserves the prefix 'xn--'",
        "sthree-bucket|reserves the prefix 'sthree-'",
        "amzn-s3-demo-bucket|reserves the prefix 'amzn-s3-demo-'",
        "bucket-s3alias|reserves the suffix '-s3alias'",
        "bucket--ol-s3|reserves the suffix '--ol-s3'",
        "bucket.mrap|reserves the suffix '.mrap'",
        "bucket--x-s3|reserves the suffix '--x-s3'",
        "bucket--table-s3|reserves the suffix '--table-s3'",
        "arn:aws:s3:::bucket|not an ARN or s3:// URL",
        "s3://bucket|not an ARN or s3:// URL"})
    void bucketNamesThatBreakARuleAreRejectedWithTheRule(String bucket, String rule) {
        assertThat(MediaSource.problems(bucket, "k"))
            .singleElement().asString().startsWith("SourceS3Bucket '" + bucket + "'").contains(rule);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 1024})
    void keysUpTo1024BytesAreAccepted(int length) {
        assertThat(MediaSource.problems("bucket", "k".repeat(length))).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void keyLengthIsCountedInUtf8Bytes() {
        // 400 two-byte characters: 400 characters but 800 bytes, fine; 513 of them are 1026 bytes.
        assertThat(MediaSource.problems("bucket", "é".repeat(400))).isEmpty();
        assertThat(MediaSource.problems("bucket", "é".repeat(513)))
            .singleElement().asString().contains("SourceS3Key is 1026 bytes");
    }

    @org.junit.jupiter.api.Test
    void missingBucketAndKeyAreBothReported() {
        assertThat(MediaSource.problems(null, null)).hasSize(2);
        assertThat(MediaSource.problems("", "")).hasSize(2);
    }
}
