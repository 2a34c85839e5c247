package com.eumsocial.whatsapp.runner.validate;

import com.eumsocial.whatsapp.definition.DefinitionProblem;
import com.eumsocial.whatsapp.definition.JsonSourceLocator;
import com.eumsocial.whatsapp.definition.Rule;
import com.eumsocial.whatsapp.definition.SupportedLanguages;
import com.eumsocial.whatsapp.definition.TemplateOwnership;
import com.eumsocial.whatsapp.definition.TemplateOwnership.Declaration;
import com.eumsocial.whatsapp.definition.TemplateOwnership.Identity;
import com.eumsocial.whatsapp.definition.TemplateValidator;
import com.eumsocial.whatsapp.runner.deploy.StackLoader;
import com.eumsocial.whatsapp.runner.deploy.TemplateFolderReader;
import com.eumsocial.whatsapp.runner.deploy.TemplateLoadException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * {@code validate PATH}, offline: every rule of the rule book on every template of a folder of
 * Meta-format files, a {@code cdk.out}, one stack template or a CDK app (synthesized first), and the
 * cross-template rule {@value TemplateOwnership#RULE_ID} over all of them together. Each problem is
 * placed at the line and column of the offending JSON value in the file that holds it.
 */
public final class PathValidator {
    static final String MESSAGE_TEMPLATE = "EUMSocial::WhatsApp::MessageTemplate";
    static final String LIBRARY_TEMPLATE = "EUMSocial::WhatsApp::LibraryTemplate";
    /** A well-formed handle standing in for media the deployment uploads (a file: reference, a GetAtt, a CDN URL). */
    static final String STAND_IN_HANDLE = "4::dmFsaWRhdGU=";
    /** Stands in for any other deploy-time value (a Fn::Join in a footer, a Ref). */
    static final String STAND_IN_TEXT = "Sample";
    static final String MEDIA_FILE_RULE = "media-file";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final Path workingDirectory;
    private final String folderWaba;
    private final List<Finding> findings = new ArrayList<>();
    private final List<Declaration<Place>> declarations = new ArrayList<>();
    private int files;
    private int templates;

    private PathValidator(Path workingDirectory, String folderWaba) {
        this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
        this.folderWaba = folderWaba;
    }

    /**
     * @param folderWaba  the WABA of a plain folder's templates (for the one-owner rule)
     * @param synthesizer turns a CDK app folder into its cloud assembly folder
     * @throws TemplateLoadException when PATH is no input validate knows (nothing to judge)
     */
    public static ValidationReport validate(Path input, String folderWaba, UnaryOperator<Path> synthesizer, Path workingDirectory) {
        PathValidator v = new PathValidator(workingDirectory, folderWaba);
        if (Files.isRegularFile(input)) {
            v.stackTemplate(input);
        } else if (!Files.isDirectory(input)) {
            throw new TemplateLoadException(input + ": no such file or folder");
        } else if (StackLoader.isCdkApp(input)) {
            v.assembly(synthesizer.apply(input));
        } else if (StackLoader.isCloudAssembly(input)) {
            v.assembly(input);
        } else {
            v.folder(input);
        }
        for (TemplateOwnership.Conflict<Place> c : TemplateOwnership.conflicts(v.declarations)) {
            Place again = c.again().origin();
            v.findings.add(again.finding(TemplateOwnership.RULE_ID, c.message()));
        }
        return new ValidationReport(v.files, v.templates, v.findings);
    }

    // ---- a folder of Meta-format files ---------------------------------------------------------

    private void folder(Path folder) {
        List<Path> all = TemplateFolderReader.definitionFiles(folder);
        if (all.isEmpty()) {
            throw new TemplateLoadException(folder + ": no template files (*.json), no cdk.json and no *.template.json here");
        }
        for (Path file : all) {
            definitionFile(file);
        }
    }

    private void definitionFile(Path path) {
        SourceFile file = read(path);
        if (file == null || !file.json.isObject()) {
            if (file != null) {
                findings.add(file.at("", Rule.JSON_SYNTAX.id(), "must be a JSON object (Meta's template definition)"));
            }
            return;
        }
        templates++;
        ObjectNode definition = ((ObjectNode) file.json).deepCopy();
        String name = text(definition, "name");
        String language = text(definition, "language");
        if (name != null && language != null) {
            declarations.add(new Declaration<>(new Identity(folderWaba, name, language), file.display, new Place(file, "/name")));
        }
        if (definition.has("library_template_name")) {
            libraryLanguage(file, language, "/language");
            return;
        }
        replaceMedia(file, definition, path.getParent());
        for (DefinitionProblem p : TemplateValidator.validate(definition)) {
            findings.add(file.at(p.pointer(), p.rule(), p.toString()));
        }
    }

    /** {@code file:} samples must name an existing file; they (and exported CDN URLs) stand in as handles. */
    private void replaceMedia(SourceFile file, ObjectNode definition, Path base) {
        JsonNode components = definition.path("components");
        for (int c = 0; c < components.size(); c++) {
            JsonNode handles = components.get(c).path("example").path("header_handle");
            for (int h = 0; h < handles.size(); h++) {
                String value = handles.get(h).asText("");
                if (value.startsWith("file:")) {
                    Path media = base.resolve(value.substring("file:".length())).normalize();
                    if (!Files.isRegularFile(media)) {
                        findings.add(file.at("/components/" + c + "/example/header_handle/" + h, MEDIA_FILE_RULE,
                                "components[" + c + "].example.header_handle[" + h + "]: media file " + display(media)
                                        + " does not exist"));
                    }
                }
                if (value.startsWith("file:") || value.startsWith("https://")) {
                    ((ArrayNode) handles).set(h, TextNode.valueOf(STAND_IN_HANDLE));
                }
            }
        }
    }

    // ---- synthesized stacks ----------------------------------------------------------------------

    private void assembly(Path dir) {
        List<Path> stacks = StackLoader.templateFiles(dir);
        if (stacks.isEmpty()) {
            throw new TemplateLoadException(dir + ": no *.template.json in this folder");
        }
        stacks.forEach(this::stackTemplate);
    }

    private void stackTemplate(Path path) {
        SourceFile file = read(path);
        if (file == null) {
            return;
        }
        JsonNode resources = file.json.path("Resources");
        if (!resources.isObject()) {
            findings.add(file.at("", "stack-template", "not a CloudFormation template (no \"Resources\" object)"));
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = resources.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> resource = it.next();
            String type = resource.getValue().path("Type").asText();
            if (type.equals(MESSAGE_TEMPLATE) || type.equals(LIBRARY_TEMPLATE)) {
                templates++;
                stackResource(file, "/Resources/" + escape(resource.getKey()), type, resource.getValue().path("Properties"));
            }
        }
    }

    private void stackResource(SourceFile file, String resourcePointer, String type, JsonNode props) {
        String properties = resourcePointer + "/Properties";
        String name = text(props, "TemplateName");
        String language = text(props, "Language");
        JsonNode waba = props.get("WabaId");
        if (name != null && language != null && waba != null) {
            String wabaId = waba.isTextual() ? waba.asText() : waba.toString();
            declarations.add(new Declaration<>(new Identity(wabaId, name, language), file.display + " " + resourcePointer.substring(1),
                    new Place(file, properties + "/TemplateName")));
        }
        if (type.equals(LIBRARY_TEMPLATE)) {
            libraryLanguage(file, language, properties + "/Language");
            return;
        }
        ObjectNode definition = JSON.createObjectNode();
        copy(props, "TemplateName", definition, "name", "deploy_time_name");
        copy(props, "Language", definition, "language", "en_US");
        copy(props, "Category", definition, "category", "UTILITY");
        if (props.hasNonNull("ParameterFormat") && props.get("ParameterFormat").isTextual()) {
            definition.put("parameter_format", props.get("ParameterFormat").asText().toLowerCase(Locale.ROOT));
        }
        if (props.has("Components")) {
            definition.set("components", standIns(props.get("Components"), false));
        }
        for (DefinitionProblem p : TemplateValidator.validate(definition)) {
            findings.add(file.at(properties + propertyPointer(p.pointer()), p.rule(), p.toString()));
        }
    }

    /** The CloudFormation property a definition pointer lives in. */
    static String propertyPointer(String definitionPointer) {
        for (String[] field : new String[][] {{"/name", "/TemplateName"}, {"/language", "/Language"}, {"/category", "/Category"},
                {"/parameter_format", "/ParameterFormat"}, {"/components", "/Components"}}) {
            if (definitionPointer.equals(field[0]) || definitionPointer.startsWith(field[0] + "/")) {
                return field[1] + definitionPointer.substring(field[0].length());
            }
        }
        return "";
    }

    /** Replaces deploy-time values ({"Fn::GetAtt": ...}, {"Ref": ...}) by plausible stand-ins. */
    private static JsonNode standIns(JsonNode node, boolean handle) {
        if (node.isObject() && node.size() == 1) {
            String key = node.fieldNames().next();
            if (key.equals("Ref") || key.startsWith("Fn::")) {
                return TextNode.valueOf(handle ? STAND_IN_HANDLE : STAND_IN_TEXT);
            }
        }
        if (node.isObject()) {
            ObjectNode out = JSON.createObjectNode();
            node.fields().forEachRemaining(e -> out.set(e.getKey(), standIns(e.getValue(), handle || e.getKey().equals("header_handle"))));
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = JSON.createArrayNode();
            node.forEach(n -> out.add(standIns(n, handle)));
            return out;
        }
        return node;
    }

    // ---- shared ----------------------------------------------------------------------------------

    private void libraryLanguage(SourceFile file, String language, String pointer) {
        if (language != null && !SupportedLanguages.isSupported(language)) {
            findings.add(file.at(pointer, Rule.LANGUAGE_SUPPORTED.id(), "language: " + SupportedLanguages.refusal(language)));
        }
    }

    private SourceFile read(Path path) {
        files++;
        String display = display(path);
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            findings.add(new Finding(display, 1, 1, "", Rule.FILE_READ.id(), "cannot read the file: " + e.getMessage()));
            return null;
        }
        try {
            JsonNode json = JSON.readTree(text);
            if (json == null) {
                findings.add(new Finding(display, 1, 1, "", Rule.JSON_SYNTAX.id(), "the file is empty; expected a JSON object"));
                return null;
            }
            return new SourceFile(display, text, json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            findings.add(new Finding(display, at == null ? 1 : Math.max(1, at.getLineNr()), at == null ? 1 : Math.max(1, at.getColumnNr()),
                    "", Rule.JSON_SYNTAX.id(), "malformed JSON: " + e.getOriginalMessage()));
            return null;
        }
    }

    private String display(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        return (abs.startsWith(workingDirectory) ? workingDirectory.relativize(abs) : abs).toString().replace('\\', '/');
    }

    private static String text(JsonNode json, String field) {
        JsonNode value = json.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }

    /** Copies a property; a deploy-time value ({"Ref": ...}) is replaced by a valid stand-in, so only literals are judged. */
    private static void copy(JsonNode from, String property, ObjectNode to, String field, String standIn) {
        if (from.has(property)) {
            JsonNode value = from.get(property);
            to.set(field, value.isObject() ? TextNode.valueOf(standIn) : value);
        }
    }

    private static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }

    /** A file read once; its locator is built only when a problem needs a position. */
    private static final class SourceFile {
        final String display;
        final String text;
        final JsonNode json;
        private JsonSourceLocator locator;

        SourceFile(String display, String text, JsonNode json) {
            this.display = display;
            this.text = text;
            this.json = json;
        }

        Finding at(String pointer, String rule, String message) {
            if (locator == null) {
                locator = JsonSourceLocator.of(text);
            }
            JsonSourceLocator.Position p = locator.locate(pointer).orElse(new JsonSourceLocator.Position(1, 1));
            return new Finding(display, p.line(), p.column(), pointer, rule, message);
        }
    }

    /** Where a declaration is, to place a one-owner conflict. */
    record Place(SourceFile file, String pointer) {
        Finding finding(String rule, String message) {
            return file.at(pointer, rule, message);
        }
    }
}
