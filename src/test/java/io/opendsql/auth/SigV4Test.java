package io.opendsql.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SigV4Test {
    @Test
    void uriEncodeKeepsOnlyUnreservedCharacters() {
        assertThat(SigV4.uriEncode("AZaz09-_.~")).isEqualTo("AZaz09-_.~");
        assertThat(SigV4.uriEncode("a/b+c=d e*f%")).isEqualTo("a%2Fb%2Bc%3Dd%20e%2Af%25");
        assertThat(SigV4.uriEncode("é")).isEqualTo("%C3%A9");
        assertThat(SigV4.uriEncode("")).isEmpty();
    }

    @Test
    void sha256OfEmptyStringIsThePayloadHash() {
        assertThat(SigV4.sha256Hex("")).isEqualTo(SigV4.EMPTY_PAYLOAD_HASH);
    }

    /** The example key derivation from the AWS SigV4 documentation ("Examples of how to derive a signing key"). */
    @Test
    void signingKeyMatchesTheAwsDocumentationExample() {
        byte[] key = SigV4.signingKey("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "20120215", "us-east-1", "iam");
        assertThat(java.util.HexFormat.of().formatHex(key))
                .isEqualTo("f4780e2d9f65fa895f9c67b32ce1baf0b0d8a43505a000a1a9e090d414db404d");
    }

    @Test
    void canonicalRequestSortsEncodesAndDropsTheSignature() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("b", "x y");
        parameters.put("X-Amz-Signature", "ignored");
        parameters.put("a", "1/2");
        assertThat(SigV4.canonicalRequest("h.example", parameters)).isEqualTo(
                "GET\n/\na=1%2F2&b=x%20y\nhost:h.example\n\nhost\n" + SigV4.EMPTY_PAYLOAD_HASH);
    }

    @Test
    void amzDateRoundTripsAndIsStrict() {
        Instant instant = Instant.parse("2024-11-07T17:39:33Z");
        assertThat(SigV4.formatAmzDate(instant.plusMillis(999))).isEqualTo("20241107T173933Z");
        assertThat(SigV4.parseAmzDate("20241107T173933Z")).isEqualTo(instant);
        for (String bad : new String[] {"20241307T173933Z", "20241107T253933Z", "20241107173933Z", "20241107T173933",
                                        "2024-11-07T17:39:33Z", "20240230T000000Z"}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> SigV4.parseAmzDate(bad))
                    .as(bad).isInstanceOf(java.time.format.DateTimeParseException.class);
        }
    }
}
