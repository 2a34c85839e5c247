package com.eumsocial.whatsapp.definition;

import com.eumsocial.whatsapp.definition.model.ActionButton;
import com.eumsocial.whatsapp.definition.model.Body;
import com.eumsocial.whatsapp.definition.model.CallPermissionRequest;
import com.eumsocial.whatsapp.definition.model.Carousel;
import com.eumsocial.whatsapp.definition.model.CarouselCard;
import com.eumsocial.whatsapp.definition.model.LimitedTimeOffer;
import com.eumsocial.whatsapp.definition.model.ProductHeader;
import com.eumsocial.whatsapp.definition.model.Button;
import com.eumsocial.whatsapp.definition.model.ButtonType;
import com.eumsocial.whatsapp.definition.model.Buttons;
import com.eumsocial.whatsapp.definition.model.CatalogButton;
import com.eumsocial.whatsapp.definition.model.Component;
import com.eumsocial.whatsapp.definition.model.ComponentType;
import com.eumsocial.whatsapp.definition.model.CopyCodeButton;
import com.eumsocial.whatsapp.definition.model.Example;
import com.eumsocial.whatsapp.definition.model.ExtraFields;
import com.eumsocial.whatsapp.definition.model.FlowButton;
import com.eumsocial.whatsapp.definition.model.Footer;
import com.eumsocial.whatsapp.definition.model.HeaderFormat;
import com.eumsocial.whatsapp.definition.model.LocationHeader;
import com.eumsocial.whatsapp.definition.model.MediaHeader;
import com.eumsocial.whatsapp.definition.model.MpmButton;
import com.eumsocial.whatsapp.definition.model.NamedParameterExample;
import com.eumsocial.whatsapp.definition.model.OtpButton;
import com.eumsocial.whatsapp.definition.model.OtpType;
import com.eumsocial.whatsapp.definition.model.PhoneNumberButton;
import com.eumsocial.whatsapp.definition.model.QuickReplyButton;
import com.eumsocial.whatsapp.definition.model.SupportedApp;
import com.eumsocial.whatsapp.definition.model.TextHeader;
import com.eumsocial.whatsapp.definition.model.UrlButton;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns definition JSON into the typed model while collecting every structural problem. It
 * never stops at the first problem: a value of the wrong type is reported and left out, so the
 * validator can still check the rest of the definition.
 */
final class DefinitionReader {

    /**
     * @param definition the model (best effort when there are problems; null when the root is not an object)
     * @param sources    where each model component and button sits in the JSON (entries with problems are skipped)
     */
    record Result(TemplateDefinition definition, List<DefinitionProblem> problems, SourceIndex sources) {
    }

    /** Maps model positions back to JSON positions, which differ once a broken component was left out. */
    static final class SourceIndex {
        static final SourceIndex IDENTITY = new SourceIndex(null, null, Map.of());

        private final List<Integer> components;
        private final Map<Integer, List<Integer>> buttons;
        /** Where nested model nodes (carousel cards, their components and buttons) were read, by identity. */
        private final Map<Object, Location> nested;

        private SourceIndex(List<Integer> components, Map<Integer, List<Integer>> buttons, Map<Object, Location> nested) {
            this.components = components;
            this.buttons = buttons;
            this.nested = nested;
        }

        /** The JSON place {@code node} was read from, or {@code fallback} for a model built in code. */
        Location of(Object node, Location fallback) {
            Location read = nested.get(node);
            return read == null ? fallback : read;
        }

        Location component(int modelIndex) {
            int source = components == null ? modelIndex : components.get(modelIndex);
            return Location.ROOT.field("components").index(source);
        }

        Location button(int modelComponent, int modelButton) {
            List<Integer> sources = buttons == null ? null : buttons.get(modelComponent);
            int source = sources == null ? modelButton : sources.get(modelButton);
            return component(modelComponent).field("buttons").index(source);
        }
    }

    private static final java.util.regex.Pattern WHOLE_NUMBER = java.util.regex.Pattern.compile("-?[0-9]{1,9}");

