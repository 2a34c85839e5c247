package com.eumsocial.whatsapp.emulator.security;

import com.eumsocial.whatsapp.emulator.protocol.IncomingRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies AWS Signature Version 4 the way the service does: parse the Authorization header,
 * find the secret of the access key, build the canonical request from exactly the headers the
 * request lists in {@code SignedHeaders} by AWS's rules ({@link CanonicalRequest}), derive the
 * signing key from the credential scope and compare signatures in constant time. Re-signing with
 * one SDK's signer instead would accept only that SDK: each SDK chooses its own headers to sign.
 */
public final class SigV4Verifier {
    private static final String ALGORITHM = "AWS4-HMAC-SHA256";
    private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final Map<String, AccessKey> keys = new LinkedHashMap<>();
    private final String serviceName;
    private final Clock realClock;
    private final Duration maxSkew;

    /**
     * @param realClock the machine's real time: signatures expire by it, never by the Meta clock
     *                  that tests move around
     */
    public SigV4Verifier(Collection<AccessKey> accessKeys, String serviceName, Clock realClock, Duration maxSkew) {
        accessKeys.forEach(k -> {
            if (keys.putIfAbsent(k.accessKeyId(), k) != null) {
                throw new IllegalArgumentException("access key " + k.accessKeyId() + " is configured twice");
            }
        });
        this.serviceName = serviceName;
        this.realClock = realClock;
        this.maxSkew = maxSkew;
    }

    /** The verified caller, or an {@link AuthenticationFailure}. */
    public AccessKey verify(IncomingRequest request) {
        String authorization = request.header("Authorization");
        if (authorization == null || authorization.isBlank()) {
            throw new AuthenticationFailure(AuthenticationFailure.MISSING_TOKEN, "Missing Authentication Token");
        }
        AuthorizationHeader parsed = AuthorizationHeader.parse(authorization);
        String amzDate = request.header("X-Amz-Date");
        if (amzDate == null) {
            throw new AuthenticationFailure(AuthenticationFailure.INCOMPLETE,
                    "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.");
        }
        Instant signedAt;
        try {
            signedAt = Instant.from(AMZ_DATE.parse(amzDate));
        } catch (DateTimeParseException e) {
            throw new AuthenticationFailure(AuthenticationFailure.INCOMPLETE,
                    "X-Amz-Date must be in the ISO 8601 basic format yyyyMMdd'T'HHmmss'Z'.");
        }
        AccessKey key = keys.get(parsed.accessKeyId());
        if (key == null) {
            throw new AuthenticationFailure(AuthenticationFailure.UNRECOGNIZED,
                    "The security token included in the request is invalid.");
        }
        if (!parsed.service().equals(serviceName)) {
            throw new AuthenticationFailure(AuthenticationFailure.INVALID, "Credential should be scoped to correct"
                    + " service: '" + serviceName + "'.");
        }
        if (!parsed.date().equals(amzDate.substring(0, 8))) {
            throw new AuthenticationFailure(AuthenticationFailure.INVALID, "Date in Credential scope does not match"
                    + " YYYYMMDD from ISO-8601 version of date from HTTP: '" + parsed.date() + "' != '"
                    + amzDate.substring(0, 8) + "'.");
        }
        Instant now = realClock.instant();
        if (signedAt.isBefore(now.minus(maxSkew))) {
            throw new AuthenticationFailure(AuthenticationFailure.INVALID, "Signature expired: " + amzDate
                    + " is now earlier than " + AMZ_DATE.format(now.minus(maxSkew)) + " ("
                    + AMZ_DATE.format(now) + " - " + maxSkew.toMinutes() + " min.)");
        }
        if (signedAt.isAfter(now.plus(maxSkew))) {
            throw new AuthenticationFailure(AuthenticationFailure.INVALID, "Signature not yet current: " + amzDate
                    + " is still later than " + AMZ_DATE.format(now.plus(maxSkew)) + " ("
                    + AMZ_DATE.format(now) + " + " + maxSkew.toMinutes() + " min.)");
        }
        if (!parsed.signedHeaders().contains("host")) {
            throw new AuthenticationFailure(AuthenticationFailure.INVALID, "The host header must be signed.");
        }
        String expected = recompute(request, parsed, key, amzDate);
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                parsed.signature().getBytes(StandardCharsets.US_ASCII))) {
            throw new AuthenticationFailure(AuthenticationFailure.INVALID, "The request signature we calculated does"
                    + " not match the signature you provided. Check your AWS Secret Access Key and signing method."
                    + " Consult the service documentation for details.");
        }
        return key;
    }

    private static String recompute(IncomingRequest request, AuthorizationHeader parsed, AccessKey key,
                                    String amzDate) {
        if (request.header("Host") == null) {
            throw new AuthenticationFailure(AuthenticationFailure.INCOMPLETE, "The request has no Host header.");
        }
        String scope = parsed.date() + '/' + parsed.region() + '/' + parsed.service() + "/aws4_request";
        String stringToSign = ALGORITHM + '\n' + amzDate + '\n' + scope + '\n'
                + CanonicalRequest.sha256Hex(CanonicalRequest.of(request, parsed.signedHeaders())
                        .getBytes(StandardCharsets.UTF_8));
        byte[] signingKey = hmac(("AWS4" + key.secretAccessKey()).getBytes(StandardCharsets.UTF_8), parsed.date());
        signingKey = hmac(signingKey, parsed.region());
        signingKey = hmac(signingKey, parsed.service());
        signingKey = hmac(signingKey, "aws4_request");
        return HexFormat.of().formatHex(hmac(signingKey, stringToSign));
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }

    /** The parts of {@code AWS4-HMAC-SHA256 Credential=AK/date/region/service/aws4_request, SignedHeaders=a;b, Signature=hex}. */
    record AuthorizationHeader(String accessKeyId, String date, String region, String service,
                               List<String> signedHeaders, String signature) {

        static AuthorizationHeader parse(String header) {
            String trimmed = header.trim();
            if (!trimmed.startsWith(ALGORITHM + " ")) {
                throw new AuthenticationFailure(AuthenticationFailure.INCOMPLETE,
                        "Authorization header must start with '" + ALGORITHM + "'.");
            }
            Map<String, String> parts = new LinkedHashMap<>();
            for (String part : trimmed.substring(ALGORITHM.length()).split(",")) {
                int eq = part.indexOf('=');
                if (eq > 0) {
                    parts.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
                }
            }
            String credential = parts.get("Credential");
            String signedHeaders = parts.get("SignedHeaders");
            String signature = parts.get("Signature");
            if (credential == null || signedHeaders == null || signature == null) {
                throw new AuthenticationFailure(AuthenticationFailure.INCOMPLETE, "Authorization header requires"
                        + " 'Credential', 'SignedHeaders' and 'Signature' parameters.");
            }
            String[] scope = credential.split("/");
            if (scope.length != 5 || !scope[4].equals("aws4_request")) {
                throw new AuthenticationFailure(AuthenticationFailure.INCOMPLETE, "Credential must have the form"
                        + " <access key>/<date>/<region>/<service>/aws4_request.");
            }
            if (!signature.matches("^[0-9a-f]{64}$")) {
                throw new AuthenticationFailure(AuthenticationFailure.INCOMPLETE,
                        "Signature must be 64 lower-case hexadecimal characters.");
            }
            return new AuthorizationHeader(scope[0], scope[1], scope[2], scope[3],
                    List.of(signedHeaders.toLowerCase(Locale.ROOT).split(";")), signature);
        }
    }
}
