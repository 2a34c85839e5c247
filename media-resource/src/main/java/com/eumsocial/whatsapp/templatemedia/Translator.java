package com.eumsocial.whatsapp.templatemedia;

import com.eumsocial.whatsapp.commons.WabaReference;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.socialmessaging.model.CreateWhatsAppMessageTemplateMediaRequest;
import software.amazon.awssdk.services.socialmessaging.model.S3File;

/** Pure translations between the TemplateMedia model and the service's requests and responses. */
final class Translator {
    /**
     * The shape of a handle from Meta's resumable upload: "4::" then opaque text. Only the prefix
     * is known (domain.md); the rest is Meta's business, so anything non-blank is accepted.
     */
    private static final Pattern HANDLE = Pattern.compile("^4::\\S+$");

    private Translator() {
    }

    static CreateWhatsAppMessageTemplateMediaRequest toCreateRequest(WabaReference waba, ResourceModel model) {
        return CreateWhatsAppMessageTemplateMediaRequest.builder()
            .id(waba.id())
            .sourceS3File(S3File.builder().bucketName(model.getSourceS3Bucket()).key(model.getSourceS3Key()).build())
            .build();
    }

    /** The created resource: the request's properties plus the handle Meta gave the upload. */
    static ResourceModel toCreatedModel(ResourceModel desired, String metaHeaderHandle) {
        return desired.toBuilder().metaHeaderHandle(metaHeaderHandle).build();
    }

    static boolean isHandle(String value) {
        return value != null && HANDLE.matcher(value).matches();
    }
}
