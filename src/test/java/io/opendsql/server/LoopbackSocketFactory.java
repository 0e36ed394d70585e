package io.opendsql.server;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import javax.net.SocketFactory;

/**
 * A pgJDBC {@code socketFactory} that connects every host name to 127.0.0.1 on the requested port, so a
 * client can name a cluster endpoint such as {@code <id>.dsql.us-east-1.on.aws} (sent as TLS SNI and
 * checked against the certificate) while reaching the local server: pgJDBC's counterpart of libpq's
 * {@code host=<endpoint> hostaddr=127.0.0.1}.
 */
public final class LoopbackSocketFactory extends SocketFactory {
    @Override
    public Socket createSocket() {
        return new LoopbackSocket();
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return connected(port);
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localAddress, int localPort) throws IOException {
        return connected(port);
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return connected(port);
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
            throws IOException {
        return connected(port);
    }

    private static Socket connected(int port) throws IOException {
        Socket socket = new LoopbackSocket();
        socket.connect(InetSocketAddress.createUnresolved("loopback", port));
        return socket;
    }

    private static final class LoopbackSocket extends Socket {
        @Override
        public void connect(SocketAddress endpoint, int timeout) throws IOException {
            int port = ((InetSocketAddress) endpoint).getPort();
            super.connect(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), port), timeout);
        }
    }
}
