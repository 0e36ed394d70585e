package io.opendsql.sql.parse.ast;

import java.util.List;

/** Transaction control, settings, EXPLAIN, and the other utility commands. */
public sealed interface UtilityStmt extends Stmt {

    enum TransactionKind {
        BEGIN, START, COMMIT, ROLLBACK, SAVEPOINT, RELEASE, ROLLBACK_TO, PREPARE, COMMIT_PREPARED,
        ROLLBACK_PREPARED
    }

    /**
     * A transaction mode: {@code ISOLATION LEVEL x}, {@code READ ONLY|WRITE}, {@code [NOT] DEFERRABLE}.
     * {@code name} is {@code transaction_isolation}, {@code transaction_read_only} or
     * {@code transaction_deferrable}; {@code value} is the level or "true"/"false".
     */
    record TransactionMode(String name, String value) {
    }

    /**
     * BEGIN, START TRANSACTION, COMMIT/END, ROLLBACK/ABORT, SAVEPOINT, RELEASE, ROLLBACK TO,
     * PREPARE TRANSACTION, COMMIT/ROLLBACK PREPARED. {@code name} is the savepoint or GID.
     * {@code spelling} keeps the keyword used (END, ABORT, WORK) for messages and tags.
     */
    record TransactionStmt(int location, TransactionKind kind, List<TransactionMode> modes, String name,
                           boolean chain, String spelling) implements UtilityStmt {
        public TransactionStmt {
            modes = List.copyOf(modes);
        }
    }

    enum SetKind { VALUE, DEFAULT, CURRENT, MULTI, RESET, RESET_ALL }

    /**
     * SET / RESET. {@code name} is the (dotted, lower-case) parameter name, or for the special forms
     * {@code timezone}, {@code transaction_isolation} (SET TRANSACTION ...: {@code MULTI} with
     * modes), {@code role}, {@code session_authorization}, {@code client_encoding} (SET NAMES),
     * {@code search_path} (SET SCHEMA). Values are literals or names.
     */
    record VariableSetStmt(int location, SetKind kind, String name, List<Expr> values, boolean local,
                           List<TransactionMode> transactionModes, boolean sessionCharacteristics)
            implements UtilityStmt {
        public VariableSetStmt {
            values = List.copyOf(values);
            transactionModes = List.copyOf(transactionModes);
        }
    }

    /** SHOW name | ALL (as "all"); TIME ZONE is "timezone", TRANSACTION ISOLATION LEVEL is "transaction_isolation". */
    record VariableShowStmt(int location, String name) implements UtilityStmt {
    }


    record ExplainStmt(int location, Stmt query, List<DefElem> options) implements UtilityStmt {
        public ExplainStmt {
            options = List.copyOf(options);
        }
    }

    record VacuumRelation(RangeVar relation, List<String> columns) {
        public VacuumRelation {
            columns = List.copyOf(columns);
        }
    }

    /** VACUUM or ANALYZE ({@code vacuum} false). */
    record VacuumStmt(int location, boolean vacuum, List<DefElem> options, List<VacuumRelation> relations)
            implements UtilityStmt {
        public VacuumStmt {
            options = List.copyOf(options);
            relations = List.copyOf(relations);
        }
    }

    record CallStmt(int location, Expr.FuncCall call) implements UtilityStmt {
    }

    record PrepareStmt(int location, String name, List<TypeName> argumentTypes, Stmt query) implements UtilityStmt {
        public PrepareStmt {
            argumentTypes = List.copyOf(argumentTypes);
        }
    }

    record ExecuteStmt(int location, String name, List<Expr> parameters) implements UtilityStmt {
        public ExecuteStmt {
            parameters = List.copyOf(parameters);
        }
    }

    /** DEALLOCATE [PREPARE] name; {@code name} is null for ALL. */
    record DeallocateStmt(int location, String name) implements UtilityStmt {
    }

    /** DECLARE name [BINARY] [ASENSITIVE|INSENSITIVE] [[NO] SCROLL] CURSOR [WITH[OUT] HOLD] FOR query. */
    record DeclareCursorStmt(int location, String name, List<String> options, SelectStmt query)
            implements UtilityStmt {
        public DeclareCursorStmt {
            options = List.copyOf(options);
        }
    }

    /** FETCH/MOVE: {@code direction} as written (e.g. "next", "forward 5"). */
    record FetchStmt(int location, boolean move, String direction, String cursor) implements UtilityStmt {
    }

    /** CLOSE name; null name is ALL. */
    record ClosePortalStmt(int location, String name) implements UtilityStmt {
    }

    /** DISCARD ALL | PLANS | SEQUENCES | TEMP. */
    record DiscardStmt(int location, String target) implements UtilityStmt {
    }

    record ListenStmt(int location, String channel) implements UtilityStmt {
    }

    /** UNLISTEN name; null for *. */
    record UnlistenStmt(int location, String channel) implements UtilityStmt {
    }

    record NotifyStmt(int location, String channel, String payload) implements UtilityStmt {
    }

    record LockStmt(int location, List<RangeVar> relations, String mode, boolean nowait) implements UtilityStmt {
        public LockStmt {
            relations = List.copyOf(relations);
        }
    }

    record TruncateStmt(int location, List<RangeVar> relations, boolean restartSequences, boolean cascade)
            implements UtilityStmt {
        public TruncateStmt {
            relations = List.copyOf(relations);
        }
    }

    /**
     * COPY, recognized well enough to be rejected or routed: relation or query, direction, and the
     * target ({@code STDIN}/{@code STDOUT} as null file name).
     */
    record CopyStmt(int location, RangeVar relation, List<String> columns, Stmt query, boolean from,
                    boolean program, String fileName, List<DefElem> options) implements UtilityStmt {
        public CopyStmt {
            columns = List.copyOf(columns);
            options = List.copyOf(options);
        }
    }

    /** DO [LANGUAGE l] 'code'. */
    record DoStmt(int location, String language, String code) implements UtilityStmt {
    }

    record CheckpointStmt(int location) implements UtilityStmt {
    }

    /** SET CONSTRAINTS ALL | names DEFERRED | IMMEDIATE. */
    record ConstraintsSetStmt(int location, List<List<String>> constraints, boolean deferred)
            implements UtilityStmt {
        public ConstraintsSetStmt {
            constraints = constraints.stream().map(List::copyOf).toList();
        }
    }

    /** LOAD 'file'. */
    record LoadStmt(int location, String file) implements UtilityStmt {
    }
}
