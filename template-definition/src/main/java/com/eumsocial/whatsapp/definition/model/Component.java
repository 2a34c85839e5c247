package com.eumsocial.whatsapp.definition.model;

/** One entry of a template's {@code components} array (or of a carousel card's). */
public sealed interface Component permits Header, Body, Footer, Buttons, Carousel, LimitedTimeOffer,
        CallPermissionRequest {
    /** Meta's {@code type} value. */
    ComponentType type();

    /** Fields of the component object that the model does not know. */
    ExtraFields extra();
}
