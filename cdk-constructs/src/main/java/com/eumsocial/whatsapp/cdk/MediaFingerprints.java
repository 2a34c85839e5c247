package com.eumsocial.whatsapp.cdk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What identifies a media upload's content, by the handle token templates reference: the file's
 * SHA-256 (never its absolute path, so every checkout gives the same answer) or the S3 object.
 * Versioned rollout hashes it in, since the handle itself is only known at deploy time.
 */
final class MediaFingerprints {
    private static final Map<String, String> BY_HANDLE = new ConcurrentHashMap<>();

    private MediaFingerprints() {
    }

    static void register(String handleToken, String fingerprint) {
        BY_HANDLE.put(handleToken, fingerprint);
    }

    /**
     * The fingerprint of the media behind {@code handle}; a literal handle ({@code 4::...}) is its own
     * fingerprint; a deploy-time handle of media not uploaded by this app counts as one constant
     * (token strings depend on construct creation order, so they must not enter a versioned name).
     */
    static String of(String handle) {
        String known = BY_HANDLE.get(handle);
        if (known != null) {
            return known;
        }
        return Tokens.isToken(handle) ? "deploy-time-handle" : handle;
    }

    static String ofFile(Path file) {
        return "sha256:" + sha256(file);
    }

    static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read media file " + file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
