package com.eumsocial.whatsapp.cdk;

import com.eumsocial.whatsapp.definition.TemplateOwnership;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import software.amazon.awscdk.RemovalPolicies;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.RemovalPolicyProps;
import software.constructs.Construct;

/**
 * Every template of a folder of definition files (the GitOps layout): adding a file to git adds a
 * template, deleting it removes the template from the stack.
 *
 * <p>Layout: one template per file, {@code *.json} anywhere below the folder (subfolders are for
 * people: the file name and place carry no meaning). A file holds Meta's definition of one
 * template: {@code name}, {@code language}, {@code category}, {@code parameter_format},
 * {@code components}. Several languages of one name are several files. A file holding
 * {@code library_template_name} declares a template from Meta's library instead (see
 * {@code README.md}). A header sample {@code "file:images/banner.png"} in
 * {@code example.header_handle} uploads that file (relative to the definition file) and uses its
 * handle; each media file is uploaded once however many templates use it.
 *
 * <p>Each template's construct id is {@code <name>.<language>}, so its logical id survives
 * renaming or moving its file. Every problem of every file is reported together when the app is
 * synthesized, each with the construct path, the file and the field.
 */
public class WhatsAppTemplateFolder extends Construct {

    private final Map<String, IWhatsAppMessageTemplate> templates = new LinkedHashMap<>();
    private final Map<String, String> fileOfTemplate = new HashMap<>();
    private final MediaFiles mediaFiles;
    private final software.constructs.IConstruct appRoot;
    private final String wabaId;

    public WhatsAppTemplateFolder(Construct scope, String id, WhatsAppTemplateFolderProps props) {
        super(scope, id);
        java.util.function.Supplier<String> where = () -> getNode().getPath();
        Path directory = props.getDirectory();
        if (directory == null) {
            throw new IllegalArgumentException(where.get() + ": WhatsAppTemplateFolderProps.directory is required");
        }
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException(where.get() + ": template folder " + directory + " does not exist"
                    + " (resolved to " + directory.toAbsolutePath().normalize() + ")");
        }
        WabaReference waba = WabaReference.of(props.getWaba(), props.getWabaId(), props.getWabaArn(),
                () -> where.get() + ": WhatsAppTemplateFolderProps");
        this.mediaFiles = new MediaFiles(this, waba, directory);
        this.appRoot = getNode().getRoot();
        this.wabaId = waba.propertyValue();

