package com.eumsocial.whatsapp.definition.model;

import java.util.List;

/**
 * OTP button of an AUTHENTICATION template. {@code otpType} is null when absent (a rule
 * reports it); {@code supportedApps} is null when absent.
 */
public record OtpButton(OtpType otpType, String text, String autofillText, Boolean zeroTapTermsAccepted,
                        List<SupportedApp> supportedApps, ExtraFields extra) implements Button {
    public OtpButton {
        supportedApps = Lists.copyOrNull(supportedApps);
        extra = Lists.orNone(extra);
    }

    @Override
    public ButtonType type() {
        return ButtonType.OTP;
    }
}
