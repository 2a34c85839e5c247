package com.eumsocial.whatsapp.emulator.protocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import software.amazon.smithy.model.knowledge.HttpBinding;
import software.amazon.smithy.model.shapes.ListShape;
import software.amazon.smithy.model.shapes.MapShape;
import software.amazon.smithy.model.shapes.Shape;

/**
 * Builds an operation's input (keyed by member names) from the places restJson1 puts members:
 * URI labels, query parameters, headers, and the JSON document or payload of the body.
 */
public final class RequestReader {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ObjectMapper json;
    private final ShapeCodec codec;

    public RequestReader(ObjectMapper json, ShapeCodec codec) {
        this.json = json;
        this.codec = codec;
    }

    public ObjectNode read(ServiceModel.RouteMatch match, IncomingRequest request) {
        OperationRoute route = match.route();
        ObjectNode input = NODES.objectNode();
        JsonNode document = null;
        for (HttpBinding binding : route.requestBindings().values()) {
            String member = binding.getMemberName();
            switch (binding.getLocation()) {
                case LABEL:
                    input.set(member, codec.fromText(match.labels().get(binding.getLocationName()),
                            binding.getMember(), member));
                    break;
                case QUERY:
                    readQuery(input, binding, match.query());
                    break;
                case QUERY_PARAMS:
                    readQueryParams(input, binding, match);
                    break;
                case HEADER:
                    readHeader(input, binding, request);
                    break;
                case PAYLOAD:
                    readPayload(input, binding, request);
                    break;
                case DOCUMENT:
                    if (document == null) {
                        document = parseDocument(request.body());
                    }
                    JsonNode value = document.get(member);
                    if (value != null && !value.isNull()) {
                        input.set(member, codec.fromWire(value, binding.getMember(), member));
                    }
                    break;
                default:
                    break;
            }
        }
        return input;
    }

    /** Parses a body that must be a JSON object; an empty body is an empty object. */
    public JsonNode parseDocument(byte[] body) {
        if (body.length == 0 || new String(body, StandardCharsets.UTF_8).isBlank()) {
            return NODES.objectNode();
        }
        try {
            JsonNode node = json.readTree(body);
            if (node == null || !node.isObject()) {
                throw ProtocolError.serialization("The request body must be a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw ProtocolError.serialization("Malformed JSON in the request body: " + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw ProtocolError.serialization("Unreadable request body: " + e.getMessage());
        }
    }

    private void readQuery(ObjectNode input, HttpBinding binding, Map<String, List<String>> query) {
        List<String> values = query.get(binding.getLocationName());
        if (values == null) {
            return;
        }
        Shape target = codec.resolve(binding.getMember());
        String member = binding.getMemberName();
        if (target instanceof ListShape) {
            ArrayNode list = NODES.arrayNode();
            for (int i = 0; i < values.size(); i++) {
                list.add(codec.fromText(values.get(i), ((ListShape) target).getMember(), member + "[" + i + "]"));
            }
            input.set(member, list);
        } else {
            input.set(member, codec.fromText(values.get(0), binding.getMember(), member));
        }
    }

    private void readQueryParams(ObjectNode input, HttpBinding binding, ServiceModel.RouteMatch match) {
        Shape target = codec.resolve(binding.getMember());
        if (!(target instanceof MapShape)) {
            return;
        }
        MapShape map = (MapShape) target;
        Shape valueShape = codec.resolve(map.getValue());
        ObjectNode out = NODES.objectNode();
        match.query().forEach((name, values) -> {
            boolean boundElsewhere = match.route().requestBindings().values().stream()
                    .anyMatch(b -> b.getLocation() == HttpBinding.Location.QUERY && b.getLocationName().equals(name));
            if (boundElsewhere) {
                return;
            }
            if (valueShape instanceof ListShape) {
                ArrayNode list = NODES.arrayNode();
                values.forEach(list::add);
                out.set(name, list);
            } else {
                out.put(name, values.get(0));
            }
        });
        if (out.size() > 0) {
            input.set(binding.getMemberName(), out);
        }
    }

    private void readHeader(ObjectNode input, HttpBinding binding, IncomingRequest request) {
        List<String> values = request.headers().get(binding.getLocationName());
        if (values == null || values.isEmpty()) {
            return;
        }
        Shape target = codec.resolve(binding.getMember());
        String member = binding.getMemberName();
        if (target instanceof ListShape) {
            ArrayNode list = NODES.arrayNode();
            for (String value : values) {
                for (String part : value.split(",")) {
                    list.add(codec.fromText(part.trim(), ((ListShape) target).getMember(), member));
                }
            }
            input.set(member, list);
        } else {
            input.set(member, codec.fromText(values.get(0), binding.getMember(), member));
        }
    }

    private void readPayload(ObjectNode input, HttpBinding binding, IncomingRequest request) {
        Shape target = codec.resolve(binding.getMember());
        String member = binding.getMemberName();
        byte[] body = request.body();
        if (body.length == 0) {
            return;
        }
        if (target.isBlobShape()) {
            input.set(member, NODES.binaryNode(body));
        } else if (target.isStringShape()) {
            input.put(member, new String(body, StandardCharsets.UTF_8));
        } else {
            input.set(member, codec.fromWire(parseDocument(body), binding.getMember(), member));
        }
    }
}
