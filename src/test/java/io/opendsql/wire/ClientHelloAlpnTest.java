package io.opendsql.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.Arrays;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import org.junit.jupiter.api.Test;

class ClientHelloAlpnTest {
    @Test
    void findsPostgresqlAmongTheOfferedProtocols() throws Exception {
        assertThat(ClientHelloAlpn.inspect(clientHelloBody("h2", "postgresql"), "postgresql"))
                .isEqualTo(ClientHelloAlpn.Offer.OFFERED);
    }

    @Test
    void otherProtocolsOrNoAlpnAreNotAnOffer() throws Exception {
        assertThat(ClientHelloAlpn.inspect(clientHelloBody("h2"), "postgresql"))
                .isEqualTo(ClientHelloAlpn.Offer.NOT_OFFERED);
        assertThat(ClientHelloAlpn.inspect(clientHelloBody(), "postgresql"))
                .isEqualTo(ClientHelloAlpn.Offer.NOT_OFFERED);
    }

    @Test
    void truncatedOrForeignRecordsAreUnknown() throws Exception {
        byte[] hello = clientHelloBody("postgresql");
        assertThat(ClientHelloAlpn.inspect(Arrays.copyOf(hello, hello.length / 2), "postgresql"))
                .isEqualTo(ClientHelloAlpn.Offer.UNKNOWN);
        assertThat(ClientHelloAlpn.inspect(new byte[0], "postgresql")).isEqualTo(ClientHelloAlpn.Offer.UNKNOWN);
        assertThat(ClientHelloAlpn.inspect(new byte[] {2, 0, 0, 1, 0}, "postgresql"))
                .isEqualTo(ClientHelloAlpn.Offer.UNKNOWN);
    }

    /** The body of the first TLS record a JDK client sends, offering {@code protocols} by ALPN. */
    private static byte[] clientHelloBody(String... protocols) throws Exception {
        SSLEngine engine = SSLContext.getDefault().createSSLEngine("localhost", 5432);
        engine.setUseClientMode(true);
        SSLParameters parameters = engine.getSSLParameters();
        parameters.setApplicationProtocols(protocols);
        engine.setSSLParameters(parameters);
        ByteBuffer out = ByteBuffer.allocate(engine.getSession().getPacketBufferSize());
        engine.wrap(ByteBuffer.allocate(0), out);
        out.flip();
        assertThat(out.get()).isEqualTo((byte) 0x16);
        out.position(ClientHelloAlpn.RECORD_HEADER_LENGTH);
        byte[] body = new byte[out.remaining()];
        out.get(body);
        return body;
    }
}
