package com.eumsocial.whatsapp.emulator.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import software.amazon.smithy.model.Model;
import software.amazon.smithy.model.shapes.ListShape;
import software.amazon.smithy.model.shapes.MapShape;
import software.amazon.smithy.model.shapes.MemberShape;
import software.amazon.smithy.model.shapes.Shape;
import software.amazon.smithy.model.traits.LengthTrait;
import software.amazon.smithy.model.traits.PatternTrait;
import software.amazon.smithy.model.traits.RangeTrait;
import software.amazon.smithy.model.traits.RequiredTrait;
import software.amazon.smithy.model.traits.SensitiveTrait;

/**
 * Checks an input against the model's constraint traits (required, length, pattern, range,
 * enum), as the service does, because the SDK does not. Messages follow AWS's wording:
 * {@code 1 validation error detected: Value 'x' at 'id' failed to satisfy constraint: Member
 * must satisfy regular expression pattern: ^[0-9]+$}.
 */
public final class InputConstraints {
    private static final int MAX_VALUE_ECHO = 128;

    private final Model model;
    private final Map<String, Pattern> patterns = new ConcurrentHashMap<>();

    public InputConstraints(Model model) {
        this.model = model;
    }

    /** Throws a ValidationException naming every violated constraint, if any. */
    public void check(JsonNode input, Shape structure) {
        List<String> violations = violations(input, structure);
        if (!violations.isEmpty()) {
            String count = violations.size() == 1 ? "1 validation error detected: "
                    : violations.size() + " validation errors detected: ";
            throw ProtocolError.validation(count + String.join("; ", violations));
        }
    }

    public List<String> violations(JsonNode input, Shape structure) {
        List<String> out = new ArrayList<>();
        checkStructure(input, structure, "", out);
        return out;
    }

    private void checkStructure(JsonNode value, Shape structure, String path, List<String> out) {
        for (MemberShape member : structure.getAllMembers().values()) {
            String memberPath = ShapeCodec.join(path, member.getMemberName());
            JsonNode memberValue = value.get(member.getMemberName());
            if (memberValue == null || memberValue.isNull()) {
                if (member.hasTrait(RequiredTrait.class)) {
                    out.add("Value null at '" + memberPath + "' failed to satisfy constraint: Member must not be null");
                }
                continue;
            }
            checkValue(memberValue, member, memberPath, out);
        }
    }

    private void checkValue(JsonNode value, MemberShape member, String path, List<String> out) {
        Shape target = model.expectShape(member.getTarget());
        boolean sensitive = member.hasTrait(SensitiveTrait.class) || target.hasTrait(SensitiveTrait.class);
        String shown = describe(value, sensitive);
        // Traits on the member override (refine) those of its target.
        LengthTrait length = member.getTrait(LengthTrait.class).orElse(target.getTrait(LengthTrait.class).orElse(null));
        if (length != null) {
            long size = sizeOf(value);
            length.getMin().filter(min -> size < min).ifPresent(min -> out.add(shown + path
                    + "' failed to satisfy constraint: Member must have length greater than or equal to " + min));
            length.getMax().filter(max -> size > max).ifPresent(max -> out.add(shown + path
                    + "' failed to satisfy constraint: Member must have length less than or equal to " + max));
        }
        PatternTrait pattern = member.getTrait(PatternTrait.class).orElse(target.getTrait(PatternTrait.class).orElse(null));
        if (pattern != null && value.isTextual()) {
            Pattern compiled = patterns.computeIfAbsent(pattern.getValue(), Pattern::compile);
            if (!compiled.matcher(value.asText()).find()) {
                out.add(shown + path + "' failed to satisfy constraint: Member must satisfy regular expression pattern: "
                        + pattern.getValue());
            }
        }
        RangeTrait range = member.getTrait(RangeTrait.class).orElse(target.getTrait(RangeTrait.class).orElse(null));
        if (range != null && value.isNumber()) {
            BigDecimal number = value.decimalValue();
            range.getMin().filter(min -> number.compareTo(min) < 0).ifPresent(min -> out.add(shown + path
                    + "' failed to satisfy constraint: Member must have value greater than or equal to " + min));
            range.getMax().filter(max -> number.compareTo(max) > 0).ifPresent(max -> out.add(shown + path
                    + "' failed to satisfy constraint: Member must have value less than or equal to " + max));
        }
        Set<String> enumValues = enumValues(target);
        if (!enumValues.isEmpty() && value.isTextual() && !enumValues.contains(value.asText())) {
            out.add(shown + path + "' failed to satisfy constraint: Member must satisfy enum value set: "
                    + new TreeSet<>(enumValues));
        }
        if (target.isStructureShape() || target.isUnionShape()) {
            checkStructure(value, target, path, out);
        } else if (target instanceof ListShape) {
            MemberShape item = ((ListShape) target).getMember();
            for (int i = 0; i < value.size(); i++) {
                checkValue(value.get(i), item, path + "[" + i + "]", out);
            }
        } else if (target instanceof MapShape) {
            MapShape map = (MapShape) target;
            value.fields().forEachRemaining(e -> {
                checkValue(com.fasterxml.jackson.databind.node.TextNode.valueOf(e.getKey()), map.getKey(),
                        path + "(key)", out);
                checkValue(e.getValue(), map.getValue(), ShapeCodec.join(path, e.getKey()), out);
            });
        }
    }

    private static Set<String> enumValues(Shape target) {
        if (target.isEnumShape()) {
            return Set.copyOf(target.asEnumShape().orElseThrow().getEnumValues().values());
        }
        return Set.of();
    }

    /** Length as Smithy defines it: code points of a string, bytes of a blob, entries of a list or map. */
    private static long sizeOf(JsonNode value) {
        if (value.isTextual()) {
            String text = value.asText();
            return text.codePointCount(0, text.length());
        }
        if (value.isBinary()) {
            return ((com.fasterxml.jackson.databind.node.BinaryNode) value).binaryValue().length;
        }
        return value.size();
    }

    private static String describe(JsonNode value, boolean sensitive) {
        if (!sensitive && (value.isTextual() && value.asText().length() <= MAX_VALUE_ECHO)) {
            return "Value '" + value.asText() + "' at '";
        }
        if (!sensitive && value.isNumber()) {
            return "Value '" + value.asText() + "' at '";
        }
        return "Value at '";
    }
}
