package com.eumsocial.whatsapp.cdk;

/** Properties of a {@link WhatsAppTemplateMedia}. */
public final class WhatsAppTemplateMediaProps {
    private final IWhatsAppBusinessAccount waba;
    private final String wabaId;
    private final String wabaArn;
    private final TemplateMediaSource source;

    private WhatsAppTemplateMediaProps(Builder b) {
        this.waba = b.waba;
        this.wabaId = b.wabaId;
        this.wabaArn = b.wabaArn;
        this.source = b.source;
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

    public TemplateMediaSource getSource() {
        return source;
    }

    public static final class Builder {
        private IWhatsAppBusinessAccount waba;
        private String wabaId;
        private String wabaArn;
        private TemplateMediaSource source;

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

        public Builder source(TemplateMediaSource source) {
            this.source = source;
            return this;
        }

        public WhatsAppTemplateMediaProps build() {
            return new WhatsAppTemplateMediaProps(this);
        }
    }
}
