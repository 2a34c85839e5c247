package com.eumsocial.whatsapp.librarytemplate;

import com.eumsocial.whatsapp.commons.HandlerFailure;
import com.eumsocial.whatsapp.commons.WabaReference;
import com.eumsocial.whatsapp.definition.Category;
import com.eumsocial.whatsapp.definition.MetaLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The checks a LibraryTemplate's properties must pass before anything is sent: all problems are
 * collected, each naming its property, so one failed create tells the whole story. Limits that
 * MessageTemplate shares come from {@link MetaLimits}.
 */
final class InputRules {
    static final Set<String> BUTTON_TYPES = Set.of("QUICK_REPLY", "URL", "PHONE_NUMBER", "OTP", "COPY_CODE");
    static final Set<String> OTP_TYPES = Set.of("COPY_CODE", "ONE_TAP", "ZERO_TAP");

    private static final Pattern URL = Pattern.compile("^https?://\\S+$");
    private static final int URL_MAX_LENGTH = 400;
    private static final Pattern NO_SPACES = Pattern.compile("^\\S+$");
    private static final Pattern PHONE_NUMBER = Pattern.compile("^\\+?[0-9]{1,19}$");

    private InputRules() {
    }

    /** The WABA to call the service with; throws InvalidRequest listing every problem. */
    static WabaReference validate(ResourceModel model) {
        if (model == null) {
            throw HandlerFailure.invalidRequest("The request carries no LibraryTemplate properties");
        }
        List<String> problems = new ArrayList<>();
        WabaReference waba = WabaReference.parse(model.getWabaId(), "WabaId", problems);
        name("TemplateName", model.getTemplateName(), problems);
        name("LibraryTemplateName", model.getLibraryTemplateName(), problems);
        if (model.getCategory() == null) {
            problems.add("Category is required: MARKETING, UTILITY or AUTHENTICATION");
        } else if (Category.find(model.getCategory()).map(c -> !c.name().equals(model.getCategory())).orElse(true)) {
            problems.add("Category '" + model.getCategory() + "' must be one of MARKETING, UTILITY, AUTHENTICATION");
        }
        language(model.getLanguage(), problems);
        buttons(model.getButtonInputs(), problems);
        body(model.getBodyInputs(), problems);
        if (!problems.isEmpty()) {
            throw HandlerFailure.invalidRequest(String.join("; ", problems) + " (nothing was sent to Meta)");
        }
        return waba;
    }

    private static void name(String property, String value, List<String> problems) {
        if (value == null || value.isEmpty()) {
            problems.add(property + " is required");
        } else if (value.length() > MetaLimits.NAME_MAX_LENGTH) {
            problems.add(property + " has " + value.length() + " characters; at most " + MetaLimits.NAME_MAX_LENGTH);
        } else if (!MetaLimits.NAME_PATTERN.matcher(value).matches()) {
            problems.add(property + " '" + value + "' may hold only lowercase letters, digits and underscores");
        }
    }

    private static void language(String value, List<String> problems) {
        if (value == null || value.isEmpty()) {
            problems.add("Language is required, for example en_US");
        } else if (value.length() > MetaLimits.LANGUAGE_MAX_LENGTH || !MetaLimits.LANGUAGE_PATTERN.matcher(value).matches()) {
            problems.add("Language '" + value + "' is not a language code such as en, en_US or fil");
        }
    }

    private static void buttons(List<ButtonInput> inputs, List<String> problems) {
        if (inputs == null) {
            return;
        }
        if (inputs.size() > MetaLimits.BUTTONS_MAX) {
            problems.add("ButtonInputs has " + inputs.size() + " entries; a template has at most " + MetaLimits.BUTTONS_MAX + " buttons");
        }
        for (int i = 0; i < inputs.size(); i++) {
            button("ButtonInputs[" + i + "]", inputs.get(i), problems);
        }
    }

    private static void button(String at, ButtonInput input, List<String> problems) {
        if (input == null) {
            problems.add(at + " is empty");
            return;
        }
        String type = input.getType();
        if (type == null || type.isEmpty()) {
            problems.add(at + ".Type is required: one of " + String.join(", ", sorted(BUTTON_TYPES)));
            return;
        }
        if (!BUTTON_TYPES.contains(type)) {
            problems.add(at + ".Type '" + type + "' must be one of " + String.join(", ", sorted(BUTTON_TYPES)));
            return;
        }
        if ("URL".equals(type)) {
            url(at + ".Url", input.getUrl(), problems);
        } else if (input.getUrl() != null) {
            problems.add(at + ".Url applies only to URL buttons, not " + type);
        }
        if ("PHONE_NUMBER".equals(type)) {
            if (input.getPhoneNumber() == null || input.getPhoneNumber().isEmpty()) {
                problems.add(at + ".PhoneNumber is required for a PHONE_NUMBER button");
            } else if (!PHONE_NUMBER.matcher(input.getPhoneNumber()).matches()) {
                problems.add(at + ".PhoneNumber '" + input.getPhoneNumber() + "' must be digits with an optional leading +,"
                    + " at most 20 characters (E.164, for example +15550100)");
            }
        } else if (input.getPhoneNumber() != null) {
            problems.add(at + ".PhoneNumber applies only to PHONE_NUMBER buttons, not " + type);
        }
        if ("OTP".equals(type)) {
            otp(at, input, problems);
        } else {
            for (String otpOnly : otpFieldsSet(input)) {
                problems.add(at + "." + otpOnly + " applies only to OTP buttons, not " + type);
            }
        }
    }

