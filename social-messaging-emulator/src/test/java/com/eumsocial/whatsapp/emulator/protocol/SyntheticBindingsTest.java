package com.eumsocial.whatsapp.emulator.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Routing and (de)serialisation of every binding location, on a synthetic model. */
class SyntheticBindingsTest {
    private final ServiceModel model = SyntheticModel.load();
    private final ObjectMapper json = new ObjectMapper();
    private final ShapeCodec codec = new ShapeCodec(model.model());
    private final RequestReader reader = new RequestReader(json, codec);
    private final ResponseWriter writer = new ResponseWriter(json, codec);

    private ObjectNode read(IncomingRequest request) {
        ServiceModel.RouteMatch match = model.route(request).orElseThrow();
        return reader.read(match, request);
    }

    @Test
    void labelsGreedyLabelsQueryLiteralsHeadersAndQueryParamsAreRead() {
        IncomingRequest request = SyntheticModel.request("GET", "/things/t%201/files/a/b/c.txt",
                "mode=full&when=2024-01-02T03:04:05Z&flag=true&n=1&n=2&extra=x&extra=y",
                Map.of("X-Tags", List.of("red, green", "blue"), "x-count", List.of("7")), null);

        ObjectNode input = read(request);

        assertThat(model.route(request).orElseThrow().route().name()).isEqualTo("GetThing");
        assertThat(input.get("thingId").asText()).isEqualTo("t 1");
        assertThat(input.get("path").asText()).isEqualTo("a/b/c.txt");
        assertThat(input.get("tags")).hasToString("[\"red\",\"green\",\"blue\"]");
        assertThat(input.get("count").asInt()).isEqualTo(7);
        assertThat(input.get("when").asLong()).isEqualTo(1704164645L);
        assertThat(input.get("flag").asBoolean()).isTrue();
        assertThat(input.get("numbers")).hasToString("[1,2]");
        assertThat(input.get("rest")).hasToString("{\"mode\":\"full\",\"extra\":\"x\"}");
    }

    @Test
    void routeNeedsTheQueryLiteralTheMethodAndAllSegments() {
        assertThat(model.route(SyntheticModel.request("GET", "/things/t/files/a", null, Map.of(), null))).isEmpty();
        assertThat(model.route(SyntheticModel.request("GET", "/things/t/files/a", "mode=other", Map.of(), null)))
                .isEmpty();
        assertThat(model.route(SyntheticModel.request("POST", "/things/t/files/a", "mode=full", Map.of(), null)))
                .isEmpty();
        assertThat(model.route(SyntheticModel.request("GET", "/things/t/files", "mode=full", Map.of(), null)))
                .isEmpty();
        assertThat(model.route(SyntheticModel.request("PUT", "/blobs/1/2", null, Map.of(), null))).isEmpty();
        assertThat(model.route(SyntheticModel.request("PUT", "/blobs", null, Map.of(), null))).isEmpty();
        assertThat(model.route(SyntheticModel.request("PUT", "/other/1", null, Map.of(), null))).isEmpty();
        assertThat(model.operation("PutBlob").orElseThrow().toString()).contains("PUT /blobs/{id}");
        assertThat(model.operation("GetThing").orElseThrow().readOnly()).isTrue();
        assertThat(model.operation("PutBlob").orElseThrow().readOnly()).isFalse();
    }

    @Test
    void blobAndStringPayloadsAreTakenRaw() throws Exception {
        ObjectNode blob = read(SyntheticModel.request("PUT", "/blobs/9", null, Map.of(), "raw bytes"));
        assertThat(blob.get("data").binaryValue()).isEqualTo("raw bytes".getBytes(StandardCharsets.UTF_8));
        ObjectNode empty = read(SyntheticModel.request("PUT", "/blobs/9", null, Map.of(), ""));
        assertThat(empty.has("data")).isFalse();
        ObjectNode text = read(SyntheticModel.request("POST", "/echo", null, Map.of(), "hello"));
        assertThat(text.get("text").asText()).isEqualTo("hello");
    }

