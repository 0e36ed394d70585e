package io.opendsql.auth;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Produces DSQL auth tokens byte-identical to the AWS Java SDK's {@code DsqlUtilities}: the host as
 * given, then {@code /?}, then {@code Action}, {@code X-Amz-Security-Token} (session credentials only),
 * {@code X-Amz-Algorithm}, {@code X-Amz-Date}, {@code X-Amz-SignedHeaders}, {@code X-Amz-Expires},
 * {@code X-Amz-Credential} and {@code X-Amz-Signature}, each value URI-encoded.
 */
public final class TokenSigner {
    private TokenSigner() {
    }

    /**
     * Signs a token.
     *
     * @param host the cluster host name, written into the token and signed exactly as given
     * @param region the signing region
     * @param action DbConnect or DbConnectAdmin
     * @param credential the signing key; its session token, if any, is included
     * @param now the signing time (fractions of a second are dropped)
     * @param expiresSeconds lifetime in seconds, 1 to 604800
     */
    public static String sign(String host, String region, ConnectAction action, SigningCredential credential,
                              Instant now, long expiresSeconds) {
        requireNonNull(host, "host");
        requireNonNull(region, "region");
        if (expiresSeconds < 1 || expiresSeconds > TokenVerifier.MAX_EXPIRES_SECONDS) {
            throw new IllegalArgumentException(
                    "expiry must be between 1 and " + TokenVerifier.MAX_EXPIRES_SECONDS + " seconds: " + expiresSeconds);
        }
        Instant signedAt = now.truncatedTo(ChronoUnit.SECONDS);
        String amzDate = SigV4.formatAmzDate(signedAt);
        String date = amzDate.substring(0, 8);
        String scope = date + "/" + region + "/" + SigV4.SERVICE + "/" + SigV4.TERMINATOR;

        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put(TokenParameter.ACTION, action.tokenValue());
        if (credential.sessionToken() != null) {
            parameters.put(TokenParameter.SECURITY_TOKEN, credential.sessionToken());
        }
        parameters.put(TokenParameter.ALGORITHM, SigV4.ALGORITHM);
        parameters.put(TokenParameter.DATE, amzDate);
        parameters.put(TokenParameter.SIGNED_HEADERS, SigV4.SIGNED_HEADERS);
        parameters.put(TokenParameter.EXPIRES, Long.toString(expiresSeconds));
        parameters.put(TokenParameter.CREDENTIAL, credential.accessKeyId() + "/" + scope);

        byte[] key = SigV4.signingKey(credential.secretAccessKey(), date, region, SigV4.SERVICE);
        String signature = SigV4.signature(key,
                SigV4.stringToSign(amzDate, scope, SigV4.canonicalRequest(host, parameters)));
        parameters.put(TokenParameter.SIGNATURE, signature);

        StringBuilder token = new StringBuilder(host).append("/?");
        boolean first = true;
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            if (!first) {
                token.append('&');
            }
            first = false;
            token.append(SigV4.uriEncode(parameter.getKey())).append('=').append(SigV4.uriEncode(parameter.getValue()));
        }
        return token.toString();
    }
}
