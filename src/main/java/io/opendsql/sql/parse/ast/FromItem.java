package io.opendsql.sql.parse.ast;

import java.util.List;

/** An item of a FROM list. */
public sealed interface FromItem permits RangeVar, FromItem.Subselect, FromItem.Function, FromItem.Join,
        FromItem.TableSample {
    /** {@code relation TABLESAMPLE method (arguments) [REPEATABLE (seed)]}. */
    record TableSample(int location, RangeVar relation, List<String> method, List<Expr> arguments, Expr repeatable)
            implements FromItem {
        public TableSample {
            method = List.copyOf(method);
            arguments = List.copyOf(arguments);
        }
    }

    record Subselect(int location, boolean lateral, SelectStmt query, Alias alias) implements FromItem {
    }

    /**
     * A function in FROM: one call, or several with {@code ROWS FROM (...)}; optional column
     * definitions for record-returning functions.
     */
    record Function(int location, boolean lateral, boolean rowsFrom, List<Expr> calls, boolean ordinality,
                    Alias alias, List<ColumnDef> columnDefinitions) implements FromItem {
        public Function {
            calls = List.copyOf(calls);
            columnDefinitions = List.copyOf(columnDefinitions);
        }
    }

    enum JoinType { CROSS, INNER, LEFT, RIGHT, FULL }

    /**
     * A join; {@code condition} is the ON expression, {@code using} the USING columns (with an
     * optional {@code usingAlias}). {@code alias} is set for a parenthesized join with an alias.
     */
    record Join(int location, JoinType type, boolean natural, FromItem left, FromItem right, Expr condition,
                List<String> using, String usingAlias, Alias alias) implements FromItem {
        public Join {
            using = using == null ? null : List.copyOf(using);
        }
    }
}
