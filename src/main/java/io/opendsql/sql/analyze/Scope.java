package io.opendsql.sql.analyze;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.sql.types.SqlType;
import java.util.ArrayList;
import java.util.List;

/**
 * The names a query level can see: one entry per FROM item, as PostgreSQL's namespace. Each entry has a
 * reference name (alias or table name), columns with the expression that reads them from the level's row,
 * and two visibilities: {@code relationVisible} (reachable as {@code name.column}) and
 * {@code columnsVisible} (reachable unqualified and by {@code *}). A JOIN … USING hides its inputs' columns
 * behind one entry with the merged columns, while {@code t.a} still reaches each input. Lookups that miss
 * go out to the enclosing query's scope and become {@link BoundExpr.OuterRef}s.
 */
public final class Scope {
    /** A visible column: its name and how to read it from the row. */
    public record Column(String name, BoundExpr expr) {
    }

    /**
     * One FROM item. {@code schema} is set for a table referenced without alias, for {@code s.t.c}.
     * {@code wholeRow}, when set, is what the item's name alone reads when no column has that name: the value of
     * a function in FROM returning a scalar, as PostgreSQL's whole-row reference to such an item.
     */
    public record Entry(String name, String schema, List<Column> columns, boolean relationVisible,
                        boolean columnsVisible, BoundExpr wholeRow) {
        public Entry {
            columns = List.copyOf(columns);
        }

        public Entry(String name, String schema, List<Column> columns, boolean relationVisible,
                     boolean columnsVisible) {
            this(name, schema, columns, relationVisible, columnsVisible, null);
        }

        public Entry hidden() {
            return new Entry(name, schema, columns, relationVisible, false, wholeRow);
        }

        public Entry unnamed() {
            return new Entry(name, schema, columns, false, columnsVisible, wholeRow);
        }

        public Entry withWholeRow(BoundExpr value) {
            return new Entry(name, schema, columns, relationVisible, columnsVisible, value);
        }
    }

    private final Scope parent;
    private final List<Entry> entries;

    public Scope(Scope parent, List<Entry> entries) {
        this.parent = parent;
        this.entries = List.copyOf(entries);
    }

    /** A scope with no FROM items: only the enclosing query's names are visible. */
    public static Scope empty(Scope parent) {
        return new Scope(parent, List.of());
    }

    public Scope parent() {
        return parent;
    }

    public List<Entry> entries() {
        return entries;
    }

    /** Columns for {@code *}: every column-visible entry's columns, in FROM order. */
    public List<Column> star() {
        List<Column> out = new ArrayList<>();
        for (Entry entry : entries) {
            if (entry.columnsVisible()) {
                out.addAll(entry.columns());
            }
        }
        return out;
    }

    /** Columns for {@code name.*} ({@code qualifier} is the name list without the star). */
    public List<Column> star(List<String> qualifier, int location) {
        for (Scope scope = this; scope != null; scope = scope.parent) {
            Entry entry = scope.findEntry(qualifier, location);
            if (entry != null) {
                if (scope != this) {
                    throw DsqlException.of(SqlState.FEATURE_NOT_SUPPORTED,
                            "OpenDSQL cannot expand an outer query's columns yet").at(location + 1);
                }
                return entry.columns();
            }
        }
        throw missingEntry(qualifier.get(qualifier.size() - 1), location);
    }