    private static final Set<String> TOP_FIELDS = Set.of("name", "language", "category", "parameter_format", "components");

    private final List<DefinitionProblem> problems = new ArrayList<>();
    private final List<Integer> componentSources = new ArrayList<>();
    private final Map<Integer, List<Integer>> buttonSources = new HashMap<>();
    private final Map<Object, Location> nestedSources = new java.util.IdentityHashMap<>();

    /**
     * How booleans and numbers may be written. CloudFormation hands a registry handler every
     * scalar inside a free-form property as a string (aws-cloudformation/cloudformation-cli#435),
     * so {@code "true"} and {@code "10"} must be read as the boolean and number they were
     * declared as; definition files keep Meta's strict JSON types.
     */
    enum Scalars { STRICT, CLOUDFORMATION_STRINGS }

    private final Scalars scalars;

    private DefinitionReader(Scalars scalars) {
        this.scalars = scalars;
    }

    static Result read(JsonNode root) {
        return read(root, Scalars.STRICT);
    }

    static Result read(JsonNode root, Scalars scalars) {
        return new DefinitionReader(scalars).readRoot(root);
    }

    private Result readRoot(JsonNode root) {
        Location here = Location.ROOT;
        if (root == null || !root.isObject()) {
            problems.add(DefinitionProblem.at(here, Rule.JSON_SYNTAX,
                    "a template definition must be a JSON object, found " + typeName(root)));
            return new Result(null, List.copyOf(problems), SourceIndex.IDENTITY);
        }
        String name = text(root, "name", here);
        String language = text(root, "language", here);
        Category category = null;
        String categoryText = text(root, "category", here);
        if (categoryText != null) {
            category = Category.find(categoryText).orElse(null);
            if (category == null) {
                problems.add(DefinitionProblem.at(here.field("category"), Rule.CATEGORY,
                        "unknown category \"" + categoryText + "\"; use MARKETING, UTILITY or AUTHENTICATION"));
            }
        }
        ParameterFormat format = null;
        String formatText = text(root, "parameter_format", here);
        if (formatText != null) {
            format = ParameterFormat.find(formatText).orElse(null);
            if (format == null) {
                problems.add(DefinitionProblem.at(here.field("parameter_format"), Rule.PARAMETER_FORMAT,
                        "unknown parameter_format \"" + formatText + "\"; use \"positional\" or \"named\""));
            }
        }
        List<Component> components = new ArrayList<>();
        JsonNode array = present(root, "components");
        Location componentsAt = here.field("components");
        if (array != null) {
            if (!array.isArray()) {
                typeProblem(componentsAt, "an array", array);
            } else {
                for (int i = 0; i < array.size(); i++) {
                    Component c = component(array.get(i), componentsAt.index(i), components.size());
                    if (c != null) {
                        componentSources.add(i);
                        components.add(c);
                    }
                }
            }
        }
        // Template-level settings stay in extra (written back as they were) but must have Meta's JSON types.
        integer(root, TemplateSettings.MESSAGE_SEND_TTL_SECONDS, here);
        bool(root, TemplateSettings.CTA_URL_LINK_TRACKING_OPTED_OUT, here);
        bool(root, TemplateSettings.ALLOW_CATEGORY_CHANGE, here);
        TemplateDefinition d = new TemplateDefinition(name, language, category, format, components,
                extra(root, TOP_FIELDS));
        return new Result(d, List.copyOf(problems), new SourceIndex(List.copyOf(componentSources), Map.copyOf(buttonSources),
                nestedSources));
    }

