package com.eumsocial.whatsapp.cdk;

import com.eumsocial.whatsapp.definition.LibraryTemplateNames;
import com.eumsocial.whatsapp.definition.NearestNames;
import com.eumsocial.whatsapp.definition.TemplateOwnership;
import com.eumsocial.whatsapp.definition.TemplateValidator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import software.amazon.awscdk.CfnResource;
import software.amazon.awscdk.CfnResourceProps;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Resource;
import software.constructs.Construct;

/**
 * A template created from Meta's template library ({@code EUMSocial::WhatsApp::LibraryTemplate}).
 * Meta writes the components; the app chooses the library template, its name in the WABA and the
 * button and body inputs. Every property except WaitForApproval is create-only: any change
 * replaces the template.
 */
public class WhatsAppLibraryTemplate extends Resource implements DeclaredTemplateAttributes {

    public static final String RESOURCE_TYPE = "EUMSocial::WhatsApp::LibraryTemplate";

    static final Set<String> BUTTON_TYPES = Set.of("QUICK_REPLY", "URL", "PHONE_NUMBER", "OTP", "COPY_CODE");
    static final Set<String> OTP_TYPES = Set.of("COPY_CODE", "ONE_TAP", "ZERO_TAP");
    private static final Pattern LIBRARY_NAME = Pattern.compile("^[a-z0-9_]{1,512}$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9]{1,19}$");
    private static final Pattern HTTP_URL = Pattern.compile("^https?://\\S+$");
    private static final Set<String> IDENTITY_FIELDS = Set.of("name", "language", "category");
    private static final int MAX_BUTTONS = 10;

    private final TemplateAttributeValues attributes;
    /** What is wrong with this template (a field: see WhatsAppMessageTemplate#problems). */
    final List<String> problems;

    public WhatsAppLibraryTemplate(Construct scope, String id, WhatsAppLibraryTemplateProps props) {
        this(scope, id, props, null, false);
    }

    /**
     * @param fromFile problems found while reading the props from a file (which is named in every
     *                 message); null for typed props, whose missing values are then thrown, not reported
     * @param inFolder true when the folder applies the removal policy and the registration dependency
     */
    WhatsAppLibraryTemplate(Construct scope, String id, WhatsAppLibraryTemplateProps props, SynthProblems fromFile,
            boolean inFolder) {
        super(scope, id);
        java.util.function.Supplier<String> where = () -> getNode().getPath();
        WabaReference waba = WabaReference.of(props.getWaba(), props.getWabaId(), props.getWabaArn(),
                () -> where.get() + ": WhatsAppLibraryTemplateProps");
        String wabaId = waba.propertyValue();
        SynthProblems found = fromFile == null ? new SynthProblems(null) : fromFile;
        if (fromFile == null) {
            requireProp(props.getTemplateName(), "templateName", where);
            requireProp(props.getLibraryTemplateName(), "libraryTemplateName", where);
            requireProp(props.getLanguage(), "language", where);
            requireProp(props.getCategory(), "category", where);
        }
        check(props, found, fromFile == null ? "" : "library_template_");
        if (!inFolder && props.getTemplateName() != null && props.getLanguage() != null) {
            String refusal = AppTemplateOwners.claim(scope.getNode().getRoot(),
                    new TemplateOwnership.Identity(wabaId, props.getTemplateName(), props.getLanguage()), where);
            if (refusal != null) {
                found.add(null, refusal);
            }
        }
        this.problems = found.messages();
        found.reportOn(this);
        warnIfUnknown(props.getLibraryTemplateName(), found, fromFile == null ? "libraryTemplateName" : LibraryTemplateFile.MARKER);

        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("WabaId", wabaId);
        properties.put("TemplateName", props.getTemplateName());
        properties.put("LibraryTemplateName", props.getLibraryTemplateName());
        properties.put("Category", props.getCategory() == null ? null : props.getCategory().name());
        properties.put("Language", props.getLanguage());
        if (props.getButtonInputs() != null) {
            List<Object> buttons = new ArrayList<>();
            props.getButtonInputs().forEach(button -> buttons.add(button.toCfn()));
            properties.put("ButtonInputs", buttons);
        }
        if (props.getBodyInputs() != null) {
            properties.put("BodyInputs", props.getBodyInputs().toCfn());
        }
        properties.put("WaitForApproval", props.getWaitForApproval());
        properties.values().removeIf(Objects::isNull);
        CfnResource resource = new CfnResource(this, "Resource", CfnResourceProps.builder()
                .type(RESOURCE_TYPE)
                .properties(properties)
                .build());
        this.attributes = new TemplateAttributeValues(wabaId, props.getTemplateName(), props.getLanguage(),
                props.getCategory() == null ? null : props.getCategory().name(), resource);
        if (!inFolder) {
            resource.applyRemovalPolicy(props.getRemovalPolicy() == null ? RemovalPolicy.RETAIN : props.getRemovalPolicy());
            TypeRegistrations.dependOnRegistration(this);
        }
    }

    /** Warning id of a library template name the bundled list does not hold. */
    static final String UNKNOWN_LIBRARY_NAME = "eumsocial-whatsapp:unknownLibraryTemplateName";

