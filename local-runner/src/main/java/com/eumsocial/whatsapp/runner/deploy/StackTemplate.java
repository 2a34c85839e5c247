package com.eumsocial.whatsapp.runner.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * A CloudFormation template to deploy: its resources in declaration order, its outputs and
 * parameters, and the local files behind its CDK file assets ({@code "bucket/key"} -> file).
 */
public record StackTemplate(String stackName, String source, Map<String, DeclaredResource> resources, ObjectNode outputs,
                            ObjectNode parameters, Map<String, AssetFile> assets, List<String> notes) {

    /** A file asset: where CloudFormation expects it in S3 (with pseudo parameters unresolved) and the local copy. */
    public record AssetFile(String bucketName, String objectKey, java.nio.file.Path file) {
    }

    public JsonNode parameter(String name) {
        return parameters == null ? null : parameters.get(name);
    }
}
