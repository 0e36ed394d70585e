package io.opendsql.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;

/**
 * Array parameters and results through pgJDBC as ORMs use them: {@code setArray} with
 * {@code = ANY(?)}, in pgJDBC's binary array encoding (int8[], text[]) and its text encoding
 * (uuid[], strings with an unspecified type), and arrays read back in text and binary result formats.
 */
class EngineArraysTest {
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Connection connect(String extra) throws SQLException {
        return server.connect(extra, "admin", server.adminToken());
    }

    @Test
    void bigintArrayParameterWithAny() throws SQLException {
        for (String options : new String[] {"prepareThreshold=1&binaryTransfer=true", "binaryTransfer=false"}) {
            try (Connection c = connect(options);
                 PreparedStatement ps = c.prepareStatement("SELECT 3::int8 = ANY(?), 7::int8 = ANY(?), ?::int8[]")) {
                for (int run = 0; run < 3; run++) {
                    Array ids = c.createArrayOf("int8", new Long[] {1L, 3L, null, 9_000_000_000L});
                    ps.setArray(1, ids);
                    ps.setArray(2, ids);
                    ps.setArray(3, ids);
                    try (ResultSet rs = ps.executeQuery()) {
                        assertThat(rs.next()).isTrue();
                        assertThat(rs.getBoolean(1)).isTrue();
                        assertThat(rs.getObject(2)).as("no match but a NULL element").isNull();
                        assertThat((Object[]) rs.getArray(3).getArray())
                                .containsExactly(1L, 3L, null, 9_000_000_000L);
                    }
                }
                assertThat(ps.getParameterMetaData().getParameterTypeName(1)).isEqualTo("_int8");
            }
        }
    }

    @Test
    void textAndUuidArrayParameters() throws SQLException {
        UUID a = UUID.fromString("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11");
        UUID b = UUID.fromString("00000000-0000-0000-0000-000000000001");
        try (Connection c = connect("prepareThreshold=1&binaryTransfer=true")) {
            try (PreparedStatement ps = c.prepareStatement("SELECT 'b c' = ANY(?), array_to_string(?, '|')")) {
                Array words = c.createArrayOf("text", new String[] {"a", "b c", null, "\"q\""});
                ps.setArray(1, words);
                ps.setArray(2, words);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    assertThat(rs.getBoolean(1)).isTrue();
                    assertThat(rs.getString(2)).isEqualTo("a|b c|\"q\"");
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT ?::uuid = ANY(?), cardinality(?::uuid[])")) {
                ps.setObject(1, b);
                ps.setArray(2, c.createArrayOf("uuid", new UUID[] {a, b}));
                ps.setArray(3, c.createArrayOf("uuid", new UUID[] {a, b, a}));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    assertThat(rs.getBoolean(1)).isTrue();
                    assertThat(rs.getInt(2)).isEqualTo(3);
                }
            }
        }
    }

    @Test
    void javaArraysThroughSetObject() throws SQLException {
        UUID id = UUID.fromString("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11");
        for (String options : new String[] {"prepareThreshold=1&binaryTransfer=true", "binaryTransfer=false"}) {
            try (Connection c = connect(options); PreparedStatement ps = c.prepareStatement(
                    "SELECT 5::int8 = ANY(?), 'b' = ANY(?), ?::uuid = ANY(?), array_length(?, 1)")) {
                ps.setObject(1, new long[] {4L, 5L});
                ps.setObject(2, new String[] {"a", "b"});
                ps.setObject(3, id);
                ps.setObject(4, new UUID[] {id});
                ps.setObject(5, new int[] {1, 2, 3});
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    assertThat(rs.getBoolean(1)).isTrue();
                    assertThat(rs.getBoolean(2)).isTrue();
                    assertThat(rs.getBoolean(3)).isTrue();
                    assertThat(rs.getInt(4)).isEqualTo(3);
                }
            }
        }
    }

    @Test
    void untypedArrayParameterTakesItsTypeFromAny() throws SQLException {
        try (Connection c = connect("stringtype=unspecified");
             PreparedStatement ps = c.prepareStatement("SELECT 2 = ANY(?), (?::text[])[2]")) {
            assertThat(ps.getParameterMetaData().getParameterTypeName(1)).isEqualTo("_int4");
            ps.setString(1, "{1,2,3}");
            ps.setObject(2, "{x,\"y z\"}", Types.OTHER);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertThat(rs.getBoolean(1)).isTrue();
                assertThat(rs.getString(2)).isEqualTo("y z");
            }
        }
    }

    @Test
    void arrayResultsInBinaryAndText() throws SQLException {
        String sql = "SELECT ARRAY[1, NULL, 3], '{{a,b},{c,d}}'::text[], '[0:1]={1.5,2}'::numeric[], ARRAY[true]";
        for (String options : new String[] {"prepareThreshold=-1&binaryTransfer=true", "binaryTransfer=false"}) {
            try (Connection c = connect(options); PreparedStatement ps = c.prepareStatement(sql)) {
                for (int run = 0; run < 2; run++) {
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        assertThat((Object[]) rs.getArray(1).getArray()).containsExactly(1, null, 3);
                        assertThat(rs.getArray(2).getArray()).isEqualTo(new String[][] {{"a", "b"}, {"c", "d"}});
                        assertThat(rs.getString(3)).isEqualTo("[0:1]={1.5,2}");
                        assertThat(rs.getString(4)).isEqualTo("{t}");
                    }
                }
            }
        }
    }

    @Test
    void wrongArrayParameterTypeIsRefused() throws SQLException {
        try (Connection c = connect(""); PreparedStatement ps = c.prepareStatement("SELECT 1 = ANY(?)")) {
            ps.setArray(1, c.createArrayOf("text", new String[] {"1"}));
            assertThatThrownBy(ps::executeQuery).isInstanceOfSatisfying(PSQLException.class, e -> {
                assertThat(e.getSQLState()).isEqualTo("42883");
                assertThat(e.getServerErrorMessage().getMessage()).isEqualTo("operator does not exist: integer = text");
            });
        }
    }
}
