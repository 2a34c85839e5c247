package com.eumsocial.whatsapp.definition.model;

public enum HeaderFormat {
    TEXT, IMAGE, VIDEO, DOCUMENT, GIF, LOCATION, PRODUCT;

    /** Formats whose sample is a media handle in {@code example.header_handle}. */
    public boolean isMedia() {
        return this == IMAGE || this == VIDEO || this == DOCUMENT || this == GIF;
    }
}
