package com.eumsocial.whatsapp.runner.validate;

/**
 * One problem found by {@code validate}, placed in the file a person edits.
 *
 * @param file    the file, relative to the working directory when it lies below it
 * @param line    1-based line of the offending JSON value (1 when the file as a whole is at fault)
 * @param column  1-based column of that value
 * @param pointer RFC 6901 pointer to the value inside the file ("" for the whole file)
 * @param rule    the rule id (template-definition's {@code Rule} ids, {@code one-owner}, {@code media-file}, ...)
 * @param message what is wrong and how to fix it
 */
public record Finding(String file, int line, int column, String pointer, String rule, String message) {
}
