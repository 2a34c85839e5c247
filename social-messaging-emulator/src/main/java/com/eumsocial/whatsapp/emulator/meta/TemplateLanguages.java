package com.eumsocial.whatsapp.emulator.meta;

import java.util.Set;

/**
 * The languages Meta takes templates in. Meta refuses any other code when the definition arrives
 * (Graph API error 100, "Param language must be one of {...}"), which the AWS API passes on as
 * InvalidParametersException; it never reaches review. Kept here on purpose, apart from the
 * validator's table in template-definition: the emulator is an independent oracle.
 * Source: Meta's "Supported Languages" table for message templates
 * (developers.facebook.com/docs/whatsapp/api/messages/message-templates/).
 */
final class TemplateLanguages {
    static final Set<String> CODES = Set.of(
            "af", "sq", "ar", "az", "bn", "bg", "ca", "zh_CN", "zh_HK", "zh_TW", "hr", "cs", "da", "nl", "en", "en_GB",
            "en_US", "et", "fil", "fi", "fr", "ka", "de", "el", "gu", "ha", "he", "hi", "hu", "id", "ga", "it", "ja", "kn",
            "kk", "rw_RW", "ko", "ky_KG", "lo", "lv", "lt", "mk", "ms", "ml", "mr", "nb", "fa", "pl", "pt_BR", "pt_PT", "pa",
            "ro", "ru", "sr", "sk", "sl", "es", "es_AR", "es_ES", "es_MX", "sw", "sv", "ta", "te", "th", "tr", "uk", "ur",
            "uz", "vi", "zu");

    private TemplateLanguages() {
    }
}
