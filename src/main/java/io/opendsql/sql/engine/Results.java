package io.opendsql.sql.engine;

import io.opendsql.sql.Column;
import io.opendsql.sql.Execution;
import io.opendsql.sql.PreparedStatement;
import io.opendsql.sql.RowSink;
import io.opendsql.sql.SessionContext;
import io.opendsql.sql.types.BinaryIo;
import io.opendsql.sql.types.PgType;
import io.opendsql.sql.types.TypeContext;
import io.opendsql.sql.types.TypeIo;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/** Prepared statements and executions: rows computed at execute time, or an action run once. */
final class Results {
    private Results() {
    }

    /** Starts execution from the parameter values (already decoded) and the result formats. */
    @FunctionalInterface
    interface Starter {
        Execution start(SessionContext context, byte[][] parameterValues, short[] parameterFormats,
                        short[] resultFormats);
    }

    static PreparedStatement prepared(int[] parameterTypes, List<Column> columns, Starter starter) {
        return new PreparedStatement() {
            @Override
            public int[] parameterTypes() {
                return parameterTypes.clone();
            }

            @Override
            public List<Column> resultColumns() {
                return columns;
            }

            @Override
            public Execution execute(SessionContext context, byte[][] values, short[] parameterFormats,
                                     short[] resultFormats) {
                return starter.start(context, values, parameterFormats, resultFormats);
            }
        };
    }

    /** A statement without rows or parameters that runs {@code action} (returning its tag) on first fetch. */
    static PreparedStatement action(Function<SessionContext, String> action) {
        return prepared(new int[0], null, (context, values, formats, resultFormats) -> {
            Supplier<String> run = () -> action.apply(context);
            return new Execution() {
                private String tag;

                @Override
                public boolean fetch(int maxRows, RowSink sink) {
                    if (tag == null) {
                        tag = run.get();
                    }
                    return true;
                }

                @Override
                public String commandTag() {
                    return tag;
                }
            };
        });
    }

    /** Rows already computed, encoded on fetch in the requested formats. */
    static Execution rows(List<PgType> types, List<Object[]> rows, short[] resultFormats, TypeContext typeContext,
                          String tagPrefix) {
        return new Execution() {
            private int next;

            @Override
            public boolean fetch(int maxRows, RowSink sink) {
                int limit = maxRows <= 0 ? Integer.MAX_VALUE : maxRows;
                int sent = 0;
                while (next < rows.size() && sent < limit) {
                    sink.row(encode(types, rows.get(next++), resultFormats, typeContext));
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

    /** Rows streamed from an operator tree opened on the first fetch; a portal may fetch them in parts. */
    static Execution stream(List<PgType> types, Supplier<io.opendsql.sql.exec.RowSource> open, short[] resultFormats,
                            TypeContext typeContext, String tagPrefix) {
        return new Execution() {
            private io.opendsql.sql.exec.RowSource source;
            private long sent;
            private boolean done;

            @Override
            public boolean fetch(int maxRows, RowSink sink) {
                if (done) {
                    return true;
                }
                if (source == null) {
                    source = open.get();
                }
                int limit = maxRows <= 0 ? Integer.MAX_VALUE : maxRows;
                int count = 0;
                try {
                    while (count < limit) {
                        Object[] row = source.next();
                        if (row == null) {
                            done = true;
                            close();
                            return true;
                        }
                        sink.row(encode(types, row, resultFormats, typeContext));
                        sent++;
                        count++;
                    }
                } catch (RuntimeException | Error e) {
                    done = true;
                    close();
                    throw e;
                }
                return false;
            }

            @Override
            public String commandTag() {
                return tagPrefix + " " + sent;
            }

            @Override
            public void close() {
                if (source != null) {
                    source.close();
                    source = null;
                }
            }
        };
    }

    /** What a data-changing statement produced: RETURNING rows and its command tag. */
    record Outcome(List<Object[]> rows, String tag) {
    }

    /** A statement that does all its work on the first fetch, then sends its RETURNING rows. */
    static Execution once(Supplier<Outcome> work, List<PgType> types, short[] resultFormats, TypeContext typeContext) {
        return new Execution() {
            private Outcome outcome;
            private int next;

            @Override
            public boolean fetch(int maxRows, RowSink sink) {
                if (outcome == null) {
                    outcome = work.get();
                }
                int limit = maxRows <= 0 ? Integer.MAX_VALUE : maxRows;
                int count = 0;
                while (next < outcome.rows().size() && count < limit) {
                    sink.row(encode(types, outcome.rows().get(next++), resultFormats, typeContext));
                    count++;
                }
                return next >= outcome.rows().size();
            }

            @Override
            public String commandTag() {
                return outcome == null ? "" : outcome.tag();
            }
        };
    }

    private static byte[][] encode(List<PgType> types, Object[] row, short[] formats, TypeContext typeContext) {
        byte[][] out = new byte[row.length][];
        for (int i = 0; i < row.length; i++) {
            if (row[i] == null) {
                continue;
            }
            out[i] = format(formats, i) == 1 ? BinaryIo.send(types.get(i), row[i])
                    : TypeIo.format(types.get(i), row[i], typeContext).getBytes(StandardCharsets.UTF_8);
        }
        return out;
    }

    static short format(short[] formats, int index) {
        if (formats == null || formats.length == 0) {
            return 0;
        }
        return formats.length == 1 ? formats[0] : formats[index];
    }

    static Column column(String name, io.opendsql.sql.types.SqlType type) {
        return new Column(name, 0, (short) 0, type.type().oid(), (short) type.type().length(), type.typmod());
    }
}
