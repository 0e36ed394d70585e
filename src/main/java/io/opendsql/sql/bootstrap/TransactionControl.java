package io.opendsql.sql.bootstrap;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.sql.PreparedStatement;

/** BEGIN / START TRANSACTION, COMMIT / END, ROLLBACK / ABORT, with DSQL's one isolation level. */
final class TransactionControl {
    private TransactionControl() {
    }

    static PreparedStatement begin(WordReader r) {
        String tag;
        if (r.accept("start")) {
            r.expect("transaction");
            tag = "START TRANSACTION";
        } else {
            r.expect("begin");
            if (!r.accept("work")) {
                r.accept("transaction");
            }
            tag = "BEGIN";
        }
        boolean readOnly = readModes(r);
        r.expectEnd();
        return BootstrapEngine.statement(null, (context, formats) -> Results.action(() -> {
            context.beginBlock(readOnly);
            return tag;
        }));
    }

    static PreparedStatement commit(WordReader r) {
        if (!r.accept("commit")) {
            r.expect("end");
        }
        endOptions(r);
        return BootstrapEngine.statement(null, (context, formats) -> Results.action(context::commitBlock));
    }

    static PreparedStatement rollback(WordReader r) {
        if (!r.accept("rollback")) {
            r.expect("abort");
        }
        if (r.peek() != null && (r.peek().is("to") || r.peek().is("prepared"))) {
            throw DsqlException.of(SqlState.FEATURE_NOT_SUPPORTED, "savepoints are not supported")
                    .at(r.peek().position());
        }
        endOptions(r);
        return BootstrapEngine.statement(null, (context, formats) -> Results.action(() -> {
            context.rollbackBlock();
            return "ROLLBACK";
        }));
    }

    /** Transaction modes; returns true for READ ONLY. Only REPEATABLE READ is accepted as isolation. */
    static boolean readModes(WordReader r) {
        boolean readOnly = false;
        boolean first = true;
        while (!r.atEnd()) {
            if (!first) {
                r.accept(",");
            }
            first = false;
            Word w = r.next();
            if (w.is("isolation")) {
                r.expect("level");
                Word level = r.next();
                String name = level.text();
                if (level.is("repeatable")) {
                    r.expect("read");
                    continue;
                }
                if (level.is("read")) {
                    name = "read " + r.next().text();
                }
                throw DsqlException.of(SqlState.FEATURE_NOT_SUPPORTED, "unsupported isolation level: %s", name)
                        .at(level.position());
            } else if (w.is("read")) {
                Word mode = r.next();
                if (mode.is("only")) {
                    readOnly = true;
                } else if (mode.is("write")) {
                    readOnly = false;
                } else {
                    throw r.syntaxError(mode);
                }
            } else if (w.is("not")) {
                r.expect("deferrable");
            } else if (!w.is("deferrable")) {
                throw r.syntaxError(w);
            }
        }
        return readOnly;
    }

    /** [WORK | TRANSACTION] [AND NO CHAIN]; AND CHAIN is refused as DSQL's grammar lacks it. */
    private static void endOptions(WordReader r) {
        if (!r.accept("work")) {
            r.accept("transaction");
        }
        if (r.accept("and")) {
            if (!r.accept("no")) {
                Word chain = r.peek();
                throw DsqlException.of(SqlState.FEATURE_NOT_SUPPORTED, "AND CHAIN is not supported")
                        .at(chain == null ? 0 : chain.position());
            }
            r.expect("chain");
        }
        r.expectEnd();
    }
}
