package com.eumsocial.whatsapp.reliability.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** CloudFormation templates of many MessageTemplate resources, as cdk synth would emit them. */
public final class StackTemplates {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    public static final List<String> LANGUAGES = List.of("en_US", "es", "pt_BR", "de");

    private StackTemplates() {
    }

    /** Template {@code i}: name {@code notice_<i/4>}, one of four languages, wording unique to it. */
    public static ObjectNode properties(int i, String wabaId) {
        ObjectNode p = MAPPER.createObjectNode();
        p.put("WabaId", wabaId);
        p.put("TemplateName", String.format("notice_%03d", i / LANGUAGES.size()));
        p.put("Language", LANGUAGES.get(i % LANGUAGES.size()));
        p.put("Category", "UTILITY");
        ObjectNode body = p.putArray("Components").addObject();
        body.put("type", "BODY");
        body.put("text", "Hello {{1}}, your order number " + i + " from shop " + LANGUAGES.get(i % LANGUAGES.size())
                + " ships today by courier.");
        body.putObject("example").putArray("body_text").addArray().add("Ana");
        return p;
    }

    public static String logicalId(int i) {
        return String.format("Notice%03d", i);
    }

    /** {@code count} templates, DeletionPolicy Delete (so destroy removes them at Meta). */
    public static ObjectNode stack(int count, String wabaId) {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode resources = root.putObject("Resources");
        for (int i = 0; i < count; i++) {
            ObjectNode r = resources.putObject(logicalId(i));
            r.put("Type", "EUMSocial::WhatsApp::MessageTemplate");
            r.put("DeletionPolicy", "Delete");
            r.set("Properties", properties(i, wabaId));
        }
        return root;
    }
}
