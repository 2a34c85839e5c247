package com.eumsocial.whatsapp.cdk;

import software.amazon.awscdk.CfnResource;
import software.amazon.awscdk.Token;

/** The attributes of a template declared in the app; the GetAtt tokens are made on first use. */
final class TemplateAttributeValues {
    private final String wabaId;
    private final String templateName;
    private final String language;
    private final String category;
    private final CfnResource resource;
    private String metaTemplateId;
    private String status;

    TemplateAttributeValues(String wabaId, String templateName, String language, String category, CfnResource resource) {
        this.wabaId = wabaId;
        this.templateName = templateName;
        this.language = language;
        this.category = category;
        this.resource = resource;
    }

    String wabaId() {
        return wabaId;
    }

    String templateName() {
        return templateName;
    }

    String language() {
        return language;
    }

    String category() {
        return category;
    }

    synchronized String metaTemplateId() {
        if (metaTemplateId == null) {
            metaTemplateId = Token.asString(resource.getAtt("MetaTemplateId"));
        }
        return metaTemplateId;
    }

    synchronized String status() {
        if (status == null) {
            status = Token.asString(resource.getAtt("Status"));
        }
        return status;
    }
}
