package com.eumsocial.whatsapp.definition.model;

import java.util.List;

/** Immutable copies that keep "absent" (null) apart from "present but empty". */
final class Lists {
    private Lists() {
    }

    static <T> List<T> copyOrNull(List<T> list) {
        return list == null ? null : List.copyOf(list);
    }

    static <T> List<List<T>> copyNestedOrNull(List<List<T>> rows) {
        return rows == null ? null : rows.stream().map(List::copyOf).toList();
    }

    static ExtraFields orNone(ExtraFields extra) {
        return extra == null ? ExtraFields.NONE : extra;
    }
}
