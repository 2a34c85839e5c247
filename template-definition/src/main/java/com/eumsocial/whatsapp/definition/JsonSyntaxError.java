package com.eumsocial.whatsapp.definition;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * How every part of the project words a JSON syntax error: the line and column, then Jackson's
 * own description. Jackson's {@code getMessage()} ends with a location whose source it redacts
 * ({@code [Source: REDACTED ...]}), which tells a reader nothing; the caller names the file.
 */
public final class JsonSyntaxError {
    private JsonSyntaxError() {
    }

    /** {@code "malformed JSON at line 2, column 13: Unexpected character ..."}. */
    public static String describe(JsonProcessingException e) {
        JsonLocation where = e.getLocation();
        String at = where == null || where.getLineNr() < 0 ? "" : " at line " + where.getLineNr() + ", column " + where.getColumnNr();
        return "malformed JSON" + at + ": " + e.getOriginalMessage();
    }
}
