package com.eumsocial.whatsapp.cdk;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** One button of a BUTTONS component, in Meta's JSON shape. */
public final class TemplateButton {
    private final ObjectNode json;

    private TemplateButton(ObjectNode json) {
        this.json = json;
    }

    /** A fresh copy of the button's JSON. */
    public ObjectNode toJson() {
        return json.deepCopy();
    }

    @Override
    public String toString() {
        return json.toString();
    }

    public static TemplateButton quickReply(String text) {
        return new TemplateButton(base("QUICK_REPLY").put("text", text));
    }

    /** A URL button with a fixed URL. */
    public static TemplateButton url(String text, String url) {
        return new TemplateButton(base("URL").put("text", text).put("url", url));
    }

    /** A URL button whose URL ends with a parameter ({@code https://x.com/track/{{1}}}), with a full example URL. */
    public static TemplateButton url(String text, String url, String example) {
        ObjectNode json = base("URL").put("text", text).put("url", url);
        json.putArray("example").add(example);
        return new TemplateButton(json);
    }

    public static TemplateButton phoneNumber(String text, String phoneNumber) {
        return new TemplateButton(base("PHONE_NUMBER").put("text", text).put("phone_number", phoneNumber));
    }

    /** A button that copies an offer code; {@code example} is a sample code (at most 15 characters). */
    public static TemplateButton copyCode(String example) {
        return new TemplateButton(base("COPY_CODE").put("example", example));
    }

    /** AUTHENTICATION's copy-code button; {@code text} may be null to let Meta choose ("Copy code"). */
    public static TemplateButton otpCopyCode(String text) {
        return new TemplateButton(otp("COPY_CODE", text));
    }

    /** AUTHENTICATION's one-tap autofill button for the given Android apps. */
    public static TemplateButton otpOneTap(String text, String autofillText, List<SupportedApp> apps) {
        ObjectNode json = otp("ONE_TAP", text);
        if (autofillText != null) {
            json.put("autofill_text", autofillText);
        }
        supportedApps(json, apps);
        return new TemplateButton(json);
    }

    /** AUTHENTICATION's zero-tap button; Meta requires accepting its zero-tap terms. */
    public static TemplateButton otpZeroTap(String text, String autofillText, List<SupportedApp> apps,
            boolean zeroTapTermsAccepted) {
        ObjectNode json = otp("ZERO_TAP", text);
        if (autofillText != null) {
            json.put("autofill_text", autofillText);
        }
        json.put("zero_tap_terms_accepted", zeroTapTermsAccepted);
        supportedApps(json, apps);
        return new TemplateButton(json);
    }

    /** A button that opens a WhatsApp Flow; {@code flowAction} ("navigate" or "data_exchange") and {@code navigateScreen} may be null. */
    public static TemplateButton flow(String text, String flowId, String flowAction, String navigateScreen) {
        ObjectNode json = base("FLOW").put("text", text).put("flow_id", flowId);
        if (flowAction != null) {
            json.put("flow_action", flowAction);
        }
        if (navigateScreen != null) {
            json.put("navigate_screen", navigateScreen);
        }
        return new TemplateButton(json);
    }

    public static TemplateButton catalog(String text) {
        return new TemplateButton(base("CATALOG").put("text", text));
    }

    /** A multi-product message button. */
    public static TemplateButton mpm(String text) {
        return new TemplateButton(base("MPM").put("text", text));
    }

    /** A single-product (View) button: shows the catalog product of a PRODUCT header or product card. */
    public static TemplateButton spm(String text) {
        return new TemplateButton(base("SPM").put("text", text));
    }

    /** A button that calls the business on WhatsApp. */
    public static TemplateButton voiceCall(String text) {
        return new TemplateButton(base("VOICE_CALL").put("text", text));
    }

    /** A button that opens an order to review and pay ("Review and Pay"). */
    public static TemplateButton orderDetails(String text) {
        return new TemplateButton(base("ORDER_DETAILS").put("text", text));
    }

    /** A button that asks the user to share their contact card; {@code text} may be null to let Meta label it. */
    public static TemplateButton requestContactInfo(String text) {
        ObjectNode json = base("REQUEST_CONTACT_INFO");
        if (text != null) {
            json.put("text", text);
        }
        return new TemplateButton(json);
    }

    private static ObjectNode otp(String otpType, String text) {
        ObjectNode json = base("OTP").put("otp_type", otpType);
        if (text != null) {
            json.put("text", text);
        }
        return json;
    }

    private static void supportedApps(ObjectNode json, List<SupportedApp> apps) {
        ArrayNode array = json.putArray("supported_apps");
        apps.forEach(app -> array.addObject()
                .put("package_name", app.packageName())
                .put("signature_hash", app.signatureHash()));
    }

    private static ObjectNode base(String type) {
        return MetaJson.object().put("type", type);
    }
}