    /**
     * Synth cannot read Meta's library (no WABA, no credentials): it compares the name with the
     * bundled list and warns, with the nearest known names, when the list lacks it. Only a
     * warning: Meta's library holds more than the list; the deploy reads the library and decides.
     */
    private void warnIfUnknown(String libraryName, SynthProblems found, String field) {
        // Problems of the name are filed under the file's field name, whichever way it was declared.
        if (libraryName == null || !LIBRARY_NAME.matcher(libraryName).matches() || found.reported(LibraryTemplateFile.MARKER)
                || LibraryTemplateNames.isKnown(libraryName)) {
            return;
        }
        found.warn(this, UNKNOWN_LIBRARY_NAME, field, "'" + libraryName + "' is not among the "
                + LibraryTemplateNames.known().size() + " library template names this project bundles (Meta's library"
                + " may still have it; the deploy checks)."
                + NearestNames.didYouMean(LibraryTemplateNames.nearest(libraryName))
                + " Browse the library with 'local-runner library --search <text>'.");
    }

    private static void requireProp(Object value, String name, java.util.function.Supplier<String> where) {
        if (value == null || "".equals(value)) {
            throw new IllegalArgumentException(where.get() + ": WhatsAppLibraryTemplateProps." + name + " is required");
        }
    }

    /**
     * Name, language and category follow the same rules as any template, so they are checked by
     * the template validator (one source of truth); the inputs follow the resource type's schema.
     */
    private static void check(WhatsAppLibraryTemplateProps props, SynthProblems found, String fieldPrefix) {
        ObjectNode standIn = MetaJson.object();
        if (props.getTemplateName() != null) {
            standIn.put("name", props.getTemplateName());
        }
        if (props.getLanguage() != null) {
            standIn.put("language", props.getLanguage());
        }
        if (props.getCategory() != null) {
            standIn.put("category", props.getCategory().name());
        }
        standIn.putArray("components").addObject().put("type", "BODY").put("text", "Library template body");
        TemplateValidator.validate(standIn).stream()
                .filter(problem -> IDENTITY_FIELDS.contains(problem.path()) && !found.reported(problem.path()))
                .forEach(found::add);

        String libraryName = props.getLibraryTemplateName();
        if (found.reported("library_template_name")) {
            // Already reported while reading the file.
        } else if (libraryName == null || libraryName.isEmpty()) {
            found.add("library_template_name", "is required");
        } else if (!LIBRARY_NAME.matcher(libraryName).matches()) {
            found.add("library_template_name", "'" + libraryName
                    + "' is not a template name (lowercase letters, digits and underscores, at most 512)");
        }
        List<LibraryButtonInput> buttons = props.getButtonInputs() == null ? List.of() : props.getButtonInputs();
        if (buttons.size() > MAX_BUTTONS) {
            found.add(fieldPrefix + "button_inputs", "at most " + MAX_BUTTONS + " button inputs, got " + buttons.size());
        }
        for (int i = 0; i < buttons.size(); i++) {
            checkButton(buttons.get(i), fieldPrefix + "button_inputs[" + i + "]", found);
        }
        LibraryBodyInputs body = props.getBodyInputs();
        if (body != null && body.getCodeExpirationMinutes() != null
                && (body.getCodeExpirationMinutes() < 1 || body.getCodeExpirationMinutes() > 90)) {
            found.add(fieldPrefix + "body_inputs.code_expiration_minutes",
                    "must be 1-90, got " + body.getCodeExpirationMinutes());
        }
    }

    private static void checkButton(LibraryButtonInput button, String field, SynthProblems found) {
        String type = button.getType();
        if (!BUTTON_TYPES.contains(type)) {
            found.add(field + ".type", "'" + type + "' is not one of " + String.join(", ", BUTTON_TYPES.stream().sorted().toList()));
            return;
        }
        switch (type) {
            case "URL" -> {
                if (button.getBaseUrl() == null || !HTTP_URL.matcher(button.getBaseUrl()).matches()) {
                    found.add(field + ".url.base_url", "a URL button needs an http(s) base URL");
                }
                if (button.getUrlSuffixExample() != null && !HTTP_URL.matcher(button.getUrlSuffixExample()).matches()) {
                    found.add(field + ".url.url_suffix_example", "must be a whole http(s) URL");
                }
            }
            case "PHONE_NUMBER" -> {
                if (button.getPhoneNumber() == null || !PHONE.matcher(button.getPhoneNumber()).matches()) {
                    found.add(field + ".phone_number", "a PHONE_NUMBER button needs a phone number like +15550100");
                }
            }
            case "OTP" -> {
                String otpType = button.getOtpType();
                if (otpType == null || !OTP_TYPES.contains(otpType)) {
                    found.add(field + ".otp_type", "an OTP button needs otp_type COPY_CODE, ONE_TAP or ZERO_TAP");
                } else if (!otpType.equals("COPY_CODE")) {
                    int apps = button.getSupportedApps() == null ? 0 : button.getSupportedApps().size();
                    if (apps < 1 || apps > 5) {
                        found.add(field + ".supported_apps", otpType + " needs 1-5 supported apps, got " + apps);
                    }
                    if (otpType.equals("ZERO_TAP") && !Boolean.TRUE.equals(button.getZeroTapTermsAccepted())) {
                        found.add(field + ".zero_tap_terms_accepted", "ZERO_TAP requires accepting Meta's zero-tap terms");
                    }
                }
            }
            default -> {
                // QUICK_REPLY and COPY_CODE take nothing but their type.
            }
        }
    }

    /** Internal hook behind the attribute getters (see DeclaredTemplateAttributes). */
    @Override
    public TemplateAttributeValues attributeValues() {
        return attributes;
    }

}
