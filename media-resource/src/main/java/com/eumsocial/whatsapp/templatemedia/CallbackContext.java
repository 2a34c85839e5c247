package com.eumsocial.whatsapp.templatemedia;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * TemplateMedia finishes every operation in one invocation (one upload, or no call at all), so
 * there is nothing to carry between invocations; the type exists because the wrapper needs one.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class CallbackContext {
    @Override
    public boolean equals(Object o) {
        return o instanceof CallbackContext;
    }

    @Override
    public int hashCode() {
        return CallbackContext.class.hashCode();
    }
}