    /** Resolves a column reference ({@code a}, {@code t.a} or {@code s.t.a}), searching outward. */
    public BoundExpr resolve(List<String> names, int location) {
        int level = 0;
        for (Scope scope = this; scope != null; scope = scope.parent, level++) {
            BoundExpr found = scope.resolveHere(names, location);
            if (found != null) {
                return level == 0 ? found : outer(found, level);
            }
        }
        if (names.size() == 1) {
            level = 0;
            for (Scope scope = this; scope != null; scope = scope.parent, level++) {
                for (Entry entry : scope.entries) {
                    if (entry.wholeRow() != null && entry.relationVisible() && names.get(0).equals(entry.name())) {
                        return level == 0 ? entry.wholeRow() : outer(entry.wholeRow(), level);
                    }
                }
            }
            throw DsqlException.of(SqlState.UNDEFINED_COLUMN, "column \"%s\" does not exist", names.get(0))
                    .at(location + 1);
        }
        List<String> qualifier = names.subList(0, names.size() - 1);
        for (Scope scope = this; scope != null; scope = scope.parent) {
            if (scope.findEntry(qualifier, location) != null) {
                throw DsqlException.of(SqlState.UNDEFINED_COLUMN, "column %s.%s does not exist",
                        qualifier.get(qualifier.size() - 1), names.get(names.size() - 1)).at(location + 1);
            }
        }
        throw missingEntry(qualifier.get(qualifier.size() - 1), location);
    }

    private static DsqlException missingEntry(String name, int location) {
        return DsqlException.of(SqlState.UNDEFINED_TABLE, "missing FROM-clause entry for table \"%s\"", name)
                .at(location + 1);
    }

    private BoundExpr resolveHere(List<String> names, int location) {
        String column = names.get(names.size() - 1);
        if (names.size() == 1) {
            BoundExpr found = null;
            for (Entry entry : entries) {
                if (!entry.columnsVisible()) {
                    continue;
                }
                for (Column c : entry.columns()) {
                    if (c.name().equals(column)) {
                        if (found != null) {
                            throw DsqlException.of(SqlState.AMBIGUOUS_COLUMN, "column reference \"%s\" is ambiguous",
                                    column).at(location + 1);
                        }
                        found = c.expr();
                    }
                }
            }
            return found;
        }
        Entry entry = findEntry(names.subList(0, names.size() - 1), location);
        if (entry == null) {
            return null;
        }
        BoundExpr found = null;
        for (Column c : entry.columns()) {
            if (c.name().equals(column)) {
                if (found != null) {
                    throw DsqlException.of(SqlState.AMBIGUOUS_COLUMN, "column reference \"%s\" is ambiguous",
                            String.join(".", names)).at(location + 1);
                }
                found = c.expr();
            }
        }
        return found;
    }

    private Entry findEntry(List<String> qualifier, int location) {
        String name = qualifier.get(qualifier.size() - 1);
        String schema = qualifier.size() >= 2 ? qualifier.get(qualifier.size() - 2) : null;
        Entry found = null;
        for (Entry entry : entries) {
            if (!entry.relationVisible() || !name.equals(entry.name())) {
                continue;
            }
            if (schema != null && !schema.equals(entry.schema())) {
                continue;
            }
            if (found != null) {
                throw DsqlException.of(SqlState.AMBIGUOUS_ALIAS, "table reference \"%s\" is ambiguous", name)
                        .at(location + 1);
            }
            found = entry;
        }
        return found;
    }

    /** Rewrites column references of a level {@code levels} out into outer references. */
    static BoundExpr outer(BoundExpr expr, int levels) {
        return switch (expr) {
            case BoundExpr.ColumnRef c -> new BoundExpr.OuterRef(c.type(), levels, c.index());
            case BoundExpr.OuterRef o -> new BoundExpr.OuterRef(o.type(), o.levelsUp() + levels, o.index());
            case BoundExpr.Coalesce c -> new BoundExpr.Coalesce(c.type(),
                    c.args().stream().map(a -> outer(a, levels)).toList());
            case BoundExpr.Cast c -> new BoundExpr.Cast(c.type(), outer(c.arg(), levels), c.explicit());
            default -> expr;
        };
    }

    /** A plain entry whose columns are slots {@code offset..} of the row. */
    public static Entry entry(String name, String schema, List<String> names, List<SqlType> types, int offset) {
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            columns.add(new Column(names.get(i), new BoundExpr.ColumnRef(types.get(i), offset + i)));
        }
        return new Entry(name, schema, columns, true, true);
    }
}
