package com.eumsocial.whatsapp.cdk;

/**
 * The attribute getters of the template constructs, written once here rather than in the classes.
 *
 * <p>Why an interface: the jsii runtime registers every non-private method declared in a Java
 * subclass of a CDK class as an override, for every instance it creates, and an app may declare
 * hundreds of templates. Methods inherited from an interface are not registered, so the classes
 * keep a single hook, {@link #attributeValues()}, and synthesis stays close to bare
 * {@code CfnResource}s (see the synth benchmark in README.md).
 */
interface DeclaredTemplateAttributes extends IWhatsAppMessageTemplate {

    /** Internal hook behind the getters. */
    TemplateAttributeValues attributeValues();

    @Override
    default String getWabaId() {
        return attributeValues().wabaId();
    }

    @Override
    default String getTemplateName() {
        return attributeValues().templateName();
    }

    @Override
    default String getLanguage() {
        return attributeValues().language();
    }

    @Override
    default String getCategory() {
        return attributeValues().category();
    }

    /** {@code Fn::GetAtt MetaTemplateId}. */
    @Override
    default String getMetaTemplateId() {
        return attributeValues().metaTemplateId();
    }

    /**
     * {@code Fn::GetAtt Status}: Meta's review status once the deployment finished (APPROVED when
     * waiting for approval).
     */
    @Override
    default String getStatus() {
        return attributeValues().status();
    }
}
