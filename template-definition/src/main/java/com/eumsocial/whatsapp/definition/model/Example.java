package com.eumsocial.whatsapp.definition.model;

import java.util.List;

/**
 * A component's {@code example} object. Each list is null when its key is absent, so an
 * empty list the user wrote survives a round trip.
 *
 * @param headerText            {@code header_text}: one value for the header's positional parameter
 * @param headerTextNamedParams {@code header_text_named_params}
 * @param headerHandle          {@code header_handle}: media handles ("4::...") from Meta's upload
 * @param bodyText              {@code body_text}: rows of values, one per positional parameter
 * @param bodyTextNamedParams   {@code body_text_named_params}
 */
public record Example(List<String> headerText,
                      List<NamedParameterExample> headerTextNamedParams,
                      List<String> headerHandle,
                      List<List<String>> bodyText,
                      List<NamedParameterExample> bodyTextNamedParams,
                      ExtraFields extra) {
    public Example {
        headerText = Lists.copyOrNull(headerText);
        headerTextNamedParams = Lists.copyOrNull(headerTextNamedParams);
        headerHandle = Lists.copyOrNull(headerHandle);
        bodyText = Lists.copyNestedOrNull(bodyText);
        bodyTextNamedParams = Lists.copyOrNull(bodyTextNamedParams);
        extra = Lists.orNone(extra);
    }

    public static Example ofBodyText(List<String> values) {
        return new Example(null, null, null, List.of(values), null, null);
    }

    public static Example ofBodyNamed(List<NamedParameterExample> values) {
        return new Example(null, null, null, null, values, null);
    }

    public static Example ofHeaderText(String value) {
        return new Example(List.of(value), null, null, null, null, null);
    }

    public static Example ofHeaderNamed(NamedParameterExample value) {
        return new Example(null, List.of(value), null, null, null, null);
    }

    public static Example ofHeaderHandle(String handle) {
        return new Example(null, null, List.of(handle), null, null, null);
    }
}
