package com.eumsocial.whatsapp.runner.export;

import com.eumsocial.whatsapp.commons.MetaTemplate;
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
 * and {@code deploy <folder>} load. Fields Meta adds (id, status, quality_score, rejected_reason,
 * sub_category, previous_category, library_template_name) are left out; what remains is the
 * definition as Meta holds it. Deleted templates are skipped. Media header samples come back from
 * Meta as CDN URLs, not re-usable handles: they are written as they are (good for adopting the
 * existing template with {@code deploy <folder>}); to create the template anew, or to load the
 * folder with {@code WhatsAppTemplateFolder}, replace them with {@code "file:<image>"}.
 */
public final class TemplateExporter {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> META_ADDED = List.of("id", "status", "quality_score", "rejected_reason", "sub_category",
        "previous_category", "library_template_name");

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

    /** Meta's template JSON without the fields Meta adds, in definition order (name, language, category, ...). */
    static ObjectNode definition(JsonNode meta) {
        ObjectNode out = JSON.createObjectNode();
        out.set("name", meta.get("name"));
        out.set("language", meta.get("language"));
        out.set("category", meta.get("category"));
        if (meta.hasNonNull("parameter_format")) {
            out.put("parameter_format", meta.get("parameter_format").asText().toUpperCase(Locale.ROOT));
        }
        meta.fields().forEachRemaining(e -> {
            if (!out.has(e.getKey()) && !META_ADDED.contains(e.getKey()) && !e.getKey().equals("parameter_format")) {
                out.set(e.getKey(), e.getValue());
            }
        });
        return out;
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
