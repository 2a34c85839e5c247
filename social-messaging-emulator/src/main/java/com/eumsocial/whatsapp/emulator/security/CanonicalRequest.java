package com.eumsocial.whatsapp.emulator.security;

import com.eumsocial.whatsapp.emulator.protocol.IncomingRequest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The SigV4 canonical request of a received request, built by AWS's published rules rather than
 * by any one SDK's choices, so that every client that follows them (the Java, JavaScript and
 * Python SDKs, the AWS CLI) is verified alike:
 * <ul>
 *   <li>URI: the path as received, dot segments and repeated slashes removed, each segment
 *       URI-encoded again (non-S3 services encode twice: the client encodes once to send and
 *       once more to sign);</li>
 *   <li>query: every name and value percent-decoded, encoded with RFC 3986's unreserved set,
 *       sorted by name then value;</li>
 *   <li>headers: exactly those listed in {@code SignedHeaders}, in that order, values trimmed,
 *       inner runs of spaces collapsed, repeated headers joined with a comma;</li>
 *   <li>payload: the hex SHA-256 of the body; a request that carries
 *       {@code x-amz-content-sha256} must carry that same hash.</li>
 * </ul>
 */
final class CanonicalRequest {
    private static final HexFormat HEX = HexFormat.of();

    private CanonicalRequest() {
    }

    /** The canonical request text for {@code request}, signing the headers named in {@code signedHeaders}. */
    static String of(IncomingRequest request, List<String> signedHeaders) {
        return request.method() + '\n'
                + canonicalUri(request.rawPath()) + '\n'
                + canonicalQuery(request.rawQuery()) + '\n'
                + canonicalHeaders(request.headers(), signedHeaders) + '\n'
                + String.join(";", signedHeaders) + '\n'
                + payloadHash(request);
    }

    static String canonicalUri(String rawPath) {
        List<String> segments = new ArrayList<>();
        for (String segment : rawPath.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                if (!segments.isEmpty()) {
                    segments.remove(segments.size() - 1);
                }
                continue;
            }
            segments.add(uriEncode(segment));
        }
        boolean trailingSlash = rawPath.endsWith("/") && !segments.isEmpty();
        return "/" + String.join("/", segments) + (trailingSlash ? "/" : "");
    }

    static String canonicalQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String[]> pairs = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            pairs.add(new String[] {uriEncode(percentDecode(name)), uriEncode(percentDecode(value))});
        }
        pairs.sort((a, b) -> {
            int byName = a[0].compareTo(b[0]);
            return byName != 0 ? byName : a[1].compareTo(b[1]);
        });
        StringBuilder out = new StringBuilder();
        for (String[] pair : pairs) {
            if (out.length() > 0) {
                out.append('&');
            }
            out.append(pair[0]).append('=').append(pair[1]);
        }
        return out.toString();
    }

    private static String canonicalHeaders(Map<String, List<String>> headers, List<String> signedHeaders) {
        StringBuilder out = new StringBuilder();
        for (String name : signedHeaders) {
            List<String> values = headers.get(name);
            if (values == null) {
                throw new AuthenticationFailure(AuthenticationFailure.INVALID, "Signed header '" + name
                        + "' is missing from the request.");
            }
            List<String> trimmed = new ArrayList<>(values.size());
            values.forEach(v -> trimmed.add(v.trim().replaceAll(" {2,}", " ")));
            out.append(name).append(':').append(String.join(",", trimmed)).append('\n');
        }
        return out.toString();
    }

    private static String payloadHash(IncomingRequest request) {
        String bodyHash = sha256Hex(request.body());
        String declared = request.header("x-amz-content-sha256");
        if (declared != null && !declared.trim().equalsIgnoreCase(bodyHash)) {
            throw new AuthenticationFailure(AuthenticationFailure.INVALID, "The provided 'x-amz-content-sha256'"
                    + " header does not match what was computed.");
        }
        return bodyHash;
    }

    static String sha256Hex(byte[] bytes) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** RFC 3986 encoding as SigV4 wants it: unreserved characters kept, every other byte as %XY (upper case). */
    static String uriEncode(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.' || c == '~') {
                out.append(c);
            } else {
                out.append('%').append(HEX.toHexDigits(b).toUpperCase(Locale.ROOT));
            }
        }
        return out.toString();
    }

    /** Percent-decoding only: a '+' stays a '+' (SigV4 clients send a space as %20). */
    private static String percentDecode(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) == '%' && i + 2 < text.length()
                    && isHex(text.charAt(i + 1)) && isHex(text.charAt(i + 2))) {
                out.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 3;
            } else {
                int end = i + Character.charCount(text.codePointAt(i));
                out.writeBytes(text.substring(i, end).getBytes(StandardCharsets.UTF_8));
                i = end;
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
