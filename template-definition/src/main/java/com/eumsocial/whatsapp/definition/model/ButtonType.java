package com.eumsocial.whatsapp.definition.model;

public enum ButtonType {
    QUICK_REPLY, URL, PHONE_NUMBER, COPY_CODE, OTP, FLOW, CATALOG, MPM, SPM, VOICE_CALL, ORDER_DETAILS,
    REQUEST_CONTACT_INFO
}
