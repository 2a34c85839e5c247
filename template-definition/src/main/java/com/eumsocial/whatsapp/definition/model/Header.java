package com.eumsocial.whatsapp.definition.model;

/** A HEADER component; its {@code format} decides the Java type. */
public sealed interface Header extends Component permits TextHeader, MediaHeader, LocationHeader, ProductHeader {
    HeaderFormat format();

    /** The {@code example} object, or null when absent. */
    Example example();

    @Override
    default ComponentType type() {
        return ComponentType.HEADER;
    }
}
