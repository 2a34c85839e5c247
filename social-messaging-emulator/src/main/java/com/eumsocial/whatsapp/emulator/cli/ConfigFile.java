package com.eumsocial.whatsapp.emulator.cli;

import com.eumsocial.whatsapp.emulator.EmulatorConfig;
import com.eumsocial.whatsapp.emulator.faults.FaultSettings;
import com.eumsocial.whatsapp.emulator.meta.MetaSettings;
import com.eumsocial.whatsapp.emulator.meta.MetaSettings.PhoneNumberSeed;
import com.eumsocial.whatsapp.emulator.meta.MetaSettings.WabaSeed;
import com.eumsocial.whatsapp.emulator.security.AccessKey;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the emulator's JSON configuration file (format in the module README). Every problem is
 * reported with the file and the JSON path of the field, e.g. {@code emulator.json: wabas[0].id: ...}.
 */
public final class ConfigFile {
    private static final Set<String> TOP_LEVEL = Set.of("region", "reviewDelaySeconds", "maxTemplatesPerWaba",
            "maxCreationsPerWabaPerHour", "mediaRoot", "seed", "accessKeys", "wabas", "faults");

    private ConfigFile() {
    }

    /** What the file configures: Meta's settings builder, access keys and fault settings. */
    public record Contents(MetaSettings.Builder meta, List<AccessKey> accessKeys, FaultSettings faults) {
    }

    public static Contents read(Path file, ObjectMapper json) {
        JsonNode root;
        try {
            root = json.readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(file + ": not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot be read: " + e.getMessage(), e);
        }
        try {
            return parse(root, file.getParent());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    static Contents parse(JsonNode root, Path baseDir) {
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("the configuration must be a JSON object");
        }
        root.fieldNames().forEachRemaining(name -> {
            if (!TOP_LEVEL.contains(name)) {
                throw new IllegalArgumentException(name + ": unknown setting (known: " + TOP_LEVEL + ")");
            }
        });
        MetaSettings.Builder meta = MetaSettings.builder();
        if (root.has("region")) {
            meta.region(text(root, "region", "region"));
        }
        if (root.has("reviewDelaySeconds")) {
            meta.reviewDelay(Duration.ofSeconds(number(root, "reviewDelaySeconds", "reviewDelaySeconds")));
        }
        if (root.has("maxTemplatesPerWaba")) {
            meta.maxTemplatesPerWaba((int) number(root, "maxTemplatesPerWaba", "maxTemplatesPerWaba"));
        }
        if (root.has("maxCreationsPerWabaPerHour")) {
            meta.maxCreationsPerWabaPerHour((int) number(root, "maxCreationsPerWabaPerHour",
                    "maxCreationsPerWabaPerHour"));
        }
        if (root.has("mediaRoot")) {
            Path media = Path.of(text(root, "mediaRoot", "mediaRoot"));
            meta.mediaRoot(baseDir == null || media.isAbsolute() ? media : baseDir.resolve(media));
        }
        if (root.has("seed")) {
            meta.randomSeed(number(root, "seed", "seed"));
        }
        JsonNode wabas = root.path("wabas");
        for (int i = 0; i < wabas.size(); i++) {
            meta.waba(waba(wabas.get(i), "wabas[" + i + "]"));
        }
        List<AccessKey> keys = new ArrayList<>();
        JsonNode accessKeys = root.path("accessKeys");
        for (int i = 0; i < accessKeys.size(); i++) {
            String path = "accessKeys[" + i + "]";
            JsonNode key = accessKeys.get(i);
            try {
                keys.add(new AccessKey(text(key, "accessKeyId", path), text(key, "secretAccessKey", path),
                        text(key, "accountId", path)));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new IllegalArgumentException(path + ": " + e.getMessage(), e);
            }
        }
        FaultSettings faults = root.has("faults") ? faults(root.get("faults")) : FaultSettings.NONE;
        return new Contents(meta, keys, faults);
    }

    /** Applies the file to a config builder (command-line options are applied afterwards and win). */
    public static void applyTo(Contents contents, EmulatorConfig.Builder builder) {
        contents.accessKeys().forEach(builder::accessKey);
        builder.faults(contents.faults());
    }

    private static FaultSettings faults(JsonNode node) {
        try {
            return FaultSettings.fromJson(node, FaultSettings.NONE);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("faults: " + e.getMessage(), e);
        }
    }

    private static WabaSeed waba(JsonNode node, String path) {
        List<PhoneNumberSeed> phones = new ArrayList<>();
        JsonNode numbers = node.path("phoneNumbers");
        for (int i = 0; i < numbers.size(); i++) {
            JsonNode phone = numbers.get(i);
            String phonePath = path + ".phoneNumbers[" + i + "]";
            try {
                phones.add(new PhoneNumberSeed(text(phone, "phoneNumberId", phonePath),
                        optional(phone, "metaPhoneNumberId"), text(phone, "phoneNumber", phonePath),
                        optional(phone, "displayPhoneNumberName"), optional(phone, "displayPhoneNumber"),
                        optional(phone, "qualityRating"), optional(phone, "dataLocalizationRegion")));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(phonePath + ": " + e.getMessage(), e);
            }
        }
        try {
            String linkDate = optional(node, "linkDate");
            return new WabaSeed(text(node, "id", path), text(node, "accountId", path), optional(node, "metaWabaId"),
                    optional(node, "name"), optional(node, "registrationStatus"),
                    linkDate == null ? null : Instant.parse(linkDate), phones);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException(path + ".linkDate: not an ISO-8601 instant", e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(path + ": " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode node, String field, String path) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isEmpty()) {
            throw new IllegalArgumentException((path.equals(field) ? field : path + "." + field)
                    + ": a non-empty string is required");
        }
        return value.asText();
    }

    private static String optional(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static long number(JsonNode node, String field, String path) {
        JsonNode value = node.get(field);
        if (value == null || !value.canConvertToLong() || !value.isIntegralNumber()) {
            throw new IllegalArgumentException(path + ": a whole number is required");
        }
        return value.asLong();
    }
}
