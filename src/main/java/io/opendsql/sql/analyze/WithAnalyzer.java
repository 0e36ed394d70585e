package io.opendsql.sql.analyze;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.sql.parse.ast.DmlStmt;
import io.opendsql.sql.parse.ast.SelectBody;
import io.opendsql.sql.parse.ast.SelectStmt;
import io.opendsql.sql.parse.ast.WithClause;
import io.opendsql.sql.plan.CteKey;
import io.opendsql.sql.plan.DmlPlan;
import io.opendsql.sql.plan.OutputColumn;
import io.opendsql.sql.plan.Plan;
import io.opendsql.sql.types.CommonType;
import io.opendsql.sql.types.PgType;
import io.opendsql.sql.types.SqlType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A WITH clause (PostgreSQL's parse_cte.c): each item becomes a {@link Plan.CommonTable} analyzed like a FROM
 * subquery of the query owning the clause, visible to later items and to the query. With RECURSIVE, an item may
 * refer to itself as {@code non-recursive-term UNION [ALL] recursive-term}, and to items after it. A
 * data-modifying statement is allowed only in the statement's own WITH.
 */
final class WithAnalyzer {
    /** The names the query sees and the common tables in the order they were analyzed. */
    record Result(CommonTables names, List<Plan.CommonTable> tables) {
    }

    /** A WITH RECURSIVE item refers to one not analyzed yet; it is analyzed again after that one. */
    static final class ForwardReference extends RuntimeException {
        ForwardReference() {
            super(null, null, false, false);
        }
    }

    private final ExpressionAnalyzer expressions;
    private final WithClause with;
    private final boolean topLevel;
    private final CommonTables names;
    private final List<Plan.CommonTable> tables = new ArrayList<>();

    private WithAnalyzer(ExpressionAnalyzer expressions, CatalogReader catalog, WithClause with, boolean topLevel) {
        this.expressions = expressions;
        this.with = with;
        this.topLevel = topLevel;
        this.names = CommonTables.layer(catalog);
    }

    /**
     * @param expressions the analyzer of the scope around the query owning the clause
     * @param topLevel    whether the clause is the statement's own (data-modifying items are allowed)
     */
    static Result analyze(ExpressionAnalyzer expressions, CatalogReader catalog, WithClause with, boolean topLevel) {
        WithAnalyzer analyzer = new WithAnalyzer(expressions, catalog, with, topLevel);
        analyzer.run();
        return new Result(analyzer.names, List.copyOf(analyzer.tables));
    }

    private void run() {
        Set<String> seen = new HashSet<>();
        for (WithClause.CommonTableExpr cte : with.ctes()) {
            if (!seen.add(cte.name())) {
                throw DsqlException.of(SqlState.DUPLICATE_ALIAS, "WITH query name \"%s\" specified more than once",
                        cte.name()).at(cte.location() + 1);
            }
            names.bind(cte.name(), new CommonTables.Pending(cte.name(), with.recursive()));
        }
        List<WithClause.CommonTableExpr> pending = new ArrayList<>(with.ctes());
        while (!pending.isEmpty()) {
            boolean progress = false;
            for (int i = 0; i < pending.size(); i++) {
                WithClause.CommonTableExpr cte = pending.get(i);
                try {
                    names.bind(cte.name(), item(cte));
                } catch (ForwardReference deferred) {
                    names.bind(cte.name(), new CommonTables.Pending(cte.name(), true));
                    continue;
                }
                pending.remove(i--);
                progress = true;
            }
            if (!progress) {
                throw DsqlException.of(SqlState.FEATURE_NOT_SUPPORTED,
                        "mutual recursion between WITH items is not implemented").at(pending.get(0).location() + 1);
            }
        }
    }

    private CommonTables.Ready item(WithClause.CommonTableExpr cte) {
        if (cte.search() != null || cte.cycle() != null) {
            throw QueryAnalyzer.notYet(cte.location());
        }
        CteKey key = new CteKey(cte.name());
        if (cte.query() instanceof DmlStmt dml) {
            if (!topLevel || CommonTables.nested(names)) {
                throw DsqlException.of(SqlState.FEATURE_NOT_SUPPORTED,
                        "WITH clause containing a data-modifying statement must be at the top level")
                        .at(cte.location() + 1);
            }
            DmlPlan plan = new DmlAnalyzer(expressions, names).analyze(dml);
            List<OutputColumn> columns = aliased(cte, plan.returningColumns());
            Plan.CommonTable table = new Plan.CommonTable(key, cte.name(), new Plan.Modify(plan.returningColumns(),
                    plan), false);
            tables.add(table);
            return new CommonTables.Ready(table, columns, !plan.returning().isEmpty());
        }
        SelectStmt query = (SelectStmt) cte.query();
        Plan plan = with.recursive() ? recursive(cte, query, key) : null;
        if (plan == null) {
            plan = QueryAnalyzer.resolveUnknowns(new QueryAnalyzer(expressions, names).query(query));
        }
        List<OutputColumn> columns = aliased(cte, plan.columns());
        Plan.CommonTable table = new Plan.CommonTable(key, cte.name(), plan, Correlation.escapes(plan));
        tables.add(table);
        return new CommonTables.Ready(table, columns, true);
    }

    /** The plan of an item that refers to itself, or null when it does not. */
    private Plan recursive(WithClause.CommonTableExpr cte, SelectStmt query, CteKey key) {
        boolean unionForm = query.body() instanceof SelectBody.SetOperation set
                && set.op() == SelectBody.SetOp.UNION;
        CommonTables.Recursive self = new CommonTables.Recursive(key, cte.name(), unionForm);
        names.bind(cte.name(), self);
        if (!unionForm) {
            // analyzed as a plain query: a reference to itself is the "does not have the form" error
            return null;
        }
        SelectBody.SetOperation union = (SelectBody.SetOperation) query.body();
        Plan initial = QueryAnalyzer.resolveUnknowns(new QueryAnalyzer(expressions, names).body(union.left()));
        List<OutputColumn> columns = aliased(cte, initial.columns());
        self.columns = columns;
        Plan step = new QueryAnalyzer(expressions, names).body(union.right());
        if (self.references == 0) {
            names.bind(cte.name(), new CommonTables.Pending(cte.name(), true));
            return null;
        }
        if (!query.orderBy().isEmpty()) {
            throw DsqlException.of(SqlState.FEATURE_NOT_SUPPORTED, "ORDER BY in a recursive query is not implemented")
                    .at(query.orderBy().get(0).location() + 1);
        }
        if (query.offset() != null) {
            throw DsqlException.of(SqlState.FEATURE_NOT_SUPPORTED, "OFFSET in a recursive query is not implemented")
                    .at(query.offset().location() + 1);
        }
        if (query.limit() != null) {
            throw DsqlException.of(SqlState.FEATURE_NOT_SUPPORTED, "LIMIT in a recursive query is not implemented")
                    .at(query.limit().location() + 1);
        }
        if (!query.locking().isEmpty()) {
            throw DsqlException.of(SqlState.FEATURE_NOT_SUPPORTED,
                    "FOR UPDATE/SHARE in a recursive query is not implemented").at(query.location() + 1);
        }
        RecursiveTerms.check(step, key, cte.name(), cte.location());
        if (step.columns().size() != initial.columns().size()) {
            throw DsqlException.of(SqlState.SYNTAX_ERROR, "each UNION query must have the same number of columns")
                    .at(union.location() + 1);
        }
        List<OutputColumn> stepColumns = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            SqlType l = initial.columns().get(c).type();
            SqlType r = step.columns().get(c).type();
            PgType common = CommonType.select(List.of(l.type(), r.type()), "UNION");
            SqlType overall = l.type() == common && r.type() == common && l.typmod() == r.typmod() ? l
                    : SqlType.of(common);
            if (!overall.equals(l)) {
                throw DsqlException.of(SqlState.DATATYPE_MISMATCH,
                        "recursive query \"%s\" column %d has type %s in non-recursive term but type %s overall",
                        cte.name(), c + 1, l.formatType(), overall.formatType())
                        .hint("Cast the output of the non-recursive term to the correct type.")
                        .at(union.location() + 1);
            }
            stepColumns.add(new OutputColumn(step.columns().get(c).name(), l));
        }
        return new Plan.RecursiveUnion(initial.columns(), key, initial, new Plan.Convert(stepColumns, step),
                union.all());
    }

    /** The item's columns under its column aliases. */
    private static List<OutputColumn> aliased(WithClause.CommonTableExpr cte, List<OutputColumn> columns) {
        if (cte.columns().size() > columns.size()) {
            throw DsqlException.of(SqlState.INVALID_COLUMN_REFERENCE,
                    "WITH query \"%s\" has %d columns available but %d columns specified", cte.name(),
                    columns.size(), cte.columns().size()).at(cte.location() + 1);
        }
        List<OutputColumn> out = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            String name = i < cte.columns().size() ? cte.columns().get(i) : columns.get(i).name();
            out.add(new OutputColumn(name, columns.get(i).type()));
        }
        return out;
    }
}