        for (Path relative : definitionFiles(directory)) {
            Path file = directory.resolve(relative);
            declare(file, TemplateDefinitionSource.fromFile(file), waba, props);
        }
        // One aspect and one dependency for the whole folder instead of a jsii call per template; versioned
        // templates set their own policies (the old version's UpdateReplacePolicy follows keepPrevious).
        RemovalPolicies.of(this).apply(props.getRemovalPolicy() == null ? RemovalPolicy.RETAIN : props.getRemovalPolicy(),
                RemovalPolicyProps.builder()
                        .applyToResourceTypes(Boolean.TRUE.equals(props.getVersionedRollout())
                                ? List.of(WhatsAppLibraryTemplate.RESOURCE_TYPE)
                                : List.of(WhatsAppMessageTemplate.RESOURCE_TYPE, WhatsAppLibraryTemplate.RESOURCE_TYPE))
                        .build());
        TypeRegistrations.dependOnRegistration(this);
    }

    private void declare(Path file, TemplateDefinitionSource source, WabaReference waba, WhatsAppTemplateFolderProps props) {
        String fileName = file.toString();
        SynthProblems fileProblems = new SynthProblems(fileName);
        ObjectNode json = source.peek();
        if (json == null) {
            source.readProblems().forEach(problem -> fileProblems.add(null, problem));
            fileProblems.reportOn(this);
            return;
        }
        JsonNode name = json.get("name");
        JsonNode language = json.get("language");
        if (name == null || !name.isTextual() || name.asText().isEmpty()
                || language == null || !language.isTextual() || language.asText().isEmpty()) {
            fileProblems.add(name == null || !name.isTextual() || name.asText().isEmpty() ? "name" : "language",
                    "name and language are required strings: together they identify the template");
            fileProblems.reportOn(this);
            return;
        }
        String key = name.asText() + "." + language.asText();
        String earlier = fileOfTemplate.putIfAbsent(key, fileName);
        if (earlier != null) {
            fileProblems.add(null, "declares " + name.asText() + " in " + language.asText()
                    + " again (already declared in " + earlier + "); a WABA holds one template per name and language");
            fileProblems.reportOn(this);
            return;
        }
        String refusal = AppTemplateOwners.claim(appRoot, new TemplateOwnership.Identity(wabaId, name.asText(), language.asText()),
                () -> getNode().getPath() + " (" + fileName + ")");
        if (refusal != null) {
            fileProblems.add(null, refusal);
            fileProblems.reportOn(this);
            return;
        }
        IWhatsAppMessageTemplate template;
        if (LibraryTemplateFile.isLibraryTemplate(json)) {
            WhatsAppLibraryTemplateProps.Builder library = LibraryTemplateFile.read(json, fileProblems);
            template = new WhatsAppLibraryTemplate(this, key, wabaOn(library, waba)
                    .waitForApproval(props.getWaitForApproval())
                    .removalPolicy(props.getRemovalPolicy())
                    .build(), fileProblems, true);
        } else {
            template = new WhatsAppMessageTemplate(this, key, wabaOn(WhatsAppMessageTemplateProps.builder(), waba)
                    .definition(source)
                    .waitForApproval(props.getWaitForApproval())
                    .removalPolicy(props.getRemovalPolicy())
                    .versionedRollout(props.getVersionedRollout())
                    .keepPrevious(props.getKeepPrevious())
                    .currentNameParameter(props.getCurrentNameParameterPrefix() == null ? null
                            : props.getCurrentNameParameterPrefix() + "/" + name.asText() + "/" + language.asText())
                    .build(), mediaFiles, true);
        }
        templates.put(key, template);
    }

    private static WhatsAppLibraryTemplateProps.Builder wabaOn(WhatsAppLibraryTemplateProps.Builder props, WabaReference waba) {
        return waba.isArn() ? props.wabaArn(waba.propertyValue()) : props.wabaId(waba.propertyValue());
    }

    private static WhatsAppMessageTemplateProps.Builder wabaOn(WhatsAppMessageTemplateProps.Builder props, WabaReference waba) {
        return waba.isArn() ? props.wabaArn(waba.propertyValue()) : props.wabaId(waba.propertyValue());
    }

    /** {@code *.json} below the folder, sorted, skipping hidden files and folders (e.g. {@code .git}). */
    private static List<Path> definitionFiles(Path directory) {
        try (Stream<Path> walk = Files.walk(directory)) {
            List<Path> files = new ArrayList<>();
            walk.filter(Files::isRegularFile)
                    .map(directory::relativize)
                    .filter(relative -> relative.getFileName().toString().endsWith(".json"))
                    .filter(relative -> {
                        for (Path part : relative) {
                            if (part.toString().startsWith(".")) {
                                return false;
                            }
                        }
                        return true;
                    })
                    .forEach(files::add);
            Collections.sort(files);
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list template folder " + directory, e);
        }
    }

    /** The folder's templates in file order, keyed {@code <name>.<language>}. */
    public Map<String, IWhatsAppMessageTemplate> getTemplates() {
        return Collections.unmodifiableMap(templates);
    }

    /** The template of that name and language, or null when no file declares it. */
    public IWhatsAppMessageTemplate getTemplate(String name, String language) {
        return templates.get(name + "." + language);
    }

    /** How many distinct local media files the folder uploads. */
    public int getMediaFileCount() {
        return mediaFiles.count();
    }
}
