package io.opendsql.sql.exec;

import java.util.List;

/** The working table of a recursive union: the rows its previous round added. */
final class WorkTableSource implements RowSource {
    private final List<Object[]> rows;
    private int next;

    WorkTableSource(List<Object[]> rows) {
        this.rows = rows;
    }

    @Override
    public Object[] next() {
        return next < rows.size() ? rows.get(next++) : null;
    }
}
