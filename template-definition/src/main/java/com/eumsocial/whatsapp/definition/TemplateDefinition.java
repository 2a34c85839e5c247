package com.eumsocial.whatsapp.definition;

import com.eumsocial.whatsapp.definition.model.Body;
import com.eumsocial.whatsapp.definition.model.Buttons;
import com.eumsocial.whatsapp.definition.model.Carousel;
import com.eumsocial.whatsapp.definition.model.LimitedTimeOffer;
import com.eumsocial.whatsapp.definition.model.Component;
import com.eumsocial.whatsapp.definition.model.ExtraFields;
import com.eumsocial.whatsapp.definition.model.Footer;
import com.eumsocial.whatsapp.definition.model.Header;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Immutable typed model of Meta's template definition JSON. Values the user left out are null
 * (the validator reports the required ones), so a definition with mistakes can still be held
 * and checked as a whole.
 */
public final class TemplateDefinition {
    private final String name;
    private final String language;
    private final Category category;
    private final ParameterFormat declaredParameterFormat;
    private final List<Component> components;
    private final ExtraFields extra;

    /**
     * @param parameterFormat null when the definition does not declare {@code parameter_format}
     * @param extra           top-level fields the model does not type (e.g. {@code message_send_ttl_seconds})
     */
    public TemplateDefinition(String name, String language, Category category, ParameterFormat parameterFormat,
                              List<Component> components, ExtraFields extra) {
        this.name = name;
        this.language = language;
        this.category = category;
        this.declaredParameterFormat = parameterFormat;
        this.components = components == null ? List.of() : List.copyOf(components);
        this.extra = extra == null ? ExtraFields.NONE : extra;
    }

    public String name() {
        return name;
    }

    public String language() {
        return language;
    }

    /** Null when absent. */
    public Category category() {
        return category;
    }

    /** POSITIONAL when the definition does not declare one (Meta's default). */
    public ParameterFormat parameterFormat() {
        return declaredParameterFormat == null ? ParameterFormat.POSITIONAL : declaredParameterFormat;
    }

    /** The declared {@code parameter_format}, or null when the definition leaves it out. */
    public ParameterFormat declaredParameterFormat() {
        return declaredParameterFormat;
    }

    public List<Component> components() {
        return components;
    }

    public ExtraFields extra() {
        return extra;
    }

    /** {@code message_send_ttl_seconds}, or null when absent. */
    public Integer messageSendTtlSeconds() {
        return TemplateSettings.integer(this, TemplateSettings.MESSAGE_SEND_TTL_SECONDS);
    }

    /** {@code cta_url_link_tracking_opted_out}, or null when absent. */
    public Boolean ctaUrlLinkTrackingOptedOut() {
        return TemplateSettings.bool(this, TemplateSettings.CTA_URL_LINK_TRACKING_OPTED_OUT);
    }

    /** {@code allow_category_change}, or null when absent. */
    public Boolean allowCategoryChange() {
        return TemplateSettings.bool(this, TemplateSettings.ALLOW_CATEGORY_CHANGE);
    }

    public Optional<Carousel> carousel() {
        return first(Carousel.class);
    }

    public Optional<LimitedTimeOffer> limitedTimeOffer() {
        return first(LimitedTimeOffer.class);
    }

    public Optional<Header> header() {
        return first(Header.class);
    }

    public Optional<Body> body() {
        return first(Body.class);
    }

    public Optional<Footer> footer() {
        return first(Footer.class);
    }

    public Optional<Buttons> buttons() {
        return first(Buttons.class);
    }

    private <T extends Component> Optional<T> first(Class<T> type) {
        return components.stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    public TemplateDefinition withCategory(Category newCategory) {
        return new TemplateDefinition(name, language, newCategory, declaredParameterFormat, components, extra);
    }

    public TemplateDefinition withComponents(List<Component> newComponents) {
        return new TemplateDefinition(name, language, category, declaredParameterFormat, newComponents, extra);
    }

    /** Meta's JSON (snake_case keys), a fresh node on every call. */
    public JsonNode toJson() {
        return TemplateDefinitionWriter.toJsonNode(this);
    }

    /** The {@code components} array as Meta's JSON (what UpdateWhatsAppMessageTemplate sends). */
    public JsonNode componentsJson() {
        return TemplateDefinitionWriter.componentsJson(components);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TemplateDefinition d
                && Objects.equals(name, d.name)
                && Objects.equals(language, d.language)
                && category == d.category
                && declaredParameterFormat == d.declaredParameterFormat
                && components.equals(d.components)
                && extra.equals(d.extra);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, language, category, declaredParameterFormat, components, extra);
    }

    @Override
    public String toString() {
        return TemplateDefinitionWriter.toJson(this);
    }
}
