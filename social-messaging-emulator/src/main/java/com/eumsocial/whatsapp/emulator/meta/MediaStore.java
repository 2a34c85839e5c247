package com.eumsocial.whatsapp.emulator.meta;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Stands in for S3 (objects put in memory or files under {@code <mediaRoot>/<bucket>/<key>}) and
 * for Meta's resumable upload (handles). Handles depend only on the upload's sequence number,
 * bucket, key and the random seed, never on the bytes, so a journal replay can reissue the same
 * handle without reading the object again.
 */
final class MediaStore {
    static final long MB = 1024L * 1024L;

    /** Meta's header media types and size limits. */
    enum Kind {
        IMAGE(5 * MB), VIDEO(16 * MB), DOCUMENT(100 * MB);

        final long maxBytes;

        Kind(long maxBytes) {
            this.maxBytes = maxBytes;
        }
    }

    static final Map<String, Kind> CONTENT_TYPES = Map.of(
            "image/jpeg", Kind.IMAGE, "image/png", Kind.IMAGE,
            "video/mp4", Kind.VIDEO, "video/3gpp", Kind.VIDEO,
            "application/pdf", Kind.DOCUMENT);
    static final Map<String, String> EXTENSIONS = Map.of(
            "jpg", "image/jpeg", "jpeg", "image/jpeg", "png", "image/png",
            "mp4", "video/mp4", "3gp", "video/3gpp", "3gpp", "video/3gpp", "pdf", "application/pdf");

    private record StoredObject(String contentType, byte[] bytes) {
    }

    private final Path root;
    private final long seed;
    private final Map<String, StoredObject> objects = new HashMap<>();
    /** Handle to kind name (IMAGE/VIDEO/DOCUMENT, or ANY when a replay could not tell). */
    private final Map<String, String> handles = new LinkedHashMap<>();
    private long uploads;

    MediaStore(MetaSettings settings) {
        this.root = settings.mediaRoot().orElse(null);
        this.seed = settings.randomSeed();
        for (MetaSettings.MediaObject o : settings.mediaObjects()) {
            put(o.bucket(), o.key(), o.contentType(), o.bytes());
        }
    }

    void put(String bucket, String key, String contentType, byte[] bytes) {
        objects.put(bucket + "/" + key, new StoredObject(contentType, bytes.clone()));
    }

    /** Forgets the handles (Meta's side); the S3 stand-in keeps its objects. */
    void resetHandles() {
        handles.clear();
        uploads = 0;
    }

    int handleCount() {
        return handles.size();
    }

    /** Reads the object, checks Meta's type and size rules and issues a handle. */
    String upload(String bucket, String key) {
        String where = "s3://" + bucket + "/" + key;
        StoredObject object = objects.get(bucket + "/" + key);
        if (object == null) {
            object = readFile(bucket, key, where);
        }
        String contentType = contentType(object.contentType(), key);
        if (contentType == null) {
            throw ServiceError.invalidParameters("sourceS3File " + where + ": unsupported media type"
                    + (object.contentType() == null ? "" : " \"" + object.contentType() + "\"")
                    + "; header media must be image/jpeg, image/png, video/mp4, video/3gpp or application/pdf");
        }
        Kind kind = CONTENT_TYPES.get(contentType);
        if (object.bytes().length == 0) {
            throw ServiceError.invalidParameters("sourceS3File " + where + " is empty");
        }
        if (object.bytes().length > kind.maxBytes) {
            throw ServiceError.invalidParameters("sourceS3File " + where + " is " + object.bytes().length
                    + " bytes; Meta accepts " + kind.name().toLowerCase(Locale.ROOT) + " media of at most "
                    + kind.maxBytes / MB + " MB");
        }
        return issue(bucket, key, kind.name());
    }

    /** Reissues the handle of a journaled upload without reading the object. */
    String replayUpload(String bucket, String key) {
        String byExtension = contentType(null, key);
        return issue(bucket, key, byExtension == null ? "ANY" : CONTENT_TYPES.get(byExtension).name());
    }

    /** IMAGE/VIDEO/DOCUMENT/ANY for a handle issued here, null otherwise. */
    String kindOf(String handle) {
        return handles.get(handle);
    }

    /** The CDN URL Meta shows in place of a handle (stable for a handle). */
    String cdnUrl(String handle) {
        String digest = digest(handle).substring(0, 16);
        String kind = handles.getOrDefault(handle, "ANY");
        String extension = switch (kind) {
            case "IMAGE" -> "jpg";
            case "VIDEO" -> "mp4";
            case "DOCUMENT" -> "pdf";
            default -> "bin";
        };
        return "https://scontent.emulator.local/v/t61.29466-34/" + digest + "_n." + extension + "?ccb=1-7&_nc_sid=8b1bef";
    }

    private String issue(String bucket, String key, String kind) {
        uploads++;
        String token = digest(seed + "|" + uploads + "|" + bucket + "|" + key);
        // The kind must not be part of the handle: a replay may not know it.
        String handle = "4::" + token.substring(0, 43);
        handles.put(handle, kind);
        return handle;
    }

    private StoredObject readFile(String bucket, String key, String where) {
        if (root != null) {
            Path bucketDir = root.resolve(bucket).normalize();
            Path file = bucketDir.resolve(key).normalize();
            if (file.startsWith(bucketDir) && Files.isRegularFile(file)) {
                try {
                    return new StoredObject(null, Files.readAllBytes(file));
                } catch (IOException e) {
                    throw new ServiceError(ServiceError.INTERNAL, "could not read " + where + ": " + e.getMessage());
                }
            }
        }
        throw ServiceError.invalidParameters("sourceS3File " + where + " does not exist or cannot be read");
    }

    /** The object's content type when it names one, else the key's extension; null if unsupported. */
    private static String contentType(String declared, String key) {
        if (declared != null) {
            String type = declared.split(";")[0].trim().toLowerCase(Locale.ROOT);
            if (!type.isEmpty() && !type.equals("application/octet-stream") && !type.equals("binary/octet-stream")) {
                return CONTENT_TYPES.containsKey(type) ? type : null;
            }
        }
        int dot = key.lastIndexOf('.');
        return dot < 0 ? null : EXTENSIONS.get(key.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
