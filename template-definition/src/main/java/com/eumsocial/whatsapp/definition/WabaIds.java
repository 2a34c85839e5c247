package com.eumsocial.whatsapp.definition;

import java.util.regex.Pattern;

/**
 * How a WhatsApp Business Account is named: the AWS id ({@code waba-0123...}) or the WABA ARN
 * ({@code arn:<partition>:social-messaging:<region>:<account>:waba/0123...}). The one rule, with
 * its messages, that the constructs (at synth) and the handlers (before any call) apply.
 *
 * <p>The patterns follow the service model ({@code ^waba-.*$} and {@code ^arn:.*:waba/[0-9a-zA-Z]+$}),
 * narrowed to what the service hands out: letters and digits after {@code waba-}, and an ARN whose
 * last segment is the id without its {@code waba-} prefix.
 */
public final class WabaIds {
    /** The prefix of a WABA id; the ARN's last segment is the id without it. */
    public static final String ID_PREFIX = "waba-";
    /** A WABA id. */
    public static final Pattern ID = Pattern.compile("^waba-[0-9a-zA-Z]+$");
    /** A WABA ARN; groups: 1 partition, 2 region (may be empty), 3 account, 4 the id without its prefix. */
    public static final Pattern ARN =
        Pattern.compile("^arn:(aws[a-zA-Z-]*):social-messaging:([a-z0-9-]*):([0-9]{12}):waba/([0-9a-zA-Z]+)$");

    private static final String ID_SHAPE = "waba- followed by letters and digits, as in waba-0123456789abcdef0123456789abcdef";
    private static final String ARN_SHAPE = "arn:<partition>:social-messaging:<region>:<account>:waba/<id>";

    private WabaIds() {
    }

    public static boolean isId(String value) {
        return value != null && ID.matcher(value).matches();
    }

    public static boolean isArn(String value) {
        return value != null && ARN.matcher(value).matches();
    }

    /** "{field} '{value}' is not a WABA id (expected waba- followed by letters and digits, ...)". */
    public static String notAnId(String field, String value) {
        return field + " '" + value + "' is not a WABA id (expected " + ID_SHAPE + ")";
    }

    /** "{field} '{value}' is not a WABA ARN (expected arn:...:waba/&lt;id&gt;)". */
    public static String notAnArn(String field, String value) {
        return field + " '" + value + "' is not a WABA ARN (expected " + ARN_SHAPE + ")";
    }

    /** For a property that takes either form: "{field} '{value}' is neither a WABA id (...) nor a WABA ARN (...)". */
    public static String neitherIdNorArn(String field, String value) {
        return field + " '" + value + "' is neither a WABA id (" + ID_SHAPE + ") nor a WABA ARN (" + ARN_SHAPE + ")";
    }
}
