package com.eumsocial.whatsapp.definition;

import java.util.regex.Pattern;

/**
 * Meta's (and the AWS API's) limits that the rules enforce. They are facts about an outside
 * service that can change, so each lives here once.
 */
public final class MetaLimits {
    private MetaLimits() {
    }

    public static final int NAME_MAX_LENGTH = 512;
    public static final Pattern NAME_PATTERN = Pattern.compile("[a-z0-9_]+");

    /** The AWS API's length constraint on language. */
    public static final int LANGUAGE_MAX_LENGTH = 6;
    /**
     * Meta's language codes are a 2-3 letter language with an optional region (en, en_US, fil);
     * a numeric region (es_419) is allowed too, should Meta add one.
     */
    public static final Pattern LANGUAGE_PATTERN = Pattern.compile("[a-z]{2,3}(_([A-Z]{2}|[0-9]{3}))?");

    public static final int HEADER_TEXT_MAX_LENGTH = 60;
    public static final int BODY_TEXT_MAX_LENGTH = 1024;
    public static final int FOOTER_TEXT_MAX_LENGTH = 60;
    public static final int HEADER_MAX_PARAMETERS = 1;

    public static final int BUTTONS_MAX = 10;
    public static final int URL_BUTTONS_MAX = 2;
    public static final int PHONE_NUMBER_BUTTONS_MAX = 1;
    public static final int COPY_CODE_BUTTONS_MAX = 1;
    public static final int BUTTON_TEXT_MAX_LENGTH = 25;
    public static final int URL_MAX_LENGTH = 2000;
    public static final int PHONE_NUMBER_MAX_LENGTH = 20;
    /** A dialable number as Meta takes it on a PHONE_NUMBER button: "+1 555-0100", "(030) 123456". */
    public static final Pattern PHONE_NUMBER_PATTERN = Pattern.compile("\\+?[0-9][0-9 ()-]{3,19}");
    /** What Meta reads as a link in AUTHENTICATION texts, which may not carry URLs. */
    public static final Pattern URL_IN_TEXT = Pattern.compile("(?i)(https?://|www\\.)");
    public static final int COPY_CODE_EXAMPLE_MAX_LENGTH = 15;

    /** Carousels: 2-10 cards (media-card and product-card carousel template pages). */
    public static final int CAROUSEL_MIN_CARDS = 2;
    public static final int CAROUSEL_MAX_CARDS = 10;
    /** A media card's body: at most 160 characters; up to two QUICK_REPLY, URL or PHONE_NUMBER buttons. */
    public static final int CAROUSEL_CARD_BODY_MAX_LENGTH = 160;
    public static final int MEDIA_CARD_MAX_BUTTONS = 2;
    /** A product card: a single View (SPM) or URL button. */
    public static final int PRODUCT_CARD_MAX_BUTTONS = 1;

    /** Limited-time offer: offer text at most 16 characters, body at most 600. */
    public static final int LTO_TEXT_MAX_LENGTH = 16;
    public static final int LTO_BODY_TEXT_MAX_LENGTH = 600;

    /** A message_send_ttl_seconds range; -1 (30 days) where Meta allows it. */
    public record TtlRange(int min, int max, boolean minusOneAllowed) {
        public boolean allows(int seconds) {
            return (seconds >= min && seconds <= max) || (minusOneAllowed && seconds == -1);
        }

        public String describe() {
            return min + " to " + max + " seconds" + (minusOneAllowed ? ", or -1 for 30 days" : "");
        }
    }

    /** Meta's time-to-live page: AUTHENTICATION 30-900 s, UTILITY 30-43,200 s (both also -1), MARKETING 43,200-2,592,000 s. */
    public static TtlRange ttlRange(com.eumsocial.whatsapp.definition.Category category) {
        return switch (category) {
            case AUTHENTICATION -> new TtlRange(30, 900, true);
            case UTILITY -> new TtlRange(30, 43_200, true);
            case MARKETING -> new TtlRange(43_200, 2_592_000, false);
        };
    }

    public static final int CODE_EXPIRATION_MIN_MINUTES = 1;
    public static final int CODE_EXPIRATION_MAX_MINUTES = 90;

    /** CreateWhatsAppMessageTemplate's templateDefinition blob: 1-6000 bytes. */
    public static final int DEFINITION_MAX_BYTES = 6000;
    /** UpdateWhatsAppMessageTemplate's templateComponents blob: 1-3000 bytes. */
    public static final int COMPONENTS_MAX_BYTES = 3000;

    /**
     * Meta rejects a body with "too many variable parameters relative to the message length"
     * but does not publish the formula. Integrators report (and we enforce) that a body with P
     * parameters needs at least {@code MIN_WORDS_PER_PARAMETER * P + 1} words that are not
     * parameters; a word is a whitespace-separated run holding a letter or digit.
     */
    public static final int MIN_WORDS_PER_PARAMETER = 2;

    /** Minimum number of non-parameter words in a body with {@code parameters} parameters. */
    public static int minimumWordsFor(int parameters) {
        return parameters == 0 ? 0 : MIN_WORDS_PER_PARAMETER * parameters + 1;
    }
}
