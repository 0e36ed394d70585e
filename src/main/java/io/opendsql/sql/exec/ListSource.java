package io.opendsql.sql.exec;

import java.util.List;

/** Rows already computed. */
final class ListSource implements RowSource {
    private final List<Object[]> rows;
    private int next;

    ListSource(List<Object[]> rows) {
        this.rows = rows;
    }

    @Override
    public Object[] next() {
        return next < rows.size() ? rows.get(next++) : null;
    }
}
