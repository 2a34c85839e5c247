package com.eumsocial.whatsapp.cdk;

import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awscdk.CfnResource;
import software.amazon.awscdk.CfnResourceProps;
import software.amazon.awscdk.Resource;
import software.amazon.awscdk.Token;
import software.amazon.awscdk.services.s3.assets.Asset;
import software.amazon.awscdk.services.s3.assets.AssetProps;
import software.constructs.Construct;

/**
 * Header media for templates ({@code EUMSocial::WhatsApp::TemplateMedia}): uploads an S3 object
 * (or a local file, published as an asset) to Meta and exposes the handle. Put it in a header
 * with {@link HeaderComponent#image(IWhatsAppTemplateMedia)}: the template references the handle
 * with {@code Fn::GetAtt}, so CloudFormation uploads the media first.
 *
 * <p>The service cannot delete a handle, so removing this resource deletes nothing at Meta.
 */
public class WhatsAppTemplateMedia extends Resource implements IWhatsAppTemplateMedia {

    public static final String RESOURCE_TYPE = "EUMSocial::WhatsApp::TemplateMedia";

    /** Resource metadata naming the uploaded file (or object key), e.g. {@code "banner.png"}. */
    public static final String SOURCE_METADATA = "EUMSocial:MediaSource";

    /** Uses a handle obtained elsewhere (for example by an earlier upload). */
    public static IWhatsAppTemplateMedia fromMetaHeaderHandle(Construct scope, String id, String metaHeaderHandle) {
        if (metaHeaderHandle == null || (!Tokens.isToken(metaHeaderHandle) && !metaHeaderHandle.startsWith("4::"))) {
            throw new IllegalArgumentException(scope.getNode().getPath() + "/" + id + ": metaHeaderHandle '"
                    + metaHeaderHandle + "' is not a media handle (expected 4::...)");
        }
        return new Imported(scope, id, metaHeaderHandle);
    }

    private final CfnResource resource;
    private final Asset asset;
    /** The file name or object key, to check it suits the header it is used in (a field: see DeclaredTemplateAttributes). */
    final String sourceName;
    private String metaHeaderHandle;

    public WhatsAppTemplateMedia(Construct scope, String id, WhatsAppTemplateMediaProps props) {
        this(scope, id, WabaReference.of(props.getWaba(), props.getWabaId(), props.getWabaArn(),
                () -> scope.getNode().getPath() + "/" + id + ": WhatsAppTemplateMediaProps"), props.getSource());
    }

    WhatsAppTemplateMedia(Construct scope, String id, WabaReference waba, TemplateMediaSource source) {
        super(scope, id);
        if (source == null) {
            throw new IllegalArgumentException(getNode().getPath() + ": WhatsAppTemplateMediaProps.source is required");
        }
        String bucketName;
        String key;
        this.sourceName = source.file() != null ? source.file().getFileName().toString() : source.key();
        if (source.file() != null) {
            this.asset = new Asset(this, "Asset", AssetProps.builder().path(source.file().toString()).build());
            bucketName = asset.getS3BucketName();
            key = asset.getS3ObjectKey();
        } else {
            this.asset = null;
            bucketName = source.bucket() != null ? source.bucket().getBucketName() : source.bucketName();
            key = source.key();
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("WabaId", waba.propertyValue());
        properties.put("SourceS3Bucket", bucketName);
        properties.put("SourceS3Key", key);
        this.resource = new CfnResource(this, "Resource", CfnResourceProps.builder()
                .type(RESOURCE_TYPE)
                .properties(properties)
                .build());
        // The asset's S3 key is a hash: tools that list the deployment (the local runner) show this name instead.
        resource.addMetadata(SOURCE_METADATA, sourceName);
        TypeRegistrations.dependOnRegistration(this);
        MediaFingerprints.register(getMetaHeaderHandle(), source.file() != null ? MediaFingerprints.ofFile(source.file())
                : "s3://" + bucketName + "/" + key);
    }

    /** {@code Fn::GetAtt MetaHeaderHandle}. */
    @Override
    public String getMetaHeaderHandle() {
        if (metaHeaderHandle == null) {
            metaHeaderHandle = Token.asString(resource.getAtt("MetaHeaderHandle"));
        }
        return metaHeaderHandle;
    }

    /** The asset when the media came from a local file, else null (e.g. to grant a reader). */
    public Asset getAsset() {
        return asset;
    }

    private static final class Imported extends Resource implements IWhatsAppTemplateMedia {
        private final String handle;

        Imported(Construct scope, String id, String handle) {
            super(scope, id);
            this.handle = handle;
        }

        @Override
        public String getMetaHeaderHandle() {
            return handle;
        }
    }
}