    private Component component(JsonNode node, Location at, int modelIndex) {
        if (!node.isObject()) {
            typeProblem(at, "an object", node);
            return null;
        }
        ComponentType type = enumValue(node, "type", at, ComponentType.class, Rule.COMPONENT_TYPE, "component type");
        if (type == null) {
            return null;
        }
        return switch (type) {
            case HEADER -> header(node, at);
            case BODY -> new Body(text(node, "text", at), example(node, at), bool(node, "add_security_recommendation", at),
                    extra(node, Set.of("type", "text", "example", "add_security_recommendation")));
            case FOOTER -> new Footer(text(node, "text", at), integer(node, "code_expiration_minutes", at),
                    extra(node, Set.of("type", "text", "code_expiration_minutes")));
            case BUTTONS -> buttons(node, at, modelIndex);
            case CAROUSEL -> carousel(node, at);
            case LIMITED_TIME_OFFER -> limitedTimeOffer(node, at);
            case CALL_PERMISSION_REQUEST -> new CallPermissionRequest(extra(node, Set.of("type")));
        };
    }

    private Carousel carousel(JsonNode node, Location at) {
        List<CarouselCard> cards = list(node, "cards", at, (cardNode, cardAt) -> {
            if (!cardNode.isObject()) {
                typeProblem(cardAt, "an object with components", cardNode);
                return null;
            }
            List<Component> components = new ArrayList<>();
            JsonNode array = present(cardNode, "components");
            Location componentsAt = cardAt.field("components");
            if (array != null && !array.isArray()) {
                typeProblem(componentsAt, "an array", array);
            } else if (array != null) {
                for (int i = 0; i < array.size(); i++) {
                    // -1: a card's components are not top-level ones; their places are kept by identity.
                    Component c = component(array.get(i), componentsAt.index(i), -1);
                    if (c != null) {
                        nestedSources.put(c, componentsAt.index(i));
                        components.add(c);
                    }
                }
            }
            CarouselCard card = new CarouselCard(components, extra(cardNode, Set.of("components")));
            nestedSources.put(card, cardAt);
            return card;
        });
        return new Carousel(cards, extra(node, Set.of("type", "cards")));
    }

    private LimitedTimeOffer limitedTimeOffer(JsonNode node, Location at) {
        JsonNode offer = present(node, "limited_time_offer");
        Location offerAt = at.field("limited_time_offer");
        if (offer != null && !offer.isObject()) {
            typeProblem(offerAt, "an object with text and has_expiration", offer);
            offer = null;
        }
        ExtraFields extra = extra(node, Set.of("type", "limited_time_offer"));
        if (offer == null) {
            return new LimitedTimeOffer(false, null, null, ExtraFields.NONE, extra);
        }
        return new LimitedTimeOffer(true, text(offer, "text", offerAt), bool(offer, "has_expiration", offerAt),
                extra(offer, Set.of("text", "has_expiration")), extra);
    }

    private Component header(JsonNode node, Location at) {
        HeaderFormat format = enumValue(node, "format", at, HeaderFormat.class, Rule.HEADER_FORMAT, "header format");
        if (format == null) {
            return null;
        }
        return switch (format) {
            case TEXT -> new TextHeader(text(node, "text", at), example(node, at),
                    extra(node, Set.of("type", "format", "text", "example")));
            case LOCATION -> new LocationHeader(example(node, at), extra(node, Set.of("type", "format", "example")));
            case PRODUCT -> new ProductHeader(example(node, at), extra(node, Set.of("type", "format", "example")));
            default -> new MediaHeader(format, example(node, at), extra(node, Set.of("type", "format", "example")));
        };
    }

    private Buttons buttons(JsonNode node, Location at, int modelIndex) {
        List<Button> buttons = new ArrayList<>();
        List<Integer> sources = new ArrayList<>();
        JsonNode array = present(node, "buttons");
        if (array != null) {
            if (!array.isArray()) {
                typeProblem(at.field("buttons"), "an array", array);
            } else {
                for (int i = 0; i < array.size(); i++) {
                    Button b = button(array.get(i), at.field("buttons").index(i));
                    if (b != null) {
                        buttons.add(b);
                        sources.add(i);
                        nestedSources.put(b, at.field("buttons").index(i));
                    }
                }
            }
        }
        buttonSources.put(modelIndex, List.copyOf(sources));
        return new Buttons(buttons, extra(node, Set.of("type", "buttons")));
    }

