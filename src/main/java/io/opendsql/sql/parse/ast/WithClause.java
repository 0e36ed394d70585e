package io.opendsql.sql.parse.ast;

import java.util.List;

public record WithClause(int location, boolean recursive, List<CommonTableExpr> ctes) {
    public WithClause {
        ctes = List.copyOf(ctes);
    }

    public enum Materialized { DEFAULT, ALWAYS, NEVER }

    /** {@code name [(cols)] AS [[NOT] MATERIALIZED] (query)}; the query may be a data-changing statement. */
    public record CommonTableExpr(int location, String name, List<String> columns, Materialized materialized,
                                  Stmt query) {
        public CommonTableExpr {
            columns = List.copyOf(columns);
        }
    }
}
