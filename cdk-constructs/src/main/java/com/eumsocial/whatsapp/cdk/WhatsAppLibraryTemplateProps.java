package com.eumsocial.whatsapp.cdk;

import com.eumsocial.whatsapp.definition.Category;
import java.util.List;
import software.amazon.awscdk.RemovalPolicy;

/** Properties of a {@link WhatsAppLibraryTemplate}. */
public final class WhatsAppLibraryTemplateProps {
    private final IWhatsAppBusinessAccount waba;
    private final String wabaId;
    private final String wabaArn;
    private final String templateName;
    private final String libraryTemplateName;
    private final Category category;
    private final String language;
    private final List<LibraryButtonInput> buttonInputs;
    private final LibraryBodyInputs bodyInputs;
    private final Boolean waitForApproval;
    private final RemovalPolicy removalPolicy;

    private WhatsAppLibraryTemplateProps(Builder b) {
        this.waba = b.waba;
        this.wabaId = b.wabaId;
        this.wabaArn = b.wabaArn;
        this.templateName = b.templateName;
        this.libraryTemplateName = b.libraryTemplateName;
        this.category = b.category;
        this.language = b.language;
        this.buttonInputs = b.buttonInputs == null ? null : List.copyOf(b.buttonInputs);
        this.bodyInputs = b.bodyInputs;
        this.waitForApproval = b.waitForApproval;
        this.removalPolicy = b.removalPolicy;
    }

    public static Builder builder() {
        return new Builder();
    }

    public IWhatsAppBusinessAccount getWaba() {
        return waba;
    }

    public String getWabaId() {
        return wabaId;
    }

    public String getWabaArn() {
        return wabaArn;
    }

    /** The name of the template created in the WABA. */
    public String getTemplateName() {
        return templateName;
    }

    /** The name of the template in Meta's library. */
    public String getLibraryTemplateName() {
        return libraryTemplateName;
    }

    public Category getCategory() {
        return category;
    }

    public String getLanguage() {
        return language;
    }

    public List<LibraryButtonInput> getButtonInputs() {
        return buttonInputs;
    }

    public LibraryBodyInputs getBodyInputs() {
        return bodyInputs;
    }

    /** Default true (see {@link WhatsAppMessageTemplateProps#getWaitForApproval()}). */
    public Boolean getWaitForApproval() {
        return waitForApproval;
    }

    /** Default RETAIN, for the reasons given in {@link WhatsAppMessageTemplateProps#getRemovalPolicy()}. */
    public RemovalPolicy getRemovalPolicy() {
        return removalPolicy;
    }

    public static final class Builder {
        private IWhatsAppBusinessAccount waba;
        private String wabaId;
        private String wabaArn;
        private String templateName;
        private String libraryTemplateName;
        private Category category;
        private String language;
        private List<LibraryButtonInput> buttonInputs;
        private LibraryBodyInputs bodyInputs;
        private Boolean waitForApproval;
        private RemovalPolicy removalPolicy;

        public Builder waba(IWhatsAppBusinessAccount waba) {
            this.waba = waba;
            return this;
        }

        public Builder wabaId(String wabaId) {
            this.wabaId = wabaId;
            return this;
        }

        public Builder wabaArn(String wabaArn) {
            this.wabaArn = wabaArn;
            return this;
        }

        public Builder templateName(String templateName) {
            this.templateName = templateName;
            return this;
        }

        public Builder libraryTemplateName(String libraryTemplateName) {
            this.libraryTemplateName = libraryTemplateName;
            return this;
        }

        public Builder category(Category category) {
            this.category = category;
            return this;
        }

        public Builder language(String language) {
            this.language = language;
            return this;
        }

        public Builder buttonInputs(List<LibraryButtonInput> buttonInputs) {
            this.buttonInputs = buttonInputs;
            return this;
        }

        public Builder buttonInputs(LibraryButtonInput... buttonInputs) {
            this.buttonInputs = List.of(buttonInputs);
            return this;
        }

        public Builder bodyInputs(LibraryBodyInputs bodyInputs) {
            this.bodyInputs = bodyInputs;
            return this;
        }

        public Builder waitForApproval(Boolean waitForApproval) {
            this.waitForApproval = waitForApproval;
            return this;
        }

        public Builder removalPolicy(RemovalPolicy removalPolicy) {
            this.removalPolicy = removalPolicy;
            return this;
        }

        public WhatsAppLibraryTemplateProps build() {
            return new WhatsAppLibraryTemplateProps(this);
        }
    }
}
