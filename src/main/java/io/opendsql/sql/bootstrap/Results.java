package io.opendsql.sql.bootstrap;

import io.opendsql.sql.Column;
import io.opendsql.sql.Execution;
import io.opendsql.sql.RowSink;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Executions of the bootstrap engine: a fixed list of rows, or an action run once. */
final class Results {
    static final int INT4 = 23;
    static final int TEXT = 25;

    private Results() {
    }

    /** Rows given as Java values (Integer or String); encoded per the requested result formats. */
    static Execution rows(List<Column> columns, List<Object[]> rows, short[] resultFormats, String tagPrefix) {
        return new Execution() {
            private int next;

            @Override
            public boolean fetch(int maxRows, RowSink sink) {
                int limit = maxRows <= 0 ? Integer.MAX_VALUE : maxRows;
                int sent = 0;
                while (next < rows.size() && sent < limit) {
                    sink.row(encode(columns, rows.get(next++), resultFormats));
                    sent++;
                }
                return next >= rows.size();
            }

            @Override
            public String commandTag() {
                return tagPrefix + " " + next;
            }
        };
    }

    /** A statement without rows: runs {@code action} on the first fetch, whose result is the command tag. */
    static Execution action(java.util.function.Supplier<String> action) {
        return new Execution() {
            private String tag;

            @Override
            public boolean fetch(int maxRows, RowSink sink) {
                if (tag == null) {
                    tag = action.get();
                }
                return true;
            }

            @Override
            public String commandTag() {
                return tag;
            }
        };
    }

    private static byte[][] encode(List<Column> columns, Object[] row, short[] formats) {
        byte[][] out = new byte[row.length][];
        for (int i = 0; i < row.length; i++) {
            Object value = row[i];
            boolean binary = format(formats, i) == 1;
            if (value == null) {
                out[i] = null;
            } else if (columns.get(i).typeOid() == INT4 && binary) {
                out[i] = ByteBuffer.allocate(4).putInt((Integer) value).array();
            } else {
                out[i] = value.toString().getBytes(StandardCharsets.UTF_8);
            }
        }
        return out;
    }

    private static short format(short[] formats, int column) {
        if (formats.length == 0) {
            return 0;
        }
        return formats.length == 1 ? formats[0] : formats[column];
    }
}
