package com.eumsocial.whatsapp.definition;

import com.eumsocial.whatsapp.definition.DefinitionReader.SourceIndex;
import com.eumsocial.whatsapp.definition.TextParameters.Parameter;
import com.eumsocial.whatsapp.definition.TextParameters.Scan;
import com.eumsocial.whatsapp.definition.model.Body;
import com.eumsocial.whatsapp.definition.model.CallPermissionRequest;
import com.eumsocial.whatsapp.definition.model.Carousel;
import com.eumsocial.whatsapp.definition.model.CarouselCard;
import com.eumsocial.whatsapp.definition.model.LimitedTimeOffer;
import com.eumsocial.whatsapp.definition.model.ProductHeader;
import com.eumsocial.whatsapp.definition.model.Button;
import com.eumsocial.whatsapp.definition.model.ButtonType;
import com.eumsocial.whatsapp.definition.model.Buttons;
import com.eumsocial.whatsapp.definition.model.Component;
import com.eumsocial.whatsapp.definition.model.ComponentType;
import com.eumsocial.whatsapp.definition.model.CopyCodeButton;
import com.eumsocial.whatsapp.definition.model.Example;
import com.eumsocial.whatsapp.definition.model.FlowButton;
import com.eumsocial.whatsapp.definition.model.Footer;
import com.eumsocial.whatsapp.definition.model.Header;
import com.eumsocial.whatsapp.definition.model.HeaderFormat;
import com.eumsocial.whatsapp.definition.model.LocationHeader;
import com.eumsocial.whatsapp.definition.model.MediaHeader;
import com.eumsocial.whatsapp.definition.model.NamedParameterExample;
import com.eumsocial.whatsapp.definition.model.OtpButton;
import com.eumsocial.whatsapp.definition.model.OtpType;
import com.eumsocial.whatsapp.definition.model.PhoneNumberButton;
import com.eumsocial.whatsapp.definition.model.SupportedApp;
import com.eumsocial.whatsapp.definition.model.TextHeader;
import com.eumsocial.whatsapp.definition.model.UrlButton;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static com.eumsocial.whatsapp.definition.MetaLimits.*;

/**
 * Every rule of Meta's template definition (domain.md section 2) and the API's size limits.
 * The rule ids are in {@link Rule}, the numbers in {@link MetaLimits}; this class is the only
 * place where they are applied.
 */
final class DefinitionRules {
    /** A media handle from Meta's resumable upload: "4::aW1h...:ARZ..." (an upload-session number, "::", data). */
    private static final Pattern MEDIA_HANDLE = Pattern.compile("[0-9]+::\\S+");
    private static final Set<String> FLOW_ACTIONS = Set.of("navigate", "data_exchange");
    private static final Set<ButtonType> MARKETING_ONLY_BUTTONS = Set.of(ButtonType.CATALOG, ButtonType.MPM, ButtonType.SPM);
    private static final Set<ButtonType> MEDIA_CARD_BUTTONS = Set.of(ButtonType.QUICK_REPLY, ButtonType.URL,
            ButtonType.PHONE_NUMBER);
    private static final Set<ButtonType> PRODUCT_CARD_BUTTONS = Set.of(ButtonType.SPM, ButtonType.URL);

    private final TemplateDefinition d;
    private final SourceIndex sources;
    private final List<DefinitionProblem> problems = new ArrayList<>();
    private final boolean authentication;

    private DefinitionRules(TemplateDefinition d, SourceIndex sources) {
        this.d = d;
        this.sources = sources;
        this.authentication = d.category() == Category.AUTHENTICATION;
    }

    /** Every problem of {@code d}; {@code sources} maps model positions to JSON positions. */
    static List<DefinitionProblem> check(TemplateDefinition d, SourceIndex sources, String definitionJson) {
        DefinitionRules rules = new DefinitionRules(d, sources);
        rules.checkTopLevel();
        rules.checkSettings();
        rules.checkComponents();
        rules.checkSizes(definitionJson);
        return List.copyOf(rules.problems);
    }

    private void report(Location at, Rule rule, String message) {
        problems.add(DefinitionProblem.at(at, rule, message));
    }

    // ---- top level -------------------------------------------------------------------------

    private void checkTopLevel() {
        Location name = Location.ROOT.field("name");
        if (d.name() == null || d.name().isEmpty()) {
            report(name, Rule.NAME_REQUIRED, "missing; give the template a name such as \"order_update\"");
        } else {
            if (!NAME_PATTERN.matcher(d.name()).matches()) {
                report(name, Rule.NAME_CHARSET, "\"" + d.name() + "\" may contain only lowercase letters, digits and "
                        + "underscores; try \"" + suggestName(d.name()) + "\"");
            }
            if (d.name().length() > NAME_MAX_LENGTH) {
                report(name, Rule.NAME_LENGTH, "is " + d.name().length() + " characters long; the limit is "
                        + NAME_MAX_LENGTH);
            }
        }
        Location language = Location.ROOT.field("language");
        if (d.language() == null || d.language().isEmpty()) {
            report(language, Rule.LANGUAGE_REQUIRED, "missing; give a language code such as \"en_US\"");
        } else if (d.language().length() > LANGUAGE_MAX_LENGTH) {
            report(language, Rule.LANGUAGE_LENGTH, "\"" + d.language() + "\" is " + d.language().length()
                    + " characters long; a language code has at most " + LANGUAGE_MAX_LENGTH + " (e.g. \"en_US\")");
        } else if (!LANGUAGE_PATTERN.matcher(d.language()).matches()) {
            report(language, Rule.LANGUAGE_FORMAT, "\"" + d.language() + "\" is not a language code; use the form "
                    + "\"en\" or \"en_US\" (lowercase language, underscore, uppercase region)");
        } else if (!SupportedLanguages.isSupported(d.language())) {
            report(language, Rule.LANGUAGE_SUPPORTED, SupportedLanguages.refusal(d.language()));
        }
        if (d.category() == null) {
            report(Location.ROOT.field("category"), Rule.CATEGORY,
                    "missing; use MARKETING, UTILITY or AUTHENTICATION");
        }
    }

