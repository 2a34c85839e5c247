package com.eumsocial.whatsapp.definition.model;

public enum HeaderFormat {
    TEXT, IMAGE, VIDEO, DOCUMENT, LOCATION;

    public boolean isMedia() {
        return this == IMAGE || this == VIDEO || this == DOCUMENT;
    }
}
