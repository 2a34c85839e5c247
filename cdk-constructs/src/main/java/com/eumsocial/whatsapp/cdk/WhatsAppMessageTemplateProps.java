package com.eumsocial.whatsapp.cdk;

import com.eumsocial.whatsapp.definition.Category;
import com.eumsocial.whatsapp.definition.ParameterFormat;
import java.util.List;
import software.amazon.awscdk.RemovalPolicy;

/**
 * Properties of a {@link WhatsAppMessageTemplate}: either typed components or a whole definition
 * in Meta's JSON ({@link #getDefinition()}).
 */
public final class WhatsAppMessageTemplateProps {
    private final IWhatsAppBusinessAccount waba;
    private final String wabaId;
    private final String wabaArn;
    private final String templateName;
    private final String language;
    private final Category category;
    private final ParameterFormat parameterFormat;
    private final List<TemplateComponent> components;
    private final TemplateDefinitionSource definition;
    private final Boolean waitForApproval;
    private final RemovalPolicy removalPolicy;
    private final Integer messageSendTtlSeconds;
    private final Boolean ctaUrlLinkTrackingOptedOut;
    private final Boolean allowCategoryChange;
    private final Boolean versionedRollout;
    private final Boolean keepPrevious;
    private final String currentNameParameter;

    private WhatsAppMessageTemplateProps(Builder b) {
        this.messageSendTtlSeconds = b.messageSendTtlSeconds;
        this.ctaUrlLinkTrackingOptedOut = b.ctaUrlLinkTrackingOptedOut;
        this.allowCategoryChange = b.allowCategoryChange;
        this.waba = b.waba;
        this.wabaId = b.wabaId;
        this.wabaArn = b.wabaArn;
        this.templateName = b.templateName;
        this.language = b.language;
        this.category = b.category;
        this.parameterFormat = b.parameterFormat;
        this.components = b.components == null ? null : List.copyOf(b.components);
        this.definition = b.definition;
        this.waitForApproval = b.waitForApproval;
        this.removalPolicy = b.removalPolicy;
        this.versionedRollout = b.versionedRollout;
        this.keepPrevious = b.keepPrevious;
        this.currentNameParameter = b.currentNameParameter;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The WABA as an imported account (give exactly one of waba, wabaId, wabaArn). */
    public IWhatsAppBusinessAccount getWaba() {
        return waba;
    }

    /** The WABA by id, {@code waba-...}. */
    public String getWabaId() {
        return wabaId;
    }

    /** The WABA by ARN. */
    public String getWabaArn() {
        return wabaArn;
    }

    /** Lowercase letters, digits and underscores. With a definition: overrides its {@code name}. */
    public String getTemplateName() {
        return templateName;
    }

    /** e.g. {@code en_US}. With a definition: overrides its {@code language}. */
    public String getLanguage() {
        return language;
    }

    /** With a definition: overrides its {@code category}. */
    public Category getCategory() {
        return category;
    }

    /** Default: positional ({@code {{1}}}). With a definition: overrides its {@code parameter_format}. */
    public ParameterFormat getParameterFormat() {
        return parameterFormat;
    }

    /** Typed components; not allowed together with a definition. */
    public List<TemplateComponent> getComponents() {
        return components;
    }

    /** A whole definition in Meta's JSON, from a file or a string. */
    public TemplateDefinitionSource getDefinition() {
        return definition;
    }

    /** Default true: the deployment waits until Meta approves the template and fails if Meta rejects it. */
    public Boolean getWaitForApproval() {
        return waitForApproval;
    }

    /**
     * Default {@link RemovalPolicy#RETAIN}: removing the template from the app (or deleting the
     * stack) leaves it in the WABA, because deleting an APPROVED template blocks its name for 30
     * days and breaks every sender still using it. Use DESTROY to delete it from the WABA too.
     */
    public RemovalPolicy getRemovalPolicy() {
        return removalPolicy;
    }

    /**
     * Meta's {@code message_send_ttl_seconds} (AUTHENTICATION 30-900 or -1, UTILITY 30-43200 or -1,
     * MARKETING 43200-2592000); overrides the definition's. A change replaces the template.
     */
    public Integer getMessageSendTtlSeconds() {
        return messageSendTtlSeconds;
    }

    /** Meta's {@code cta_url_link_tracking_opted_out}; overrides the definition's. A change replaces the template. */
    public Boolean getCtaUrlLinkTrackingOptedOut() {
        return ctaUrlLinkTrackingOptedOut;
    }

    /** Meta's {@code allow_category_change}, sent with the create call; overrides the definition's. */
    public Boolean getAllowCategoryChange() {
        return allowCategoryChange;
    }

    /**
     * Versioned rollout (default false): the template is created at Meta under
     * {@code <templateName>_v<8 hex digits of its content>} (template-definition's
     * {@code VersionedTemplateName}), so a changed definition is a new template, reviewed while the
     * old one stays sendable, instead of an in-place edit; the stack output {@code CurrentName}
     * (and {@link #getCurrentNameParameter()}) names the version in service.
     */
    public Boolean getVersionedRollout() {
        return versionedRollout;
    }

    /**
     * With versioned rollout: keep the previous version at Meta after a new one is approved
     * ({@code UpdateReplacePolicy: Retain}). Default false: CloudFormation deletes it in the
     * clean-up after the whole update succeeded.
     */
    public Boolean getKeepPrevious() {
        return keepPrevious;
    }

    /**
     * With versioned rollout: the name of an SSM parameter ({@code /whatsapp/templates/order_shipped/en_US})
     * that holds the version in service, written after that version is APPROVED; sending code reads it.
     */
    public String getCurrentNameParameter() {
        return currentNameParameter;
    }

    public static final class Builder {
        private Integer messageSendTtlSeconds;
        private Boolean ctaUrlLinkTrackingOptedOut;
        private Boolean allowCategoryChange;

        public Builder messageSendTtlSeconds(Integer messageSendTtlSeconds) {
            this.messageSendTtlSeconds = messageSendTtlSeconds;
            return this;
        }

        public Builder ctaUrlLinkTrackingOptedOut(Boolean ctaUrlLinkTrackingOptedOut) {
            this.ctaUrlLinkTrackingOptedOut = ctaUrlLinkTrackingOptedOut;
            return this;
        }

        public Builder allowCategoryChange(Boolean allowCategoryChange) {
            this.allowCategoryChange = allowCategoryChange;
            return this;
        }

        private IWhatsAppBusinessAccount waba;
        private String wabaId;
        private String wabaArn;
        private String templateName;
        private String language;
        private Category category;
        private ParameterFormat parameterFormat;
        private List<TemplateComponent> components;
        private TemplateDefinitionSource definition;
        private Boolean waitForApproval;
        private RemovalPolicy removalPolicy;
        private Boolean versionedRollout;
        private Boolean keepPrevious;
        private String currentNameParameter;

        /** See {@link WhatsAppMessageTemplateProps#getVersionedRollout()}. */
        public Builder versionedRollout(Boolean versionedRollout) {
            this.versionedRollout = versionedRollout;
            return this;
        }

        /** See {@link WhatsAppMessageTemplateProps#getKeepPrevious()}. */
        public Builder keepPrevious(Boolean keepPrevious) {
            this.keepPrevious = keepPrevious;
            return this;
        }

        /** See {@link WhatsAppMessageTemplateProps#getCurrentNameParameter()}. */
        public Builder currentNameParameter(String currentNameParameter) {
            this.currentNameParameter = currentNameParameter;
            return this;
        }

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

        public Builder language(String language) {
            this.language = language;
            return this;
        }

        public Builder category(Category category) {
            this.category = category;
            return this;
        }

        public Builder parameterFormat(ParameterFormat parameterFormat) {
            this.parameterFormat = parameterFormat;
            return this;
        }

        public Builder components(List<TemplateComponent> components) {
            this.components = components;
            return this;
        }

        public Builder components(TemplateComponent... components) {
            this.components = List.of(components);
            return this;
        }

        public Builder definition(TemplateDefinitionSource definition) {
            this.definition = definition;
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

        public WhatsAppMessageTemplateProps build() {
            return new WhatsAppMessageTemplateProps(this);
        }
    }
}
