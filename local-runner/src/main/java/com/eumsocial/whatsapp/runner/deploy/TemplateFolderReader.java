package com.eumsocial.whatsapp.runner.deploy;

import com.eumsocial.whatsapp.definition.DefinitionProblem;
import com.eumsocial.whatsapp.definition.MediaSamples;
import com.eumsocial.whatsapp.definition.TemplateSettings;
import com.eumsocial.whatsapp.definition.TemplateValidator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A folder of Meta-format template files read with the layout rules of cdk-constructs'
 * {@code WhatsAppTemplateFolder} (without depending on it): every {@code *.json} below the folder
 * (any depth, names starting with {@code .} skipped) is one template; a file with
 * {@code library_template_name} is a LibraryTemplate; a header sample {@code "file:<path>"}
 * (relative to the file) becomes a TemplateMedia of that file; the logical id is
 * {@code <name>.<language>} ({@code Media:<path>} for a media file); two files with one name+language are an error. Deleting a file deletes
 * the template on the next deploy (DeletionPolicy Delete: there is no CDK app to choose otherwise).
 */
public final class TemplateFolderReader {
    /** The bucket name local media files are served under (the emulator's media store, never S3). */
    public static final String LOCAL_MEDIA_BUCKET = "local-runner-media";
    private static final ObjectMapper JSON = new ObjectMapper();

    private TemplateFolderReader() {
    }

