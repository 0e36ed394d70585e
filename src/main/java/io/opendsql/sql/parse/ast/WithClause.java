package io.opendsql.sql.parse.ast;

import java.util.List;

public record WithClause(int location, boolean recursive, List<CommonTableExpr> ctes) {
    public WithClause {
        ctes = List.copyOf(ctes);
    }

    public enum Materialized { DEFAULT, ALWAYS, NEVER }

    /**
     * {@code name [(cols)] AS [[NOT] MATERIALIZED] (query) [SEARCH ...] [CYCLE ...]}; the query may be a
     * data-changing statement. {@code search} and {@code cycle} are null when absent.
     */
    public record CommonTableExpr(int location, String name, List<String> columns, Materialized materialized,
                                  Stmt query, SearchClause search, CycleClause cycle) {
        public CommonTableExpr {
            columns = List.copyOf(columns);
        }
    }

    /** {@code SEARCH {DEPTH | BREADTH} FIRST BY columns SET sequenceColumn}. */
    public record SearchClause(boolean breadthFirst, List<String> columns, String sequenceColumn) {
        public SearchClause {
            columns = List.copyOf(columns);
        }
    }

    /**
     * {@code CYCLE columns SET markColumn [TO markValue DEFAULT markDefault] USING pathColumn}; the
     * mark values are null when omitted.
     */
    public record CycleClause(List<String> columns, String markColumn, Expr markValue, Expr markDefault,
                              String pathColumn) {
        public CycleClause {
            columns = List.copyOf(columns);
        }
    }
}
