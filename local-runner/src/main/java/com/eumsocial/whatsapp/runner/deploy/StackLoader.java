package com.eumsocial.whatsapp.runner.deploy;

import com.eumsocial.whatsapp.definition.JsonSyntaxError;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads what {@code deploy PATH} points at: a synthesized template ({@code *.template.json}), a
 * {@code cdk.out} folder (every {@code *.template.json} in it, one stack each), or a folder of
 * Meta-format template files ({@link TemplateFolderReader}). CDK app folders are synthesized
 * first by {@link CdkSynthesizer}.
 */
public final class StackLoader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private StackLoader() {
    }

    /** True when {@code dir} looks like a synthesized cloud assembly. */
    public static boolean isCloudAssembly(Path dir) {
        return Files.isDirectory(dir) && (Files.exists(dir.resolve("manifest.json")) || !templateFiles(dir).isEmpty());
    }

    /** True when {@code dir} is a CDK app (cdk.json) rather than templates. */
    public static boolean isCdkApp(Path dir) {
        return Files.isDirectory(dir) && Files.exists(dir.resolve("cdk.json"));
    }

    /** Every {@code *.template.json} directly in {@code dir}, sorted. */
    public static List<Path> templateFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".template.json")).sorted().toList();
        } catch (IOException e) {
            throw new TemplateLoadException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    /** All stacks of a cloud assembly folder. */
    public static List<StackTemplate> loadAssembly(Path dir) {
        List<StackTemplate> stacks = new ArrayList<>();
        for (Path file : templateFiles(dir)) {
            stacks.add(loadTemplateFile(file));
        }
        if (stacks.isEmpty()) {
            throw new TemplateLoadException(dir + ": no *.template.json in this folder");
        }
        return stacks;
    }

    /** One synthesized template, with the file assets of the {@code <stack>.assets.json} next to it. */
    public static StackTemplate loadTemplateFile(Path file) {
        String fileName = file.getFileName().toString();
        String stackName = fileName.endsWith(".template.json") ? fileName.substring(0, fileName.length() - ".template.json".length())
            : fileName.replaceFirst("\\.json$", "");
        JsonNode root = readJson(file);
        Path assetsFile = file.resolveSibling(stackName + ".assets.json");
        Map<String, StackTemplate.AssetFile> assets = Files.exists(assetsFile) ? readAssets(assetsFile) : Map.of();
        return parse(stackName, file.toString(), root, assets);
    }

    static JsonNode readJson(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new TemplateLoadException(file + ": " + jsonProblem(e), e);
        }
    }

    /** A syntax error with its line and column (Jackson's own message redacts the source); other I/O errors as they are. */
    static String jsonProblem(IOException e) {
        return e instanceof JsonProcessingException syntax ? JsonSyntaxError.describe(syntax) : "not readable: " + e.getMessage();
    }

    /** CDK's asset manifest: file assets by {@code "<bucketName>/<objectKey>"} (pseudo parameters unresolved). */
    static Map<String, StackTemplate.AssetFile> readAssets(Path assetsFile) {
        Map<String, StackTemplate.AssetFile> out = new LinkedHashMap<>();
        JsonNode files = readJson(assetsFile).path("files");
        files.fields().forEachRemaining(entry -> {
            JsonNode asset = entry.getValue();
            if (!"file".equals(asset.path("source").path("packaging").asText("file"))) {
                return;   // zipped directories are not media files
            }
            Path local = assetsFile.resolveSibling(asset.path("source").path("path").asText());
            asset.path("destinations").forEach(dest -> {
                String bucket = dest.path("bucketName").asText();
                String key = dest.path("objectKey").asText();
                out.put(bucket + "/" + key, new StackTemplate.AssetFile(bucket, key, local));
            });
        });
        return out;
    }

    /** Parses a template's JSON: resources (with DependsOn, Condition, policies), outputs, parameters. */
    public static StackTemplate parse(String stackName, String source, JsonNode root, Map<String, StackTemplate.AssetFile> assets) {
        if (!root.isObject() || !root.path("Resources").isObject()) {
            throw new TemplateLoadException(source + ": not a CloudFormation template (no \"Resources\" object)");
        }
        Map<String, DeclaredResource> resources = new LinkedHashMap<>();
        root.path("Resources").fields().forEachRemaining(entry -> {
            String id = entry.getKey();
            JsonNode r = entry.getValue();
            if (!r.path("Type").isTextual()) {
                throw new TemplateLoadException(source + ": Resources." + id + ".Type: missing or not a string");
            }
            JsonNode props = r.path("Properties");
            if (!props.isMissingNode() && !props.isObject()) {
                throw new TemplateLoadException(source + ": Resources." + id + ".Properties: must be an object");
            }
            Set<String> dependsOn = new LinkedHashSet<>();
            JsonNode deps = r.path("DependsOn");
            if (deps.isTextual()) {
                dependsOn.add(deps.asText());
            } else if (deps.isArray()) {
                deps.forEach(d -> dependsOn.add(d.asText()));
            }
            ObjectNode properties = props.isObject() ? ((ObjectNode) props).deepCopy() : JSON.createObjectNode();
            resources.put(id, new DeclaredResource(id, r.path("Type").asText(), properties, dependsOn,
                r.path("Condition").isTextual() ? r.path("Condition").asText() : null,
                r.path("DeletionPolicy").asText("Delete"), r.path("UpdateReplacePolicy").asText("Delete"),
                label(id, properties, r.path("Metadata"))));
        });
        for (DeclaredResource r : resources.values()) {
            for (String dep : r.dependsOn()) {
                if (!resources.containsKey(dep)) {
                    throw new TemplateLoadException(source + ": Resources." + r.logicalId() + ".DependsOn: unknown resource " + dep);
                }
            }
        }
        ObjectNode outputs = root.path("Outputs").isObject() ? (ObjectNode) root.get("Outputs") : JSON.createObjectNode();
        ObjectNode parameters = root.path("Parameters").isObject() ? (ObjectNode) root.get("Parameters") : JSON.createObjectNode();
        List<String> notes = new ArrayList<>();
        if (root.has("Rules")) {
            notes.add("Rules (e.g. CDK's bootstrap version check) are not evaluated locally, skipped");
        }
        return new StackTemplate(stackName, source, resources, outputs, parameters, assets, notes);
    }

    /** Written by cdk-constructs' WhatsAppTemplateMedia (the runner does not depend on cdk-constructs). */
    static final String MEDIA_SOURCE_METADATA = "EUMSocial:MediaSource";

    private static String label(String logicalId, JsonNode properties, JsonNode metadata) {
        JsonNode name = properties.get("TemplateName");
        JsonNode language = properties.get("Language");
        if (name != null && name.isTextual() && language != null && language.isTextual()) {
            return name.asText() + "/" + language.asText();
        }
        // cdk-constructs' WhatsAppTemplateMedia names its file here (the asset key is a hash, and CDK writes
        // aws:cdk:path only when the cdk CLI synthesizes)
        String source = metadata.path(MEDIA_SOURCE_METADATA).asText("");
        if (!source.isEmpty()) {
            return source;
        }
        String cdkPath = metadata.path("aws:cdk:path").asText("");
        // cdk-constructs names a media construct "Media:<path with / written as -->"; its file name is what people know
        int media = cdkPath.indexOf("Media:");
        if (media >= 0) {
            String path = cdkPath.substring(media + "Media:".length());
            int slash = path.indexOf('/');
            path = slash < 0 ? path : path.substring(0, slash);
            int sep = path.lastIndexOf("--");
            return sep < 0 ? path : path.substring(sep + 2);
        }
        return logicalId;
    }
}