    public static StackTemplate read(Path folder, String wabaId) {
        if (!Files.isDirectory(folder)) {
            throw new TemplateLoadException(folder + ": not a folder");
        }
        List<Path> files = definitionFiles(folder);
        List<String> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Map<String, DeclaredResource> resources = new LinkedHashMap<>();
        Map<String, Path> declaredBy = new LinkedHashMap<>();
        Map<String, StackTemplate.AssetFile> assets = new LinkedHashMap<>();
        Map<Path, String> mediaIds = new LinkedHashMap<>();
        for (Path file : files) {
            JsonNode json;
            try {
                json = JSON.readTree(file.toFile());
            } catch (IOException e) {
                problems.add(folder.relativize(file) + ": " + StackLoader.jsonProblem(e));
                continue;
            }
            String where = folder.relativize(file).toString();
            if (!json.isObject() || !json.path("name").isTextual() || !json.path("language").isTextual()) {
                problems.add(where + ": needs \"name\" and \"language\" (Meta's template definition JSON)");
                continue;
            }
            String name = json.get("name").asText();
            String language = json.get("language").asText();
            String id = name + "." + language;
            Path other = declaredBy.putIfAbsent(id, file);
            if (other != null) {
                problems.add(where + ": declares " + name + " (" + language + ") again; already in " + folder.relativize(other));
                continue;
            }
            ObjectNode props = JSON.createObjectNode();
            props.put("WabaId", wabaId);
            props.put("TemplateName", name);
            if (json.has("library_template_name")) {
                props.put("LibraryTemplateName", json.path("library_template_name").asText());
                props.put("Category", json.path("category").asText().toUpperCase(Locale.ROOT));
                props.put("Language", language);
                if (json.has("library_template_button_inputs")) {
                    props.set("ButtonInputs", pascal(json.get("library_template_button_inputs")));
                }
                if (json.has("library_template_body_inputs")) {
                    props.set("BodyInputs", pascal(json.get("library_template_body_inputs")));
                }
                resources.put(id, new DeclaredResource(id, "EUMSocial::WhatsApp::LibraryTemplate", props, new LinkedHashSet<>(), null,
                    "Delete", "Delete", name + "/" + language));
                continue;
            }
            ObjectNode definition = ((ObjectNode) json).deepCopy();
            ObjectNode forValidation = definition.deepCopy();
            LinkedHashSet<String> dependsOn = new LinkedHashSet<>();
            // Every header sample, including those of carousel cards; the two lists walk the same places.
            List<MediaSamples.Slot> slots = MediaSamples.slots(definition);
            List<MediaSamples.Slot> checkedSlots = MediaSamples.slots(forValidation);
            for (int s = 0; s < slots.size(); s++) {
                ArrayNode handles = slots.get(s).handles();
                for (int h = 0; h < handles.size(); h++) {
                    String value = handles.get(h).asText();
                    if (MediaSamples.isCdnUrl(value)) {
                        // Meta's CDN URL, as an export writes it: it identifies nothing Meta can re-use, so it is
                        // only good for adopting the existing template (where header samples are not compared).
                        checkedSlots.get(s).handles().set(h, MediaSamples.STAND_IN_HANDLE);
                        notes.add(where + ": " + slots.get(s).path() + "[" + h + "]: " + MediaSamples.CDN_URL_NOTE);
                        continue;
                    }
                    if (!value.startsWith("file:")) {
                        continue;
                    }
                    Path media = file.getParent().resolve(value.substring("file:".length())).normalize();
                    if (!Files.isRegularFile(media)) {
                        problems.add(where + ": " + slots.get(s).path() + "[" + h + "]: " + media + " does not exist");
                        continue;
                    }
                    String mediaId = mediaIds.computeIfAbsent(media, m -> "Media:" + folder.toAbsolutePath().normalize()
                        .relativize(m.toAbsolutePath().normalize()).toString().replace('\\', '/'));
                    if (!resources.containsKey(mediaId)) {
                        String key = sha256(media) + extension(media);
                        ObjectNode mediaProps = JSON.createObjectNode();
                        mediaProps.put("WabaId", wabaId);
                        mediaProps.put("SourceS3Bucket", LOCAL_MEDIA_BUCKET);
                        mediaProps.put("SourceS3Key", key);
                        resources.put(mediaId, new DeclaredResource(mediaId, "EUMSocial::WhatsApp::TemplateMedia", mediaProps,
                            new LinkedHashSet<>(), null, "Delete", "Delete", media.getFileName().toString()));
                        assets.put(LOCAL_MEDIA_BUCKET + "/" + key, new StackTemplate.AssetFile(LOCAL_MEDIA_BUCKET, key, media));
                    }
                    ObjectNode getAtt = JSON.createObjectNode();
                    getAtt.putArray("Fn::GetAtt").add(mediaId).add("MetaHeaderHandle");
                    handles.set(h, getAtt);
                    checkedSlots.get(s).handles().set(h, MediaSamples.STAND_IN_HANDLE);
                    dependsOn.add(mediaId);
                }
            }
            for (DefinitionProblem p : TemplateValidator.validate(forValidation)) {
                problems.add(where + ": " + p);
            }
            props.put("Language", language);
            if (definition.hasNonNull("parameter_format")) {
                props.put("ParameterFormat", definition.get("parameter_format").asText().toUpperCase(Locale.ROOT));
            }
            props.put("Category", definition.path("category").asText().toUpperCase(Locale.ROOT));
            props.set("Components", definition.path("components").deepCopy());
            TemplateSettings.PROPERTY_NAMES.forEach((field, property) -> {
                if (definition.hasNonNull(field)) {
                    props.set(property, definition.get(field).deepCopy());
                }
            });
            for (DefinitionProblem w : TemplateValidator.warnings(forValidation)) {
                notes.add(where + ": " + w);
            }
            resources.put(id, new DeclaredResource(id, "EUMSocial::WhatsApp::MessageTemplate", props, dependsOn, null,
                "Delete", "Delete", name + "/" + language));
        }
        if (!problems.isEmpty()) {
            throw new TemplateLoadException(folder + ": " + problems.size() + " problem(s):\n  " + String.join("\n  ", problems));
        }
        if (resources.isEmpty()) {
            throw new TemplateLoadException(folder + ": no template files (*.json) in this folder");
        }
        return new StackTemplate(folder.toAbsolutePath().normalize().getFileName().toString(), folder.toString(), resources,
            JSON.createObjectNode(), JSON.createObjectNode(), assets, notes);
    }

    /** Every {@code *.json} below the folder, sorted, skipping names that start with {@code .} (the layout's rule). */
    public static List<Path> definitionFiles(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                .filter(p -> p.getFileName().toString().endsWith(".json"))
                .filter(p -> !hiddenOrState(folder.relativize(p)))
                .sorted().toList();
        } catch (IOException e) {
            throw new TemplateLoadException("cannot read " + folder + ": " + e.getMessage(), e);
        }
    }

    private static boolean hiddenOrState(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** Meta's snake_case request keys to the resource type's PascalCase property names. */
    static JsonNode pascal(JsonNode node) {
        if (node.isObject()) {
            ObjectNode out = JSON.createObjectNode();
            node.fields().forEachRemaining(e -> out.set(pascalName(e.getKey()), pascal(e.getValue())));
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = JSON.createArrayNode();
            node.forEach(n -> out.add(pascal(n)));
            return out;
        }
        return node.deepCopy();
    }

    static String pascalName(String snake) {
        StringBuilder out = new StringBuilder();
        for (String part : snake.split("_")) {
            if (!part.isEmpty()) {
                out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return out.toString();
    }

    private static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new TemplateLoadException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot).toLowerCase(Locale.ROOT);
    }
}
