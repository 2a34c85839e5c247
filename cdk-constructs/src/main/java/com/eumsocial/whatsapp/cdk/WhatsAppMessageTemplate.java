package com.eumsocial.whatsapp.cdk;

import com.eumsocial.whatsapp.definition.MediaSamples;
import com.eumsocial.whatsapp.definition.TemplateSettings;
import com.eumsocial.whatsapp.definition.TemplateOwnership;
import com.eumsocial.whatsapp.definition.TemplateValidator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import software.amazon.awscdk.CfnResource;
import software.amazon.awscdk.CfnResourceProps;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Resource;
import software.constructs.Construct;

/**
 * A WhatsApp message template ({@code EUMSocial::WhatsApp::MessageTemplate}), declared with typed
 * components or from Meta's JSON, and checked against Meta's rules when the app is synthesized:
 * a template Meta would reject for its form fails {@code cdk synth}, not the deployment.
 *
 * <p>Name and language identify the template and cannot change: changing either replaces it.
 * The default removal policy is RETAIN (see {@link WhatsAppMessageTemplateProps#getRemovalPolicy()}).
 */
public class WhatsAppMessageTemplate extends Resource implements DeclaredTemplateAttributes {

    /** The registry type this construct declares. */
    public static final String RESOURCE_TYPE = "EUMSocial::WhatsApp::MessageTemplate";

    /** The fields of a definition that the resource type carries; anything else would be lost. */
    static final Set<String> DEFINITION_FIELDS = Set.of("name", "language", "category", "parameter_format", "components",
            TemplateSettings.MESSAGE_SEND_TTL_SECONDS, TemplateSettings.CTA_URL_LINK_TRACKING_OPTED_OUT,
            TemplateSettings.ALLOW_CATEGORY_CHANGE);


    private static final String FILE_REFERENCE = "file:";
    private static final String S3_REFERENCE = "s3://";

    /** Imports a template that exists in a WABA, e.g. to hand its name and language to senders. */
    public static IWhatsAppMessageTemplate fromMessageTemplateAttributes(Construct scope, String id,
            WhatsAppMessageTemplateAttributes attrs) {
        return new Imported(scope, id, attrs);
    }

    private final TemplateAttributeValues attributes;
    // Fields, not getters: jsii registers every non-private method of a Java subclass of a CDK
    // class as an override, on every instance, which costs synth time in apps with many templates.
    /** The definition as synthesized (Meta's JSON; uploaded media appear as deploy-time tokens). */
    final ObjectNode definition;
    /** What is wrong with this template (empty when it is valid); synthesis fails with these messages. */
    final List<String> problems;

    public WhatsAppMessageTemplate(Construct scope, String id, WhatsAppMessageTemplateProps props) {
        this(scope, id, props, null, false);
    }