    private Button button(JsonNode node, Location at) {
        if (!node.isObject()) {
            typeProblem(at, "an object", node);
            return null;
        }
        ButtonType type = enumValue(node, "type", at, ButtonType.class, Rule.BUTTON_TYPE, "button type");
        if (type == null) {
            return null;
        }
        String text = text(node, "text", at);
        return switch (type) {
            case QUICK_REPLY -> new QuickReplyButton(text, extra(node, Set.of("type", "text")));
            case CATALOG -> new CatalogButton(text, extra(node, Set.of("type", "text")));
            case MPM -> new MpmButton(text, extra(node, Set.of("type", "text")));
            case SPM, VOICE_CALL, ORDER_DETAILS, REQUEST_CONTACT_INFO ->
                    new ActionButton(type, text, extra(node, Set.of("type", "text")));
            case URL -> new UrlButton(text, text(node, "url", at), urlExample(node, at),
                    extra(node, Set.of("type", "text", "url", "example")));
            case PHONE_NUMBER -> new PhoneNumberButton(text, text(node, "phone_number", at),
                    extra(node, Set.of("type", "text", "phone_number")));
            case COPY_CODE -> new CopyCodeButton(text, text(node, "example", at),
                    extra(node, Set.of("type", "text", "example")));
            case OTP -> new OtpButton(enumValue(node, "otp_type", at, OtpType.class, Rule.OTP_TYPE, "otp_type"),
                    text, text(node, "autofill_text", at), bool(node, "zero_tap_terms_accepted", at),
                    list(node, "supported_apps", at, this::supportedApp),
                    extra(node, Set.of("type", "otp_type", "text", "autofill_text", "zero_tap_terms_accepted",
                            "supported_apps")));
            case FLOW -> new FlowButton(text, idText(node, "flow_id", at), text(node, "flow_name", at),
                    text(node, "flow_json", at), text(node, "flow_action", at), text(node, "navigate_screen", at),
                    extra(node, Set.of("type", "text", "flow_id", "flow_name", "flow_json", "flow_action",
                            "navigate_screen")));
        };
    }

    /** Meta takes the example url as a string or a one-element array (and returns an array). */
    private List<String> urlExample(JsonNode node, Location at) {
        JsonNode value = present(node, "example");
        if (value != null && value.isTextual()) {
            return List.of(value.textValue());
        }
        return list(node, "example", at, this::string);
    }

    private SupportedApp supportedApp(JsonNode node, Location at) {
        if (!node.isObject()) {
            typeProblem(at, "an object", node);
            return null;
        }
        return new SupportedApp(text(node, "package_name", at), text(node, "signature_hash", at),
                extra(node, Set.of("package_name", "signature_hash")));
    }

    private Example example(JsonNode owner, Location ownerAt) {
        JsonNode node = present(owner, "example");
        if (node == null) {
            return null;
        }
        Location at = ownerAt.field("example");
        if (!node.isObject()) {
            typeProblem(at, "an object", node);
            return null;
        }
        return new Example(
                list(node, "header_text", at, this::string),
                list(node, "header_text_named_params", at, this::namedExample),
                list(node, "header_handle", at, this::string),
                list(node, "body_text", at, (row, rowAt) -> {
                    if (!row.isArray()) {
                        typeProblem(rowAt, "an array of strings", row);
                        return null;
                    }
                    List<String> values = new ArrayList<>();
                    for (int i = 0; i < row.size(); i++) {
                        String v = string(row.get(i), rowAt.index(i));
                        if (v != null) {
                            values.add(v);
                        }
                    }
                    return values;
                }),
                list(node, "body_text_named_params", at, this::namedExample),
                extra(node, Set.of("header_text", "header_text_named_params", "header_handle", "body_text",
                        "body_text_named_params")));
    }

    private NamedParameterExample namedExample(JsonNode node, Location at) {
        if (!node.isObject()) {
            typeProblem(at, "an object with param_name and example", node);
            return null;
        }
        return new NamedParameterExample(text(node, "param_name", at), text(node, "example", at),
                extra(node, Set.of("param_name", "example")));
    }

    private String string(JsonNode node, Location at) {
        if (!node.isTextual()) {
            typeProblem(at, "a string", node);
            return null;
        }
        return node.textValue();
    }

