package com.eumsocial.whatsapp.runner.export;

import com.eumsocial.whatsapp.commons.MetaTemplate;
import com.eumsocial.whatsapp.definition.CanonicalForm;
import com.eumsocial.whatsapp.definition.TemplateSettings;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import software.amazon.awssdk.services.socialmessaging.SocialMessagingClient;
import software.amazon.awssdk.services.socialmessaging.model.GetWhatsAppMessageTemplateRequest;
import software.amazon.awssdk.services.socialmessaging.model.ListWhatsAppMessageTemplatesRequest;
import software.amazon.awssdk.services.socialmessaging.model.ListWhatsAppMessageTemplatesResponse;
import software.amazon.awssdk.services.socialmessaging.model.TemplateSummary;

/**
 * Writes the templates of an existing WABA as Meta-format definition files, one per template,
 * named {@code <name>.<language>.json}: the layout {@code WhatsAppTemplateFolder} (cdk-constructs)
 * and {@code deploy <folder>} load, in the form that deploys back with no change:
 * <ul>
 * <li>the fields Meta adds on read (id, status, quality_score, rejected_reason, rejection_info,
 *     sub_category, previous_category) are left out; the template-level settings
 *     (message_send_ttl_seconds, cta_url_link_tracking_opted_out) and every kind of component are kept;</li>
 * <li>AUTHENTICATION templates lose the texts Meta writes (body text and example, footer text):
 *     what remains is what a definition declares;</li>
 * <li>templates made from Meta's library keep the link: {@code name, language, category,
 *     library_template_name} (a LibraryTemplate when deployed, adopted as it is);</li>
 * <li>media header samples come back from Meta as CDN URLs, not re-usable handles: they are written
 *     as they are, which adopts the existing template; creating it anew (another WABA) needs the
 *     media: replace the URL with {@code "file:<image or video>"} (see {@link #notes(List)}).</li>
 * </ul>
 * Deleted templates are skipped; REJECTED ones are written (a deploy adopts them, or edits them
 * when the file was fixed).
 */
public final class TemplateExporter {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LIBRARY_LINK = "library_template_name";

    private TemplateExporter() {
    }

    /** Exports every live template of {@code wabaId} into {@code outDir}; returns the files written. */
    public static List<Path> export(SocialMessagingClient client, String wabaId, Path outDir) {
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(outDir);
            String token = null;
            do {
                ListWhatsAppMessageTemplatesResponse page = client.listWhatsAppMessageTemplates(
                    ListWhatsAppMessageTemplatesRequest.builder().id(wabaId).nextToken(token).build());
                for (TemplateSummary summary : page.templates()) {
                    if (MetaTemplate.isGoneStatus(summary.templateStatus())) {
                        continue;
                    }
                    String json = client.getWhatsAppMessageTemplate(GetWhatsAppMessageTemplateRequest.builder().id(wabaId)
                        .metaTemplateId(summary.metaTemplateId()).build()).template();
                    ObjectNode definition = definition(JSON.readTree(json));
                    Path file = outDir.resolve(fileName(definition));
                    Files.writeString(file, pretty(definition), StandardCharsets.UTF_8);
                    written.add(file);
                }
                token = page.nextToken() == null || page.nextToken().isEmpty() ? null : page.nextToken();
            } while (token != null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + outDir + ": " + e.getMessage(), e);
        }
        return written;
    }

    /** What the user must know about exported files (CDN URL samples, rejected templates), one line each. */
    public static List<String> notes(List<Path> files) {
        List<String> notes = new ArrayList<>();
        for (Path file : files) {
            try {
                JsonNode json = JSON.readTree(file.toFile());
                for (com.eumsocial.whatsapp.definition.MediaSamples.Slot slot
                        : com.eumsocial.whatsapp.definition.MediaSamples.slots(json)) {
                    if (slot.handles().size() > 0
                            && com.eumsocial.whatsapp.definition.MediaSamples.isCdnUrl(slot.handles().get(0).asText(null))) {
                        notes.add(file.getFileName() + ": " + slot.path() + ": "
                            + com.eumsocial.whatsapp.definition.MediaSamples.CDN_URL_NOTE);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return notes;
    }

    /** Meta's template JSON in the form a definition file declares it (see the class comment). */
    static ObjectNode definition(JsonNode meta) {
        ObjectNode out = JSON.createObjectNode();
        out.set("name", meta.get("name"));
        out.set("language", meta.get("language"));
        out.set("category", meta.get("category"));
        if (meta.hasNonNull(LIBRARY_LINK)) {
            out.set(LIBRARY_LINK, meta.get(LIBRARY_LINK));
            return out;
        }
        if (meta.hasNonNull("parameter_format")) {
            out.put("parameter_format", meta.get("parameter_format").asText().toUpperCase(Locale.ROOT));
        }
        boolean authentication = meta.path("category").asText().equalsIgnoreCase("AUTHENTICATION");
        meta.fields().forEachRemaining(e -> {
            if (!out.has(e.getKey()) && !CanonicalForm.isMetaStateField(e.getKey()) && !e.getKey().equals("parameter_format")
                && !e.getKey().equals(TemplateSettings.ALLOW_CATEGORY_CHANGE)) {
                out.set(e.getKey(), e.getKey().equals("components") && authentication
                    ? withoutGeneratedTexts(e.getValue()) : e.getValue());
            }
        });
        return out;
    }

    /** AUTHENTICATION components without what Meta writes itself: the body's text and example, the footer's text. */
    private static JsonNode withoutGeneratedTexts(JsonNode components) {
        JsonNode copy = components.deepCopy();
        for (JsonNode c : copy) {
            String type = c.path("type").asText().toUpperCase(Locale.ROOT);
            if (c.isObject() && type.equals("BODY")) {
                ((ObjectNode) c).remove(List.of("text", "example"));
            } else if (c.isObject() && type.equals("FOOTER") && c.has("code_expiration_minutes")) {
                ((ObjectNode) c).remove("text");
            }
        }
        return copy;
    }

    static String fileName(ObjectNode definition) {
        String name = definition.path("name").asText().replaceAll("[^A-Za-z0-9_.-]", "_");
        String language = definition.path("language").asText().replaceAll("[^A-Za-z0-9_.-]", "_");
        return name + "." + language + ".json";
    }

    private static String pretty(JsonNode json) throws IOException {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        return JSON.writer(printer).writeValueAsString(json) + "\n";
    }
}
