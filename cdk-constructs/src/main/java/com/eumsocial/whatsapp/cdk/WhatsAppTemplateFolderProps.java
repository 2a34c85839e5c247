package com.eumsocial.whatsapp.cdk;

import java.nio.file.Path;
import software.amazon.awscdk.RemovalPolicy;

/** Properties of a {@link WhatsAppTemplateFolder}. */
public final class WhatsAppTemplateFolderProps {
    private final IWhatsAppBusinessAccount waba;
    private final String wabaId;
    private final String wabaArn;
    private final Path directory;
    private final Boolean waitForApproval;
    private final RemovalPolicy removalPolicy;
    private final Boolean versionedRollout;
    private final Boolean keepPrevious;
    private final String currentNameParameterPrefix;

    private WhatsAppTemplateFolderProps(Builder b) {
        this.waba = b.waba;
        this.wabaId = b.wabaId;
        this.wabaArn = b.wabaArn;
        this.directory = b.directory;
        this.waitForApproval = b.waitForApproval;
        this.removalPolicy = b.removalPolicy;
        this.versionedRollout = b.versionedRollout;
        this.keepPrevious = b.keepPrevious;
        this.currentNameParameterPrefix = b.currentNameParameterPrefix;
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

    /** The folder of definition files (read recursively; {@code *.json}, hidden entries skipped). */
    public Path getDirectory() {
        return directory;
    }

    /** For every template of the folder; default true. */
    public Boolean getWaitForApproval() {
        return waitForApproval;
    }

    /**
     * For every template of the folder; default RETAIN: deleting a file then removes the template
     * from the stack but leaves it in the WABA (see {@link WhatsAppMessageTemplateProps#getRemovalPolicy()}).
     * DESTROY makes deleting a file delete the template.
     */
    public RemovalPolicy getRemovalPolicy() {
        return removalPolicy;
    }

    /**
     * Versioned rollout for every message template of the folder (see
     * {@link WhatsAppMessageTemplateProps#getVersionedRollout()}); library templates are not versioned.
     */
    public Boolean getVersionedRollout() {
        return versionedRollout;
    }

    /** With versioned rollout: keep previous versions at Meta (see {@link WhatsAppMessageTemplateProps#getKeepPrevious()}). */
    public Boolean getKeepPrevious() {
        return keepPrevious;
    }

    /**
     * With versioned rollout: an SSM parameter per template, {@code <prefix>/<name>/<language>}, holding
     * the version in service (e.g. prefix {@code /whatsapp/templates}).
     */
    public String getCurrentNameParameterPrefix() {
        return currentNameParameterPrefix;
    }

    public static final class Builder {
        private IWhatsAppBusinessAccount waba;
        private String wabaId;
        private String wabaArn;
        private Path directory;
        private Boolean waitForApproval;
        private RemovalPolicy removalPolicy;
        private Boolean versionedRollout;
        private Boolean keepPrevious;
        private String currentNameParameterPrefix;

        /** See {@link WhatsAppTemplateFolderProps#getVersionedRollout()}. */
        public Builder versionedRollout(Boolean versionedRollout) {
            this.versionedRollout = versionedRollout;
            return this;
        }

        /** See {@link WhatsAppTemplateFolderProps#getKeepPrevious()}. */
        public Builder keepPrevious(Boolean keepPrevious) {
            this.keepPrevious = keepPrevious;
            return this;
        }

        /** See {@link WhatsAppTemplateFolderProps#getCurrentNameParameterPrefix()}. */
        public Builder currentNameParameterPrefix(String currentNameParameterPrefix) {
            this.currentNameParameterPrefix = currentNameParameterPrefix;
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

        public Builder directory(Path directory) {
            this.directory = directory;
            return this;
        }

        public Builder directory(String directory) {
            this.directory = Path.of(directory);
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

        public WhatsAppTemplateFolderProps build() {
            return new WhatsAppTemplateFolderProps(this);
        }
    }
}
