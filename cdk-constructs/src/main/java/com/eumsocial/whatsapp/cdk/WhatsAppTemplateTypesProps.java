package com.eumsocial.whatsapp.cdk;

import java.nio.file.Path;
import software.amazon.awscdk.services.logs.RetentionDays;

/**
 * Properties of {@link WhatsAppTemplateTypes}. Each package defaults to the zip its module builds
 * ({@code mvn package}) in the nearest folder, from the working directory upward, that holds the
 * module's folder:
 * {@code template-resource/target/eumsocial-whatsapp-messagetemplate.zip},
 * {@code library-template-resource/target/eumsocial-whatsapp-librarytemplate.zip},
 * {@code media-resource/target/eumsocial-whatsapp-templatemedia.zip}.
 */
public final class WhatsAppTemplateTypesProps {
    private final Path messageTemplatePackage;
    private final Path libraryTemplatePackage;
    private final Path templateMediaPackage;
    private final Path searchFrom;
    private final RetentionDays logRetention;

    private WhatsAppTemplateTypesProps(Builder b) {
        this.messageTemplatePackage = b.messageTemplatePackage;
        this.libraryTemplatePackage = b.libraryTemplatePackage;
        this.templateMediaPackage = b.templateMediaPackage;
        this.searchFrom = b.searchFrom;
        this.logRetention = b.logRetention;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Path getMessageTemplatePackage() {
        return messageTemplatePackage;
    }

    public Path getLibraryTemplatePackage() {
        return libraryTemplatePackage;
    }

    public Path getTemplateMediaPackage() {
        return templateMediaPackage;
    }

    /** Where the search for default packages starts; default: the working directory. */
    public Path getSearchFrom() {
        return searchFrom;
    }

    /** How long handler logs are kept; default one month. */
    public RetentionDays getLogRetention() {
        return logRetention;
    }

    public static final class Builder {
        private Path messageTemplatePackage;
        private Path libraryTemplatePackage;
        private Path templateMediaPackage;
        private Path searchFrom;
        private RetentionDays logRetention;

        public Builder messageTemplatePackage(Path zip) {
            this.messageTemplatePackage = zip;
            return this;
        }

        public Builder libraryTemplatePackage(Path zip) {
            this.libraryTemplatePackage = zip;
            return this;
        }

        public Builder templateMediaPackage(Path zip) {
            this.templateMediaPackage = zip;
            return this;
        }

        public Builder searchFrom(Path directory) {
            this.searchFrom = directory;
            return this;
        }

        public Builder logRetention(RetentionDays logRetention) {
            this.logRetention = logRetention;
            return this;
        }

        public WhatsAppTemplateTypesProps build() {
            return new WhatsAppTemplateTypesProps(this);
        }
    }
}
