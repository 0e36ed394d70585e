package io.opendsql.wire;

import static io.opendsql.wire.RawClient.bind;
import static io.opendsql.wire.RawClient.close;
import static io.opendsql.wire.RawClient.cstring;
import static io.opendsql.wire.RawClient.describe;
import static io.opendsql.wire.RawClient.execute;
import static io.opendsql.wire.RawClient.int16;
import static io.opendsql.wire.RawClient.int32;
import static io.opendsql.wire.RawClient.message;
import static io.opendsql.wire.RawClient.parse;
import static io.opendsql.wire.RawClient.query;
import static io.opendsql.wire.RawClient.sync;
import static io.opendsql.wire.RawClient.types;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtendedProtocolTest {
    @TempDir
    Path dataDir;
    TestServer server;
    RawClient client;

    @BeforeEach
    void start() throws IOException {
        server = new TestServer(dataDir);
        client = server.raw();
        client.login("admin");
    }

    @AfterEach
    void stop() throws Exception {
        try {
            client.close();
            server.assertNoOpenConnections();
        } finally {
            server.close();
        }
    }

    @Test
    void parseBindDescribeExecuteSync() throws IOException {
        client.send(concat(parse("s1", "SELECT $1"), describe('S', "s1"), bind("p1", "s1", "hello"),
                describe('P', "p1"), execute("p1", 0), close('P', "p1"), close('S', "s1"), sync()));
        List<RawClient.Message> reply = client.readUntil('Z');
        assertThat(types(reply)).isEqualTo("1tT2TDC33Z");
        RawClient.Message parameters = reply.get(1);
        assertThat(parameters.body()[1]).isEqualTo((byte) 1);
        assertThat(parameters.int32(2)).isEqualTo(ScriptedSession.TEXT);
        RawClient.Message row = reply.get(5);
        assertThat(new String(row.body(), 6, 5)).isEqualTo("hello");
    }

    @Test
    void nullParameterIsSentAsMinusOne() throws IOException {
        client.send(concat(parse("", "SELECT $1"), bind("", "", (String) null), execute("", 0), sync()));
        List<RawClient.Message> reply = client.readUntil('Z');
        assertThat(types(reply)).isEqualTo("12DCZ");
        assertThat(reply.get(2).int32(2)).isEqualTo(-1);
    }

    @Test
    void portalResultFormatsShowInRowDescription() throws IOException {
        byte[] binaryBind = message('B', cstring("p"), cstring(""), int16(0), int16(0), int16(1), int16(1));
        client.send(concat(parse("", "SELECT 1"), binaryBind, describe('P', "p"), describe('S', ""), sync()));
        List<RawClient.Message> reply = client.readUntil('Z');
        assertThat(types(reply)).isEqualTo("12TtTZ");
        byte[] portal = reply.get(2).body();
        assertThat(portal[portal.length - 1]).as("portal column format").isEqualTo((byte) 1);
        byte[] statement = reply.get(4).body();
        assertThat(statement[statement.length - 1]).as("statement column format").isEqualTo((byte) 0);
    }

    @Test
    void statementWithoutRowsDescribesAsNoData() throws IOException {
        client.send(concat(parse("", "BEGIN"), describe('S', ""), bind("", ""), describe('P', ""), execute("", 0),
                sync()));
        assertThat(types(client.readUntil('Z'))).isEqualTo("1tn2nCZ");
    }

    @Test
    void portalSuspendsAtTheRowLimitAndResumes() throws IOException {
        client.send(concat(parse("", "SELECT generate_series(1, 5)"), bind("p", ""), execute("p", 2),
                RawClient.flush()));
        assertThat(types(List.of(client.expect('1'), client.expect('2'), client.expect('D'), client.expect('D'),
                client.expect('s')))).isEqualTo("12DDs");
        client.send(concat(execute("p", 2), execute("p", 2), sync()));
        assertThat(types(client.readUntil('Z'))).isEqualTo("DDsDCZ");
    }

    @Test
    void suspendedPortalIsNotFlushedWithoutFlushOrSync() throws IOException {
        client.send(concat(parse("", "SELECT generate_series(1, 5)"), bind("p", ""), execute("p", 1)));
        client.timeout(300);
        try {
            RawClient.Message unexpected = client.read();
            assertThat(unexpected).as("nothing before Flush").isNull();
        } catch (SocketTimeoutException expected) {
            // nothing was flushed
        }
        client.timeout(10_000);
        client.send(sync());
        assertThat(types(client.readUntil('Z'))).isEqualTo("12DsZ");
    }

    @Test
    void errorSkipsMessagesUntilSync() throws IOException {
        client.send(concat(parse("", "SELECT nonsense"), bind("", ""), describe('P', ""), execute("", 0),
                query("SELECT 1"), sync()));
        List<RawClient.Message> reply = client.readUntil('Z');
        assertThat(types(reply)).isEqualTo("EZ");
        assertThat(reply.getFirst().fields()).containsEntry('C', "42601");
        client.send(concat(parse("", "SELECT 1"), bind("", ""), execute("", 0), sync()));
        assertThat(types(client.readUntil('Z'))).isEqualTo("12DCZ");
    }

    @Test
    void errorIsSentWithoutWaitingForSync() throws IOException {
        client.send(concat(parse("", "SELECT nonsense"), RawClient.flush()));
        assertThat(client.expect('E').fields()).containsEntry('C', "42601");
        client.send(sync());
        assertThat(types(client.readUntil('Z'))).isEqualTo("Z");
    }

    @Test
    void errorInsideATransactionBlockFailsIt() throws IOException {
        client.send(query("BEGIN"));
        assertThat((char) client.readUntil('Z').getLast().body()[0]).isEqualTo('T');
        client.send(concat(bind("", "missing"), execute("", 0), sync()));
        List<RawClient.Message> reply = client.readUntil('Z');
        assertThat(types(reply)).isEqualTo("EZ");
        assertThat(reply.getFirst().fields()).containsEntry('C', "26000");
        assertThat((char) reply.getLast().body()[0]).isEqualTo('E');
        client.send(query("ROLLBACK"));
        assertThat((char) client.readUntil('Z').getLast().body()[0]).isEqualTo('I');
    }

    @Test
    void bindBeforeParseAndUnknownPortalsAreErrors() throws IOException {
        client.send(concat(bind("", "nope"), sync(), execute("ghost", 0), sync(), describe('P', "ghost"), sync(),
                describe('S', "ghost"), sync()));
        List<RawClient.Message> reply = client.readUntil('Z');
        assertThat(reply.getFirst().fields()).containsEntry('C', "26000");
        assertThat(client.readUntil('Z').getFirst().fields()).containsEntry('C', "34000");
        assertThat(client.readUntil('Z').getFirst().fields()).containsEntry('C', "34000");
        assertThat(client.readUntil('Z').getFirst().fields()).containsEntry('C', "26000");
    }

    @Test
    void invalidDescribeAndCloseTargetsAreErrors() throws IOException {
        client.send(concat(describe('X', ""), sync(), close('Y', ""), sync()));
        assertThat(client.readUntil('Z').getFirst().fields()).containsEntry('C', "08P01")
                .containsEntry('M', "invalid DESCRIBE message subtype 88");
        assertThat(client.readUntil('Z').getFirst().fields()).containsEntry('M', "invalid CLOSE message subtype 89");
    }

    @Test
    void badFormatCodesAreErrors() throws IOException {
        byte[] badFormat = message('B', cstring(""), cstring(""), int16(1), int16(7), int16(0), int16(0));
        byte[] mismatched = message('B', cstring(""), cstring(""), int16(2), int16(0), int16(0), int16(1), int32(1),
                new byte[] {'x'}, int16(0));
        client.send(concat(parse("", "SELECT $1"), badFormat, sync(), mismatched, sync()));
        assertThat(client.readUntil('Z').get(1).fields()).containsEntry('C', "22023")
                .containsEntry('M', "unsupported format code: 7");
        assertThat(client.readUntil('Z').getFirst().fields()).containsEntry('C', "08P01")
                .containsEntry('M', "bind message has 2 parameter formats but 1 parameters");
    }

    @Test
    void closingWhatDoesNotExistSucceeds() throws IOException {
        client.send(concat(close('S', "never"), close('P', "never"), sync()));
        assertThat(types(client.readUntil('Z'))).isEqualTo("33Z");
    }

    static byte[] concat(byte[]... parts) {
        return StartupTest.concat(parts);
    }
}
