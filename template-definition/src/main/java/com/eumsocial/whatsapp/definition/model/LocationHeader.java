package com.eumsocial.whatsapp.definition.model;

/** LOCATION header: the location itself is supplied when a message is sent. */
public record LocationHeader(Example example, ExtraFields extra) implements Header {
    public LocationHeader {
        extra = Lists.orNone(extra);
    }

    @Override
    public HeaderFormat format() {
        return HeaderFormat.LOCATION;
    }
}
