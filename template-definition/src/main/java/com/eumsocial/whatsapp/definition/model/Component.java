package com.eumsocial.whatsapp.definition.model;

/** One entry of a template's {@code components} array. */
public sealed interface Component permits Header, Body, Footer, Buttons {
    /** Meta's {@code type} value: HEADER, BODY, FOOTER or BUTTONS. */
    ComponentType type();

    /** Fields of the component object that the model does not know. */
    ExtraFields extra();
}