    @Test
    void structurePayloadIsDecodedByTheModel() {
        ObjectNode input = read(SyntheticModel.request("POST", "/search", null,
                Map.of("x-ratio", List.of("0.5"), "x-big", List.of("12345678901")),
                "{\"term\":\"t\",\"choice\":{\"b\":3},\"ratio\":1.5,\"big\":12345678901,\"nums\":[1,2],"
                        + "\"meta\":{\"k\":\"v\",\"n\":null},\"flag\":false,\"when\":1700000000.5,"
                        + "\"doc\":{\"any\":[1]},\"small\":3,\"unknown\":1,\"code\":null}"));
        JsonNode query = input.get("query");
        assertThat(query.get("term").asText()).isEqualTo("t");
        assertThat(query.get("choice").get("b").asInt()).isEqualTo(3);
        assertThat(query.get("big").asLong()).isEqualTo(12345678901L);
        assertThat(query.get("meta")).hasToString("{\"k\":\"v\"}");
        assertThat(query.has("unknown")).isFalse();
        assertThat(query.has("code")).isFalse();
        assertThat(query.get("doc")).hasToString("{\"any\":[1]}");
        assertThat(input.get("ratio").asDouble()).isEqualTo(0.5);
        assertThat(input.get("big").asLong()).isEqualTo(12345678901L);
    }

    @Test
    void typeMistakesAreSerializationErrorsNamingThePath() {
        assertSerializationError("{\"term\":1}", "query.term");
        assertSerializationError("{\"term\":\"t\",\"nums\":[\"x\"]}", "query.nums[0]");
        assertSerializationError("{\"term\":\"t\",\"nums\":[null]}", "query.nums[0]");
        assertSerializationError("{\"term\":\"t\",\"nums\":{}}", "query.nums");
        assertSerializationError("{\"term\":\"t\",\"choice\":{\"a\":\"x\",\"b\":1}}", "query.choice");
        assertSerializationError("{\"term\":\"t\",\"flag\":\"yes\"}", "query.flag");
        assertSerializationError("{\"term\":\"t\",\"ratio\":\"x\"}", "query.ratio");
        assertSerializationError("{\"term\":\"t\",\"big\":1.5}", "query.big");
        assertSerializationError("{\"term\":\"t\",\"when\":\"2024\"}", "query.when");
        assertSerializationError("{\"term\":\"t\",\"meta\":[]}", "query.meta");
        assertSerializationError("[1]", "JSON object");
        assertSerializationError("{\"term\":", "Malformed JSON");
    }

    @Test
    void badTextValuesAreSerializationErrors() {
        assertThatThrownBy(() -> read(SyntheticModel.request("GET", "/things/t/files/a", "mode=full&flag=maybe",
                Map.of(), null))).isInstanceOf(ProtocolError.class).hasMessageContaining("flag");
        assertThatThrownBy(() -> read(SyntheticModel.request("GET", "/things/t/files/a", "mode=full&when=yesterday",
                Map.of(), null))).isInstanceOf(ProtocolError.class).hasMessageContaining("when");
        assertThatThrownBy(() -> read(SyntheticModel.request("GET", "/things/t/files/a", "mode=full",
                Map.of("x-count", List.of("many")), null))).isInstanceOf(ProtocolError.class)
                .hasMessageContaining("count");
        assertThatThrownBy(() -> read(SyntheticModel.request("GET", "/things/t/files/a", "mode=full&bad=%zz",
                Map.of(), null))).isInstanceOf(ProtocolError.class).hasMessageContaining("percent");
    }

