package com.eumsocial.whatsapp.emulator.protocol;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import software.amazon.smithy.model.Model;
import software.amazon.smithy.model.loader.ModelAssembler;

/**
 * A small model using the bindings the Social Messaging model does not (labels, greedy labels,
 * query literals, headers, payloads, unions), so the generic protocol code is exercised fully.
 */
final class SyntheticModel {
    static final String IDL = String.join("\n",
            "$version: \"2\"",
            "namespace test",
            "service Demo { version: \"1\", operations: [GetThing, PutBlob, Search, Echo] }",
            "@readonly",
            "@http(method: \"GET\", uri: \"/things/{thingId}/files/{path+}?mode=full\")",
            "operation GetThing {",
            "  input := {",
            "    @required @httpLabel thingId: String",
            "    @required @httpLabel path: String",
            "    @httpHeader(\"x-tags\") tags: TagList",
            "    @httpHeader(\"x-count\") count: Integer",
            "    @httpQuery(\"when\") when: Timestamp",
            "    @httpQuery(\"flag\") flag: Boolean",
            "    @httpQuery(\"n\") numbers: IntList",
            "    @httpQueryParams rest: StringMap",
            "  }",
            "  output := {",
            "    @httpHeader(\"x-etag\") etag: String",
            "    @httpResponseCode code: Integer",
            "    body: String",
            "    created: Timestamp",
            "    data: Blob",
            "  }",
            "}",
            "@http(method: \"PUT\", uri: \"/blobs/{id}\")",
            "operation PutBlob {",
            "  input := { @required @httpLabel id: String, @httpPayload data: Blob }",
            "  output := { @httpPayload data: Blob }",
            "}",
            "@http(method: \"POST\", uri: \"/search\")",
            "operation Search {",
            "  input := { @httpPayload query: Query, @httpHeader(\"x-ratio\") ratio: Double, @httpHeader(\"x-big\") big: Long }",
            "  output := { @httpPayload text: String }",
            "}",
            "@http(method: \"POST\", uri: \"/echo\")",
            "operation Echo {",
            "  input := { @httpPayload text: String }",
            "  output := { items: QueryList, table: StringMap }",
            "}",
            "structure Query {",
            "  @required term: String",
            "  choice: Choice",
            "  ratio: Double",
            "  big: Long",
            "  nums: IntList",
            "  meta: StringMap",
            "  flag: Boolean",
            "  when: Timestamp",
            "  doc: Document",
            "  small: Short",
            "  @range(min: 1, max: 5) level: Integer",
            "  @length(min: 2) @pattern(\"^[a-z]+$\") code: String",
            "  status: Status",
            "  secret: Secret",
            "  @length(max: 2) limited: IntList",
            "}",
            "@sensitive string Secret",
            "enum Status { ON, OFF }",
            "union Choice { a: String, b: Integer }",
            "list TagList { member: String }",
            "list IntList { member: Integer }",
            "list QueryList { member: Query }",
            "map StringMap { key: String, value: String }",
            "");

    private SyntheticModel() {
    }

    static ServiceModel load() {
        Model model = Model.assembler()
                .addUnparsedModel("test.smithy", IDL)
                .putProperty(ModelAssembler.ALLOW_UNKNOWN_TRAITS, true)
                .assemble()
                .unwrap();
        return ServiceModel.of(model);
    }

    static IncomingRequest request(String method, String path, String query, Map<String, List<String>> headers,
                                   String body) {
        return new IncomingRequest(method, path, query, headers, body == null ? null
                : body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    static ObjectMapper json() {
        return new ObjectMapper();
    }
}
