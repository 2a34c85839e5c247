package com.eumsocial.whatsapp.emulator.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BinaryNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import software.amazon.smithy.model.Model;
import software.amazon.smithy.model.shapes.ListShape;
import software.amazon.smithy.model.shapes.MapShape;
import software.amazon.smithy.model.shapes.MemberShape;
import software.amazon.smithy.model.shapes.Shape;
import software.amazon.smithy.model.shapes.ShapeType;

/**
 * Converts between restJson1 wire JSON and the backend's form of a shape's value: the same JSON
 * tree except that blobs are {@link BinaryNode} (base64 text on the wire) and type mistakes are
 * caught with the member path named. Timestamps are epoch seconds on both sides.
 */
public final class ShapeCodec {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Model model;

    public ShapeCodec(Model model) {
        this.model = model;
    }

    /** Wire JSON to backend form; unknown members are ignored and JSON nulls mean "absent". */
    public JsonNode fromWire(JsonNode wire, Shape shape, String path) {
        Shape target = resolve(shape);
        switch (target.getType()) {
            case STRUCTURE:
            case UNION:
                return structureFromWire(wire, target, path);
            case LIST:
            case SET:
                return listFromWire(wire, (ListShape) target, path);
            case MAP:
                return mapFromWire(wire, (MapShape) target, path);
            case BLOB:
                return blobFromWire(wire, path);
            case TIMESTAMP:
                return timestampFromWire(wire, path);
            case BOOLEAN:
                expect(wire.isBoolean(), "a boolean", wire, path);
                return wire;
            case BYTE:
            case SHORT:
            case INTEGER:
            case INT_ENUM:
                expect(wire.isIntegralNumber() && wire.canConvertToInt(), "an integer", wire, path);
                return NODES.numberNode(wire.intValue());
            case LONG:
            case BIG_INTEGER:
                expect(wire.isIntegralNumber(), "an integer", wire, path);
                return NODES.numberNode(wire.longValue());
            case FLOAT:
            case DOUBLE:
            case BIG_DECIMAL:
                expect(wire.isNumber(), "a number", wire, path);
                return wire;
            case DOCUMENT:
                return wire;
            default:
                expect(wire.isTextual(), "a string", wire, path);
                return wire;
        }
    }

    /** Backend form to wire JSON: only members the shape declares are written. */
    public JsonNode toWire(JsonNode value, Shape shape) {
        Shape target = resolve(shape);
        switch (target.getType()) {
            case STRUCTURE:
            case UNION: {
                ObjectNode out = NODES.objectNode();
                if (!value.isObject()) {
                    throw new IllegalStateException("backend returned " + value.getNodeType() + " for structure "
                            + target.getId().getName());
                }
                for (MemberShape member : target.members()) {
                    JsonNode memberValue = value.get(member.getMemberName());
                    if (memberValue != null && !memberValue.isNull()) {
                        out.set(member.getMemberName(), toWire(memberValue, member));
                    }
                }
                return out;
            }
            case LIST:
            case SET: {
                ArrayNode out = NODES.arrayNode();
                MemberShape member = ((ListShape) target).getMember();
                value.forEach(item -> out.add(item.isNull() ? item : toWire(item, member)));
                return out;
            }
            case MAP: {
                ObjectNode out = NODES.objectNode();
                MemberShape member = ((MapShape) target).getValue();
                value.fields().forEachRemaining(e -> out.set(e.getKey(), toWire(e.getValue(), member)));
                return out;
            }
            case BLOB:
                if (value.isBinary()) {
                    return NODES.textNode(Base64.getEncoder().encodeToString(((BinaryNode) value).binaryValue()));
                }
                return value;
            case TIMESTAMP:
                if (value.isTextual()) {
                    Instant instant = Instant.parse(value.asText());
                    return epochSeconds(instant);
                }
                return value;
            default:
                return value;
        }
    }

