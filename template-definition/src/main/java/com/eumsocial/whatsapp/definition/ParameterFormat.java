package com.eumsocial.whatsapp.definition;

import java.util.Locale;
import java.util.Optional;

/** How parameters are written: {@code {{1}}} (POSITIONAL, Meta's default) or {@code {{first_name}}} (NAMED). */
public enum ParameterFormat {
    POSITIONAL, NAMED;

    /** The value as Meta's create API documents it: "positional" / "named". */
    public String jsonValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ParameterFormat> find(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(value.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public static ParameterFormat parse(String value) {
        return find(value).orElseThrow(() -> new IllegalArgumentException(
                "parameter_format must be \"positional\" or \"named\", found \"" + value + "\""));
    }
}
