package com.eumsocial.whatsapp.emulator.security;

import java.util.Objects;

/** A configured access key: who may call the emulator and which AWS account the calls act for. */
public record AccessKey(String accessKeyId, String secretAccessKey, String accountId) {
    public AccessKey {
        Objects.requireNonNull(accessKeyId, "accessKeyId");
        Objects.requireNonNull(secretAccessKey, "secretAccessKey");
        Objects.requireNonNull(accountId, "accountId");
        if (!accessKeyId.matches("^[A-Z0-9]{16,128}$")) {
            throw new IllegalArgumentException("accessKeyId must be 16-128 upper-case letters or digits, got "
                    + accessKeyId);
        }
        if (secretAccessKey.isEmpty()) {
            throw new IllegalArgumentException("secretAccessKey of " + accessKeyId + " must not be empty");
        }
        if (!accountId.matches("^\\d{12}$")) {
            throw new IllegalArgumentException("accountId of " + accessKeyId + " must be 12 digits, got " + accountId);
        }
    }

    /** Default credentials of the first account (documented in the README). */
    public static final AccessKey DEFAULT = new AccessKey("AKIAEMULATOR00000001",
            "emulatorSecretAccessKey0000000000000001", "000000000000");

    /** Default credentials of a second account, for isolation tests. */
    public static final AccessKey SECOND = new AccessKey("AKIAEMULATOR00000002",
            "emulatorSecretAccessKey0000000000000002", "111111111111");

    /** Never prints the secret. */
    @Override
    public String toString() {
        return "AccessKey[" + accessKeyId + " -> account " + accountId + "]";
    }
}
