package io.opendsql.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The four test vectors of spec §2.2, taken from the AWS Java SDK's DefaultDsqlUtilitiesTest. */
class AwsTestVectorTest {
    private static final String HOST = "test.dsql.us-east-1.on.aws";
    private static final Instant SIGNED_AT = Instant.parse("2024-11-07T17:39:33Z");
    private static final SigningCredential CREDENTIAL = SigningCredential.longTerm("access_key", "secret_key");

    @ParameterizedTest
    @CsvSource({
        "DbConnect,      900,  e319d85380261f643d78a558f76257f05aacea758a6ccd42a2510e2ae0854a47",
        "DbConnectAdmin, 900,  a08adc4c84a490014ce374b90c98ba9ed015b77b451c0d9f9fb3f8ca8c6f9c36",
        "DbConnect,      3600, 63987ab6908fe81bfcaa5a5120444a8d012751992bcdfec351522db555232c51",
        "DbConnectAdmin, 3600, 46e02dfc8d6d07289b9e5910ccd9a50f1c3b798e48ccd92153255df508bd0b82",
    })
    void signerProducesTheVectorAndVerifierAcceptsIt(String actionName, long expires, String signature) {
        ConnectAction action = ConnectAction.fromTokenValue(actionName).orElseThrow();
        String expected = HOST + "/?Action=" + actionName + "&X-Amz-Algorithm=AWS4-HMAC-SHA256"
                + "&X-Amz-Date=20241107T173933Z&X-Amz-SignedHeaders=host&X-Amz-Expires=" + expires
                + "&X-Amz-Credential=access_key%2F20241107%2Fus-east-1%2Fdsql%2Faws4_request"
                + "&X-Amz-Signature=" + signature;

        assertThat(TokenSigner.sign(HOST, "us-east-1", action, CREDENTIAL, SIGNED_AT, expires)).isEqualTo(expected);

        String user = action == ConnectAction.DB_CONNECT_ADMIN ? "admin" : "app_user";
        TokenVerifier verifier = new TokenVerifier(
                id -> id.equals("access_key") ? Optional.of(CREDENTIAL) : Optional.empty());
        VerifiedToken verified = verifier.verify(expected, user, TokenVerifier.acceptingHosts(java.util.List.of(HOST)),
                "us-east-1", SIGNED_AT.plusSeconds(1));
        assertThat(verified.action()).isEqualTo(action);
        assertThat(verified.accessKeyId()).isEqualTo("access_key");
        assertThat(verified.token().signature()).isEqualTo(signature);
    }

    @ParameterizedTest
    @CsvSource({"DbConnect, 900", "DbConnectAdmin, 3600"})
    void signatureChangesWithEveryInput(String actionName, long expires) {
        ConnectAction action = ConnectAction.fromTokenValue(actionName).orElseThrow();
        String base = TokenSigner.sign(HOST, "us-east-1", action, CREDENTIAL, SIGNED_AT, expires);
        Map<String, String> variants = Map.of(
                "host", TokenSigner.sign("other.dsql.us-east-1.on.aws", "us-east-1", action, CREDENTIAL, SIGNED_AT, expires),
                "region", TokenSigner.sign(HOST, "us-west-2", action, CREDENTIAL, SIGNED_AT, expires),
                "secret", TokenSigner.sign(HOST, "us-east-1", action,
                        SigningCredential.longTerm("access_key", "secret_kez"), SIGNED_AT, expires),
                "time", TokenSigner.sign(HOST, "us-east-1", action, CREDENTIAL, SIGNED_AT.plusSeconds(1), expires),
                "expires", TokenSigner.sign(HOST, "us-east-1", action, CREDENTIAL, SIGNED_AT, expires + 1));
        String baseSignature = AuthToken.parse(base).signature();
        variants.forEach((what, token) ->
                assertThat(AuthToken.parse(token).signature()).as(what).isNotEqualTo(baseSignature));
    }
}
