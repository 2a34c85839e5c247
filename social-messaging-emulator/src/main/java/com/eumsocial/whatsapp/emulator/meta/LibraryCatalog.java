package com.eumsocial.whatsapp.emulator.meta;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Meta's template library, seeded from {@code library-catalog.json}: listing with filters, and
 * turning an entry plus the caller's inputs into a template definition.
 *
 * <p>Body inputs append a sentence to the body (add_contact_number: "Call {{n}} if you have
 * questions."; add_learn_more_link: "Learn more at {{n}} any time."; add_track_package_link:
 * "Track your package at {{n}} any time.") for UTILITY/MARKETING entries;
 * add_security_recommendation and code_expiration_minutes apply to AUTHENTICATION entries only. Button inputs are matched to the entry's buttons by type,
 * in order: every URL button needs {@code url: {base_url, url_suffix_example?}} (Meta's form: base_url "https://x.com/{{1}}", url_suffix_example a whole example URL) and every
 * PHONE_NUMBER button a {@code phoneNumber}; QUICK_REPLY and OTP inputs are optional.
 */
final class LibraryCatalog {
    static final String RESOURCE = "library-catalog.json";
    static final Set<String> FILTER_KEYS = Set.of("searchKey", "topic", "usecase", "industry", "language");
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final List<ObjectNode> entries;

    private LibraryCatalog(List<ObjectNode> entries) {
        this.entries = List.copyOf(entries);
    }

    static LibraryCatalog load() {
        try (InputStream in = LibraryCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the library catalog resource " + RESOURCE + " is missing");
            }
            JsonNode root = DefinitionShape.MAPPER.readTree(in);
            List<ObjectNode> list = new ArrayList<>();
            root.path("templates").forEach(t -> list.add((ObjectNode) t));
            return new LibraryCatalog(list);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the library catalog", e);
        }
    }

    /** Entries matching every filter: searchKey is a case-insensitive substring of name, header or body. */
    List<ObjectNode> search(Map<String, String> filters) {
        for (String key : filters.keySet()) {
            if (!FILTER_KEYS.contains(key)) {
                throw ServiceError.invalidParameters("filters: unknown filter \"" + key + "\"; use "
                        + new TreeSet<>(FILTER_KEYS));
            }
        }
        List<ObjectNode> out = new ArrayList<>();
        for (ObjectNode e : entries) {
            if (matches(e, filters)) {
                out.add(e);
            }
        }
        return out;
    }

    private static boolean matches(ObjectNode e, Map<String, String> filters) {
        String search = filters.get("searchKey");
        if (search != null) {
            String needle = search.toLowerCase(Locale.ROOT);
            String haystack = (e.path("name").asText() + "\n" + e.path("header").asText("") + "\n"
                    + e.path("body").asText()).toLowerCase(Locale.ROOT);
            if (!haystack.contains(needle) && !haystack.contains(needle.replace(' ', '_'))) {
                return false;
            }
        }
        if (!equalsIgnoreCase(filters.get("topic"), e.path("topic").asText())
                || !equalsIgnoreCase(filters.get("usecase"), e.path("usecase").asText())
                || !equalsIgnoreCase(filters.get("language"), e.path("language").asText())) {
            return false;
        }
        String industry = filters.get("industry");
        if (industry != null) {
            for (JsonNode i : e.path("industry")) {
                if (i.asText().equalsIgnoreCase(industry)) {
                    return true;
                }
            }
            return false;
        }
        return true;
    }

    private static boolean equalsIgnoreCase(String filter, String value) {
        return filter == null || filter.equalsIgnoreCase(value);
    }

    /** The entry in that language; InvalidParametersException naming libraryTemplateName otherwise. */
    ObjectNode find(String name, String language) {
        List<String> languages = new ArrayList<>();
        for (ObjectNode e : entries) {
            if (e.path("name").asText().equals(name)) {
                if (e.path("language").asText().equals(language)) {
                    return e;
                }
                languages.add(e.path("language").asText());
            }
        }
        if (languages.isEmpty()) {
            throw ServiceError.invalidParameters("metaLibraryTemplate.libraryTemplateName: \"" + name
                    + "\" is not a template in Meta's library");
        }
        throw ServiceError.invalidParameters("metaLibraryTemplate.templateLanguage: library template \"" + name
                + "\" is not available in " + language + "; available: " + languages);
    }

    /** The entry as the model's MetaLibraryTemplateDefinition. */
    static ObjectNode summary(ObjectNode e) {
        ObjectNode out = F.objectNode();
        out.put("templateName", e.path("name").asText());
        out.put("templateLanguage", e.path("language").asText());
        out.put("templateCategory", e.path("category").asText());
        out.put("templateTopic", e.path("topic").asText());
        out.put("templateUseCase", e.path("usecase").asText());
        out.set("templateIndustry", e.path("industry").deepCopy());
        if (e.hasNonNull("header")) {
            out.put("templateHeader", e.get("header").asText());
        }
        out.put("templateBody", e.path("body").asText());
        if (e.has("buttons")) {
            ArrayNode buttons = out.putArray("templateButtons");
            for (JsonNode b : e.get("buttons")) {
                ObjectNode ob = buttons.addObject();
                ob.put("type", b.path("type").asText());
                ob.put("text", b.path("text").asText());
                if (b.hasNonNull("url")) {
                    ob.put("url", b.get("url").asText());
                }
                if (b.hasNonNull("otp_type")) {
                    ob.put("otpType", b.get("otp_type").asText());
                }
            }
        }
        out.put("templateId", e.path("id").asText());
        return out;
    }

    /** Meta's components for the entry customised with the caller's inputs. */
    static ArrayNode components(ObjectNode e, JsonNode buttonInputs, JsonNode bodyInputs) {
        boolean auth = e.path("category").asText().equals("AUTHENTICATION");
        ArrayNode components = F.arrayNode();
        if (auth) {
            authenticationComponents(e, buttonInputs, bodyInputs, components);
            return components;
        }
        for (String authOnly : new String[] {"addSecurityRecommendation", "codeExpirationMinutes"}) {
            if (bodyInputs.hasNonNull(authOnly)) {
                throw ServiceError.invalidParameters("metaLibraryTemplate.libraryTemplateBodyInputs." + authOnly
                        + " applies only to AUTHENTICATION library templates");
            }
        }
        if (e.hasNonNull("header")) {
            ObjectNode header = components.addObject();
            header.put("type", "HEADER");
            header.put("format", "TEXT");
            header.put("text", e.get("header").asText());
        }
        StringBuilder text = new StringBuilder(e.path("body").asText());
        List<String> examples = new ArrayList<>();
        e.path("body_example").forEach(x -> examples.add(x.asText()));
        addSentence(bodyInputs, "addContactNumber", " Call {{%d}} if you have questions.", "+1 425 555 0100", text,
                examples);
        addSentence(bodyInputs, "addLearnMoreLink", " Learn more at {{%d}} any time.", "https://www.example.com/help",
                text, examples);
        addSentence(bodyInputs, "addTrackPackageLink", " Track your package at {{%d}} any time.",
                "https://www.example.com/track", text, examples);
        ObjectNode body = components.addObject();
        body.put("type", "BODY");
        body.put("text", text.toString());
        if (!examples.isEmpty()) {
            ArrayNode row = body.putObject("example").putArray("body_text").addArray();
            examples.forEach(row::add);
        }
        if (e.has("buttons")) {
            components.add(buttons(e, buttonInputs));
        } else if (buttonInputs.size() > 0) {
            throw ServiceError.invalidParameters("metaLibraryTemplate.libraryTemplateButtonInputs: library template \""
                    + e.path("name").asText() + "\" has no buttons");
        }
        return components;
    }

    private static void addSentence(JsonNode bodyInputs, String member, String sentence, String example,
                                    StringBuilder text, List<String> examples) {
        JsonNode flag = bodyInputs.get(member);
        if (flag != null && flag.asBoolean(false)) {
            examples.add(example);
            text.append(String.format(Locale.ROOT, sentence, examples.size()));
        }
    }

    private static ObjectNode buttons(ObjectNode e, JsonNode inputs) {
        String name = e.path("name").asText();
        boolean[] used = new boolean[inputs.size()];
        ObjectNode component = F.objectNode();
        component.put("type", "BUTTONS");
        ArrayNode buttons = component.putArray("buttons");
        JsonNode declared = e.get("buttons");
        for (int i = 0; i < declared.size(); i++) {
            JsonNode b = declared.get(i);
            String type = b.path("type").asText();
            String label = "button " + i + " (" + type + " \"" + b.path("text").asText() + "\")";
            JsonNode input = null;
            for (int j = 0; j < inputs.size(); j++) {
                if (!used[j] && inputs.get(j).path("type").asText("").equalsIgnoreCase(type)) {
                    used[j] = true;
                    input = inputs.get(j);
                    break;
                }
            }
            ObjectNode out = buttons.addObject();
            out.put("type", type);
            out.put("text", b.path("text").asText());
            switch (type) {
                case "URL" -> {
                    String baseUrl = input == null ? null : input.path("url").path("base_url").asText(null);
                    if (baseUrl == null || baseUrl.isBlank()) {
                        throw ServiceError.invalidParameters("metaLibraryTemplate.libraryTemplateButtonInputs: library"
                                + " template \"" + name + "\" " + label + " needs an input {type: URL, url: {base_url,"
                                + " url_suffix_example}}");
                    }
                    if (!baseUrl.startsWith("https://") && !baseUrl.startsWith("http://")) {
                        throw ServiceError.invalidParameters("metaLibraryTemplate.libraryTemplateButtonInputs: the"
                                + " base_url for " + label + " must start with https:// or http://");
                    }
                    String suffix = input.path("url").path("url_suffix_example").asText(null);
                    // Meta's documented form: base_url carries the {{1}} ("https://x.com/{{1}}") and
                    // url_suffix_example is a whole example URL. A base without {{1}} gets it
                    // appended, and a bare suffix example is appended to that base.
                    boolean dynamic = b.path("url").asText().contains("{{1}}") || baseUrl.contains("{{1}}");
                    if (dynamic && suffix != null && !suffix.isBlank()) {
                        String url = baseUrl.contains("{{1}}") ? baseUrl : baseUrl + "{{1}}";
                        String example = suffix.startsWith("https://") || suffix.startsWith("http://") ? suffix
                                : url.replace("{{1}}", suffix);
                        out.put("url", url);
                        out.putArray("example").add(example);
                    } else {
                        out.put("url", baseUrl);
                    }
                }
                case "PHONE_NUMBER" -> {
                    String phone = input == null ? null : input.path("phoneNumber").asText(null);
                    if (phone == null || phone.isBlank()) {
                        throw ServiceError.invalidParameters("metaLibraryTemplate.libraryTemplateButtonInputs: library"
                                + " template \"" + name + "\" " + label + " needs an input {type: PHONE_NUMBER,"
                                + " phoneNumber}");
                    }
                    out.put("phone_number", phone);
                }
                default -> {
                    // QUICK_REPLY buttons keep the library's text; an input is optional.
                }
            }
        }
        for (int j = 0; j < used.length; j++) {
            if (!used[j]) {
                throw ServiceError.invalidParameters("metaLibraryTemplate.libraryTemplateButtonInputs[" + j + "]: library"
                        + " template \"" + name + "\" has no unmatched " + inputs.get(j).path("type").asText("?")
                        + " button for this input");
            }
        }
        return component;
    }

    private static void authenticationComponents(ObjectNode e, JsonNode buttonInputs, JsonNode bodyInputs,
                                                 ArrayNode components) {
        for (String other : new String[] {"addContactNumber", "addLearnMoreLink", "addTrackPackageLink"}) {
            if (bodyInputs.path(other).asBoolean(false)) {
                throw ServiceError.invalidParameters("metaLibraryTemplate.libraryTemplateBodyInputs." + other
                        + " does not apply to AUTHENTICATION library templates");
            }
        }
        ObjectNode body = components.addObject();
        body.put("type", "BODY");
        body.put("add_security_recommendation", bodyInputs.path("addSecurityRecommendation").asBoolean(false));
        JsonNode minutes = bodyInputs.get("codeExpirationMinutes");
        if (minutes != null && !minutes.isNull()) {
            if (!minutes.canConvertToInt() || minutes.asInt() < 1 || minutes.asInt() > 90) {
                throw ServiceError.invalidParameters("metaLibraryTemplate.libraryTemplateBodyInputs"
                        + ".codeExpirationMinutes must be from 1 to 90, got " + minutes);
            }
            ObjectNode footer = components.addObject();
            footer.put("type", "FOOTER");
            footer.put("code_expiration_minutes", minutes.asInt());
        }
        JsonNode libraryButton = e.path("buttons").path(0);
        JsonNode input = null;
        for (JsonNode in : buttonInputs) {
            if (!in.path("type").asText("").equalsIgnoreCase("OTP")) {
                throw ServiceError.invalidParameters("metaLibraryTemplate.libraryTemplateButtonInputs: AUTHENTICATION"
                        + " library templates take only an OTP button input, got " + in.path("type").asText("?"));
            }
            input = in;
        }
        ObjectNode button = components.addObject().put("type", "BUTTONS").putArray("buttons").addObject();
        button.put("type", "OTP");
        String otpType = input != null && input.hasNonNull("otpType") ? input.get("otpType").asText()
                : libraryButton.path("otp_type").asText("COPY_CODE");
        button.put("otp_type", otpType.toUpperCase(Locale.ROOT));
        button.put("text", libraryButton.path("text").asText("Copy code"));
        if (input != null && input.has("supportedApps")) {
            button.set("supported_apps", input.get("supportedApps").deepCopy());
        }
        if (input != null && input.has("zeroTapTermsAccepted")) {
            button.put("zero_tap_terms_accepted", input.get("zeroTapTermsAccepted").asBoolean(false));
        }
    }
}