    /** Converts a query-string or label value to the member's type (restJson1 text encodings). */
    public JsonNode fromText(String text, Shape shape, String path) {
        Shape target = resolve(shape);
        try {
            switch (target.getType()) {
                case BOOLEAN:
                    if (!text.equals("true") && !text.equals("false")) {
                        throw ProtocolError.serialization("Expected true or false at '" + path + "'");
                    }
                    return NODES.booleanNode(Boolean.parseBoolean(text));
                case BYTE:
                case SHORT:
                case INTEGER:
                case INT_ENUM:
                    return NODES.numberNode(Integer.parseInt(text));
                case LONG:
                case BIG_INTEGER:
                    return NODES.numberNode(Long.parseLong(text));
                case FLOAT:
                case DOUBLE:
                case BIG_DECIMAL:
                    return NODES.numberNode(new BigDecimal(text));
                case TIMESTAMP:
                    return epochSeconds(Instant.parse(text));
                case BLOB:
                    return NODES.binaryNode(Base64.getDecoder().decode(text));
                default:
                    return NODES.textNode(text);
            }
        } catch (NumberFormatException | DateTimeParseException e) {
            throw ProtocolError.serialization("Cannot read '" + text + "' at '" + path + "' as "
                    + target.getType());
        } catch (IllegalArgumentException e) {
            throw ProtocolError.serialization("Invalid base64 at '" + path + "'");
        }
    }

    /** The shape a member points at (or the shape itself). */
    public Shape resolve(Shape shape) {
        return shape.asMemberShape().map(m -> model.expectShape(m.getTarget())).orElse(shape);
    }

    private JsonNode structureFromWire(JsonNode wire, Shape structure, String path) {
        expect(wire.isObject(), "an object", wire, path);
        ObjectNode out = NODES.objectNode();
        Map<String, MemberShape> members = structure.getAllMembers();
        Iterator<Map.Entry<String, JsonNode>> fields = wire.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            MemberShape member = members.get(field.getKey());
            if (member == null || field.getValue().isNull()) {
                continue;
            }
            out.set(field.getKey(), fromWire(field.getValue(), member, join(path, field.getKey())));
        }
        if (structure.getType() == ShapeType.UNION && out.size() != 1) {
            throw ProtocolError.serialization("Exactly one member must be set in union '" + path + "'");
        }
        return out;
    }

    private JsonNode listFromWire(JsonNode wire, ListShape list, String path) {
        expect(wire.isArray(), "an array", wire, path);
        ArrayNode out = NODES.arrayNode();
        for (int i = 0; i < wire.size(); i++) {
            JsonNode item = wire.get(i);
            if (item.isNull()) {
                throw ProtocolError.serialization("Null entry at '" + path + "[" + i + "]'");
            }
            out.add(fromWire(item, list.getMember(), path + "[" + i + "]"));
        }
        return out;
    }

    private JsonNode mapFromWire(JsonNode wire, MapShape map, String path) {
        expect(wire.isObject(), "an object", wire, path);
        ObjectNode out = NODES.objectNode();
        wire.fields().forEachRemaining(e -> {
            if (!e.getValue().isNull()) {
                out.set(e.getKey(), fromWire(e.getValue(), map.getValue(), join(path, e.getKey())));
            }
        });
        return out;
    }

    private static JsonNode blobFromWire(JsonNode wire, String path) {
        expect(wire.isTextual(), "a base64 string", wire, path);
        try {
            return NODES.binaryNode(Base64.getDecoder().decode(wire.asText()));
        } catch (IllegalArgumentException e) {
            throw ProtocolError.serialization("Invalid base64 at '" + path + "'");
        }
    }

    private static JsonNode timestampFromWire(JsonNode wire, String path) {
        expect(wire.isNumber(), "epoch seconds", wire, path);
        return wire;
    }

    private static JsonNode epochSeconds(Instant instant) {
        if (instant.getNano() == 0) {
            return NODES.numberNode(instant.getEpochSecond());
        }
        return NODES.numberNode(BigDecimal.valueOf(instant.getEpochSecond())
                .add(BigDecimal.valueOf(instant.getNano(), 9)).stripTrailingZeros());
    }

    private static void expect(boolean ok, String what, JsonNode actual, String path) {
        if (!ok) {
            throw ProtocolError.serialization("Expected " + what + " at '" + path + "' but found "
                    + actual.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    static String join(String path, String member) {
        return path == null || path.isEmpty() ? member : path + "." + member;
    }
}
