package com.eumsocial.whatsapp.librarytemplate;

import com.eumsocial.whatsapp.commons.MetaTemplate;
import com.eumsocial.whatsapp.commons.WabaReference;
import com.eumsocial.whatsapp.definition.CanonicalForm;
import com.eumsocial.whatsapp.definition.Category;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.socialmessaging.model.CreateWhatsAppMessageTemplateFromLibraryRequest;
import software.amazon.awssdk.services.socialmessaging.model.LibraryTemplateBodyInputs;
import software.amazon.awssdk.services.socialmessaging.model.LibraryTemplateButtonInput;
import software.amazon.awssdk.services.socialmessaging.model.ListWhatsAppTemplateLibraryRequest;
import software.amazon.awssdk.services.socialmessaging.model.MetaLibraryTemplate;

/**
 * Pure translations between the LibraryTemplate model and the service's shapes: a request builder
 * per service call this type makes itself (create from library, list the library; Get, Delete and
 * List go through resource-commons' {@code WabaTemplates}), and Get's answer back to a model.
 */
final class Translator {
    /**
     * Meta's keys inside the service's free-form maps (url and supportedApps are map<string,string>
     * in the API, passed through to Meta's library_template_button_inputs).
     */
    static final String BASE_URL = "base_url";
    static final String URL_SUFFIX_EXAMPLE = "url_suffix_example";
    static final String PACKAGE_NAME = "package_name";
    static final String SIGNATURE_HASH = "signature_hash";

    private Translator() {
    }

    static CreateWhatsAppMessageTemplateFromLibraryRequest toCreateRequest(WabaReference waba, ResourceModel model) {
        MetaLibraryTemplate.Builder template = MetaLibraryTemplate.builder()
            .templateName(model.getTemplateName())
            .libraryTemplateName(model.getLibraryTemplateName())
            .templateCategory(model.getCategory())
            .templateLanguage(model.getLanguage());
        if (model.getButtonInputs() != null && !model.getButtonInputs().isEmpty()) {
            template.libraryTemplateButtonInputs(model.getButtonInputs().stream().map(Translator::buttonInput).toList());
        }
        if (model.getBodyInputs() != null) {
            template.libraryTemplateBodyInputs(bodyInputs(model.getBodyInputs()));
        }
        return CreateWhatsAppMessageTemplateFromLibraryRequest.builder().id(waba.id()).metaLibraryTemplate(template.build()).build();
    }

    /** ListWhatsAppTemplateLibrary: one page of the entries whose name matches, in one language. */
    static ListWhatsAppTemplateLibraryRequest toListLibraryRequest(String wabaId, String libraryTemplateName, String language,
                                                                   String nextToken) {
        return ListWhatsAppTemplateLibraryRequest.builder()
            .id(wabaId)
            .filters(Map.of("searchKey", libraryTemplateName, "language", language))
            .nextToken(nextToken)
            .build();
    }

    static LibraryTemplateButtonInput buttonInput(ButtonInput input) {
        LibraryTemplateButtonInput.Builder button = LibraryTemplateButtonInput.builder()
            .type(input.getType())
            .phoneNumber(input.getPhoneNumber())
            .otpType(input.getOtpType())
            .zeroTapTermsAccepted(input.getZeroTapTermsAccepted());
        if (input.getUrl() != null) {
            Map<String, String> url = new LinkedHashMap<>();
            putIfSet(url, BASE_URL, input.getUrl().getBaseUrl());
            putIfSet(url, URL_SUFFIX_EXAMPLE, input.getUrl().getUrlSuffixExample());
            button.url(url);
        }
        if (input.getSupportedApps() != null) {
            List<Map<String, String>> apps = new ArrayList<>();
            for (SupportedApp app : input.getSupportedApps()) {
                Map<String, String> entry = new LinkedHashMap<>();
                putIfSet(entry, PACKAGE_NAME, app.getPackageName());
                putIfSet(entry, SIGNATURE_HASH, app.getSignatureHash());
                apps.add(entry);
            }
            button.supportedApps(apps);
        }
        return button.build();
    }

    static LibraryTemplateBodyInputs bodyInputs(BodyInputs body) {
        return LibraryTemplateBodyInputs.builder()
            .addContactNumber(body.getAddContactNumber())
            .addLearnMoreLink(body.getAddLearnMoreLink())
            .addSecurityRecommendation(body.getAddSecurityRecommendation())
            .addTrackPackageLink(body.getAddTrackPackageLink())
            .codeExpirationMinutes(body.getCodeExpirationMinutes())
            .build();
    }

    private static void putIfSet(Map<String, String> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    /**
     * The resource as Meta has it now: identifiers from the request (WabaId as the user wrote it),
     * everything else from Get's JSON. Category is what Meta reports (it may have re-categorised;
     * read reports that, create and update use {@link #toDeclaredModel}); Components are Meta's in
     * canonical form. The write-only inputs cannot be read back.
     */
    static ResourceModel toModel(MetaTemplate template, String wabaIdAsGiven) {
        ResourceModel model = new ResourceModel();
        model.setWabaId(wabaIdAsGiven);
        model.setMetaTemplateId(template.id());
        model.setTemplateName(template.name());
        model.setLanguage(template.language());
        model.setCategory(template.category());
        model.setLibraryTemplateName(template.libraryTemplateName());
        model.setStatus(template.status());
        model.setQualityScore(template.qualityScore());
        model.setRejectedReason(template.rejectedReason());
        model.setComponents(components(template));
        return model;
    }

    /**
     * The result of a create or update: the template as Meta has it, but with the declared
     * Category. Meta may have re-categorised the template; a create/update result must equal the
     * declaration (Category is create-only), and read reports Meta's category for drift detection.
     */
    static ResourceModel toDeclaredModel(MetaTemplate template, ResourceModel declared) {
        ResourceModel model = toModel(template, declared.getWabaId());
        if (declared.getCategory() != null) {
            model.setCategory(declared.getCategory());
        }
        return model;
    }

    static List<JsonNode> components(MetaTemplate template) {
        Category category = Category.find(template.category()).orElse(null);
        List<JsonNode> components = new ArrayList<>();
        CanonicalForm.reconcileComponents(null, template.components(), category).forEach(components::add);
        return components;
    }
}
