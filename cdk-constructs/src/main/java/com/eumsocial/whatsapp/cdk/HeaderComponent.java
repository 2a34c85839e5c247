package com.eumsocial.whatsapp.cdk;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * HEADER components: text (with at most one parameter), media (image, video, document, GIF),
 * location, or product (single-product templates and product-card carousel cards).
 */
public final class HeaderComponent {
    private HeaderComponent() {
    }

    /** A text header without parameters. */
    public static TemplateComponent text(String text) {
        return new TemplateComponent.JsonComponent(base("TEXT").put("text", text));
    }

    /** A text header with one positional parameter ({@code {{1}}}) and its example value. */
    public static TemplateComponent text(String text, String example) {
        ObjectNode json = base("TEXT").put("text", text);
        json.putObject("example").putArray("header_text").add(example);
        return new TemplateComponent.JsonComponent(json);
    }

    /** A text header with one named parameter ({@code {{param_name}}}) and its example value. */
    public static TemplateComponent textNamed(String text, String paramName, String example) {
        ObjectNode json = base("TEXT").put("text", text);
        json.putObject("example").putArray("header_text_named_params").addObject()
                .put("param_name", paramName).put("example", example);
        return new TemplateComponent.JsonComponent(json);
    }

    /** An image header whose sample is the uploaded media (the template then deploys after the upload). */
    public static TemplateComponent image(IWhatsAppTemplateMedia media) {
        return media("IMAGE", media);
    }

    /** An image header whose sample is an existing media handle ({@code 4::...}). */
    public static TemplateComponent image(String headerHandle) {
        return media("IMAGE", headerHandle);
    }

    public static TemplateComponent video(IWhatsAppTemplateMedia media) {
        return media("VIDEO", media);
    }

    public static TemplateComponent video(String headerHandle) {
        return media("VIDEO", headerHandle);
    }

    public static TemplateComponent document(IWhatsAppTemplateMedia media) {
        return media("DOCUMENT", media);
    }

    public static TemplateComponent document(String headerHandle) {
        return media("DOCUMENT", headerHandle);
    }

    /** A GIF header (MARKETING templates): Meta plays it from an MP4 upload. */
    public static TemplateComponent gif(IWhatsAppTemplateMedia media) {
        return media("GIF", media);
    }

    public static TemplateComponent gif(String headerHandle) {
        return media("GIF", headerHandle);
    }

    /** A product header: the catalog product is chosen when the message is sent (pair it with an SPM button). */
    public static TemplateComponent product() {
        return new TemplateComponent.JsonComponent(base("PRODUCT"));
    }

    /** A location header: the location itself is sent with each message, so it has no example. */
    public static TemplateComponent location() {
        return new TemplateComponent.JsonComponent(base("LOCATION"));
    }

    /** @throws IllegalArgumentException when the media's file type does not suit the header (e.g. a PDF as IMAGE) */
    private static TemplateComponent media(String format, IWhatsAppTemplateMedia media) {
        if (media instanceof WhatsAppTemplateMedia uploaded) {
            String problem = MediaFormats.problem(format, uploaded.sourceName);
            if (problem != null) {
                throw new IllegalArgumentException(uploaded.getNode().getPath() + ": " + problem);
            }
        }
        return media(format, media.getMetaHeaderHandle());
    }

    private static TemplateComponent media(String format, String headerHandle) {
        ObjectNode json = base(format);
        json.putObject("example").putArray("header_handle").add(headerHandle);
        return new TemplateComponent.JsonComponent(json);
    }

    private static ObjectNode base(String format) {
        return MetaJson.object().put("type", "HEADER").put("format", format);
    }
}
