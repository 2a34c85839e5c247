package com.eumsocial.whatsapp.runner.plan;

import com.eumsocial.whatsapp.runner.invoke.HandlerInvoker;
import com.eumsocial.whatsapp.runner.invoke.ProgressEventJson;
import com.eumsocial.whatsapp.runner.invoke.ProgressListener;
import com.eumsocial.whatsapp.runner.invoke.ResourceType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import software.amazon.cloudformation.Action;

/**
 * Reads Meta's live state through the types' own READ and LIST handlers (what CloudFormation's
 * drift detection and import use). A WABA's template list is fetched once per reader (one per
 * deploy). Thread-safe.
 */
public final class MetaReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A read or list that failed for another reason than "not found". */
    public static final class ReadFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ReadFailure(String message) {
            super(message);
        }
    }

    private final Function<ResourceType, HandlerInvoker> invokers;
    private final Map<String, List<ObjectNode>> listed = new ConcurrentHashMap<>();

    public MetaReader(Function<ResourceType, HandlerInvoker> invokers) {
        this.invokers = invokers;
    }

    /** Whether the type has a read handler that asks Meta (a media handle cannot be read back). */
    public static boolean readable(ResourceType type) {
        return type != ResourceType.TEMPLATE_MEDIA;
    }

    /** The template's live model, or empty when Meta no longer has it. */
    public Optional<ObjectNode> read(ResourceType type, JsonNode wabaId, JsonNode metaTemplateId) {
        HandlerInvoker invoker = invokers.apply(type);
        ObjectNode key = JSON.createObjectNode();
        key.set("WabaId", wabaId);
        key.set("MetaTemplateId", metaTemplateId);
        // run, not invokeOnce: a throttled or failed read is retried as CloudFormation retries it
        ProgressEventJson event = invoker.run(invoker.request(Action.READ).desired(key).logicalResourceId("Read").build(),
            ProgressListener.NONE);
        if (event.isSuccess() && event.resourceModel() != null) {
            return Optional.of(event.resourceModel());
        }
        if (event.errorCode().filter("NotFound"::equals).isPresent()) {
            return Optional.empty();
        }
        throw new ReadFailure("reading MetaTemplateId " + metaTemplateId.asText() + " failed: " + event.errorCode().orElse("") + " "
            + event.message().orElse(""));
    }

    /** The WABA's templates as the LIST handler returns them (once per reader). */
    public List<ObjectNode> templates(String wabaId) {
        return listed.computeIfAbsent(wabaId, this::list);
    }

    /** The live template with this WABA, name and language, if any. */
    public Optional<ObjectNode> find(String wabaId, String name, String language) {
        return templates(wabaId).stream()
            .filter(m -> m.path("TemplateName").asText().equals(name) && m.path("Language").asText().equals(language))
            .findFirst();
    }

    private List<ObjectNode> list(String wabaId) {
        HandlerInvoker invoker = invokers.apply(ResourceType.MESSAGE_TEMPLATE);
        List<ObjectNode> out = new ArrayList<>();
        String token = null;
        do {
            ProgressEventJson page = invoker.run(invoker.request(Action.LIST)
                .desired(JSON.createObjectNode().put("WabaId", wabaId)).nextToken(token).logicalResourceId("List").build(),
                ProgressListener.NONE);
            if (!page.isSuccess()) {
                throw new ReadFailure("listing the templates of " + wabaId + " failed: " + page.errorCode().orElse("") + " "
                    + page.message().orElse(""));
            }
            out.addAll(page.resourceModels());
            token = page.nextToken().orElse(null);
        } while (token != null);
        return List.copyOf(out);
    }
}
