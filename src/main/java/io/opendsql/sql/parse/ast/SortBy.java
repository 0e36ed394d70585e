package io.opendsql.sql.parse.ast;

import java.util.List;

/** An ORDER BY item. {@code usingOperator} is set for {@code USING op}. */
public record SortBy(int location, Expr expr, Direction direction, List<String> usingOperator, Nulls nulls) {
    public enum Direction { DEFAULT, ASC, DESC, USING }

    public enum Nulls { DEFAULT, FIRST, LAST }

    public SortBy {
        usingOperator = List.copyOf(usingOperator);
    }
}
