package com.eumsocial.whatsapp.definition.model;

public enum OtpType { COPY_CODE, ONE_TAP, ZERO_TAP }
