package com.eumsocial.whatsapp.definition;

import com.eumsocial.whatsapp.definition.model.ActionButton;
import com.eumsocial.whatsapp.definition.model.Body;
import com.eumsocial.whatsapp.definition.model.Carousel;
import com.eumsocial.whatsapp.definition.model.CarouselCard;
import com.eumsocial.whatsapp.definition.model.LimitedTimeOffer;
import com.eumsocial.whatsapp.definition.model.Button;
import com.eumsocial.whatsapp.definition.model.Buttons;
import com.eumsocial.whatsapp.definition.model.CatalogButton;
import com.eumsocial.whatsapp.definition.model.Component;
import com.eumsocial.whatsapp.definition.model.CopyCodeButton;
import com.eumsocial.whatsapp.definition.model.Example;
import com.eumsocial.whatsapp.definition.model.FlowButton;
import com.eumsocial.whatsapp.definition.model.Footer;
import com.eumsocial.whatsapp.definition.model.Header;
import com.eumsocial.whatsapp.definition.model.MpmButton;
import com.eumsocial.whatsapp.definition.model.NamedParameterExample;
import com.eumsocial.whatsapp.definition.model.OtpButton;
import com.eumsocial.whatsapp.definition.model.PhoneNumberButton;
import com.eumsocial.whatsapp.definition.model.QuickReplyButton;
import com.eumsocial.whatsapp.definition.model.SupportedApp;
import com.eumsocial.whatsapp.definition.model.TextHeader;
import com.eumsocial.whatsapp.definition.model.UrlButton;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.UncheckedIOException;
import java.util.List;

/** Writes a {@link TemplateDefinition} back to Meta's JSON; {@code parse(write(d))} equals {@code d}. */
public final class TemplateDefinitionWriter {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private TemplateDefinitionWriter() {
    }

    /** Compact JSON, as sent to the API. */
    public static String toJson(TemplateDefinition d) {
        return write(toJsonNode(d));
    }

    /** Two-space indented JSON ending with a newline, for definition files. */
    public static String toPrettyJson(TemplateDefinition d) {
        return toPrettyJson(toJsonNode(d));
    }