    /**
     * @param mediaFiles uploads for {@code "file:"} media references, shared by the templates of a
     *                   folder; null to upload them as children of this template
     * @param inFolder true when the caller (a folder) applies the removal policy and wires the
     *                 registration dependency once for all its templates (one jsii call, not one each)
     */
    WhatsAppMessageTemplate(Construct scope, String id, WhatsAppMessageTemplateProps props, MediaFiles mediaFiles,
            boolean inFolder) {
        super(scope, id);
        // The path costs a jsii round trip: only messages about programming errors need it.
        java.util.function.Supplier<String> where = () -> getNode().getPath();
        WabaReference waba = WabaReference.of(props.getWaba(), props.getWabaId(), props.getWabaArn(),
                () -> where.get() + ": WhatsAppMessageTemplateProps");
        String wabaId = waba.propertyValue();

        TemplateDefinitionSource source = props.getDefinition();
        SynthProblems found = new SynthProblems(source == null ? null : source.source());
        ObjectNode json = source == null ? fromTypedProps(props, where) : fromDefinition(props, source, where, found);
        List<String> warnings = new java.util.ArrayList<>();
        if (json != null) {
            applySettings(json, props);
            resolveMediaFiles(json, source == null ? Path.of("").toAbsolutePath() : source.baseDirectory(),
                    mediaFiles == null ? new MediaFiles(this, waba) : mediaFiles, found);
            checkFields(json, found);
        }
        String baseName = json == null ? null : textOrNull(json, "name");
        String versionedName = json != null && VersionedRollout.enabled(props) ? VersionedRollout.name(json) : null;
        if (versionedName != null) {
            json.put("name", versionedName);
        }
        if (json != null) {
            List<String> cdnUrls = new java.util.ArrayList<>();
            ObjectNode checked = MediaSamples.withStandInsForCdnUrls(DeployTimeStandIns.replaceTokens(json), cdnUrls);
            cdnUrls.forEach(path -> warnings.add(path + ": " + MediaSamples.CDN_URL_NOTE));
            TemplateValidator.validate(checked).forEach(found::add);
            TemplateValidator.warnings(checked).forEach(w -> warnings.add(w.toString()));
        }
        this.definition = json == null ? MetaJson.object() : json;
        String templateName = textOrNull(definition, "name");
        String language = textOrNull(definition, "language");
        if (!inFolder && baseName != null && language != null) {
            String refusal = AppTemplateOwners.claim(scope.getNode().getRoot(),
                    new TemplateOwnership.Identity(wabaId, baseName, language),
                    () -> where.get() + (source == null || source.source() == null ? "" : " (" + source.source() + ")"));
            if (refusal != null) {
                found.add(null, refusal);
            }
        }
        this.problems = found.messages();
        found.reportOn(this);

        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("WabaId", wabaId);
        properties.put("TemplateName", templateName);
        properties.put("Language", language);
        String format = textOrNull(definition, "parameter_format");
        if (format != null) {
            properties.put("ParameterFormat", format.toUpperCase(Locale.ROOT));
        }
        String category = textOrNull(definition, "category");
        category = category == null ? null : category.toUpperCase(Locale.ROOT);
        properties.put("Category", category);
        properties.put("Components", MetaJson.toCfnValue(definition.get("components")));
        TemplateSettings.PROPERTY_NAMES.forEach((field, property) -> {
            JsonNode value = definition.get(field);
            if (value != null && !value.isNull()) {
                properties.put(property, MetaJson.toCfnValue(value));
            }
        });
        if (props.getWaitForApproval() != null) {
            properties.put("WaitForApproval", props.getWaitForApproval());
        }
        properties.values().removeIf(java.util.Objects::isNull);
        CfnResource resource = new CfnResource(this, "Resource", CfnResourceProps.builder()
                .type(RESOURCE_TYPE)
                .properties(properties)
                .build());
        this.attributes = new TemplateAttributeValues(wabaId, templateName, language, category, resource);
        String prefix = source == null || source.source() == null ? "" : source.source() + ": ";
        warnings.forEach(w -> software.amazon.awscdk.Annotations.of(this).addWarningV2("eumsocial:template-warning",
                prefix + w));
        if (versionedName != null) {
            VersionedRollout.wire(this, resource, versionedName, language, props);
        } else if (!inFolder) {
            resource.applyRemovalPolicy(props.getRemovalPolicy() == null ? RemovalPolicy.RETAIN : props.getRemovalPolicy());
        }
        if (!inFolder) {
            TypeRegistrations.dependOnRegistration(this);
        }
    }

    private static ObjectNode fromTypedProps(WhatsAppMessageTemplateProps props, java.util.function.Supplier<String> where) {
        requireProp(props.getTemplateName(), "templateName", where);
        requireProp(props.getLanguage(), "language", where);
        if (props.getCategory() == null) {
            throw new IllegalArgumentException(where.get() + ": WhatsAppMessageTemplateProps.category is required");
        }
        if (props.getComponents() == null || props.getComponents().isEmpty()) {
            throw new IllegalArgumentException(where.get()
                    + ": WhatsAppMessageTemplateProps needs components (at least a BODY) or a definition");
        }
        ObjectNode json = MetaJson.object();
        json.put("name", props.getTemplateName());
        json.put("language", props.getLanguage());
        json.put("category", props.getCategory().name());
        if (props.getParameterFormat() != null) {
            json.put("parameter_format", props.getParameterFormat().name().toLowerCase(Locale.ROOT));
        }
        ArrayNode components = json.putArray("components");
        props.getComponents().forEach(component -> components.add(component.toJson()));
        return json;
    }

    private static ObjectNode fromDefinition(WhatsAppMessageTemplateProps props, TemplateDefinitionSource source,
            java.util.function.Supplier<String> where, SynthProblems found) {
        if (props.getComponents() != null) {
            throw new IllegalArgumentException(where.get()
                    + ": WhatsAppMessageTemplateProps takes components or a definition, not both");
        }
        source.readProblems().forEach(problem -> found.add(null, problem));
        ObjectNode json = source.json();
        if (json == null) {
            return null;
        }
        if (props.getTemplateName() != null) {
            json.put("name", props.getTemplateName());
        }
        if (props.getLanguage() != null) {
            json.put("language", props.getLanguage());
        }
        if (props.getCategory() != null) {
            json.put("category", props.getCategory().name());
        }
        if (props.getParameterFormat() != null) {
            json.put("parameter_format", props.getParameterFormat().name().toLowerCase(Locale.ROOT));
        }
        return json;
    }

    /** The template-level settings given as props win over the definition's (as name and language do). */
    private static void applySettings(ObjectNode json, WhatsAppMessageTemplateProps props) {
        if (props.getMessageSendTtlSeconds() != null) {
            json.put(TemplateSettings.MESSAGE_SEND_TTL_SECONDS, props.getMessageSendTtlSeconds());
        }
        if (props.getCtaUrlLinkTrackingOptedOut() != null) {
            json.put(TemplateSettings.CTA_URL_LINK_TRACKING_OPTED_OUT, props.getCtaUrlLinkTrackingOptedOut());
        }
        if (props.getAllowCategoryChange() != null) {
            json.put(TemplateSettings.ALLOW_CATEGORY_CHANGE, props.getAllowCategoryChange());
        }
    }

