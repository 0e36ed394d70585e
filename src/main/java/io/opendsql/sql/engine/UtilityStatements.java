package io.opendsql.sql.engine;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.sql.Column;
import io.opendsql.sql.PreparedStatement;
import io.opendsql.sql.parse.ast.Expr;
import io.opendsql.sql.parse.ast.UtilityStmt;
import io.opendsql.sql.types.PgType;
import io.opendsql.sql.types.SqlType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Transaction control, SET/RESET and SHOW through the session's {@link io.opendsql.sql.SessionContext}. */
final class UtilityStatements {
    private UtilityStatements() {
    }

    static PreparedStatement transaction(UtilityStmt.TransactionStmt t) {
        return switch (t.kind()) {
            case BEGIN, START -> {
                boolean readOnly = modes(t.modes());
                String tag = t.kind() == UtilityStmt.TransactionKind.START ? "START TRANSACTION" : "BEGIN";
                yield Results.action(context -> {
                    context.beginBlock(readOnly);
                    return tag;
                });
            }
            case COMMIT -> Results.action(context -> context.commitBlock());
            case ROLLBACK -> Results.action(context -> {
                context.rollbackBlock();
                return "ROLLBACK";
            });
            default -> throw DsqlException.of(SqlState.FEATURE_NOT_SUPPORTED, "savepoints are not supported");
        };
    }

    /** Transaction modes; true for READ ONLY. Only REPEATABLE READ is accepted as isolation level. */
    static boolean modes(List<UtilityStmt.TransactionMode> modes) {
        boolean readOnly = false;
        for (UtilityStmt.TransactionMode mode : modes) {
            switch (mode.name()) {
                case "transaction_isolation" -> {
                    String level = mode.value().toLowerCase(Locale.ROOT);
                    if (!level.equals("repeatable read")) {
                        throw DsqlException.of(SqlState.FEATURE_NOT_SUPPORTED, "unsupported isolation level: %s",
                                level);
                    }
                }
                case "transaction_read_only" -> readOnly = mode.value().equals("true");
                default -> {
                }
            }
        }
        return readOnly;
    }

    static PreparedStatement set(UtilityStmt.VariableSetStmt s) {
        if (s.sessionCharacteristics()) {
            modes(s.transactionModes());
            return Results.action(context -> "SET");
        }
        String name = s.name();
        if ("role".equals(name) || "session_authorization".equals(name)) {
            throw DsqlException.of(SqlState.FEATURE_NOT_SUPPORTED, "OpenDSQL cannot run this statement yet")
                    .at(s.location() + 1);
        }
        return switch (s.kind()) {
            case RESET_ALL -> Results.action(context -> {
                context.resetSetting(null);
                return "RESET";
            });
            case RESET -> Results.action(context -> {
                context.resetSetting(name);
                return "RESET";
            });
            case DEFAULT -> Results.action(context -> {
                context.resetSetting(name);
                return "SET";
            });
            case VALUE -> {
                String value = value(s.values());
                yield Results.action(context -> {
                    context.setSetting(name, value, s.local());
                    return "SET";
                });
            }
            case CURRENT, MULTI -> throw DsqlException.of(SqlState.FEATURE_NOT_SUPPORTED,
                    "OpenDSQL cannot run this statement yet").at(s.location() + 1);
        };
    }

    /** A SET value list as the setting's text: items joined with ", " as PostgreSQL flattens them. */
    private static String value(List<Expr> values) {
        List<String> parts = new ArrayList<>();
        for (Expr value : values) {
            parts.add(switch (value) {
                case Expr.Literal l -> l.value();
                case Expr.ColumnRef c -> String.join(".", c.names());
                case Expr.TypeCast c when c.arg() instanceof Expr.Literal l -> l.value();
                default -> throw DsqlException.of(SqlState.SYNTAX_ERROR, "syntax error at or near \"%s\"", value)
                        .at(value.location() + 1);
            });
        }
        return String.join(", ", parts);
    }

    static PreparedStatement show(UtilityStmt.VariableShowStmt s, io.opendsql.sql.SessionContext session) {
        Column text = Results.column("", SqlType.of(PgType.TEXT));
        if (s.name().equals("all")) {
            List<Column> columns = List.of(named(text, "name"), named(text, "setting"), named(text, "description"));
            return Results.prepared(new int[0], columns, (context, values, formats, resultFormats) -> {
                List<Object[]> rows = new ArrayList<>();
                context.settings().forEach((name, value) -> rows.add(new Object[] {name, value, ""}));
                return Results.rows(List.of(PgType.TEXT, PgType.TEXT, PgType.TEXT), rows, resultFormats,
                        io.opendsql.sql.types.TypeContext.DEFAULT, "SHOW");
            });
        }
        String name = s.name();
        List<Column> columns = List.of(named(text, session.settingName(name)));
        return Results.prepared(new int[0], columns, (context, values, formats, resultFormats) ->
                Results.rows(List.of(PgType.TEXT), List.<Object[]>of(new Object[] {context.setting(name)}),
                        resultFormats, io.opendsql.sql.types.TypeContext.DEFAULT, "SHOW"));
    }

    private static Column named(Column column, String name) {
        return new Column(name, 0, (short) 0, column.typeOid(), column.typeSize(), column.typeModifier());
    }
}
