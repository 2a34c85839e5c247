package com.eumsocial.whatsapp.cdk;

import software.amazon.awscdk.IResource;

/** Header media uploaded to Meta: the handle goes in a HEADER component's {@code example.header_handle}. */
public interface IWhatsAppTemplateMedia extends IResource {

    /** The {@code 4::...} handle ({@code Fn::GetAtt MetaHeaderHandle} for media uploaded by the app). */
    String getMetaHeaderHandle();
}
