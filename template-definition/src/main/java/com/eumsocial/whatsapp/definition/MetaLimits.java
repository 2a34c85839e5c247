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
