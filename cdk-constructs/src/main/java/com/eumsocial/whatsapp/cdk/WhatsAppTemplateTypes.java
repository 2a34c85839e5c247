package com.eumsocial.whatsapp.cdk;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.ArnComponents;
import software.amazon.awscdk.ArnFormat;
import software.amazon.awscdk.Aws;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.cloudformation.CfnResourceDefaultVersion;
import software.amazon.awscdk.services.cloudformation.CfnResourceDefaultVersionProps;
import software.amazon.awscdk.services.cloudformation.CfnResourceVersion;
import software.amazon.awscdk.services.cloudformation.CfnResourceVersionProps;
import software.amazon.awscdk.services.iam.IPrincipal;
import software.amazon.awscdk.services.iam.IRole;
import software.amazon.awscdk.services.iam.PolicyDocument;
import software.amazon.awscdk.services.iam.PolicyDocumentProps;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.PolicyStatementProps;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.RoleProps;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.LogGroupProps;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.s3.assets.Asset;
import software.amazon.awscdk.services.s3.assets.AssetProps;
import software.constructs.Construct;

/**
 * Registers the three resource types in the account and region of its stack, so {@code cdk
 * deploy} needs no {@code cfn} CLI: each registry package becomes an S3 asset, a
 * {@code CfnResourceVersion} (with its own execution role holding exactly the permissions the
 * package's schema declares for its handlers, and logging to a shared log group) and a
 * {@code CfnResourceDefaultVersion}. Templates, library templates and media declared in the same
 * app deploy after it.
 */
public class WhatsAppTemplateTypes extends Construct {

    /** Type name to the zip that registers it, below the project folder. */
    static final Map<String, Path> DEFAULT_PACKAGES = Map.of(
            WhatsAppMessageTemplate.RESOURCE_TYPE, Path.of("template-resource", "target", "eumsocial-whatsapp-messagetemplate.zip"),
            WhatsAppLibraryTemplate.RESOURCE_TYPE, Path.of("library-template-resource", "target", "eumsocial-whatsapp-librarytemplate.zip"),
            WhatsAppTemplateMedia.RESOURCE_TYPE, Path.of("media-resource", "target", "eumsocial-whatsapp-templatemedia.zip"));

    private static final String CLOUDFORMATION_RESOURCES = "resources.cloudformation.amazonaws.com";

    private final LogGroup logGroup;
    private final Role loggingRole;
    private final Map<String, Registration> registrations = new LinkedHashMap<>();

    /** What was registered for one type. */
    public record Registration(String typeName, List<String> permissions, IRole executionRole,
            CfnResourceVersion version, CfnResourceDefaultVersion defaultVersion) {
    }

    public WhatsAppTemplateTypes(Construct scope, String id) {
        this(scope, id, WhatsAppTemplateTypesProps.builder().build());
    }

    public WhatsAppTemplateTypes(Construct scope, String id, WhatsAppTemplateTypesProps props) {
        super(scope, id);
        String where = getNode().getPath();
        Path searchFrom = props.getSearchFrom() == null ? Path.of("") : props.getSearchFrom();
        Map<String, ResourceTypePackage> packages = new LinkedHashMap<>();
        packages.put(WhatsAppMessageTemplate.RESOURCE_TYPE, load(where, "messageTemplatePackage",
                props.getMessageTemplatePackage(), WhatsAppMessageTemplate.RESOURCE_TYPE, searchFrom));
        packages.put(WhatsAppLibraryTemplate.RESOURCE_TYPE, load(where, "libraryTemplatePackage",
                props.getLibraryTemplatePackage(), WhatsAppLibraryTemplate.RESOURCE_TYPE, searchFrom));
        packages.put(WhatsAppTemplateMedia.RESOURCE_TYPE, load(where, "templateMediaPackage",
                props.getTemplateMediaPackage(), WhatsAppTemplateMedia.RESOURCE_TYPE, searchFrom));

        this.logGroup = new LogGroup(this, "LogGroup", LogGroupProps.builder()
                .retention(props.getLogRetention() == null ? RetentionDays.ONE_MONTH : props.getLogRetention())
                .build());
        // The handler framework publishes logs and metrics with the logging role's credentials.
        this.loggingRole = new Role(this, "LoggingRole", RoleProps.builder()
                .assumedBy(new ServicePrincipal(CLOUDFORMATION_RESOURCES))
                .inlinePolicies(Map.of("HandlerLogging", new PolicyDocument(PolicyDocumentProps.builder()
                        .statements(List.of(
                                statement(List.of("logs:CreateLogStream", "logs:DescribeLogStreams", "logs:PutLogEvents"),
                                        List.of(logGroup.getLogGroupArn())),
                                statement(List.of("logs:DescribeLogGroups", "cloudwatch:ListMetrics", "cloudwatch:PutMetricData"),
                                        List.of("*"))))
                        .build())))
                .build());

        packages.values().forEach(this::register);
        TypeRegistrations.registered(this);
    }

