package io.opendsql.sql.analyze;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.sql.parse.ast.RangeVar;
import io.opendsql.sql.plan.CteKey;
import io.opendsql.sql.plan.OutputColumn;
import io.opendsql.sql.plan.Plan;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The WITH names a query level sees, layered over the catalog it reads tables through: each WITH adds a layer
 * whose names hide tables and outer WITH items of the same name. A subquery in an expression adds an empty
 * layer that marks the boundary a recursive reference may not cross.
 */
final class CommonTables implements CatalogReader {
    /** A visible WITH item: a finished common table, or one being analyzed. */
    sealed interface Binding permits Ready, Recursive, Pending {
    }

    /** A common table whose plan is known; {@code columns} carry the names its readers see. */
    record Ready(Plan.CommonTable table, List<OutputColumn> columns, boolean returnsRows) implements Binding {
    }

    /**
     * A recursive WITH item whose recursive term is being analyzed: a reference reads its working table.
     * {@code columns} is null while the non-recursive term is analyzed, where a reference is an error.
     */
    static final class Recursive implements Binding {
        final CteKey key;
        final String name;
        final boolean unionForm;
        List<OutputColumn> columns;
        int references;

        Recursive(CteKey key, String name, boolean unionForm) {
            this.key = key;
            this.name = name;
            this.unionForm = unionForm;
        }
    }

    /** A WITH item later in the list, or (in WITH RECURSIVE) one not analyzed yet. */
    record Pending(String name, boolean recursive) implements Binding {
    }

    /** A reference found, and whether it crossed a subquery boundary on the way. */
    record Found(Binding binding, boolean insideSubquery) {
    }

    private final CatalogReader parent;
    private final Map<String, Binding> bindings = new LinkedHashMap<>();
    private final boolean subqueryBoundary;

    private CommonTables(CatalogReader parent, boolean subqueryBoundary) {
        this.parent = parent;
        this.subqueryBoundary = subqueryBoundary;
    }

    /** A new WITH layer over {@code parent}. */
    static CommonTables layer(CatalogReader parent) {
        return new CommonTables(parent, false);
    }

    /** The catalog as a subquery in an expression sees it. */
    static CatalogReader insideSubquery(CatalogReader parent) {
        return new CommonTables(parent, true);
    }

    void bind(String name, Binding binding) {
        bindings.put(name, binding);
    }

    @Override
    public TableRef table(RangeVar name) {
        return parent.table(name);
    }

    @Override
    public java.util.Optional<io.opendsql.sql.plan.SystemRelation> systemRelation(RangeVar name) {
        return parent.systemRelation(name);
    }

    /** The WITH item an unqualified name refers to, or null when it names no WITH item. */
    static Found find(CatalogReader reader, String name) {
        boolean crossed = false;
        while (reader instanceof CommonTables layer) {
            Binding binding = layer.bindings.get(name);
            if (binding != null) {
                return new Found(binding, crossed);
            }
            crossed |= layer.subqueryBoundary;
            reader = layer.parent;
        }
        return null;
    }

    /** Whether a WITH layer between {@code reader} and the statement is a subquery's: data-modifying WITH is refused there. */
    static boolean nested(CatalogReader reader) {
        while (reader instanceof CommonTables layer) {
            if (layer.subqueryBoundary) {
                return true;
            }
            reader = layer.parent;
        }
        return false;
    }

    /** The error for a reference to a WITH item that cannot be read from where it is. */
    static DsqlException unusable(Found found, String name, int location) {
        return switch (found.binding()) {
            case Pending p -> DsqlException.of(SqlState.UNDEFINED_TABLE, "relation \"%s\" does not exist", name)
                    .detail("There is a WITH item named \"" + name + "\", but it cannot be referenced from this part "
                            + "of the query.")
                    .hint("Use WITH RECURSIVE, or re-order the WITH items to remove forward references.")
                    .at(location + 1);
            case Recursive r when !r.unionForm -> DsqlException.of(SqlState.INVALID_RECURSION,
                    "recursive query \"%s\" does not have the form non-recursive-term UNION [ALL] recursive-term",
                    name).at(location + 1);
            case Recursive r when r.columns == null -> DsqlException.of(SqlState.INVALID_RECURSION,
                    "recursive reference to query \"%s\" must not appear within its non-recursive term", name)
                    .at(location + 1);
            case Recursive r -> found.insideSubquery() ? DsqlException.of(SqlState.INVALID_RECURSION,
                    "recursive reference to query \"%s\" must not appear within a subquery", name).at(location + 1)
                    : DsqlException.of(SqlState.INVALID_RECURSION,
                    "recursive reference to query \"%s\" must not appear more than once", name).at(location + 1);
            case Ready ready -> DsqlException.of(SqlState.FEATURE_NOT_SUPPORTED,
                    "WITH query \"%s\" does not have a RETURNING clause", name).at(location + 1);
        };
    }
}
