package com.eumsocial.whatsapp.definition.model;

public enum ComponentType { HEADER, BODY, FOOTER, BUTTONS }
