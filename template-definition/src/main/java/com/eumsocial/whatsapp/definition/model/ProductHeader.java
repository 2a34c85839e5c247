package com.eumsocial.whatsapp.definition.model;

/**
 * PRODUCT header of a single-product (SPM) template or of a product-card carousel card: the
 * product (image, title, price) comes from the catalog when the message is sent, so the
 * template gives no sample.
 */
public record ProductHeader(Example example, ExtraFields extra) implements Header {
    public ProductHeader {
        extra = Lists.orNone(extra);
    }

    @Override
    public HeaderFormat format() {
        return HeaderFormat.PRODUCT;
    }
}
