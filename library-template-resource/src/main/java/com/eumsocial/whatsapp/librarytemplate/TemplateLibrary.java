package com.eumsocial.whatsapp.librarytemplate;

import com.eumsocial.whatsapp.commons.HandlerFailure;
import com.eumsocial.whatsapp.commons.SocialMessagingCalls;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.socialmessaging.model.LibraryTemplateButtonList;
import software.amazon.awssdk.services.socialmessaging.model.ListWhatsAppTemplateLibraryResponse;
import software.amazon.awssdk.services.socialmessaging.model.MetaLibraryTemplateDefinition;

/**
 * Meta's template library as the create handler needs it: find the entry a LibraryTemplate names,
 * and check the button inputs against the entry's buttons, so a wrong name or a missing input
 * fails before anything is created.
 */
final class TemplateLibrary {
    /** Library button types whose button cannot be created without an input (its URL or number). */
    static final List<String> TYPES_NEEDING_INPUT = List.of("URL", "PHONE_NUMBER");

    private final SocialMessagingCalls calls;

    TemplateLibrary(SocialMessagingCalls calls) {
        this.calls = calls;
    }

    /**
     * The library entry with exactly this name in this language. The search key also matches
     * other names, so every page is read until the exact entry turns up.
     */
    Optional<MetaLibraryTemplateDefinition> find(String wabaId, String libraryTemplateName, String language) {
        String token = null;
        for (int page = 0; page < TypeSettings.LIBRARY_MAX_PAGES; page++) {
            ListWhatsAppTemplateLibraryResponse response = calls.listWhatsAppTemplateLibrary(
                Translator.toListLibraryRequest(wabaId, libraryTemplateName, language, token));
            if (response.hasMetaLibraryTemplates()) {
                for (MetaLibraryTemplateDefinition entry : response.metaLibraryTemplates()) {
                    if (libraryTemplateName.equals(entry.templateName())
                        && (entry.templateLanguage() == null || language.equalsIgnoreCase(entry.templateLanguage()))) {
                        return Optional.of(entry);
                    }
                }
            }
            token = response.nextToken();
            if (token == null || token.isEmpty()) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The entry, or InvalidRequest saying that Meta's library has no such template. */
    MetaLibraryTemplateDefinition require(String wabaId, String libraryTemplateName, String language) {
        return find(wabaId, libraryTemplateName, language).orElseThrow(() -> HandlerFailure.invalidRequest(
            "LibraryTemplateName '" + libraryTemplateName + "' is not in Meta's template library in language " + language
                + " (ListWhatsAppTemplateLibrary found no template of that exact name); nothing was created"));
    }

    /**
     * Problems of the inputs against the entry: each URL and PHONE_NUMBER button of the entry needs
     * an input of its type (matched in order), and an input of those types needs such a button.
     */
    static List<String> inputProblems(MetaLibraryTemplateDefinition entry, List<ButtonInput> inputs) {
        List<String> problems = new ArrayList<>();
        List<LibraryTemplateButtonList> buttons = entry.hasTemplateButtons() ? entry.templateButtons() : List.of();
        List<ButtonInput> given = inputs == null ? List.of() : inputs;
        for (String type : TYPES_NEEDING_INPUT) {
            long needed = buttons.stream().filter(b -> type.equals(InputRules.typeKey(b.type()))).count();
            long provided = given.stream().filter(i -> i != null && type.equals(InputRules.typeKey(i.getType()))).count();
            if (provided < needed) {
                problems.add("library template '" + entry.templateName() + "' has " + needed + " " + type + " button"
                    + (needed == 1 ? "" : "s") + " but ButtonInputs has " + provided + " " + type + " input"
                    + (provided == 1 ? "" : "s") + ": add " + (needed - provided) + " with "
                    + ("URL".equals(type) ? "Url.BaseUrl" : "PhoneNumber"));
            } else if (provided > needed) {
                problems.add("ButtonInputs has " + provided + " " + type + " input" + (provided == 1 ? "" : "s")
                    + " but library template '" + entry.templateName() + "' has " + needed + " " + type + " button"
                    + (needed == 1 ? "" : "s"));
            }
        }
        return problems;
    }

    /** Requires the inputs to fit the entry; InvalidRequest listing every mismatch otherwise. */
    static void requireInputsFit(MetaLibraryTemplateDefinition entry, List<ButtonInput> inputs) {
        List<String> problems = inputProblems(entry, inputs);
        if (!problems.isEmpty()) {
            throw HandlerFailure.invalidRequest(String.join("; ", problems) + " (nothing was created)");
        }
    }
}