    private static void requireProp(String value, String name, java.util.function.Supplier<String> where) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException(where.get() + ": WhatsAppMessageTemplateProps." + name + " is required");
        }
    }

    /**
     * Replaces {@code "file:<path>"} (relative to the definition) and {@code "s3://bucket/key"}
     * header samples with the handle of an upload of that media.
     */
    private static void resolveMediaFiles(ObjectNode json, Path baseDirectory, MediaFiles mediaFiles, SynthProblems found) {
        // Every header sample, including those of carousel cards.
        for (MediaSamples.Slot slot : MediaSamples.slots(json)) {
            ArrayNode handles = slot.handles();
            for (int j = 0; j < handles.size(); j++) {
                String value = handles.get(j).asText("");
                String field = slot.path() + "[" + j + "]";
                IWhatsAppTemplateMedia media = null;
                if (value.startsWith(FILE_REFERENCE)) {
                    media = mediaFile(value.substring(FILE_REFERENCE.length()), baseDirectory, slot.format(), field,
                            mediaFiles, found);
                } else if (value.startsWith(S3_REFERENCE)) {
                    media = mediaObject(value, slot.format(), field, mediaFiles, found);
                }
                if (media != null) {
                    handles.set(j, TextNode.valueOf(media.getMetaHeaderHandle()));
                }
            }
        }
    }

    private static IWhatsAppTemplateMedia mediaFile(String relative, Path baseDirectory, String format, String field,
            MediaFiles mediaFiles, SynthProblems found) {
        Path file = baseDirectory.resolve(relative).normalize();
        if (relative.isEmpty() || !Files.isRegularFile(file)) {
            found.add(field, "media file '" + relative + "' not found (looked for " + file + ")");
            return null;
        }
        String wrongType = MediaFormats.problem(format, relative);
        if (wrongType != null) {
            found.add(field, wrongType);
            return null;
        }
        return mediaFiles.upload(file);
    }

    private static IWhatsAppTemplateMedia mediaObject(String value, String format, String field, MediaFiles mediaFiles,
            SynthProblems found) {
        String rest = value.substring(S3_REFERENCE.length());
        int slash = rest.indexOf('/');
        if (slash < 1 || slash == rest.length() - 1) {
            found.add(field, "'" + value + "' is not an S3 object reference (expected s3://<bucket>/<key>)");
            return null;
        }
        String wrongType = MediaFormats.problem(format, rest);
        if (wrongType != null) {
            found.add(field, wrongType);
            return null;
        }
        return mediaFiles.uploadObject(rest.substring(0, slash), rest.substring(slash + 1));
    }

    private static void checkFields(ObjectNode json, SynthProblems found) {
        Iterator<String> names = json.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (name.equals("library_template_name")) {
                found.add(name, "library templates are declared with WhatsAppLibraryTemplate "
                        + "(a WhatsAppTemplateFolder does this for files holding library_template_name)");
            } else if (!DEFINITION_FIELDS.contains(name)) {
                found.add(name, "not supported by " + RESOURCE_TYPE
                        + ": a definition holds name, language, category, parameter_format, components, "
                        + String.join(", ", TemplateSettings.ALL));
            }
        }
    }

    private static String textOrNull(JsonNode json, String field) {
        JsonNode value = json.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }

    /** Internal hook behind the attribute getters (see DeclaredTemplateAttributes). */
    @Override
    public TemplateAttributeValues attributeValues() {
        return attributes;
    }

    private static final class Imported extends Resource implements IWhatsAppMessageTemplate {
        private final WhatsAppMessageTemplateAttributes attrs;

        Imported(Construct scope, String id, WhatsAppMessageTemplateAttributes attrs) {
            super(scope, id);
            this.attrs = attrs;
        }

        @Override
        public String getWabaId() {
            return attrs.getWabaId();
        }

        @Override
        public String getTemplateName() {
            return attrs.getTemplateName();
        }

        @Override
        public String getLanguage() {
            return attrs.getLanguage();
        }

        @Override
        public String getCategory() {
            return given(attrs.getCategory(), "category");
        }

        @Override
        public String getMetaTemplateId() {
            return given(attrs.getMetaTemplateId(), "metaTemplateId");
        }

        @Override
        public String getStatus() {
            return given(attrs.getStatus(), "status");
        }

        private String given(String value, String attribute) {
            if (value == null) {
                throw new IllegalStateException(getNode().getPath() + ": " + attribute
                        + " was not given when the template was imported (WhatsAppMessageTemplateAttributes." + attribute + ")");
            }
            return value;
        }
    }
}
