package com.eumsocial.whatsapp.cdk;

import com.eumsocial.whatsapp.definition.MetaLimits;
import com.eumsocial.whatsapp.definition.VersionedTemplateName;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awscdk.CfnDeletionPolicy;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.CfnOutputProps;
import software.amazon.awscdk.CfnResource;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.ssm.StringParameter;
import software.amazon.awscdk.services.ssm.StringParameterProps;
import software.constructs.Construct;

/**
 * Versioned rollout of a {@link WhatsAppMessageTemplate}: the template's name at Meta is derived
 * from its content (the rule is template-definition's {@link VersionedTemplateName}), so a changed
 * definition changes {@code TemplateName}, a createOnly property, and CloudFormation replaces the
 * resource: it creates the new version first (the handler waits until Meta APPROVES it, or fails
 * with Meta's reason, leaving the old version live), updates the {@code CurrentName} output and the
 * optional SSM parameter once the new version is in service, and deletes the old version in the
 * clean-up after the whole update succeeded ({@code UpdateReplacePolicy: Delete}), or keeps it
 * ({@code keepPrevious}).
 */
final class VersionedRollout {
    private VersionedRollout() {
    }

    static boolean enabled(WhatsAppMessageTemplateProps props) {
        return Boolean.TRUE.equals(props.getVersionedRollout());
    }

    /**
     * The versioned name of {@code definition} (declared under its {@code name}), or null when the
     * declared name breaks Meta's rules (the validator reports that). Media handles are deploy-time
     * tokens: each counts by its media's content fingerprint.
     */
    static String name(ObjectNode definition) {
        JsonNode name = definition.get("name");
        if (name == null || !name.isTextual() || !MetaLimits.NAME_PATTERN.matcher(name.asText()).matches()) {
            return null;
        }
        List<String> media = new ArrayList<>();
        for (JsonNode component : definition.path("components")) {
            for (JsonNode handle : component.path("example").path("header_handle")) {
                media.add(MediaFingerprints.of(handle.asText()));
            }
        }
        return VersionedTemplateName.derive(name.asText(), DeployTimeStandIns.replaceTokens(definition), media);
    }

    /** Policies, the {@code CurrentName} output and the optional SSM parameter of a versioned template. */
    static void wire(Construct template, CfnResource resource, String versionedName, String language,
            WhatsAppMessageTemplateProps props) {
        resource.applyRemovalPolicy(props.getRemovalPolicy() == null ? RemovalPolicy.RETAIN : props.getRemovalPolicy());
        resource.getCfnOptions().setUpdateReplacePolicy(Boolean.TRUE.equals(props.getKeepPrevious())
                ? CfnDeletionPolicy.RETAIN : CfnDeletionPolicy.DELETE);
        new CfnOutput(template, "CurrentName", CfnOutputProps.builder()
                .value(versionedName)
                .description("The version in service of this template (" + language + "): send with this name")
                .build());
        if (props.getCurrentNameParameter() != null) {
            StringParameter parameter = new StringParameter(template, "CurrentNameParameter", StringParameterProps.builder()
                    .parameterName(props.getCurrentNameParameter())
                    .stringValue(versionedName)
                    .description("The version in service of a WhatsApp template (" + language + ")")
                    .build());
            // Written only once the new version's create (which waits for Meta's approval) succeeded.
            parameter.getNode().addDependency(resource);
        }
    }
}
