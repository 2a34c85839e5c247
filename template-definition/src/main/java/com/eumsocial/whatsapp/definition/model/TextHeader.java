package com.eumsocial.whatsapp.definition.model;

/** {@code {"type":"HEADER","format":"TEXT","text":...,"example":{"header_text":[...]}}}. */
public record TextHeader(String text, Example example, ExtraFields extra) implements Header {
    public TextHeader {
        extra = Lists.orNone(extra);
    }

    @Override
    public HeaderFormat format() {
        return HeaderFormat.TEXT;
    }
}
