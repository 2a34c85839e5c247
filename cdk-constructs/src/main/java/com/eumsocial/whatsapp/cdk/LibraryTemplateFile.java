package com.eumsocial.whatsapp.cdk;

import com.eumsocial.whatsapp.definition.Category;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a library template file of a template folder: Meta's request for creating a template
 * from the library, e.g.
 * <pre>{@code
 * {"name": "order_shipped", "language": "en_US", "category": "UTILITY",
 *  "library_template_name": "shipment_confirmation_1",
 *  "library_template_button_inputs": [{"type": "URL", "url": {"base_url": "https://x.com/t/{{1}}",
 *                                      "url_suffix_example": "https://x.com/t/123"}}],
 *  "library_template_body_inputs": {"add_contact_number": true}}
 * }</pre>
 */
final class LibraryTemplateFile {
    static final String MARKER = "library_template_name";
    private static final Set<String> FIELDS = Set.of("name", "language", "category", MARKER,
            "library_template_button_inputs", "library_template_body_inputs");
    private static final Set<String> BUTTON_FIELDS = Set.of("type", "phone_number", "url", "otp_type",
            "zero_tap_terms_accepted", "supported_apps");
    private static final Set<String> BODY_FIELDS = Set.of("add_contact_number", "add_learn_more_link",
            "add_security_recommendation", "add_track_package_link", "code_expiration_minutes");

    private LibraryTemplateFile() {
    }

    static boolean isLibraryTemplate(JsonNode json) {
        return json.has(MARKER);
    }

    /** The props the file declares (WABA and options still to set); problems go to {@code found}. */
    static WhatsAppLibraryTemplateProps.Builder read(ObjectNode json, SynthProblems found) {
        unknownFields(json, FIELDS, "", found);
        WhatsAppLibraryTemplateProps.Builder props = WhatsAppLibraryTemplateProps.builder()
                .templateName(text(json, "name", "name", found))
                .language(text(json, "language", "language", found))
                .libraryTemplateName(text(json, MARKER, MARKER, found));
        String category = text(json, "category", "category", found);
        if (category != null) {
            try {
                props.category(Category.valueOf(category.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                found.add("category", "'" + category + "' is not one of MARKETING, UTILITY, AUTHENTICATION");
            }
        } else if (!json.has("category")) {
            found.add("category", "is required");
        }
        JsonNode buttons = json.get("library_template_button_inputs");
        if (buttons != null) {
            if (!buttons.isArray()) {
                found.add("library_template_button_inputs", "must be an array");
            } else {
                List<LibraryButtonInput> inputs = new ArrayList<>();
                int before = found.count();
                for (int i = 0; i < buttons.size(); i++) {
                    LibraryButtonInput input = button(buttons.get(i), "library_template_button_inputs[" + i + "]", found);
                    if (input != null) {
                        inputs.add(input);
                    }
                }
                // Checks of the inputs name them by position: only a list read whole keeps positions right.
                if (found.count() == before) {
                    props.buttonInputs(inputs);
                }
            }
        }
        JsonNode body = json.get("library_template_body_inputs");
        if (body != null) {
            if (!body.isObject()) {
                found.add("library_template_body_inputs", "must be an object");
            } else {
                props.bodyInputs(body(body, found));
            }
        }
        return props;
    }

    private static LibraryButtonInput button(JsonNode json, String field, SynthProblems found) {
        if (!json.isObject()) {
            found.add(field, "must be an object");
            return null;
        }
        unknownFields(json, BUTTON_FIELDS, field + ".", found);
        String type = text(json, "type", field + ".type", found);
        if (type == null) {
            if (!json.has("type")) {
                found.add(field + ".type", "is required");
            }
            return null;
        }
        LibraryButtonInput.Builder button = LibraryButtonInput.builder()
                .type(type.toUpperCase(Locale.ROOT))
                .phoneNumber(text(json, "phone_number", field + ".phone_number", found))
                .otpType(upper(text(json, "otp_type", field + ".otp_type", found)))
                .zeroTapTermsAccepted(bool(json, "zero_tap_terms_accepted", field + ".zero_tap_terms_accepted", found));
        JsonNode url = json.get("url");
        if (url != null) {
            if (!url.isObject()) {
                found.add(field + ".url", "must be an object with base_url and url_suffix_example");
            } else {
                unknownFields(url, Set.of("base_url", "url_suffix_example"), field + ".url.", found);
                button.url(text(url, "base_url", field + ".url.base_url", found),
                        text(url, "url_suffix_example", field + ".url.url_suffix_example", found));
            }
        }
        JsonNode apps = json.get("supported_apps");
        if (apps != null) {
            if (!apps.isArray()) {
                found.add(field + ".supported_apps", "must be an array");
            } else {
                List<SupportedApp> list = new ArrayList<>();
                for (int i = 0; i < apps.size(); i++) {
                    String appField = field + ".supported_apps[" + i + "]";
                    String packageName = text(apps.get(i), "package_name", appField + ".package_name", found);
                    String hash = text(apps.get(i), "signature_hash", appField + ".signature_hash", found);
                    if (packageName == null || hash == null || packageName.isEmpty() || hash.isEmpty()) {
                        found.add(appField, "needs package_name and signature_hash");
                    } else {
                        list.add(new SupportedApp(packageName, hash));
                    }
                }
                button.supportedApps(list);
            }
        }
        return button.build();
    }

    private static LibraryBodyInputs body(JsonNode json, SynthProblems found) {
        String field = "library_template_body_inputs";
        unknownFields(json, BODY_FIELDS, field + ".", found);
        LibraryBodyInputs.Builder body = LibraryBodyInputs.builder()
                .addContactNumber(bool(json, "add_contact_number", field + ".add_contact_number", found))
                .addLearnMoreLink(bool(json, "add_learn_more_link", field + ".add_learn_more_link", found))
                .addSecurityRecommendation(bool(json, "add_security_recommendation",
                        field + ".add_security_recommendation", found))
                .addTrackPackageLink(bool(json, "add_track_package_link", field + ".add_track_package_link", found));
        JsonNode minutes = json.get("code_expiration_minutes");
        if (minutes != null) {
            if (minutes.isInt()) {
                body.codeExpirationMinutes(minutes.intValue());
            } else {
                found.add(field + ".code_expiration_minutes", "must be an integer");
            }
        }
        return body.build();
    }

    private static void unknownFields(JsonNode json, Set<String> known, String prefix, SynthProblems found) {
        Iterator<String> names = json.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name)) {
                found.add(prefix + name, "unknown field (expected one of " + String.join(", ",
                        known.stream().sorted().toList()) + ")");
            }
        }
    }

    private static String text(JsonNode json, String name, String field, SynthProblems found) {
        JsonNode value = json.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            found.add(field, "must be a string");
            return null;
        }
        return value.asText();
    }

    private static Boolean bool(JsonNode json, String name, String field, SynthProblems found) {
        JsonNode value = json.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isBoolean()) {
            found.add(field, "must be true or false");
            return null;
        }
        return value.booleanValue();
    }

    private static String upper(String value) {
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }
}
