package com.eumsocial.whatsapp.commons;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A WhatsApp Business Account as a user names it: the AWS id ({@code waba-0123...}) or the WABA
 * ARN ({@code arn:<partition>:social-messaging:<region>:<account>:waba/0123...}). The service API
 * is always called with the id form, so ARN and id name the same account everywhere (lookups,
 * comparisons, messages).
 *
 * <p>The ARN's last segment is the id without its {@code waba-} prefix, per the service model's
 * patterns ({@code ^waba-.*$} and {@code ^arn:.*:waba/[0-9a-zA-Z]+$}); this mapping lives only here.
 */
public final class WabaReference {
    private static final Pattern ID = Pattern.compile("^waba-[0-9a-zA-Z]+$");
    private static final Pattern ARN =
        Pattern.compile("^arn:(aws[a-zA-Z-]*):social-messaging:([a-z0-9-]*):([0-9]{12}):waba/([0-9a-zA-Z]+)$");

    private final String given;
    private final String id;
    private final String region;
    private final String accountId;

    private WabaReference(String given, String id, String region, String accountId) {
        this.given = given;
        this.id = id;
        this.region = region;
        this.accountId = accountId;
    }

    /** Parses a WabaId property value; {@code field} names the property in the error message. */
    public static WabaReference parse(String value, String field) {
        if (value == null || value.isBlank()) {
            throw HandlerFailure.invalidRequest(field + " is required: the WABA id (waba-...) or WABA ARN");
        }
        String trimmed = value.trim();
        if (ID.matcher(trimmed).matches()) {
            return new WabaReference(value, trimmed, null, null);
        }
        Matcher arn = ARN.matcher(trimmed);
        if (arn.matches()) {
            return new WabaReference(value, "waba-" + arn.group(4), emptyToNull(arn.group(2)), arn.group(3));
        }
        throw HandlerFailure.invalidRequest(field + " '" + value + "' is neither a WABA id (waba-0123...) nor a WABA ARN"
            + " (arn:aws:social-messaging:<region>:<account>:waba/0123...)");
    }

    public static WabaReference parse(String value) {
        return parse(value, "WabaId");
    }

    /** The value as the user gave it (kept in models so they equal the input). */
    public String given() {
        return given;
    }

    /** The {@code waba-...} id the API is called with. */
    public String id() {
        return id;
    }

    /** The region named by an ARN, or null for an id. */
    public String region() {
        return region;
    }

    /** The account named by an ARN, or null for an id. */
    public String accountId() {
        return accountId;
    }

    /** True when both name the same WABA, whatever form each uses. */
    public static boolean sameWaba(String a, String b) {
        if (a == null || b == null) {
            return a == b;
        }
        try {
            return parse(a).id().equals(parse(b).id());
        } catch (HandlerFailure e) {
            return a.equals(b);
        }
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WabaReference other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}
