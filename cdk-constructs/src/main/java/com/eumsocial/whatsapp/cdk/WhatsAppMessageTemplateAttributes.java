package com.eumsocial.whatsapp.cdk;

/** What identifies an existing template, for {@link WhatsAppMessageTemplate#fromMessageTemplateAttributes}. */
public final class WhatsAppMessageTemplateAttributes {
    private final String wabaId;
    private final String templateName;
    private final String language;
    private final String metaTemplateId;

    private WhatsAppMessageTemplateAttributes(Builder builder) {
        this.wabaId = builder.wabaId;
        this.templateName = builder.templateName;
        this.language = builder.language;
        this.metaTemplateId = builder.metaTemplateId;
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

    /** May be null: senders need only the name and language. */
    public String getMetaTemplateId() {
        return metaTemplateId;
    }

    public static final class Builder {
        private String wabaId;
        private String templateName;
        private String language;
        private String metaTemplateId;

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

        public Builder metaTemplateId(String metaTemplateId) {
            this.metaTemplateId = metaTemplateId;
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