    @FunctionalInterface
    private interface ElementReader<T> {
        T read(JsonNode node, Location at);
    }

    /** Null when the field is absent or not an array (reported); elements that fail are left out. */
    private <T> List<T> list(JsonNode owner, String field, Location ownerAt, ElementReader<T> reader) {
        JsonNode node = present(owner, field);
        if (node == null) {
            return null;
        }
        Location at = ownerAt.field(field);
        if (!node.isArray()) {
            typeProblem(at, "an array", node);
            return null;
        }
        List<T> values = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            T v = reader.read(node.get(i), at.index(i));
            if (v != null) {
                values.add(v);
            }
        }
        return values;
    }

    private <E extends Enum<E>> E enumValue(JsonNode owner, String field, Location ownerAt, Class<E> type,
                                            Rule rule, String what) {
        String value = text(owner, field, ownerAt);
        String choices = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        Location at = ownerAt.field(field);
        if (value == null) {
            if (present(owner, field) == null) {
                problems.add(DefinitionProblem.at(at, rule, "missing " + what + "; use one of " + choices));
            }
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value.toUpperCase(Locale.ROOT))) {
                return e;
            }
        }
        problems.add(DefinitionProblem.at(at, rule, "unknown " + what + " \"" + value + "\"; use one of " + choices));
        return null;
    }

    private String text(JsonNode owner, String field, Location ownerAt) {
        JsonNode node = present(owner, field);
        if (node == null) {
            return null;
        }
        if (!node.isTextual()) {
            typeProblem(ownerAt.field(field), "a string", node);
            return null;
        }
        return node.textValue();
    }

    /** Ids such as flow_id are documented as strings but often written as numbers; both are accepted. */
    private String idText(JsonNode owner, String field, Location ownerAt) {
        JsonNode node = present(owner, field);
        if (node != null && node.isIntegralNumber()) {
            return node.asText();
        }
        return text(owner, field, ownerAt);
    }

    private Boolean bool(JsonNode owner, String field, Location ownerAt) {
        JsonNode node = present(owner, field);
        if (node == null) {
            return null;
        }
        if (scalars == Scalars.CLOUDFORMATION_STRINGS && node.isTextual()
                && (node.textValue().equals("true") || node.textValue().equals("false"))) {
            return Boolean.valueOf(node.textValue());
        }
        if (!node.isBoolean()) {
            typeProblem(ownerAt.field(field), "true or false", node);
            return null;
        }
        return node.booleanValue();
    }

    private Integer integer(JsonNode owner, String field, Location ownerAt) {
        JsonNode node = present(owner, field);
        if (node == null) {
            return null;
        }
        if (scalars == Scalars.CLOUDFORMATION_STRINGS && node.isTextual() && WHOLE_NUMBER.matcher(node.textValue()).matches()) {
            return Integer.valueOf(node.textValue());
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            typeProblem(ownerAt.field(field), "a whole number", node);
            return null;
        }
        return node.intValue();
    }

    /** Null for an absent field and for an explicit JSON null: Meta treats both as "not given". */
    private static JsonNode present(JsonNode owner, String field) {
        JsonNode node = owner.get(field);
        return node == null || node.isNull() ? null : node;
    }

    private static ExtraFields extra(JsonNode node, Set<String> known) {
        Map<String, JsonNode> extra = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> {
            if (!known.contains(e.getKey())) {
                extra.put(e.getKey(), e.getValue());
            }
        });
        return ExtraFields.of(extra);
    }

    private void typeProblem(Location at, String expected, JsonNode found) {
        problems.add(DefinitionProblem.at(at, Rule.JSON_TYPE, "must be " + expected + ", found " + typeName(found)));
    }

    static String typeName(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        return switch (node.getNodeType()) {
            case STRING -> "string";
            case NUMBER -> "number";
            case BOOLEAN -> "boolean";
            case ARRAY -> "array";
            case OBJECT -> "object";
            case NULL -> "null";
            default -> node.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }
}
