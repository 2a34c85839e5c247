package com.eumsocial.whatsapp.definition;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where a definition holds media samples ({@code example.header_handle} of a HEADER, at the top
 * level and in every carousel card), and what an exported sample means. Tools that resolve
 * {@code "file:..."} references or stand in for deploy-time handles walk these places, so a
 * carousel card's image is handled like a header's.
 */
public final class MediaSamples {
    /** A stand-in that passes the {@code header-handle} rule, for samples that are not handles yet. */
    public static final String STAND_IN_HANDLE = "4::c3RhbmQtaW4taGFuZGxl";

    /**
     * What an exported CDN URL (Meta returns the sample of a media header as a URL on its CDN)
     * means for a deployment.
     */
    public static final String CDN_URL_NOTE = "the header sample is Meta's CDN URL (as an export writes it): fine for "
            + "adopting the existing template, whose samples are not compared; to create the template anew (another WABA, "
            + "or after deleting it) replace it with \"file:<path to the image or video>\"";

    private MediaSamples() {
    }

    /**
     * One {@code header_handle} array.
     *
     * @param path    "components[0].example.header_handle" or "components[1].cards[0].components[0].example.header_handle"
     * @param format  the header's format as written (null when absent)
     * @param handles the array itself (changes write through to the definition)
     */
    public record Slot(String path, String format, ArrayNode handles) {
    }

    /** Every header_handle array of {@code definition}, top level first, then the cards in order. */
    public static List<Slot> slots(JsonNode definition) {
        List<Slot> slots = new ArrayList<>();
        if (definition != null) {
            collect(definition.path("components"), "components", slots);
        }
        return slots;
    }

    private static void collect(JsonNode components, String path, List<Slot> slots) {
        if (!components.isArray()) {
            return;
        }
        for (int i = 0; i < components.size(); i++) {
            JsonNode c = components.get(i);
            String at = path + "[" + i + "]";
            JsonNode handles = c.path("example").path("header_handle");
            if (handles.isArray()) {
                slots.add(new Slot(at + ".example.header_handle", c.path("format").isTextual()
                        ? c.get("format").textValue() : null, (ArrayNode) handles));
            }
            JsonNode cards = c.path("cards");
            for (int k = 0; k < cards.size(); k++) {
                collect(cards.get(k).path("components"), at + ".cards[" + k + "].components", slots);
            }
        }
    }

    /** Whether a sample is a URL (what Meta returns on read) rather than an upload handle. */
    public static boolean isCdnUrl(String sample) {
        return sample != null && sample.toLowerCase(Locale.ROOT).startsWith("https://");
    }

    /**
     * A copy of {@code definition} in which every CDN URL sample is the {@link #STAND_IN_HANDLE},
     * for validation; {@code found} receives the path of each one replaced.
     */
    public static ObjectNode withStandInsForCdnUrls(ObjectNode definition, List<String> found) {
        ObjectNode copy = definition.deepCopy();
        for (Slot slot : slots(copy)) {
            for (int h = 0; h < slot.handles().size(); h++) {
                if (isCdnUrl(slot.handles().get(h).asText(null))) {
                    slot.handles().set(h, STAND_IN_HANDLE);
                    found.add(slot.path() + "[" + h + "]");
                }
            }
        }
        return copy;
    }
}