    private static String suggestName(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "_");
        return s.isEmpty() ? "template_name" : s;
    }

    // ---- components ------------------------------------------------------------------------

    private void checkComponents() {
        List<Component> components = d.components();
        Location all = Location.ROOT.field("components");
        if (components.isEmpty()) {
            report(all, Rule.COMPONENTS_REQUIRED, "missing or empty; a template needs at least a BODY component");
            return;
        }
        Map<ComponentType, Integer> firstOf = new EnumMap<>(ComponentType.class);
        for (int i = 0; i < components.size(); i++) {
            ComponentType type = components.get(i).type();
            Integer first = firstOf.putIfAbsent(type, i);
            if (first != null) {
                report(sources.component(i), Rule.COMPONENT_DUPLICATE, "a second " + type + " component (the first is "
                        + sources.component(first).path() + "); a template has at most one " + type);
            }
        }
        if (!firstOf.containsKey(ComponentType.BODY)) {
            report(all, Rule.BODY_REQUIRED, "no BODY component; every template needs exactly one");
        }
        if (authentication && !firstOf.containsKey(ComponentType.BUTTONS)) {
            report(all, Rule.AUTH_BUTTONS, "an AUTHENTICATION template needs a BUTTONS component with one OTP button");
        }
        for (int i = 0; i < components.size(); i++) {
            Location at = sources.component(i);
            Component c = components.get(i);
            int componentIndex = i;
            if (c instanceof Header h) {
                checkHeader(h, at);
            } else if (c instanceof Body b) {
                checkBody(b, at, d.limitedTimeOffer().isPresent() ? LTO_BODY_TEXT_MAX_LENGTH : BODY_TEXT_MAX_LENGTH, true);
            } else if (c instanceof Footer f) {
                checkFooter(f, at);
            } else if (c instanceof Buttons bs) {
                checkButtons(bs, at, b -> sources.button(componentIndex, b));
            } else if (c instanceof Carousel carousel) {
                checkCarousel(carousel, at);
            } else if (c instanceof LimitedTimeOffer offer) {
                checkLimitedTimeOffer(offer, at);
            } else if (c instanceof CallPermissionRequest) {
                checkCallPermissionRequest(at);
            }
        }
        checkProductHeaderAndSpmButton();
    }

    // ---- template kinds: carousel, limited-time offer, call permission request, single product ----

    private void checkCarousel(Carousel carousel, Location at) {
        if (d.category() != null && d.category() != Category.MARKETING) {
            report(at.field("type"), Rule.CAROUSEL_CATEGORY, "carousel templates are MARKETING templates, not "
                    + d.category() + "; change the category or send the cards as separate templates");
        }
        for (int i = 0; i < d.components().size(); i++) {
            ComponentType type = d.components().get(i).type();
            if (type != ComponentType.BODY && type != ComponentType.CAROUSEL) {
                report(sources.component(i), Rule.CAROUSEL_COMPANIONS, "a carousel template has only a BODY (the message "
                        + "bubble) and the CAROUSEL; move this " + type + " into the cards or remove it");
            }
        }
        List<CarouselCard> cards = carousel.cards();
        Location cardsAt = at.field("cards");
        if (cards.size() < CAROUSEL_MIN_CARDS || cards.size() > CAROUSEL_MAX_CARDS) {
            report(cardsAt, Rule.CAROUSEL_CARDS_COUNT, "has " + plural(cards.size(), "card") + "; a carousel has "
                    + CAROUSEL_MIN_CARDS + " to " + CAROUSEL_MAX_CARDS + " cards");
        }
        String firstShape = null;
        for (int k = 0; k < cards.size(); k++) {
            CarouselCard card = cards.get(k);
            Location cardAt = sources.of(card, cardsAt.index(k));
            checkCard(card, cardAt);
            String shape = cardShape(card);
            if (firstShape == null) {
                firstShape = shape;
            } else if (!shape.equals(firstShape)) {
                report(cardAt.field("components"), Rule.CAROUSEL_CARDS_ALIKE, "this card is " + shape + " but the first "
                        + "card is " + firstShape + "; all cards must have the same components (header format, body "
                        + "in all or none, the same buttons in the same order)");
            }
        }
    }

    /** A card's components as a comparable description: "IMAGE header, body, buttons [QUICK_REPLY, URL]". */
    private static String cardShape(CarouselCard card) {
        List<String> parts = new ArrayList<>();
        for (Component c : card.components()) {
            if (c instanceof Header h) {
                parts.add(h.format() + " header");
            } else if (c instanceof Buttons bs) {
                parts.add("buttons " + bs.buttons().stream().map(b -> b.type().name()).toList());
            } else {
                parts.add(c.type().name().toLowerCase(Locale.ROOT));
            }
        }
        return parts.isEmpty() ? "empty" : String.join(", ", parts);
    }

    private void checkCard(CarouselCard card, Location cardAt) {
        Location componentsAt = cardAt.field("components");
        Map<ComponentType, Integer> seen = new EnumMap<>(ComponentType.class);
        for (int j = 0; j < card.components().size(); j++) {
            Component c = card.components().get(j);
            Location at = sources.of(c, componentsAt.index(j));
            if (seen.putIfAbsent(c.type(), j) != null) {
                report(at, Rule.COMPONENT_DUPLICATE, "a second " + c.type() + " in this card; a card has at most one");
                continue;
            }
            if (c instanceof Header h) {
                if (h.format() != HeaderFormat.IMAGE && h.format() != HeaderFormat.VIDEO && h.format() != HeaderFormat.PRODUCT) {
                    report(at.field("format"), Rule.CAROUSEL_CARD_HEADER, "a card header is IMAGE or VIDEO (media card) "
                            + "or PRODUCT (product card), not " + h.format());
                } else {
                    checkHeader(h, at);
                }
            } else if (c instanceof Body b) {
                checkBody(b, at, CAROUSEL_CARD_BODY_MAX_LENGTH, false);
            } else if (c instanceof Buttons bs) {
                checkCardButtons(card, bs, at);
            } else {
                report(at.field("type"), Rule.CAROUSEL_CARD_COMPONENT, "a card holds a HEADER, an optional BODY and "
                        + "BUTTONS, not " + c.type());
            }
        }
        if (!seen.containsKey(ComponentType.HEADER)) {
            report(componentsAt, Rule.CAROUSEL_CARD_HEADER, "this card has no HEADER; every card starts with an IMAGE, "
                    + "VIDEO or PRODUCT header");
        }
    }

    private void checkCardButtons(CarouselCard card, Buttons bs, Location at) {
        boolean product = card.header().map(h -> h.format() == HeaderFormat.PRODUCT).orElse(false);
        Set<ButtonType> allowed = product ? PRODUCT_CARD_BUTTONS : MEDIA_CARD_BUTTONS;
        int max = product ? PRODUCT_CARD_MAX_BUTTONS : MEDIA_CARD_MAX_BUTTONS;
        Location array = at.field("buttons");
        if (bs.buttons().size() > max) {
            report(array, Rule.CAROUSEL_CARD_BUTTONS, "has " + bs.buttons().size() + " buttons; a " + (product ? "product"
                    : "media") + " card has at most " + max);
        }
        for (int b = 0; b < bs.buttons().size(); b++) {
            Button button = bs.buttons().get(b);
            if (!allowed.contains(button.type())) {
                report(sources.of(button, array.index(b)).field("type"), Rule.CAROUSEL_CARD_BUTTONS, "a "
                        + (product ? "product" : "media") + " card takes " + names(allowed) + " buttons, not "
                        + button.type());
            }
        }
        checkButtons(bs, at, b -> sources.of(bs.buttons().get(b), array.index(b)));
    }

    private void checkLimitedTimeOffer(LimitedTimeOffer offer, Location at) {
        if (d.category() != null && d.category() != Category.MARKETING) {
            report(at.field("type"), Rule.LTO_CATEGORY, "limited-time offer templates are MARKETING templates, not "
                    + d.category());
        }
        Location inner = at.field("limited_time_offer");
        if (!offer.present()) {
            report(inner, Rule.LTO_TEXT, "missing; add \"limited_time_offer\": {\"text\": \"Expiring offer!\", "
                    + "\"has_expiration\": true}");
        } else if (isBlank(offer.text())) {
            report(inner.field("text"), Rule.LTO_TEXT, "the offer needs text (at most " + LTO_TEXT_MAX_LENGTH
                    + " characters), e.g. \"Expiring offer!\"");
        } else {
            checkLength(inner.field("text"), offer.text(), LTO_TEXT_MAX_LENGTH, Rule.LTO_TEXT, "the offer text");
        }
        for (int i = 0; i < d.components().size(); i++) {
            Component c = d.components().get(i);
            if (c instanceof Footer) {
                report(sources.component(i), Rule.LTO_FOOTER, "limited-time offer templates have no FOOTER; remove it");
            } else if (c instanceof Header h && h.format() != HeaderFormat.IMAGE && h.format() != HeaderFormat.VIDEO) {
                report(sources.component(i).field("format"), Rule.LTO_HEADER, "a limited-time offer header is IMAGE or "
                        + "VIDEO, not " + h.format());
            }
        }
        List<Button> buttons = d.buttons().map(Buttons::buttons).orElse(List.of());
        Location buttonsAt = d.buttons().map(bs -> sources.component(d.components().indexOf(bs)).field("buttons"))
                .orElse(Location.ROOT.field("components"));
        if (buttons.stream().noneMatch(b -> b.type() == ButtonType.URL)) {
            report(buttonsAt, Rule.LTO_BUTTONS, "a limited-time offer needs a URL button (where the offer is redeemed)");
        }
        int copyCode = -1;
        for (int i = 0; i < buttons.size(); i++) {
            if (buttons.get(i).type() == ButtonType.COPY_CODE) {
                copyCode = i;
                break;
            }
        }
        if (Boolean.TRUE.equals(offer.hasExpiration()) && copyCode < 0) {
            report(buttonsAt, Rule.LTO_BUTTONS, "has_expiration is true, so the offer needs a COPY_CODE button (the "
                    + "offer code), first in the buttons");
        } else if (copyCode > 0) {
            report(buttonsAt, Rule.LTO_BUTTONS, "the COPY_CODE button must be the first button of a limited-time offer");
        }
    }

    private void checkCallPermissionRequest(Location at) {
        if (d.category() != null && d.category() != Category.MARKETING && d.category() != Category.UTILITY) {
            report(at.field("type"), Rule.CALL_PERMISSION_CATEGORY, "a call permission request is allowed only in "
                    + "MARKETING and UTILITY templates, not " + d.category());
        }
        for (int i = 0; i < d.components().size(); i++) {
            ComponentType type = d.components().get(i).type();
            if (type == ComponentType.BUTTONS || type == ComponentType.CAROUSEL || type == ComponentType.LIMITED_TIME_OFFER) {
                report(sources.component(i), Rule.CALL_PERMISSION_COMPANIONS, "a call permission request cannot be "
                        + "combined with other interactive components; remove this " + type);
            }
        }
    }

    /** A single-product template pairs a PRODUCT header with an SPM button; one without the other is refused. */
    private void checkProductHeaderAndSpmButton() {
        boolean productHeader = d.header().map(h -> h.format() == HeaderFormat.PRODUCT).orElse(false);
        int spm = -1;
        List<Button> buttons = d.buttons().map(Buttons::buttons).orElse(List.of());
        for (int i = 0; i < buttons.size(); i++) {
            if (buttons.get(i).type() == ButtonType.SPM) {
                spm = i;
                break;
            }
        }
        if (productHeader && spm < 0) {
            int header = d.components().indexOf(d.header().orElseThrow());
            report(sources.component(header).field("format"), Rule.PRODUCT_HEADER_SPM, "a PRODUCT header needs an SPM "
                    + "button ({\"type\": \"SPM\", \"text\": \"View\"}) that opens the product");
        } else if (!productHeader && spm >= 0) {
            int component = d.components().indexOf(d.buttons().orElseThrow());
            report(sources.button(component, spm).field("type"), Rule.PRODUCT_HEADER_SPM, "an SPM button shows the "
                    + "product of a PRODUCT header; add {\"type\": \"HEADER\", \"format\": \"PRODUCT\"}");
        }
    }

    private void checkHeader(Header h, Location at) {
        if (h instanceof ProductHeader) {
            if (d.category() != null && d.category() != Category.MARKETING) {
                report(at.field("format"), Rule.HEADER_MARKETING_ONLY, "PRODUCT headers are only for MARKETING "
                        + "templates, not " + d.category());
            }
            return;
        }
        if (h.format() == HeaderFormat.GIF && d.category() != null && d.category() != Category.MARKETING) {
            report(at.field("format"), Rule.HEADER_MARKETING_ONLY, "GIF headers are only for MARKETING templates, not "
                    + d.category());
        }
        if (h instanceof LocationHeader) {
            if (d.category() != null && d.category() != Category.UTILITY && d.category() != Category.MARKETING) {
                report(at.field("format"), Rule.HEADER_LOCATION_CATEGORY, "LOCATION headers are allowed only in "
                        + "UTILITY and MARKETING templates, not " + d.category());
            }
            return;
        }
        if (authentication) {
            report(at, Rule.AUTH_HEADER, "AUTHENTICATION templates have no HEADER; remove this component");
            return;
        }
        if (h instanceof TextHeader t) {
            Location text = at.field("text");
            if (isBlank(t.text())) {
                report(text, Rule.TEXT_REQUIRED, "a TEXT header needs text");
                return;
            }
            checkLength(text, t.text(), HEADER_TEXT_MAX_LENGTH, Rule.HEADER_TEXT_LENGTH, "header text");
            if (t.text().indexOf('\n') >= 0 || t.text().indexOf('\r') >= 0 || t.text().indexOf('*') >= 0
                    || TextParameters.containsEmoji(t.text())) {
                report(text, Rule.HEADER_TEXT_CHARACTERS, "contains a new line, an asterisk or an emoji; Meta "
                        + "rejects them in a text header (formatting and emoji belong in the body)");
            }
            TextCheck check = checkParameters(t.text(), text, false);
            int count = check.scan.parameters().size();
            if (count > HEADER_MAX_PARAMETERS) {
                report(text, Rule.HEADER_PARAMETER_COUNT, "has " + count + " parameters; a header may have at most "
                        + HEADER_MAX_PARAMETERS);
            }
            checkExamples(check, t.example(), at, false);
        } else if (h instanceof MediaHeader m) {
            checkMediaHandle(m, at);
        }
    }

    private void checkMediaHandle(MediaHeader m, Location at) {
        Example e = m.example();
        Location handles = at.field("example").field("header_handle");
        String upload = "upload the " + m.format().name().toLowerCase(Locale.ROOT)
                + " (EUMSocial::WhatsApp::TemplateMedia or CreateWhatsAppMessageTemplateMedia) and put its handle in "
                + "\"example\": {\"header_handle\": [\"4::...\"]}";
        if (e == null || e.headerHandle() == null || e.headerHandle().isEmpty()) {
            report(handles, Rule.HEADER_HANDLE, m.format() + " headers need a media handle; " + upload);
            return;
        }
        if (e.headerHandle().size() > 1) {
            report(handles, Rule.HEADER_HANDLE, "has " + e.headerHandle().size() + " handles; give exactly one");
        }
        for (int i = 0; i < e.headerHandle().size(); i++) {
            String handle = e.headerHandle().get(i);
            if (!MEDIA_HANDLE.matcher(handle).matches()) {
                report(handles.index(i), Rule.HEADER_HANDLE, "\"" + abbreviate(handle) + "\" is not a media handle "
                        + "(they look like \"4::aW1hZ2...\"); " + upload);
            }
        }
    }

    /**
     * @param max           the text's length limit (a carousel card's body and a limited-time offer's body are shorter)
     * @param messageBody   whether the message body's rules on parameter placement and density apply
     */
    private void checkBody(Body b, Location at, int max, boolean messageBody) {
        if (authentication) {
            if (b.text() != null) {
                report(at.field("text"), Rule.AUTH_BODY, "remove the text: Meta writes the body of AUTHENTICATION "
                        + "templates; only \"add_security_recommendation\" may be set");
            }
            if (b.example() != null) {
                report(at.field("example"), Rule.AUTH_BODY, "remove the example: the body of AUTHENTICATION "
                        + "templates has no parameters to give examples for");
            }
            return;
        }
        if (b.addSecurityRecommendation() != null) {
            report(at.field("add_security_recommendation"), Rule.AUTHENTICATION_ONLY_FIELD,
                    "only AUTHENTICATION templates take add_security_recommendation; remove it or change the category");
        }
        Location text = at.field("text");
        if (isBlank(b.text())) {
            report(text, Rule.TEXT_REQUIRED, "a BODY needs text");
            return;
        }
        checkLength(text, b.text(), max, Rule.BODY_TEXT_LENGTH, messageBody ? "body text" : "a card's body text");
        TextCheck check = checkParameters(b.text(), text, messageBody);
        checkExamples(check, b.example(), at, true);
    }

    private void checkFooter(Footer f, Location at) {
        if (authentication) {
            if (f.text() != null) {
                report(at.field("text"), Rule.AUTH_FOOTER, "remove the text: Meta writes the footer of AUTHENTICATION "
                        + "templates from code_expiration_minutes");
            }
            Location minutes = at.field("code_expiration_minutes");
            if (f.codeExpirationMinutes() == null) {
                report(minutes, Rule.AUTH_FOOTER, "an AUTHENTICATION footer needs code_expiration_minutes ("
                        + CODE_EXPIRATION_MIN_MINUTES + "-" + CODE_EXPIRATION_MAX_MINUTES + "); or remove the footer");
            } else if (f.codeExpirationMinutes() < CODE_EXPIRATION_MIN_MINUTES
                    || f.codeExpirationMinutes() > CODE_EXPIRATION_MAX_MINUTES) {
                report(minutes, Rule.AUTH_CODE_EXPIRATION, "is " + f.codeExpirationMinutes() + "; it must be between "
                        + CODE_EXPIRATION_MIN_MINUTES + " and " + CODE_EXPIRATION_MAX_MINUTES + " minutes");
            }
            return;
        }
        if (f.codeExpirationMinutes() != null) {
            report(at.field("code_expiration_minutes"), Rule.AUTHENTICATION_ONLY_FIELD,
                    "only AUTHENTICATION templates take code_expiration_minutes; remove it or change the category");
        }
        Location text = at.field("text");
        if (isBlank(f.text())) {
            report(text, Rule.TEXT_REQUIRED, "a FOOTER needs text; remove the component if you want none");
            return;
        }
        checkLength(text, f.text(), FOOTER_TEXT_MAX_LENGTH, Rule.FOOTER_TEXT_LENGTH, "footer text");
        if (f.text().indexOf('\n') >= 0 || f.text().indexOf('\r') >= 0 || TextParameters.containsEmoji(f.text())) {
            report(text, Rule.FOOTER_TEXT_CHARACTERS, "contains a new line or an emoji; Meta rejects them in a footer");
        }
        Scan scan = TextParameters.scan(f.text());
        scan.braceProblems().forEach(p -> report(text, Rule.PARAMETER_BRACES, p));
        if (!scan.parameters().isEmpty()) {
            report(text, Rule.FOOTER_PARAMETERS, "has parameter " + scan.parameters().get(0).placeholder()
                    + "; a footer cannot have parameters");
        }
    }

    // ---- parameters and examples -----------------------------------------------------------

    /** The parameters of one text that are written in the declared format (the others are reported). */
    private record TextCheck(Scan scan, List<Parameter> usable) {
        int distinctPositional() {
            return (int) usable.stream().map(Parameter::number).distinct().count();
        }

        Set<String> names() {
            return usable.stream().map(Parameter::content).collect(Collectors.toCollection(LinkedHashSet::new));
        }
    }

    private TextCheck checkParameters(String text, Location at, boolean body) {
        Scan scan = TextParameters.scan(text);
        scan.braceProblems().forEach(p -> report(at, Rule.PARAMETER_BRACES, p));
        ParameterFormat format = d.parameterFormat();
        List<Parameter> usable = new ArrayList<>();
        Set<String> seenNames = new TreeSet<>();
        for (Parameter p : scan.parameters()) {
            String content = p.content();
            if (content.chars().anyMatch(ch -> ch == '#' || ch == '$' || ch == '%')) {
                report(at, Rule.PARAMETER_CHARACTERS, "parameter " + p.placeholder() + " contains #, $ or %; "
                        + "parameters may not contain them");
            } else if (p.isPositional()) {
                if (format == ParameterFormat.NAMED) {
                    report(at, Rule.PARAMETER_FORMAT_MISMATCH, "parameter " + p.placeholder() + " is positional but "
                            + "parameter_format is named; write it as {{a_name}}");
                } else {
                    usable.add(p);
                }
            } else if (p.isNamed()) {
                if (format == ParameterFormat.POSITIONAL) {
                    report(at, Rule.PARAMETER_FORMAT_MISMATCH, "parameter " + p.placeholder() + " is named but "
                            + "parameter_format is positional" + (d.declaredParameterFormat() == null ? " (the default)" : "")
                            + "; set \"parameter_format\": \"named\" or write {{1}}, {{2}}, ...");
                } else if (!seenNames.add(content)) {
                    report(at, Rule.PARAMETER_DUPLICATE_NAME, "parameter " + p.placeholder() + " appears more than "
                            + "once; named parameters must be unique within a text");
                } else {
                    usable.add(p);
                }
            } else {
                report(at, Rule.PARAMETER_SYNTAX, "parameter " + p.placeholder() + " is not valid; write {{1}}, {{2}}, "
                        + "... or {{a_name}} (lowercase letters, digits and underscores)");
            }
        }
        if (format == ParameterFormat.POSITIONAL) {
            checkSequence(usable, at);
        }
        List<Parameter> all = scan.parameters();
        for (int i = 1; i < all.size(); i++) {
            Parameter before = all.get(i - 1);
            Parameter after = all.get(i);
            if (text.substring(before.end(), after.start()).isBlank()) {
                report(at, Rule.PARAMETER_ADJACENT, "parameters " + before.placeholder() + " and " + after.placeholder()
                        + " are adjacent; put words between them");
            }
        }
        if (body && !all.isEmpty()) {
            Parameter first = all.get(0);
            Parameter last = all.get(all.size() - 1);
            if (TextParameters.onlyFiller(text, 0, first.start())) {
                report(at, Rule.PARAMETER_AT_EDGE, "starts with parameter " + first.placeholder()
                        + "; Meta rejects a body that starts with a parameter: put words before it");
            }
            if (TextParameters.onlyFiller(text, last.end(), text.length())) {
                report(at, Rule.PARAMETER_AT_EDGE, "ends with parameter " + last.placeholder()
                        + "; Meta rejects a body that ends with a parameter (punctuation does not count): put words after it");
            }
            int words = TextParameters.countWords(scan.remainder());
            int needed = MetaLimits.minimumWordsFor(all.size());
            if (words < needed) {
                report(at, Rule.PARAMETER_DENSITY, "has " + all.size() + " parameters but only " + words
                        + " other words; Meta rejects texts with too many parameters for their length: write at least "
                        + needed + " words besides the parameters (" + MIN_WORDS_PER_PARAMETER
                        + " per parameter + 1) or use fewer parameters");
            }
        }
        return new TextCheck(scan, usable);
    }

    private void checkSequence(List<Parameter> positional, Location at) {
        TreeSet<Integer> numbers = positional.stream().map(Parameter::number).collect(Collectors.toCollection(TreeSet::new));
        if (numbers.isEmpty()) {
            return;
        }
        int max = numbers.last();
        String run = max <= 4
                ? IntStream.rangeClosed(1, max).mapToObj(Integer::toString).collect(Collectors.joining(", "))
                : "1, 2, ..., " + max;
        if (numbers.first() != 1) {
            report(at, Rule.PARAMETER_SEQUENCE, "the first parameter is {{" + numbers.first() + "}}; positional "
                    + "parameters start at {{1}} and must run " + run);
            return;
        }
        int previous = 0;
        for (int n : numbers) {
            if (n != previous + 1) {
                report(at, Rule.PARAMETER_SEQUENCE, "parameter {{" + n + "}} follows {{" + previous + "}}; positional "
                        + "parameters must run " + run);
                return;
            }
            previous = n;
        }
    }

    private void checkExamples(TextCheck check, Example example, Location component, boolean body) {
        Location exampleAt = component.field("example");
        String positionalKey = body ? "body_text" : "header_text";
        String namedKey = body ? "body_text_named_params" : "header_text_named_params";
        if (d.parameterFormat() == ParameterFormat.POSITIONAL) {
            int n = check.distinctPositional();
            if (n == 0) {
                return;
            }
            String shape = body ? "\"example\": {\"body_text\": [[" + placeholders(n) + "]]}"
                    : "\"example\": {\"header_text\": [\"...\"]}";
            List<?> given = example == null ? null : body ? example.bodyText() : example.headerText();
            if (given == null) {
                report(exampleAt, Rule.EXAMPLE_REQUIRED, "the text has " + plural(n, "parameter") + " but no "
                        + positionalKey + " example; add " + shape);
                return;
            }
            Location values = exampleAt.field(positionalKey);
            if (body) {
                List<List<String>> rows = example.bodyText();
                if (rows.isEmpty()) {
                    report(values, Rule.EXAMPLE_COUNT, "is empty; give one row of " + n + " values: " + shape);
                }
                for (int r = 0; r < rows.size(); r++) {
                    checkPositionalValues(rows.get(r), n, values.index(r));
                }
            } else {
                checkPositionalValues(example.headerText(), n, values);
            }
        } else {
            Set<String> names = check.names();
            if (names.isEmpty()) {
                return;
            }
            List<NamedParameterExample> given = example == null ? null
                    : body ? example.bodyTextNamedParams() : example.headerTextNamedParams();
            if (given == null) {
                report(exampleAt, Rule.EXAMPLE_REQUIRED, "the text has named parameters " + braces(names) + " but no "
                        + namedKey + " example; add \"example\": {\"" + namedKey
                        + "\": [{\"param_name\": \"" + names.iterator().next() + "\", \"example\": \"...\"}]}");
                return;
            }
            Location values = exampleAt.field(namedKey);
            Set<String> exampleNames = new LinkedHashSet<>();
            for (int i = 0; i < given.size(); i++) {
                NamedParameterExample e = given.get(i);
                Location at = values.index(i);
                if (isBlank(e.paramName())) {
                    report(at.field("param_name"), Rule.EXAMPLE_NAMES, "missing param_name");
                    continue;
                }
                if (!exampleNames.add(e.paramName())) {
                    report(at.field("param_name"), Rule.EXAMPLE_NAMES, "a second example for {{" + e.paramName() + "}}");
                } else if (!names.contains(e.paramName())) {
                    report(at.field("param_name"), Rule.EXAMPLE_NAMES, "example for {{" + e.paramName()
                            + "}}, which the text does not use (it uses " + braces(names) + ")");
                }
                if (isBlank(e.example())) {
                    report(at.field("example"), Rule.EXAMPLE_VALUE, "the example for {{" + e.paramName()
                            + "}} is blank; give a realistic value");
                }
            }
            Set<String> missing = new LinkedHashSet<>(names);
            missing.removeAll(exampleNames);
            if (!missing.isEmpty()) {
                report(values, Rule.EXAMPLE_NAMES, "no example for " + braces(missing) + "; add {\"param_name\": \""
                        + missing.iterator().next() + "\", \"example\": \"...\"}");
            }
        }
    }

    private void checkPositionalValues(List<String> values, int n, Location at) {
        if (values.size() != n) {
            report(at, Rule.EXAMPLE_COUNT, "has " + plural(values.size(), "value") + " but the text has "
                    + plural(n, "parameter") + " ({{1}}" + (n > 1 ? " to {{" + n + "}}" : "") + "); give one value per parameter, in order");
        }
        for (int i = 0; i < values.size(); i++) {
            if (isBlank(values.get(i))) {
                report(at.index(i), Rule.EXAMPLE_VALUE, "example for {{" + (i + 1) + "}} is blank; give a realistic value");
            }
        }
    }

    // ---- buttons ---------------------------------------------------------------------------

    private void checkButtons(Buttons component, Location at, IntFunction<Location> buttonAt) {
        List<Button> buttons = component.buttons();
        Location array = at.field("buttons");
        if (buttons.isEmpty()) {
            report(array, Rule.BUTTONS_EMPTY, "a BUTTONS component needs at least one button; remove it if you want none");
            return;
        }
        if (buttons.size() > BUTTONS_MAX) {
            report(array, Rule.BUTTONS_COUNT, "has " + buttons.size() + " buttons; at most " + BUTTONS_MAX + " are allowed");
        }
        Map<ButtonType, Long> counts = buttons.stream().collect(Collectors.groupingBy(Button::type,
                () -> new EnumMap<>(ButtonType.class), Collectors.counting()));
        checkCount(counts, ButtonType.URL, URL_BUTTONS_MAX, Rule.BUTTONS_URL_COUNT, array);
        checkCount(counts, ButtonType.PHONE_NUMBER, PHONE_NUMBER_BUTTONS_MAX, Rule.BUTTONS_PHONE_COUNT, array);
        checkCount(counts, ButtonType.COPY_CODE, COPY_CODE_BUTTONS_MAX, Rule.BUTTONS_COPY_CODE_COUNT, array);
        checkQuickReplyGrouping(buttons, array);
        if (authentication) {
            boolean oneOtp = buttons.size() == 1 && buttons.get(0).type() == ButtonType.OTP;
            if (!oneOtp) {
                report(array, Rule.AUTH_BUTTONS, "an AUTHENTICATION template has exactly one button, of type OTP; found "
                        + buttons.stream().map(b -> b.type().name()).collect(Collectors.joining(", ")));
            }
        }
        for (int i = 0; i < buttons.size(); i++) {
            checkButton(buttons.get(i), buttonAt.apply(i));
        }
    }

    private void checkCount(Map<ButtonType, Long> counts, ButtonType type, int max, Rule rule, Location at) {
        long count = counts.getOrDefault(type, 0L);
        if (count > max) {
            report(at, rule, "has " + count + " " + type + " buttons; at most " + max + " allowed");
        }
    }

    private void checkQuickReplyGrouping(List<Button> buttons, Location at) {
        int runs = 0;
        Boolean previous = null;
        for (Button b : buttons) {
            boolean quickReply = b.type() == ButtonType.QUICK_REPLY;
            if (previous == null || previous != quickReply) {
                runs++;
            }
            previous = quickReply;
        }
        if (runs > 2) {
            report(at, Rule.BUTTONS_QUICK_REPLY_GROUPING, "QUICK_REPLY buttons must be grouped together, all before or "
                    + "all after the other buttons; the order here is "
                    + buttons.stream().map(b -> b.type().name()).collect(Collectors.joining(", ")));
        }
    }

    private void checkButton(Button b, Location at) {
        boolean labelRequired = !(b instanceof CopyCodeButton || b instanceof OtpButton
                || b.type() == ButtonType.REQUEST_CONTACT_INFO);
        Location text = at.field("text");
        if (isBlank(b.text())) {
            if (labelRequired) {
                report(text, Rule.BUTTON_TEXT_REQUIRED, "a " + b.type() + " button needs text (its label)");
            }
        } else {
            checkLength(text, b.text(), BUTTON_TEXT_MAX_LENGTH, Rule.BUTTON_TEXT_LENGTH, "button text");
        }
        if (authentication) {
            checkEmoji(b.text(), text);
            checkNoUrl(b.text(), text);
        }
        if (MARKETING_ONLY_BUTTONS.contains(b.type()) && d.category() != null && d.category() != Category.MARKETING) {
            report(at.field("type"), Rule.BUTTON_MARKETING_ONLY, b.type() + " buttons are only for MARKETING templates, "
                    + "not " + d.category());
        }
        if (b instanceof UrlButton u) {
            checkUrlButton(u, at);
        } else if (b instanceof PhoneNumberButton p) {
            Location phone = at.field("phone_number");
            if (isBlank(p.phoneNumber())) {
                report(phone, Rule.BUTTON_PHONE_REQUIRED, "a PHONE_NUMBER button needs a phone_number such as \"+15550100\"");
            } else if (p.phoneNumber().length() > PHONE_NUMBER_MAX_LENGTH) {
                report(phone, Rule.BUTTON_PHONE_LENGTH, "is " + p.phoneNumber().length() + " characters long; the limit is "
                        + PHONE_NUMBER_MAX_LENGTH);
            } else if (!PHONE_NUMBER_PATTERN.matcher(p.phoneNumber()).matches()) {
                report(phone, Rule.BUTTON_PHONE_FORMAT, "\"" + abbreviate(p.phoneNumber()) + "\" is not a phone number; "
                        + "write digits with an optional leading + (spaces, dashes and parentheses allowed), e.g. \"+15550100\"");
            }
        } else if (b instanceof CopyCodeButton c) {
            Location example = at.field("example");
            if (isBlank(c.example())) {
                report(example, Rule.BUTTON_COPY_CODE_EXAMPLE, "a COPY_CODE button needs an example code such as \"SAVE20\"");
            } else if (TextParameters.length(c.example()) > COPY_CODE_EXAMPLE_MAX_LENGTH) {
                report(example, Rule.BUTTON_COPY_CODE_EXAMPLE, "is " + TextParameters.length(c.example())
                        + " characters long; a COPY_CODE example has at most " + COPY_CODE_EXAMPLE_MAX_LENGTH);
            }
        } else if (b instanceof FlowButton f) {
            long references = Stream.of(f.flowId(), f.flowName(), f.flowJson()).filter(v -> !isBlank(v)).count();
            if (references != 1) {
                report(at, Rule.BUTTON_FLOW_REFERENCE, "a FLOW button names its flow with exactly one of flow_id, "
                        + "flow_name or flow_json; found " + references);
            }
            if (f.flowAction() != null && !FLOW_ACTIONS.contains(f.flowAction())) {
                report(at.field("flow_action"), Rule.BUTTON_FLOW_ACTION, "\"" + f.flowAction()
                        + "\" is not a flow action; use \"navigate\" or \"data_exchange\"");
            }
        } else if (b instanceof OtpButton o) {
            checkOtpButton(o, at);
        }
    }

    private void checkUrlButton(UrlButton u, Location at) {
        Location url = at.field("url");
        if (isBlank(u.url())) {
            report(url, Rule.BUTTON_URL_REQUIRED, "a URL button needs a url such as \"https://example.com/orders/{{1}}\"");
            return;
        }
        if (u.url().length() > URL_MAX_LENGTH) {
            report(url, Rule.BUTTON_URL_LENGTH, "is " + u.url().length() + " characters long; the limit is " + URL_MAX_LENGTH);
        }
        if (!u.url().startsWith("https://") && !u.url().startsWith("http://")) {
            report(url, Rule.BUTTON_URL_SCHEME, "\"" + abbreviate(u.url()) + "\" must start with https:// or http://");
        }
        Scan scan = TextParameters.scan(u.url());
        scan.braceProblems().forEach(p -> report(url, Rule.PARAMETER_BRACES, p));
        List<Parameter> parameters = scan.parameters();
        if (parameters.size() > 1) {
            report(url, Rule.BUTTON_URL_PARAMETER, "has " + parameters.size() + " parameters; a url may have one, {{1}}, "
                    + "at its end");
        } else if (parameters.size() == 1) {
            Parameter p = parameters.get(0);
            if (!p.content().equals("1")) {
                report(url, Rule.BUTTON_URL_PARAMETER, "parameter " + p.placeholder() + " must be written {{1}} in a url");
            }
            if (p.end() != u.url().length()) {
                report(url, Rule.BUTTON_URL_PARAMETER, "parameter " + p.placeholder() + " must be at the end of the url");
            }
        }
        if (authentication) {
            return;
        }
        if (!parameters.isEmpty()) {
            Location example = at.field("example");
            if (u.example() == null || u.example().isEmpty()) {
                report(example, Rule.BUTTON_URL_EXAMPLE, "the url has a parameter but no example; add \"example\": "
                        + "[\"" + u.url().substring(0, parameters.get(0).start()) + "...\"] with a full url");
            } else if (u.example().size() > 1) {
                report(example, Rule.BUTTON_URL_EXAMPLE, "has " + u.example().size() + " urls; give exactly one full example url");
            } else if (isBlank(u.example().get(0))) {
                report(example.index(0), Rule.EXAMPLE_VALUE, "the example url is blank; give a full url");
            }
        }
    }

    private void checkOtpButton(OtpButton o, Location at) {
        if (!authentication) {
            if (d.category() != null) {
                report(at.field("type"), Rule.BUTTON_OTP_CATEGORY, "OTP buttons are only for AUTHENTICATION templates, "
                        + "not " + d.category());
            }
            return;
        }
        if (o.otpType() == null) {
            report(at.field("otp_type"), Rule.OTP_TYPE, "missing otp_type; use COPY_CODE, ONE_TAP or ZERO_TAP");
            return;
        }
        if (o.autofillText() != null) {
            checkLength(at.field("autofill_text"), o.autofillText(), BUTTON_TEXT_MAX_LENGTH, Rule.BUTTON_TEXT_LENGTH,
                    "autofill_text");
            checkEmoji(o.autofillText(), at.field("autofill_text"));
            checkNoUrl(o.autofillText(), at.field("autofill_text"));
        }
        if (o.otpType() == OtpType.ZERO_TAP && !Boolean.TRUE.equals(o.zeroTapTermsAccepted())) {
            report(at.field("zero_tap_terms_accepted"), Rule.AUTH_ZERO_TAP_TERMS, "a ZERO_TAP button needs "
                    + "\"zero_tap_terms_accepted\": true (you accept WhatsApp's zero-tap terms)");
        }
        if (o.otpType() == OtpType.COPY_CODE) {
            return;
        }
        Location apps = at.field("supported_apps");
        if (o.supportedApps() == null || o.supportedApps().isEmpty()) {
            report(apps, Rule.AUTH_SUPPORTED_APPS, "a " + o.otpType() + " button needs supported_apps: "
                    + "[{\"package_name\": \"com.example.app\", \"signature_hash\": \"...\"}]");
            return;
        }
        for (int i = 0; i < o.supportedApps().size(); i++) {
            SupportedApp app = o.supportedApps().get(i);
            if (isBlank(app.packageName())) {
                report(apps.index(i).field("package_name"), Rule.AUTH_SUPPORTED_APPS,
                        "missing package_name (the Android package, e.g. \"com.example.app\")");
            }
            if (isBlank(app.signatureHash())) {
                report(apps.index(i).field("signature_hash"), Rule.AUTH_SUPPORTED_APPS,
                        "missing signature_hash (the app signing key hash)");
            }
        }
    }

    // ---- sizes and helpers -----------------------------------------------------------------

    private void checkSizes(String definitionJson) {
        int definitionBytes = definitionJson.getBytes(StandardCharsets.UTF_8).length;
        if (definitionBytes > DEFINITION_MAX_BYTES) {
            report(Location.ROOT, Rule.DEFINITION_SIZE, "the definition is " + definitionBytes + " bytes as JSON; "
                    + "CreateWhatsAppMessageTemplate accepts at most " + DEFINITION_MAX_BYTES + " bytes (templateDefinition)");
        }
    }

    /** Checks that do not block a deployment but change what a later deployment can do. */
    static List<DefinitionProblem> warnings(String componentsJson) {
        int componentBytes = componentsJson.getBytes(StandardCharsets.UTF_8).length;
        if (componentBytes <= COMPONENTS_MAX_BYTES) {
            return List.of();
        }
        return List.of(DefinitionProblem.at(Location.ROOT.field("components"), Rule.COMPONENTS_SIZE, "the components are "
                + componentBytes + " bytes as JSON, more than the " + COMPONENTS_MAX_BYTES + " bytes "
                + "UpdateWhatsAppMessageTemplate accepts (templateComponents): the template can be created, but a later "
                + "change to its components will replace it (a new template, and the old name blocked for 30 days "
                + "once deleted) instead of editing it in place"));
    }

    private void checkSettings() {
        Integer ttl = d.messageSendTtlSeconds();
        if (ttl == null || d.category() == null) {
            return;
        }
        MetaLimits.TtlRange range = MetaLimits.ttlRange(d.category());
        if (!range.allows(ttl)) {
            report(Location.ROOT.field(TemplateSettings.MESSAGE_SEND_TTL_SECONDS), Rule.MESSAGE_SEND_TTL,
                    "is " + ttl + "; " + d.category() + " templates take " + range.describe());
        }
    }

    private void checkEmoji(String text, Location at) {
        if (text != null && TextParameters.containsEmoji(text)) {
            report(at, Rule.AUTH_EMOJI, "contains an emoji; AUTHENTICATION templates may not use emoji");
        }
    }

    private void checkNoUrl(String text, Location at) {
        if (text != null && URL_IN_TEXT.matcher(text).find()) {
            report(at, Rule.AUTH_URL, "contains a URL; AUTHENTICATION templates may not carry URLs");
        }
    }

    private void checkLength(Location at, String text, int max, Rule rule, String what) {
        int length = TextParameters.length(text);
        if (length > max) {
            report(at, rule, "is " + length + " characters long; " + what + " has at most " + max);
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private static String placeholders(int n) {
        return IntStream.range(0, n).mapToObj(i -> "\"...\"").collect(Collectors.joining(", "));
    }

    private static String braces(Set<String> names) {
        return names.stream().map(n -> "{{" + n + "}}").collect(Collectors.joining(", "));
    }

    private static String names(Set<ButtonType> types) {
        return types.stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
