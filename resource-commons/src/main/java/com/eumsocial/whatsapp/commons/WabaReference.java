package com.eumsocial.whatsapp.commons;

import com.eumsocial.whatsapp.definition.WabaIds;
import java.util.List;
import java.util.regex.Matcher;

/**
 * A WhatsApp Business Account as a user names it: the AWS id ({@code waba-0123...}) or the WABA
 * ARN ({@code arn:<partition>:social-messaging:<region>:<account>:waba/0123...}). The service API
 * is always called with the id form, so ARN and id name the same account everywhere (lookups,
 * comparisons, messages).
 *
 * <p>The rule (what an id and an ARN look like, and the message when a value is neither) is
 * {@link WabaIds} in template-definition, which the CDK constructs apply too.
 */
public final class WabaReference {
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
        if (WabaIds.isId(trimmed)) {
            return new WabaReference(value, trimmed, null, null);
        }
        Matcher arn = WabaIds.ARN.matcher(trimmed);
        if (arn.matches()) {
            return new WabaReference(value, WabaIds.ID_PREFIX + arn.group(4), emptyToNull(arn.group(2)), arn.group(3));
        }
        throw HandlerFailure.invalidRequest(WabaIds.neitherIdNorArn(field, value));
    }

    /**
     * For input rules that report every problem at once: the reference, or null with the problem
     * added to {@code problems}.
     */
    public static WabaReference parse(String value, String field, List<String> problems) {
        try {
            return parse(value, field);
        } catch (HandlerFailure failure) {
            problems.add(failure.getMessage());
            return null;
        }
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
