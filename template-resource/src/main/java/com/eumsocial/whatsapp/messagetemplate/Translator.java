package com.eumsocial.whatsapp.messagetemplate;

import com.eumsocial.whatsapp.commons.MetaTemplate;
import com.eumsocial.whatsapp.commons.WabaReference;
import com.eumsocial.whatsapp.definition.CanonicalForm;
import com.eumsocial.whatsapp.definition.Category;
import com.eumsocial.whatsapp.definition.InvalidDefinitionException;
import com.eumsocial.whatsapp.definition.TemplateDefinitionParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.socialmessaging.model.CreateWhatsAppMessageTemplateRequest;
import software.amazon.awssdk.services.socialmessaging.model.TemplateSummary;
import software.amazon.awssdk.services.socialmessaging.model.UpdateWhatsAppMessageTemplateRequest;

/**
 * Pure translations between the resource model and the service's shapes: a request builder per
 * service call the handlers make (create, update; Get, Delete and List go through resource-commons'
 * {@code WabaTemplates}), and the responses back to models. Input rules are {@link InputRules}.
 */
final class Translator {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Translator() {
    }

    /**
     * Meta's template definition JSON assembled from the properties: name, language, category,
     * parameter_format (lower case, only when set), components.
     */
    static ObjectNode definitionJson(ResourceModel model) {
        ObjectNode definition = MAPPER.createObjectNode();
        definition.put("name", model.getTemplateName());
        definition.put("language", model.getLanguage());
        definition.put("category", model.getCategory());
        if (model.getParameterFormat() != null) {
            definition.put("parameter_format", model.getParameterFormat().toLowerCase(Locale.ROOT));
        }
        definition.set("components", componentsJson(model));
        return definition;
    }

    static ArrayNode componentsJson(ResourceModel model) {
        ArrayNode components = MAPPER.createArrayNode();
        if (model.getComponents() != null) {
            model.getComponents().forEach(c -> components.add(c == null ? MAPPER.nullNode() : c.deepCopy()));
        }
        return components;
    }

    /** The declared components with Meta's JSON types; as declared when they cannot be read. */
    static JsonNode typedComponents(ResourceModel model) {
        try {
            return TemplateDefinitionParser.fromCloudFormationProperties(definitionJson(model)).toJson().get("components");
        } catch (InvalidDefinitionException e) {
            return componentsJson(model);
        }
    }

    /** CreateWhatsAppMessageTemplate: the validated definition, as Meta's JSON. */
    static CreateWhatsAppMessageTemplateRequest toCreateRequest(WabaReference waba, ObjectNode definition) {
        return CreateWhatsAppMessageTemplateRequest.builder().id(waba.id()).templateDefinition(bytes(definition)).build();
    }

    /** UpdateWhatsAppMessageTemplate: the components, and the category only when it changes. */
    static UpdateWhatsAppMessageTemplateRequest toUpdateRequest(WabaReference waba, String metaTemplateId,
                                                                ArrayNode components, String changedCategory) {
        UpdateWhatsAppMessageTemplateRequest.Builder request = UpdateWhatsAppMessageTemplateRequest.builder()
            .id(waba.id()).metaTemplateId(metaTemplateId).templateComponents(bytes(components));
        if (changedCategory != null) {
            request.templateCategory(changedCategory);
        }
        return request.build();
    }

    static SdkBytes bytes(JsonNode json) {
        try {
            return SdkBytes.fromByteArray(MAPPER.writeValueAsBytes(json));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("JSON that was just built cannot be written", e);
        }
    }

    static Category category(String value) {
        return Category.find(value).orElse(null);
    }

    /**
     * The model as Meta has the template now. Identifiers come from the request (WabaId as the
     * user wrote it); Category is what Meta reports (it may have re-categorised; create and update
     * use {@link #toDeclaredModel}); Components are the declared ones when Meta's are canonically the same, else Meta's.
     */
    static ResourceModel toModel(MetaTemplate template, ResourceModel declared, String wabaIdAsGiven) {
        ResourceModel model = new ResourceModel();
        model.setWabaId(wabaIdAsGiven);
        model.setMetaTemplateId(template.id());
        model.setTemplateName(template.name() != null ? template.name() : declared == null ? null : declared.getTemplateName());
        model.setLanguage(template.language() != null ? template.language() : declared == null ? null : declared.getLanguage());
        model.setParameterFormat(parameterFormat(template, declared));
        model.setCategory(template.category() != null ? template.category() : declared == null ? null : declared.getCategory());
        model.setComponents(components(template, declared));
        model.setStatus(template.status());
        model.setQualityScore(template.qualityScore());
        model.setRejectedReason(template.rejectedReason());
        return model;
    }

    /**
     * The result of a create or update: {@link #toModel}, but with the declared Category, so the
     * result equals the declaration even when Meta re-categorised the template (read reports
     * Meta's category, which is where drift detection shows the difference).
     */
    static ResourceModel toDeclaredModel(MetaTemplate template, ResourceModel declared, String wabaIdAsGiven) {
        ResourceModel model = toModel(template, declared, wabaIdAsGiven);
        if (declared != null && declared.getCategory() != null) {
            model.setCategory(declared.getCategory());
        }
        return model;
    }

    /**
     * Meta always reports a parameter format (POSITIONAL when none was given). A declaration that
     * omitted it keeps omitting it, so the model still equals what the user wrote.
     */
    private static String parameterFormat(MetaTemplate template, ResourceModel declared) {
        String reported = template.parameterFormat();
        boolean hasDeclaration = declared != null && declared.getComponents() != null;
        if (hasDeclaration && declared.getParameterFormat() == null) {
            return null;
        }
        if (hasDeclaration && reported != null && reported.equalsIgnoreCase(declared.getParameterFormat())) {
            return declared.getParameterFormat();
        }
        return reported != null ? reported : declared == null ? null : declared.getParameterFormat();
    }

    private static List<JsonNode> components(MetaTemplate template, ResourceModel declared) {
        ArrayNode returned = template.components();
        JsonNode chosen = returned;
        if (declared != null && declared.getComponents() != null && !declared.getComponents().isEmpty()) {
            Category category = category(template.category() != null ? template.category() : declared.getCategory());
            ArrayNode declaredComponents = componentsJson(declared);
            // Compare with Meta's types restored (CloudFormation stringifies nested scalars), but
            // report the declaration as CloudFormation holds it when nothing changed.
            chosen = CanonicalForm.sameComponents(typedComponents(declared), returned, category)
                ? declaredComponents
                : CanonicalForm.reconcileComponents(declaredComponents, returned, category);
        }
        List<JsonNode> list = new ArrayList<>();
        if (chosen != null) {
            chosen.forEach(c -> list.add(c.deepCopy()));
        }
        return list;
    }

    /** A List entry: identifiers plus name, language, category and status. */
    static ResourceModel fromSummary(TemplateSummary summary, String wabaIdAsGiven) {
        ResourceModel model = new ResourceModel();
        model.setWabaId(wabaIdAsGiven);
        model.setMetaTemplateId(summary.metaTemplateId());
        model.setTemplateName(summary.templateName());
        model.setLanguage(summary.templateLanguage());
        model.setCategory(summary.templateCategory() == null ? null : summary.templateCategory().toUpperCase(Locale.ROOT));
        model.setStatus(summary.templateStatus());
        return model;
    }

}
