package com.eumsocial.whatsapp.emulator.meta;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The emulator's stand-in for Meta's classifier that moves UTILITY templates to MARKETING. A
 * UTILITY template whose header, body, footer or button texts contain one of these (case
 * insensitive, whole words, plural allowed) is approved as MARKETING with previous_category
 * UTILITY: sale, discount, % off, offer, promo, promotion, deal, coupon, buy now, shop now,
 * limited time.
 */
final class PromotionalWording {
    static final List<String> PHRASES = List.of("sale", "discount", "% off", "offer", "promo", "promotion", "deal",
            "coupon", "buy now", "shop now", "limited time");

    private static final Pattern PROMOTIONAL = Pattern.compile(
            "(\\b(sales?|discounts?|offers?|promos?|promotions?|deals?|coupons?|buy now|shop now|limited[- ]time)\\b)"
                    + "|(%\\s*off\\b)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private PromotionalWording() {
    }

    /** The first promotional phrase in {@code text}, or null. */
    static String find(String text) {
        if (text == null) {
            return null;
        }
        var m = PROMOTIONAL.matcher(text);
        return m.find() ? m.group().toLowerCase(Locale.ROOT) : null;
    }
}
