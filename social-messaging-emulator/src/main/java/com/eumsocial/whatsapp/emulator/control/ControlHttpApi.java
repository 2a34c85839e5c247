package com.eumsocial.whatsapp.emulator.control;

import com.eumsocial.whatsapp.emulator.faults.FaultSettings;
import com.eumsocial.whatsapp.emulator.meta.OutcomeRule;
import com.eumsocial.whatsapp.emulator.meta.TemplateStatusChange;
import com.eumsocial.whatsapp.emulator.protocol.IncomingRequest;
import com.eumsocial.whatsapp.emulator.protocol.ResponseWriter.Response;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link EmulatorControl} over HTTP, under {@code /_emulator/} (a prefix no AWS operation uses).
 * Unsigned on purpose: it is only reachable on the interface the emulator is bound to.
 *
 * <pre>
 * GET    /_emulator/state
 * GET    /_emulator/clock
 * POST   /_emulator/clock/advance?seconds=N
 * POST   /_emulator/clock/set?instant=2026-01-01T00:00:00Z
 * POST   /_emulator/outcomes          {"templateName":"x","outcome":"REJECTED","rejectionReason":"SCAM"}
 * DELETE /_emulator/outcomes
 * POST   /_emulator/templates/status  {"metaTemplateId":"1","status":"IN_APPEAL","qualityScore":"YELLOW"}
 * POST   /_emulator/reset
 * PUT    /_emulator/media?bucket=b&amp;key=k&amp;contentType=image/png   (body: the bytes)
 * GET    /_emulator/faults
 * POST   /_emulator/faults            {"seed":7,"throttleRate":0.1,...}  (fields left out are kept)
 * POST   /_emulator/faults/next?operation=Op&amp;error=ThrottledRequestException&amp;count=1
 * </pre>
 */
public final class ControlHttpApi {
    public static final String PREFIX = "/_emulator";

    private final EmulatorControl control;
    private final ObjectMapper json;

    public ControlHttpApi(EmulatorControl control, ObjectMapper json) {
        this.control = control;
        this.json = json;
    }

    public Response handle(IncomingRequest request) {
        String path = request.rawPath().substring(PREFIX.length());
        String route = request.method() + " " + (path.endsWith("/") && path.length() > 1
                ? path.substring(0, path.length() - 1) : path);
        Map<String, List<String>> query = request.queryParameters();
        try {
            switch (route) {
                case "GET /state":
                    return ok(control.state());
                case "GET /clock":
                    return ok(clock());
                case "POST /clock/advance":
                    control.advanceClock(Duration.ofSeconds(Long.parseLong(required(query, "seconds"))));
                    return ok(clock());
                case "POST /clock/set":
                    control.setClock(Instant.parse(required(query, "instant")));
                    return ok(clock());
                case "POST /outcomes":
                    OutcomeRule rule = OutcomeRule.fromJson(body(request));
                    control.forceOutcome(rule);
                    return ok(rule.toJson());
                case "POST /templates/status":
                    return ok(control.changeTemplateStatus(TemplateStatusChange.fromJson(body(request))));
                case "DELETE /outcomes":
                    control.clearOutcomeRules();
                    return ok(message("outcome rules cleared"));
                case "POST /reset":
                    control.reset();
                    return ok(message("state reset"));
                case "PUT /media":
                case "POST /media":
                    control.putMediaObject(required(query, "bucket"), required(query, "key"),
                            first(query, "contentType"), request.body());
                    return ok(message("media object stored"));
                case "GET /faults":
                    return ok(control.faults().toJson());
                case "POST /faults":
                    control.configureFaults(FaultSettings.fromJson(body(request), control.faults()));
                    return ok(control.faults().toJson());
                case "POST /faults/next":
                    String count = first(query, "count");
                    control.failNext(required(query, "operation"), required(query, "error"),
                            count == null ? 1 : Integer.parseInt(count));
                    return ok(message("fault queued"));
                default:
                    return answer(404, message("no control endpoint " + route + " (see the emulator README)"));
            }
        } catch (NumberFormatException | DateTimeParseException e) {
            return answer(400, message("bad parameter: " + e.getMessage()));
        } catch (IllegalArgumentException e) {
            return answer(400, message(e.getMessage()));
        }
    }

    private ObjectNode clock() {
        ObjectNode node = json.createObjectNode();
        node.put("now", control.now().toString());
        node.put("epochSeconds", control.now().getEpochSecond());
        return node;
    }

    private JsonNode body(IncomingRequest request) {
        try {
            return json.readTree(request.body());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the body is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new IllegalArgumentException("the body cannot be read: " + e.getMessage());
        }
    }

    private static String required(Map<String, List<String>> query, String name) {
        String value = first(query, name);
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("query parameter '" + name + "' is required");
        }
        return value;
    }

    private static String first(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private ObjectNode message(String text) {
        ObjectNode node = json.createObjectNode();
        node.put("message", text);
        return node;
    }

    private Response ok(JsonNode body) {
        return answer(200, body);
    }

    private Response answer(int status, JsonNode body) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        try {
            return new Response(status, headers, json.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
