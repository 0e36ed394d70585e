package io.opendsql.control;

import io.opendsql.auth.SigV4;
import io.opendsql.auth.SigningCredential;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Signs an HTTP request for the DSQL API with SigV4 in the {@code Authorization} header, as the SDKs do. */
public final class RequestSigner {
    private RequestSigner() {
    }

    /**
     * The headers to send: {@code Host}, {@code X-Amz-Date}, {@code X-Amz-Content-Sha256},
     * {@code X-Amz-Security-Token} for temporary credentials, and {@code Authorization}.
     *
     * @param host the Host header value, with the port when it is not 443
     * @param rawPath the percent-encoded path as sent
     * @param rawQuery the percent-encoded query as sent, or null
     */
    public static Map<String, String> sign(String method, String host, String rawPath, String rawQuery, byte[] body,
                                           SigningCredential credential, String region, Instant now) {
        String amzDate = SigV4.formatAmzDate(now);
        String payloadHash = HttpSignature.sha256Hex(body);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("host", host);
        headers.put("x-amz-content-sha256", payloadHash);
        headers.put("x-amz-date", amzDate);
        if (credential.sessionToken() != null) {
            headers.put("x-amz-security-token", credential.sessionToken());
        }
        String signedHeaders = String.join(";", headers.keySet().stream().sorted().toList());
        Map<String, List<String>> asLists = new LinkedHashMap<>();
        headers.forEach((name, value) -> asLists.put(name, List.of(value)));
        String canonical = HttpSignature.canonicalRequest(method, rawPath, rawQuery,
                HttpSignature.canonicalHeaders(asLists, signedHeaders), signedHeaders, payloadHash);
        String scope = amzDate.substring(0, 8) + "/" + region + "/" + SigV4.SERVICE + "/" + SigV4.TERMINATOR;
        byte[] key = SigV4.signingKey(credential.secretAccessKey(), amzDate.substring(0, 8), region, SigV4.SERVICE);
        String signature = SigV4.signature(key, SigV4.stringToSign(amzDate, scope, canonical));
        headers.put("authorization", SigV4.ALGORITHM + " Credential=" + credential.accessKeyId() + "/" + scope
                + ", SignedHeaders=" + signedHeaders + ", Signature=" + signature);
        return headers;
    }
}
