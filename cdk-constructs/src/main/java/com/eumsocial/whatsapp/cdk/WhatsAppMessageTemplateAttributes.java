package com.eumsocial.whatsapp.cdk;

import com.eumsocial.whatsapp.definition.Category;

/**
 * What identifies an existing template, for {@link WhatsAppMessageTemplate#fromMessageTemplateAttributes}:
 * the WABA, name and language are required; category, Meta's id and status are optional, and the
 * imported template's getters for them throw when they were not given.
 */
public final class WhatsAppMessageTemplateAttributes {
    private final String wabaId;
    private final String templateName;
    private final String language;
    private final String category;
    private final String metaTemplateId;
    private final String status;

    private WhatsAppMessageTemplateAttributes(Builder builder) {
        this.wabaId = builder.wabaId;
        this.templateName = builder.templateName;
        this.language = builder.language;
        this.category = builder.category;
        this.metaTemplateId = builder.metaTemplateId;
        this.status = builder.status;
    }

    public static Builder builder() {
        return new Builder();
    }

    public String getWabaId() {
        return wabaId;
    }

    public String getTemplateName() {
        return templateName;
    }

    public String getLanguage() {
        return language;
    }

    /** May be null. */
    public String getCategory() {
        return category;
    }

    /** May be null: senders need only the name and language. */
    public String getMetaTemplateId() {
        return metaTemplateId;
    }

    /** May be null (e.g. a value read elsewhere, such as another stack's output). */
    public String getStatus() {
        return status;
    }

    public static final class Builder {
        private String wabaId;
        private String templateName;
        private String language;
        private String category;
        private String metaTemplateId;
        private String status;

        public Builder wabaId(String wabaId) {
            this.wabaId = wabaId;
            return this;
        }

        public Builder templateName(String templateName) {
            this.templateName = templateName;
            return this;
        }

        public Builder language(String language) {
            this.language = language;
            return this;
        }

        public Builder category(Category category) {
            this.category = category == null ? null : category.name();
            return this;
        }

        public Builder metaTemplateId(String metaTemplateId) {
            this.metaTemplateId = metaTemplateId;
            return this;
        }

        public Builder status(String status) {
            this.status = status;
            return this;
        }

        /** @throws IllegalArgumentException when wabaId, templateName or language is missing */
        public WhatsAppMessageTemplateAttributes build() {
            for (String[] required : new String[][] {{"wabaId", wabaId}, {"templateName", templateName},
                    {"language", language}}) {
                if (required[1] == null || required[1].isEmpty()) {
                    throw new IllegalArgumentException("WhatsAppMessageTemplateAttributes: " + required[0] + " is required");
                }
            }
            return new WhatsAppMessageTemplateAttributes(this);
        }
    }
}