    @Test
    void outputBindingsGoToHeadersStatusAndBody() throws Exception {
        OperationRoute route = model.operation("GetThing").orElseThrow();
        ObjectNode output = json.createObjectNode();
        output.put("etag", "abc");
        output.put("code", 201);
        output.put("body", "text");
        output.put("created", "2024-01-02T03:04:05.250Z");
        output.set("data", json.getNodeFactory().binaryNode(new byte[] {1, 2, 3}));
        output.put("notInModel", "dropped");

        ResponseWriter.Response response = writer.write(route, output);

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.headers()).containsEntry("x-etag", "abc").containsEntry("Content-Type",
                "application/json");
        assertThat(new String(response.body(), StandardCharsets.UTF_8))
                .isEqualTo("{\"body\":\"text\",\"created\":1704164645.25,\"data\":\"AQID\"}");
    }

    @Test
    void payloadOutputsAreWrittenRaw() throws Exception {
        ObjectNode blob = json.createObjectNode();
        blob.set("data", json.getNodeFactory().binaryNode("bin".getBytes(StandardCharsets.UTF_8)));
        assertThat(new String(writer.write(model.operation("PutBlob").orElseThrow(), blob).body(),
                StandardCharsets.UTF_8)).isEqualTo("bin");
        ObjectNode text = json.createObjectNode();
        text.put("text", "plain");
        assertThat(new String(writer.write(model.operation("Search").orElseThrow(), text).body(),
                StandardCharsets.UTF_8)).isEqualTo("plain");
    }

    @Test
    void nestedListsAndMapsAreWrittenByTheModel() throws Exception {
        ObjectNode output = (ObjectNode) json.readTree("{\"items\":[{\"term\":\"a\",\"extra\":1,"
                + "\"choice\":{\"a\":\"x\"}}],\"table\":{\"k\":\"v\"}}");
        byte[] body = writer.write(model.operation("Echo").orElseThrow(), output).body();
        assertThat(json.readTree(body))
                .hasToString("{\"items\":[{\"term\":\"a\",\"choice\":{\"a\":\"x\"}}],\"table\":{\"k\":\"v\"}}");
        assertThatThrownBy(() -> writer.write(model.operation("Echo").orElseThrow(),
                (ObjectNode) json.readTree("{\"items\":[1]}"))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void constraintsCoverRangeLengthPatternEnumSensitiveAndListSize() throws Exception {
        InputConstraints constraints = new InputConstraints(model.model());
        JsonNode input = codec.fromWire(json.readTree("{\"query\":{\"term\":\"t\",\"level\":9,\"code\":\"A\","
                + "\"status\":\"MAYBE\",\"secret\":\"\",\"limited\":[1,2,3]}}"),
                model.operation("Search").orElseThrow().input(), "");
        List<String> violations = constraints.violations(input, model.operation("Search").orElseThrow().input());
        assertThat(violations).anyMatch(v -> v.equals("Value '9' at 'query.level' failed to satisfy constraint:"
                + " Member must have value less than or equal to 5"));
        assertThat(violations).anyMatch(v -> v.contains("'query.code'") && v.contains("length greater than or equal to 2"));
        assertThat(violations).anyMatch(v -> v.contains("'query.code'") && v.contains("regular expression pattern"));
        assertThat(violations).anyMatch(v -> v.contains("'query.status'") && v.contains("enum value set: [OFF, ON]"));
        assertThat(violations).anyMatch(v -> v.startsWith("Value at 'query.limited'")
                && v.contains("length less than or equal to 2"));
        assertThatThrownBy(() -> constraints.check(input, model.operation("Search").orElseThrow().input()))
                .isInstanceOf(ProtocolError.class)
                .hasMessageStartingWith(violations.size() + " validation errors detected: ");
    }

    @Test
    void requiredMembersOfNestedStructuresAreChecked() throws Exception {
        InputConstraints constraints = new InputConstraints(model.model());
        JsonNode input = json.readTree("{\"query\":{\"level\":0}}");
        assertThat(constraints.violations(input, model.operation("Search").orElseThrow().input())).containsExactly(
                "Value null at 'query.term' failed to satisfy constraint: Member must not be null",
                "Value '0' at 'query.level' failed to satisfy constraint: Member must have value greater than or"
                        + " equal to 1");
    }

    private void assertSerializationError(String body, String expectedInMessage) {
        assertThatThrownBy(() -> read(SyntheticModel.request("POST", "/search", null, Map.of(), body)))
                .isInstanceOfSatisfying(ProtocolError.class, e -> {
                    assertThat(e.errorType()).isEqualTo("SerializationException");
                    assertThat(e.status()).isEqualTo(400);
                })
                .hasMessageContaining(expectedInMessage);
    }
}