    /** Any JSON in the pretty form used for definition files. */
    public static String toPrettyJson(JsonNode json) {
        try {
            return MAPPER.writer(PRETTY).writeValueAsString(json) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String write(JsonNode json) {
        try {
            return MAPPER.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode toJsonNode(TemplateDefinition d) {
        ObjectNode root = NODES.objectNode();
        putText(root, "name", d.name());
        putText(root, "language", d.language());
        if (d.category() != null) {
            root.put("category", d.category().name());
        }
        if (d.declaredParameterFormat() != null) {
            root.put("parameter_format", d.declaredParameterFormat().jsonValue());
        }
        root.set("components", componentsJson(d.components()));
        d.extra().writeInto(root);
        return root;
    }

    static ArrayNode componentsJson(List<Component> components) {
        ArrayNode array = NODES.arrayNode();
        components.forEach(c -> array.add(component(c)));
        return array;
    }

    private static ObjectNode component(Component c) {
        ObjectNode node = NODES.objectNode();
        node.put("type", c.type().name());
        if (c instanceof Header h) {
            node.put("format", h.format().name());
            if (h instanceof TextHeader t) {
                putText(node, "text", t.text());
            }
            putExample(node, h.example());
        } else if (c instanceof Body b) {
            putText(node, "text", b.text());
            if (b.addSecurityRecommendation() != null) {
                node.put("add_security_recommendation", b.addSecurityRecommendation());
            }
            putExample(node, b.example());
        } else if (c instanceof Footer f) {
            putText(node, "text", f.text());
            if (f.codeExpirationMinutes() != null) {
                node.put("code_expiration_minutes", f.codeExpirationMinutes());
            }
        } else if (c instanceof Buttons bs) {
            ArrayNode buttons = node.putArray("buttons");
            bs.buttons().forEach(b -> buttons.add(button(b)));
        } else if (c instanceof Carousel carousel) {
            ArrayNode cards = node.putArray("cards");
            for (CarouselCard card : carousel.cards()) {
                ObjectNode cardNode = cards.addObject();
                cardNode.set("components", componentsJson(card.components()));
                card.extra().writeInto(cardNode);
            }
        } else if (c instanceof LimitedTimeOffer offer && offer.present()) {
            ObjectNode inner = node.putObject("limited_time_offer");
            putText(inner, "text", offer.text());
            if (offer.hasExpiration() != null) {
                inner.put("has_expiration", offer.hasExpiration());
            }
            offer.offerExtra().writeInto(inner);
        }
        c.extra().writeInto(node);
        return node;
    }

    private static ObjectNode button(Button b) {
        ObjectNode node = NODES.objectNode();
        node.put("type", b.type().name());
        if (b instanceof OtpButton o && o.otpType() != null) {
            node.put("otp_type", o.otpType().name());
        }
        putText(node, "text", b.text());
        if (b instanceof UrlButton u) {
            putText(node, "url", u.url());
            putStrings(node, "example", u.example());
        } else if (b instanceof PhoneNumberButton p) {
            putText(node, "phone_number", p.phoneNumber());
        } else if (b instanceof CopyCodeButton cc) {
            putText(node, "example", cc.example());
        } else if (b instanceof OtpButton o) {
            putText(node, "autofill_text", o.autofillText());
            if (o.zeroTapTermsAccepted() != null) {
                node.put("zero_tap_terms_accepted", o.zeroTapTermsAccepted());
            }
            if (o.supportedApps() != null) {
                ArrayNode apps = node.putArray("supported_apps");
                for (SupportedApp app : o.supportedApps()) {
                    ObjectNode a = apps.addObject();
                    putText(a, "package_name", app.packageName());
                    putText(a, "signature_hash", app.signatureHash());
                    app.extra().writeInto(a);
                }
            }
        } else if (b instanceof FlowButton f) {
            putText(node, "flow_id", f.flowId());
            putText(node, "flow_name", f.flowName());
            putText(node, "flow_json", f.flowJson());
            putText(node, "flow_action", f.flowAction());
            putText(node, "navigate_screen", f.navigateScreen());
        } else if (!(b instanceof QuickReplyButton || b instanceof CatalogButton || b instanceof MpmButton
                || b instanceof ActionButton)) {
            throw new IllegalStateException("unhandled button type " + b.type());
        }
        b.extra().writeInto(node);
        return node;
    }

    private static void putExample(ObjectNode node, Example e) {
        if (e == null) {
            return;
        }
        ObjectNode ex = node.putObject("example");
        putStrings(ex, "header_text", e.headerText());
        putNamed(ex, "header_text_named_params", e.headerTextNamedParams());
        putStrings(ex, "header_handle", e.headerHandle());
        if (e.bodyText() != null) {
            ArrayNode rows = ex.putArray("body_text");
            for (List<String> row : e.bodyText()) {
                ArrayNode r = rows.addArray();
                row.forEach(r::add);
            }
        }
        putNamed(ex, "body_text_named_params", e.bodyTextNamedParams());
        e.extra().writeInto(ex);
    }

    private static void putNamed(ObjectNode node, String field, List<NamedParameterExample> values) {
        if (values == null) {
            return;
        }
        ArrayNode array = node.putArray(field);
        for (NamedParameterExample v : values) {
            ObjectNode o = array.addObject();
            putText(o, "param_name", v.paramName());
            putText(o, "example", v.example());
            v.extra().writeInto(o);
        }
    }

    private static void putStrings(ObjectNode node, String field, List<String> values) {
        if (values != null) {
            ArrayNode array = node.putArray(field);
            values.forEach(array::add);
        }
    }

    private static void putText(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