    private static void url(String at, UrlInput url, List<String> problems) {
        if (url == null || url.getBaseUrl() == null || url.getBaseUrl().isEmpty()) {
            problems.add(at + ".BaseUrl is required for a URL button");
            return;
        }
        checkUrl(at + ".BaseUrl", url.getBaseUrl(), problems);
        // Meta's own examples give a whole URL here, but the field's name says suffix; either is
        // passed on, and only what cannot be part of a URL is refused.
        String example = url.getUrlSuffixExample();
        if (example != null && (example.isEmpty() || !NO_SPACES.matcher(example).matches())) {
            problems.add(at + ".UrlSuffixExample '" + example + "' must be non-empty text without spaces");
        } else if (example != null && example.length() > URL_MAX_LENGTH) {
            problems.add(at + ".UrlSuffixExample has " + example.length() + " characters; at most " + URL_MAX_LENGTH);
        }
    }

    private static void checkUrl(String at, String value, List<String> problems) {
        if (!URL.matcher(value).matches()) {
            problems.add(at + " '" + value + "' must be an http:// or https:// URL without spaces");
        } else if (value.length() > URL_MAX_LENGTH) {
            problems.add(at + " has " + value.length() + " characters; at most " + URL_MAX_LENGTH);
        }
    }

    private static void otp(String at, ButtonInput input, List<String> problems) {
        String otpType = input.getOtpType();
        if (otpType == null || otpType.isEmpty()) {
            problems.add(at + ".OtpType is required for an OTP button: COPY_CODE, ONE_TAP or ZERO_TAP");
            return;
        }
        if (!OTP_TYPES.contains(otpType)) {
            problems.add(at + ".OtpType '" + otpType + "' must be one of COPY_CODE, ONE_TAP, ZERO_TAP");
            return;
        }
        boolean needsApps = !"COPY_CODE".equals(otpType);
        if (needsApps && (input.getSupportedApps() == null || input.getSupportedApps().isEmpty())) {
            problems.add(at + ".SupportedApps is required for a " + otpType + " button: the Android apps that receive the code");
        }
        if (input.getSupportedApps() != null) {
            for (int i = 0; i < input.getSupportedApps().size(); i++) {
                SupportedApp app = input.getSupportedApps().get(i);
                String appAt = at + ".SupportedApps[" + i + "]";
                if (app == null || app.getPackageName() == null || app.getPackageName().isEmpty()) {
                    problems.add(appAt + ".PackageName is required");
                }
                if (app == null || app.getSignatureHash() == null || app.getSignatureHash().isEmpty()) {
                    problems.add(appAt + ".SignatureHash is required");
                }
            }
        }
        if ("ZERO_TAP".equals(otpType) && !Boolean.TRUE.equals(input.getZeroTapTermsAccepted())) {
            problems.add(at + ".ZeroTapTermsAccepted must be true for a ZERO_TAP button (Meta requires accepting its zero-tap terms)");
        }
    }

    private static List<String> otpFieldsSet(ButtonInput input) {
        List<String> set = new ArrayList<>();
        if (input.getOtpType() != null) {
            set.add("OtpType");
        }
        if (input.getZeroTapTermsAccepted() != null) {
            set.add("ZeroTapTermsAccepted");
        }
        if (input.getSupportedApps() != null) {
            set.add("SupportedApps");
        }
        return set;
    }

    private static void body(BodyInputs body, List<String> problems) {
        if (body == null || body.getCodeExpirationMinutes() == null) {
            return;
        }
        int minutes = body.getCodeExpirationMinutes();
        if (minutes < MetaLimits.CODE_EXPIRATION_MIN_MINUTES || minutes > MetaLimits.CODE_EXPIRATION_MAX_MINUTES) {
            problems.add("BodyInputs.CodeExpirationMinutes is " + minutes + "; it must be "
                + MetaLimits.CODE_EXPIRATION_MIN_MINUTES + " to " + MetaLimits.CODE_EXPIRATION_MAX_MINUTES);
        }
    }

    private static List<String> sorted(Set<String> values) {
        return values.stream().sorted().toList();
    }

    /** Upper-case form used to compare a library entry's button type with an input's. */
    static String typeKey(String type) {
        return type == null ? "" : type.trim().toUpperCase(Locale.ROOT);
    }
}
