package com.eumsocial.whatsapp.emulator.meta;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Everything the Meta backend is configured with. Immutable; build with {@link #builder()}.
 * When no WABA is given, one default account is seeded (see {@link #DEFAULT_ACCOUNT_ID}).
 */
public final class MetaSettings {
    public static final String DEFAULT_ACCOUNT_ID = "000000000000";
    public static final String DEFAULT_WABA_ID = "waba-0123456789abcdef0123456789abcdef";
    public static final String DEFAULT_PHONE_NUMBER_ID = "phone-number-id-0123456789abcdef0123456789abcdef";
    public static final String DEFAULT_REGION = "us-east-1";

    private static final Pattern WABA_ID = Pattern.compile("^waba-[0-9a-zA-Z]+$");
    private static final Pattern PHONE_NUMBER_ID = Pattern.compile("^phone-number-id-[0-9a-zA-Z]+$");
    private static final Pattern REGION_CODE = Pattern.compile("^[A-Z]{2}$");

    /** A phone number linked to a seeded WABA. */
    public record PhoneNumberSeed(String phoneNumberId, String metaPhoneNumberId, String phoneNumber,
                                  String displayPhoneNumberName, String displayPhoneNumber,
                                  String qualityRating, String dataLocalizationRegion) {
        public PhoneNumberSeed {
            require(phoneNumberId != null && PHONE_NUMBER_ID.matcher(phoneNumberId).matches(),
                    "phoneNumberId must look like phone-number-id-<alphanumerics>, got " + phoneNumberId);
            require(phoneNumber != null && !phoneNumber.isEmpty() && phoneNumber.length() <= 20,
                    "phoneNumber must be 1-20 characters, got " + phoneNumber);
            metaPhoneNumberId = metaPhoneNumberId == null ? "1" + digitsOf(phoneNumberId, 14) : metaPhoneNumberId;
            displayPhoneNumberName = displayPhoneNumberName == null ? "Emulator" : displayPhoneNumberName;
            displayPhoneNumber = displayPhoneNumber == null ? phoneNumber : displayPhoneNumber;
            qualityRating = qualityRating == null ? "GREEN" : qualityRating;
            require(dataLocalizationRegion == null || REGION_CODE.matcher(dataLocalizationRegion).matches(),
                    "dataLocalizationRegion must be two upper-case letters, got " + dataLocalizationRegion);
        }

        public static PhoneNumberSeed of(String phoneNumberId, String phoneNumber) {
            return new PhoneNumberSeed(phoneNumberId, null, phoneNumber, null, null, null, null);
        }

        public PhoneNumberSeed withDataLocalizationRegion(String region) {
            return new PhoneNumberSeed(phoneNumberId, metaPhoneNumberId, phoneNumber, displayPhoneNumberName,
                    displayPhoneNumber, qualityRating, region);
        }
    }

    /** A WABA linked to an AWS account. {@code metaWabaId} is Meta's numeric id of the account. */
    public record WabaSeed(String id, String accountId, String metaWabaId, String name,
                           String registrationStatus, Instant linkDate, List<PhoneNumberSeed> phoneNumbers) {
        public WabaSeed {
            require(id != null && WABA_ID.matcher(id).matches(),
                    "WABA id must look like waba-<alphanumerics>, got " + id);
            require(accountId != null && accountId.matches("^\\d{12}$"),
                    "accountId must be 12 digits, got " + accountId);
            metaWabaId = metaWabaId == null ? "1" + digitsOf(id, 14) : metaWabaId;
            name = name == null ? "Emulated WABA " + id.substring(5, Math.min(id.length(), 13)) : name;
            registrationStatus = registrationStatus == null ? "COMPLETE" : registrationStatus;
            require(registrationStatus.equals("COMPLETE") || registrationStatus.equals("INCOMPLETE"),
                    "registrationStatus must be COMPLETE or INCOMPLETE, got " + registrationStatus);
            linkDate = linkDate == null ? Instant.parse("2024-01-01T00:00:00Z") : linkDate;
            phoneNumbers = List.copyOf(phoneNumbers == null ? List.of() : phoneNumbers);
        }

        public static WabaSeed of(String id, String accountId, PhoneNumberSeed... phoneNumbers) {
            return new WabaSeed(id, accountId, null, null, null, null, List.of(phoneNumbers));
        }
    }

    /** An object that CreateWhatsAppMessageTemplateMedia can read as if it were in S3. */
    public record MediaObject(String bucket, String key, String contentType, byte[] bytes) {
        public MediaObject {
            Objects.requireNonNull(bucket, "bucket");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(bytes, "bytes");
        }
    }

    private final String region;
    private final List<WabaSeed> wabas;
    private final Duration reviewDelay;
    private final Duration reviewDelayMax;
    private final int maxTemplatesPerWaba;
    private final int maxCreationsPerWabaPerHour;
    private final Path mediaRoot;
    private final List<MediaObject> mediaObjects;
    private final long randomSeed;

    private MetaSettings(Builder b) {
        this.region = b.region;
        this.wabas = b.wabas.isEmpty() ? List.of(defaultWaba()) : List.copyOf(b.wabas);
        this.reviewDelay = b.reviewDelay;
        this.reviewDelayMax = b.reviewDelayMax;
        this.maxTemplatesPerWaba = b.maxTemplatesPerWaba;
        this.maxCreationsPerWabaPerHour = b.maxCreationsPerWabaPerHour;
        this.mediaRoot = b.mediaRoot;
        this.mediaObjects = List.copyOf(b.mediaObjects);
        this.randomSeed = b.randomSeed;
        List<String> ids = new ArrayList<>();
        for (WabaSeed w : wabas) {
            require(!ids.contains(w.id()), "WABA " + w.id() + " is seeded twice");
            ids.add(w.id());
        }
    }

    public static WabaSeed defaultWaba() {
        return new WabaSeed(DEFAULT_WABA_ID, DEFAULT_ACCOUNT_ID, "102030405060708", "Emulated business",
                "COMPLETE", null, List.of(new PhoneNumberSeed(DEFAULT_PHONE_NUMBER_ID, "109876543210987",
                        "+14255550100", "Emulated business", "+1 425-555-0100", "GREEN", null)));
    }

    public static MetaSettings defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public String region() { return region; }
    public List<WabaSeed> wabas() { return wabas; }
    /** The review delay, or the shortest one when a range is set. */
    public Duration reviewDelay() { return reviewDelay; }
    /** The longest review delay (equal to {@link #reviewDelay()} unless a range is set). */
    public Duration reviewDelayMax() { return reviewDelayMax == null ? reviewDelay : reviewDelayMax; }

    /**
     * How long Meta reviews the template with this name and language. With a range, the delay is
     * drawn uniformly (to the millisecond) from a hash of the seed, the name and the language, not
     * from a shared random sequence: a journal replay, a re-submission and any arrival order give
     * each template the same delay, so a run can be reproduced.
     */
    public Duration reviewDelayFor(String templateName, String language) {
        if (reviewDelayMax == null || reviewDelayMax.equals(reviewDelay)) {
            return reviewDelay;
        }
        long spanMillis = reviewDelayMax.toMillis() - reviewDelay.toMillis();
        long h = randomSeed;
        for (char c : (templateName + "\u0000" + language).toCharArray()) {
            h = 31 * h + c;
        }
        // murmur3's 64-bit finaliser: neighbouring names (t_001, t_002) land far apart.
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return reviewDelay.plusMillis(Math.floorMod(h, spanMillis + 1));
    }
    public int maxTemplatesPerWaba() { return maxTemplatesPerWaba; }
    public int maxCreationsPerWabaPerHour() { return maxCreationsPerWabaPerHour; }
    public Optional<Path> mediaRoot() { return Optional.ofNullable(mediaRoot); }
    public List<MediaObject> mediaObjects() { return mediaObjects; }
    public long randomSeed() { return randomSeed; }

    public static final class Builder {
        private String region = DEFAULT_REGION;
        private final List<WabaSeed> wabas = new ArrayList<>();
        private Duration reviewDelay = Duration.ofSeconds(5);
        private Duration reviewDelayMax;
        private int maxTemplatesPerWaba = 250;
        private int maxCreationsPerWabaPerHour = 100;
        private Path mediaRoot;
        private final List<MediaObject> mediaObjects = new ArrayList<>();
        private long randomSeed = 42L;

        private Builder() {
        }

        /** AWS region used in the ARNs the backend renders. */
        public Builder region(String region) {
            require(region != null && region.matches("^[a-z]{2}(-[a-z]+)+-\\d+$"), "region looks wrong: " + region);
            this.region = region;
            return this;
        }

        public Builder waba(WabaSeed waba) {
            wabas.add(Objects.requireNonNull(waba, "waba"));
            return this;
        }

        public Builder wabas(List<WabaSeed> seeds) {
            seeds.forEach(this::waba);
            return this;
        }

        public Builder reviewDelay(Duration delay) {
            require(delay != null && !delay.isNegative(), "reviewDelay must be zero or positive, got " + delay);
            this.reviewDelay = delay;
            this.reviewDelayMax = null;
            return this;
        }

        /**
         * A review delay per template, between {@code shortest} and {@code longest} (inclusive),
         * as {@link MetaSettings#reviewDelayFor} draws it. Replaces a fixed {@link #reviewDelay}.
         */
        public Builder reviewDelayRange(Duration shortest, Duration longest) {
            require(shortest != null && !shortest.isNegative(),
                    "reviewDelayRange: the shortest delay must be zero or positive, got " + shortest);
            require(longest != null && longest.compareTo(shortest) >= 0,
                    "reviewDelayRange: the longest delay must not be below the shortest (" + shortest + "), got "
                            + longest);
            this.reviewDelay = shortest;
            this.reviewDelayMax = longest;
            return this;
        }

        public Builder maxTemplatesPerWaba(int max) {
            require(max > 0, "maxTemplatesPerWaba must be positive, got " + max);
            this.maxTemplatesPerWaba = max;
            return this;
        }

        public Builder maxCreationsPerWabaPerHour(int max) {
            require(max > 0, "maxCreationsPerWabaPerHour must be positive, got " + max);
            this.maxCreationsPerWabaPerHour = max;
            return this;
        }

        /** Folder holding {@code <bucket>/<key>} files that stand in for S3 objects. */
        public Builder mediaRoot(Path root) {
            this.mediaRoot = root;
            return this;
        }

        public Builder mediaObject(String bucket, String key, String contentType, byte[] bytes) {
            mediaObjects.add(new MediaObject(bucket, key, contentType, bytes.clone()));
            return this;
        }

        public Builder randomSeed(long seed) {
            this.randomSeed = seed;
            return this;
        }

        public MetaSettings build() {
            return new MetaSettings(this);
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    /** A stable run of digits derived from an id, so seeded Meta ids need no configuration. */
    private static String digitsOf(String text, int length) {
        StringBuilder sb = new StringBuilder();
        long h = 1125899906842597L;
        for (char c : text.toCharArray()) {
            h = 31 * h + c;
        }
        h = Math.abs(h % 1_000_000_000_000_000L);
        String s = String.format("%018d", h);
        sb.append(s, 0, Math.min(length, s.length()));
        return sb.toString();
    }
}
