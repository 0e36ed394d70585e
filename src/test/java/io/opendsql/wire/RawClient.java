package io.opendsql.wire;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/** A hand-rolled protocol client for tests: writes exactly the bytes it is told and reads raw messages. */
final class RawClient implements AutoCloseable {
    /** A message received from the server. */
    record Message(char type, byte[] body) {
        int int32(int at) {
            return ((body[at] & 0xFF) << 24) | ((body[at + 1] & 0xFF) << 16) | ((body[at + 2] & 0xFF) << 8)
                    | (body[at + 3] & 0xFF);
        }

        /** The fields of an ErrorResponse or NoticeResponse, by field code. */
        Map<Character, String> fields() {
            Map<Character, String> fields = new LinkedHashMap<>();
            int at = 0;
            while (at < body.length && body[at] != 0) {
                char code = (char) body[at++];
                int end = at;
                while (body[end] != 0) {
                    end++;
                }
                fields.put(code, new String(body, at, end - at, StandardCharsets.UTF_8));
                at = end + 1;
            }
            return fields;
        }

        String text() {
            return new String(body, 0, Math.max(body.length - 1, 0), StandardCharsets.UTF_8);
        }
    }

    private final String host;
    private final SSLContext context;
    private final Socket raw;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    RawClient(String host, int port, SSLContext context) throws IOException {
        this.host = host;
        this.context = context;
        this.raw = new Socket(host, port);
        raw.setSoTimeout(10_000);
        raw.setTcpNoDelay(true);
        this.socket = raw;
        this.in = raw.getInputStream();
        this.out = raw.getOutputStream();
    }

    /** SSLRequest; returns the one-byte answer. */
    int sslRequest() throws IOException {
        send(packet(MessageType.SSL_REQUEST_CODE, new byte[0]));
        return in.read();
    }

    int gssEncRequest() throws IOException {
        send(packet(MessageType.GSSENC_REQUEST_CODE, new byte[0]));
        return in.read();
    }

    /** TLS over the existing socket (after SSLRequest, or directly); {@code alpn} may be empty. */
    void startTls(String serverName, String... alpn) throws IOException {
        startTlsLimited(serverName, null, alpn);
    }

    /** TLS limited to {@code protocols} (all the client's defaults when null). */
    void startTlsLimited(String serverName, String[] protocols, String... alpn) throws IOException {
        SSLSocket tls = (SSLSocket) context.getSocketFactory().createSocket(raw, host, raw.getPort(), true);
        SSLParameters parameters = tls.getSSLParameters();
        if (protocols != null) {
            parameters.setProtocols(protocols);
        }
        if (serverName != null) {
            parameters.setServerNames(List.of(new SNIHostName(serverName)));
        } else {
            parameters.setServerNames(List.of());
        }
        parameters.setApplicationProtocols(alpn);
        tls.setSSLParameters(parameters);
        tls.startHandshake();
        socket = tls;
        in = tls.getInputStream();
        out = tls.getOutputStream();
    }

    /** SSLRequest, 'S', TLS, StartupMessage, password: ends after the first ReadyForQuery. */
    List<Message> login(String user) throws IOException {
        if (sslRequest() != 'S') {
            throw new IOException("SSL refused");
        }
        startTls("localhost");
        send(startup(3, 0, Map.of("user", user, "database", "postgres")));
        expect('R');
        send(message('p', cstring(CountingOpener.PASSWORD)));
        return readUntil('Z');
    }

