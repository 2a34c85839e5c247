package com.eumsocial.whatsapp.runner.plan;

import java.util.OptionalInt;

/**
 * The per-WABA limits the lifecycle preflight checks: the template cap (250 for an unverified
 * business up to 6,000 for a verified one; the API does not say which applies, so it is given:
 * the embedded emulator's own setting, {@code --template-cap} elsewhere, unknown otherwise) and the
 * creations allowed per hour (100).
 */
public record MetaLimits(OptionalInt templateCap, int creationsPerHour) {
    public static final int CREATIONS_PER_HOUR = 100;
    public static final MetaLimits UNKNOWN_CAP = new MetaLimits(OptionalInt.empty(), CREATIONS_PER_HOUR);

    public MetaLimits {
        if (creationsPerHour < 1) {
            throw new IllegalArgumentException("creationsPerHour must be at least 1, got " + creationsPerHour);
        }
    }

    public static MetaLimits of(int templateCap, int creationsPerHour) {
        if (templateCap < 1) {
            throw new IllegalArgumentException("template cap must be at least 1, got " + templateCap);
        }
        return new MetaLimits(OptionalInt.of(templateCap), creationsPerHour);
    }
}
