package com.eumsocial.whatsapp.definition;

import java.util.Locale;
import java.util.Optional;

public enum Category {
    MARKETING, UTILITY, AUTHENTICATION;

    /** Case-insensitive lookup, surrounding spaces not ignored ("utility" -> UTILITY); empty for anything else. */
    public static Optional<Category> find(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(value.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Case-insensitive (surrounding spaces are not ignored); throws IllegalArgumentException naming the valid values. */
    public static Category parse(String value) {
        return find(value).orElseThrow(() -> new IllegalArgumentException(
                "category must be one of MARKETING, UTILITY, AUTHENTICATION, found \"" + value + "\""));
    }
}
