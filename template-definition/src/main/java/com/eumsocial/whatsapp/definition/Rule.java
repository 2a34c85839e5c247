package com.eumsocial.whatsapp.definition;

/** Catalogue of every check, with its stable id. */
public enum Rule {
    JSON_SYNTAX("json-syntax", "the text is well-formed JSON");

    private final String id;
    private final String description;

    Rule(String id, String description) {
        this.id = id;
        this.description = description;
    }

    public String id() {
        return id;
    }

    public String description() {
        return description;
    }
}