    void send(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    /** Reads one message, or null at end of stream. */
    Message read() throws IOException {
        DataInputStream data = new DataInputStream(in);
        int type = data.read();
        if (type < 0) {
            return null;
        }
        int length = data.readInt();
        byte[] body = new byte[length - 4];
        data.readFully(body);
        return new Message((char) type, body);
    }

    Message expect(char type) throws IOException {
        Message message = read();
        if (message == null) {
            throw new EOFException("expected '" + type + "' but the server closed the connection");
        }
        if (message.type() != type) {
            throw new IOException("expected '" + type + "' but got '" + message.type() + "' "
                    + (message.type() == 'E' ? message.fields() : ""));
        }
        return message;
    }

    List<Message> readUntil(char type) throws IOException {
        List<Message> messages = new ArrayList<>();
        while (true) {
            Message message = read();
            if (message == null) {
                throw new EOFException("connection closed; got " + types(messages));
            }
            messages.add(message);
            if (message.type() == type) {
                return messages;
            }
        }
    }

    /** True when the server closed the connection (reading past any pending messages). */
    boolean closedByServer() throws IOException {
        try {
            while (true) {
                if (read() == null) {
                    return true;
                }
            }
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    static String types(List<Message> messages) {
        StringBuilder types = new StringBuilder();
        messages.forEach(message -> types.append(message.type()));
        return types.toString();
    }

    /** The negotiated TLS version, e.g. TLSv1.3. */
    String tlsProtocol() {
        return ((SSLSocket) socket).getSession().getProtocol();
    }

    void timeout(int millis) throws IOException {
        socket.setSoTimeout(millis);
    }

    @Override
    public void close() throws IOException {
        socket.close();
        raw.close();
    }

    // ---- encoders -------------------------------------------------------------------------------

    static byte[] packet(int code, byte[] rest) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        writeInt(bytes, 8 + rest.length);
        writeInt(bytes, code);
        bytes.writeBytes(rest);
        return bytes.toByteArray();
    }

    static byte[] startup(int major, int minor, Map<String, String> parameters) {
        ByteArrayOutputStream rest = new ByteArrayOutputStream();
        parameters.forEach((name, value) -> {
            rest.writeBytes(cstring(name));
            rest.writeBytes(cstring(value));
        });
        rest.write(0);
        return packet((major << 16) | minor, rest.toByteArray());
    }

    static byte[] message(char type, byte[]... parts) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            body.writeBytes(part);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(type);
        writeInt(bytes, 4 + body.size());
        bytes.writeBytes(body.toByteArray());
        return bytes.toByteArray();
    }

    static byte[] cstring(String value) {
        byte[] text = value.getBytes(StandardCharsets.UTF_8);
        byte[] result = new byte[text.length + 1];
        System.arraycopy(text, 0, result, 0, text.length);
        return result;
    }

    static byte[] int16(int value) {
        return new byte[] {(byte) (value >>> 8), (byte) value};
    }

    static byte[] int32(int value) {
        return new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value};
    }

    static byte[] query(String sql) {
        return message('Q', cstring(sql));
    }

    static byte[] parse(String name, String sql) {
        return message('P', cstring(name), cstring(sql), int16(0));
    }

    /** Bind with text parameters (null = SQL NULL) and no result formats. */
    static byte[] bind(String portal, String statement, String... values) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(cstring(portal));
        body.writeBytes(cstring(statement));
        body.writeBytes(int16(0));
        body.writeBytes(int16(values.length));
        for (String value : values) {
            if (value == null) {
                body.writeBytes(int32(-1));
            } else {
                byte[] text = value.getBytes(StandardCharsets.UTF_8);
                body.writeBytes(int32(text.length));
                body.writeBytes(text);
            }
        }
        body.writeBytes(int16(0));
        return message('B', body.toByteArray());
    }

    static byte[] describe(char target, String name) {
        return message('D', new byte[] {(byte) target}, cstring(name));
    }

    static byte[] execute(String portal, int maxRows) {
        return message('E', cstring(portal), int32(maxRows));
    }

    static byte[] close(char target, String name) {
        return message('C', new byte[] {(byte) target}, cstring(name));
    }

    static byte[] sync() {
        return message('S');
    }

    static byte[] flush() {
        return message('H');
    }

    static byte[] terminate() {
        return message('X');
    }

    private static void writeInt(ByteArrayOutputStream bytes, int value) {
        bytes.writeBytes(int32(value));
    }
}
