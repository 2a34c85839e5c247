package com.eumsocial.whatsapp.runner.library;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awssdk.services.socialmessaging.SocialMessagingClient;
import software.amazon.awssdk.services.socialmessaging.model.LibraryTemplateButtonList;
import software.amazon.awssdk.services.socialmessaging.model.LinkedWhatsAppBusinessAccountSummary;
import software.amazon.awssdk.services.socialmessaging.model.ListWhatsAppTemplateLibraryResponse;
import software.amazon.awssdk.services.socialmessaging.model.MetaLibraryTemplateDefinition;

/**
 * Meta's template library as ListWhatsAppTemplateLibrary serves it, every page, with the API's
 * filters; printed as a table for people or as JSON (the API's member names) for tools.
 */
public final class TemplateLibraryListing {
    /** Pages followed at most: a guard against a token that never ends (100 entries a page). */
    static final int MAX_PAGES = 100;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private TemplateLibraryListing() {
    }

    /**
     * The API's filters from the command's options (null or blank ones left out): searchKey,
     * topic, usecase, industry, language.
     */
    public static Map<String, String> filters(String search, String topic, String useCase, String industry, String language) {
        Map<String, String> filters = new LinkedHashMap<>();
        put(filters, "searchKey", search);
        put(filters, "topic", topic);
        put(filters, "usecase", useCase);
        put(filters, "industry", industry);
        put(filters, "language", language);
        return filters;
    }

    private static void put(Map<String, String> filters, String key, String value) {
        if (value != null && !value.isBlank()) {
            filters.put(key, value.strip());
        }
    }

    /**
     * The WABA to list the library for: {@code waba} when given, else the caller's only linked
     * WABA; more than one, or none, is an error saying what to pass.
     */
    public static String waba(SocialMessagingClient client, String waba) {
        if (waba != null && !waba.isBlank()) {
            return waba.strip();
        }
        List<String> ids = new ArrayList<>();
        String token = null;
        do {
            String page = token;
            var response = client.listLinkedWhatsAppBusinessAccounts(r -> r.nextToken(page));
            response.linkedAccounts().stream().map(LinkedWhatsAppBusinessAccountSummary::id).forEach(ids::add);
            token = response.nextToken();
        } while (token != null && !token.isEmpty() && ids.size() < 1000);
        if (ids.size() == 1) {
            return ids.get(0);
        }
        throw new IllegalArgumentException(ids.isEmpty()
            ? "--waba: the caller has no linked WhatsApp Business Account to list the library for"
            : "--waba is required: the caller has " + ids.size() + " linked WhatsApp Business Accounts (" + String.join(", ", ids)
                + ")");
    }

    /** Every entry matching the filters, in the order the service returns them. */
    public static List<MetaLibraryTemplateDefinition> list(SocialMessagingClient client, String waba, Map<String, String> filters) {
        List<MetaLibraryTemplateDefinition> entries = new ArrayList<>();
        String token = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            String next = token;
            ListWhatsAppTemplateLibraryResponse response = client.listWhatsAppTemplateLibrary(r -> r.id(waba).maxResults(100)
                .filters(filters.isEmpty() ? null : filters).nextToken(next));
            entries.addAll(response.metaLibraryTemplates());
            token = response.nextToken();
            if (token == null || token.isEmpty()) {
                break;
            }
        }
        return entries;
    }

    /** A table: name, language, category, topic, use case, industries, buttons; then the count. */
    public static String table(List<MetaLibraryTemplateDefinition> entries) {
        List<String> headers = List.of("NAME", "LANGUAGE", "CATEGORY", "TOPIC", "USE CASE", "INDUSTRY", "BUTTONS");
        List<Function<MetaLibraryTemplateDefinition, String>> columns = List.of(
            MetaLibraryTemplateDefinition::templateName, MetaLibraryTemplateDefinition::templateLanguage,
            MetaLibraryTemplateDefinition::templateCategory, MetaLibraryTemplateDefinition::templateTopic,
            MetaLibraryTemplateDefinition::templateUseCase, e -> String.join(",", e.templateIndustry()),
            e -> String.join(",", e.templateButtons().stream().map(LibraryTemplateButtonList::type).toList()));
        List<List<String>> rows = new ArrayList<>();
        rows.add(headers);
        for (MetaLibraryTemplateDefinition entry : entries) {
            List<String> row = new ArrayList<>();
            columns.forEach(c -> row.add(orDash(c.apply(entry))));
            rows.add(row);
        }
        int[] widths = new int[headers.size()];
        rows.forEach(row -> {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        });
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                line.append(i == row.size() - 1 ? row.get(i) : String.format("%-" + (widths[i] + 2) + "s", row.get(i)));
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        out.append(entries.size()).append(entries.size() == 1 ? " library template" : " library templates").append('\n');
        return out.toString();
    }

    /** A JSON array of the entries with the API's member names (as the AWS CLI prints them). */
    public static String json(List<MetaLibraryTemplateDefinition> entries) {
        ArrayNode array = JSON.createArrayNode();
        for (MetaLibraryTemplateDefinition e : entries) {
            ObjectNode node = array.addObject();
            putIfPresent(node, "templateName", e.templateName());
            putIfPresent(node, "templateLanguage", e.templateLanguage());
            putIfPresent(node, "templateCategory", e.templateCategory());
            putIfPresent(node, "templateTopic", e.templateTopic());
            putIfPresent(node, "templateUseCase", e.templateUseCase());
            if (e.hasTemplateIndustry()) {
                e.templateIndustry().forEach(node.putArray("templateIndustry")::add);
            }
            putIfPresent(node, "templateHeader", e.templateHeader());
            putIfPresent(node, "templateBody", e.templateBody());
            if (e.hasTemplateButtons()) {
                ArrayNode buttons = node.putArray("templateButtons");
                for (LibraryTemplateButtonList b : e.templateButtons()) {
                    ObjectNode button = buttons.addObject();
                    putIfPresent(button, "type", b.type());
                    putIfPresent(button, "text", b.text());
                    putIfPresent(button, "phoneNumber", b.phoneNumber());
                    putIfPresent(button, "url", b.url());
                    putIfPresent(button, "otpType", b.otpType());
                }
            }
            putIfPresent(node, "templateId", e.templateId());
        }
        try {
            return JSON.writeValueAsString(array) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
            throw new IllegalStateException("cannot write the library as JSON", ex);
        }
    }

    private static void putIfPresent(ObjectNode node, String name, String value) {
        if (value != null) {
            node.put(name, value);
        }
    }

    private static String orDash(String value) {
        return value == null || value.isEmpty() ? "-" : value;
    }
}