    private static ResourceTypePackage load(String where, String prop, Path given, String typeName, Path searchFrom) {
        Path zip = given;
        if (zip == null) {
            Path module = DEFAULT_PACKAGES.get(typeName).getName(0);
            Path projectRoot = findProjectRoot(module, searchFrom);
            if (projectRoot == null) {
                throw new IllegalArgumentException(where + ": WhatsAppTemplateTypesProps." + prop + " not given and no "
                        + module + " folder found in " + searchFrom.toAbsolutePath().normalize()
                        + " or any folder above it; pass the zip's path");
            }
            zip = projectRoot.resolve(DEFAULT_PACKAGES.get(typeName));
            if (!Files.isRegularFile(zip)) {
                throw new IllegalArgumentException(where + ": WhatsAppTemplateTypesProps." + prop + " not given and "
                        + zip + " does not exist; build it with `mvn -pl " + module + " package` or pass the zip's path");
            }
        }
        ResourceTypePackage pkg;
        try {
            pkg = ResourceTypePackage.read(zip);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": WhatsAppTemplateTypesProps." + prop + ": " + e.getMessage(), e);
        }
        if (!pkg.typeName().equals(typeName)) {
            throw new IllegalArgumentException(where + ": WhatsAppTemplateTypesProps." + prop + ": " + zip
                    + " registers " + pkg.typeName() + ", expected " + typeName);
        }
        return pkg;
    }

    /** The nearest folder, from {@code searchFrom} upward, that holds the resource module's folder. */
    private static Path findProjectRoot(Path module, Path searchFrom) {
        for (Path dir = searchFrom.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve(module))) {
                return dir;
            }
        }
        return null;
    }

    private void register(ResourceTypePackage pkg) {
        String prefix = pkg.typeName().substring(pkg.typeName().lastIndexOf(':') + 1);
        Asset asset = new Asset(this, prefix + "Package", AssetProps.builder().path(pkg.zip().toString()).build());
        Role executionRole = new Role(this, prefix + "ExecutionRole", RoleProps.builder()
                .assumedBy(cloudFormationFor(pkg.typeName()))
                // The registry's own role template allows sessions this long: handlers wait for Meta's review.
                .maxSessionDuration(Duration.seconds(8400))
                .inlinePolicies(Map.of("HandlerPermissions", new PolicyDocument(PolicyDocumentProps.builder()
                        .statements(List.of(statement(pkg.permissions(), List.of("*"))))
                        .build())))
                .build());
        CfnResourceVersion version = new CfnResourceVersion(this, prefix + "Version", CfnResourceVersionProps.builder()
                .typeName(pkg.typeName())
                .schemaHandlerPackage(asset.getS3ObjectUrl())
                .executionRoleArn(executionRole.getRoleArn())
                .loggingConfig(CfnResourceVersion.LoggingConfigProperty.builder()
                        .logGroupName(logGroup.getLogGroupName())
                        .logRoleArn(loggingRole.getRoleArn())
                        .build())
                .build());
        CfnResourceDefaultVersion defaultVersion = new CfnResourceDefaultVersion(this, prefix + "DefaultVersion",
                CfnResourceDefaultVersionProps.builder().typeVersionArn(version.getAttrArn()).build());
        registrations.put(pkg.typeName(), new Registration(pkg.typeName(), pkg.permissions(), executionRole,
                version, defaultVersion));
    }

    /** CloudFormation's handler service, only on behalf of this account's registration of the type (confused deputy). */
    private IPrincipal cloudFormationFor(String typeName) {
        String typeArn = Stack.of(this).formatArn(ArnComponents.builder()
                .service("cloudformation")
                .resource("type")
                .resourceName("resource/" + typeName.replace("::", "-") + "/*")
                .arnFormat(ArnFormat.SLASH_RESOURCE_NAME)
                .build());
        return new ServicePrincipal(CLOUDFORMATION_RESOURCES).withConditions(Map.of(
                "StringEquals", Map.of("aws:SourceAccount", Aws.ACCOUNT_ID),
                "StringLike", Map.of("aws:SourceArn", typeArn)));
    }

    private static PolicyStatement statement(List<String> actions, List<String> resources) {
        return new PolicyStatement(PolicyStatementProps.builder().actions(actions).resources(resources).build());
    }

    public LogGroup getLogGroup() {
        return logGroup;
    }

    public IRole getLoggingRole() {
        return loggingRole;
    }

    /** The registration of each type, by type name. */
    public Map<String, Registration> getRegistrations() {
        return java.util.Collections.unmodifiableMap(registrations);
    }
}
