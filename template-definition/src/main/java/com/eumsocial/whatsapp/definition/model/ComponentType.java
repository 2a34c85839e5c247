package com.eumsocial.whatsapp.definition.model;

public enum ComponentType { HEADER, BODY, FOOTER, BUTTONS, CAROUSEL, LIMITED_TIME_OFFER, CALL_PERMISSION_REQUEST }
