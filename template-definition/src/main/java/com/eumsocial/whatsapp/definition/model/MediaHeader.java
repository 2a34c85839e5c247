package com.eumsocial.whatsapp.definition.model;

import java.util.Objects;

/** IMAGE, VIDEO or DOCUMENT header; the media is referenced by {@code example.header_handle}. */
public record MediaHeader(HeaderFormat format, Example example, ExtraFields extra) implements Header {
    public MediaHeader {
        Objects.requireNonNull(format, "format");
        if (!format.isMedia()) {
            throw new IllegalArgumentException("not a media header format: " + format);
        }
        extra = Lists.orNone(extra);
    }
}
