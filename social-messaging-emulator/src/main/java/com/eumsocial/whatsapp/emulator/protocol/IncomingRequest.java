package com.eumsocial.whatsapp.emulator.protocol;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A received HTTP request, detached from the server that read it so that routing, signature
 * checks and deserialisation can be tested without a socket. Header names are case-insensitive.
 */
public final class IncomingRequest {
    private final String method;
    private final String rawPath;
    private final String rawQuery;
    private final Map<String, List<String>> headers;
    private final byte[] body;
    // Routing, signature checks and deserialisation all need these: decode once per request.
    private List<String> segments;
    private Map<String, List<String>> query;

    public IncomingRequest(String method, String rawPath, String rawQuery, Map<String, List<String>> headers,
                           byte[] body) {
        this.method = method.toUpperCase(Locale.ROOT);
        this.rawPath = rawPath == null || rawPath.isEmpty() ? "/" : rawPath;
        this.rawQuery = rawQuery;
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> copy.computeIfAbsent(name, k -> new ArrayList<>()).addAll(values));
        this.headers = Collections.unmodifiableMap(copy);
        this.body = body == null ? new byte[0] : body;
    }

    public String method() {
        return method;
    }

    /** The path as it arrived, still percent-encoded. */
    public String rawPath() {
        return rawPath;
    }

    /** The query string as it arrived (without '?'), or null. */
    public String rawQuery() {
        return rawQuery;
    }

    public Map<String, List<String>> headers() {
        return headers;
    }

    public String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    public byte[] body() {
        return body;
    }

    /** The decoded path segments ("/v1/a%20b" gives ["v1", "a b"]). */
    public List<String> pathSegments() {
        if (segments == null) {
            segments = Collections.unmodifiableList(decodeSegments());
        }
        return segments;
    }

    private List<String> decodeSegments() {
        List<String> segments = new ArrayList<>();
        for (String part : rawPath.split("/")) {
            if (!part.isEmpty()) {
                segments.add(percentDecode(part, false));
            }
        }
        return segments;
    }

    /** Decoded query parameters in arrival order; a name given several times keeps every value. */
    public Map<String, List<String>> queryParameters() {
        if (query == null) {
            query = Collections.unmodifiableMap(decodeQuery());
        }
        return query;
    }

    private Map<String, List<String>> decodeQuery() {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return params;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = percentDecode(eq < 0 ? pair : pair.substring(0, eq), true);
            String value = eq < 0 ? "" : percentDecode(pair.substring(eq + 1), true);
            params.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return params;
    }

    private static String percentDecode(String text, boolean plusIsSpace) {
        String prepared = plusIsSpace ? text : text.replace("+", "%2B");
        try {
            return URLDecoder.decode(prepared, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ProtocolError.serialization("Malformed percent-encoding in '" + text + "'");
        }
    }
}
