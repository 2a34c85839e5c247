package com.eumsocial.whatsapp.emulator.meta;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * WABA and phone number ids and ARNs. The model's ARN templates are {@code waba/{WabaId}} and
 * {@code phone-number-id/{OriginationPhoneNumberId}} with the resource part alphanumeric, so the
 * ARN carries the id without its {@code waba-} / {@code phone-number-id-} prefix:
 * {@code arn:aws:social-messaging:us-east-1:000000000000:waba/0123abcd}.
 */
final class ResourceIds {
    static final String WABA_PREFIX = "waba-";
    static final String PHONE_PREFIX = "phone-number-id-";
    private static final Pattern ARN = Pattern.compile(
            "^arn:([^:]+):social-messaging:([^:]*):([^:]*):(waba|phone-number-id)/([0-9a-zA-Z]+)$");

    private ResourceIds() {
    }

    /**
     * A reference to a resource: its short id and, when given as an ARN, the ARN's account. The
     * ARN's region is not checked: clients may be configured for any region while the emulator
     * renders ARNs with its configured one, and refusing them would only produce false failures.
     */
    record Reference(String id, String arnAccount) {
    }

    static String wabaArn(String region, String accountId, String wabaId) {
        return "arn:aws:social-messaging:" + region + ":" + accountId + ":waba/" + wabaId.substring(WABA_PREFIX.length());
    }

    static String phoneArn(String region, String accountId, String phoneNumberId) {
        return "arn:aws:social-messaging:" + region + ":" + accountId + ":phone-number-id/"
                + phoneNumberId.substring(PHONE_PREFIX.length());
    }

    /** Parses a WABA id or WABA ARN; null when it is neither. */
    static Reference waba(String idOrArn) {
        return parse(idOrArn, "waba", WABA_PREFIX);
    }

    /** Parses a phone number id or phone number ARN; null when it is neither. */
    static Reference phoneNumber(String idOrArn) {
        return parse(idOrArn, "phone-number-id", PHONE_PREFIX);
    }

    private static Reference parse(String idOrArn, String resourceType, String prefix) {
        if (idOrArn == null) {
            return null;
        }
        if (idOrArn.startsWith(prefix) && idOrArn.length() > prefix.length()) {
            return new Reference(idOrArn, null);
        }
        Matcher m = ARN.matcher(idOrArn);
        if (m.matches() && m.group(4).equals(resourceType)) {
            return new Reference(prefix + m.group(5), m.group(3));
        }
        return null;
    }
}
