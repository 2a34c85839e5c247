package com.eumsocial.whatsapp.definition.model;

/** {@code {"param_name": "first_name", "example": "Maria"}}. */
public record NamedParameterExample(String paramName, String example, ExtraFields extra) {
    public NamedParameterExample {
        extra = Lists.orNone(extra);
    }

    public NamedParameterExample(String paramName, String example) {
        this(paramName, example, ExtraFields.NONE);
    }
}
