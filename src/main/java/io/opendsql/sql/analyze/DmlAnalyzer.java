package io.opendsql.sql.analyze;

import io.opendsql.catalog.ColumnDescriptor;
import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.sql.parse.Parser;
import io.opendsql.sql.parse.ast.DmlStmt;
import io.opendsql.sql.parse.ast.Expr;
import io.opendsql.sql.parse.ast.FromItem;
import io.opendsql.sql.parse.ast.ResTarget;
import io.opendsql.sql.parse.ast.SelectBody;
import io.opendsql.sql.parse.ast.SelectStmt;
import io.opendsql.sql.parse.ast.WithClause;
import io.opendsql.sql.plan.DmlPlan;
import io.opendsql.sql.plan.OutputColumn;
import io.opendsql.sql.plan.Plan;
import io.opendsql.sql.types.PgType;
import io.opendsql.sql.types.SqlType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Analyzes INSERT, UPDATE and DELETE into {@link DmlPlan}s. */
public final class DmlAnalyzer {
    private final ExpressionAnalyzer expressions;
    private final CatalogReader catalog;

    public DmlAnalyzer(ExpressionAnalyzer expressions, CatalogReader catalog) {
        this.expressions = expressions.withCatalog(catalog);
        this.catalog = catalog;
    }

    public DmlPlan analyze(DmlStmt statement) {
        WithClause with = switch (statement) {
            case DmlStmt.InsertStmt insert -> insert.with();
            case DmlStmt.UpdateStmt update -> update.with();
            case DmlStmt.DeleteStmt delete -> delete.with();
        };
        if (with != null) {
            WithAnalyzer.Result names = WithAnalyzer.analyze(expressions.withScope(null), catalog, with,
                    !CommonTables.nested(catalog));
            DmlPlan plan = new DmlAnalyzer(expressions, names.names()).analyze(withoutWith(statement));
            return plan.withInput(new Plan.With(names.tables(), plan.input()));
        }
        return switch (statement) {
            case DmlStmt.InsertStmt insert -> insert(insert);
            case DmlStmt.UpdateStmt update -> update(update);
            case DmlStmt.DeleteStmt delete -> delete(delete);
        };
    }

    private static DmlStmt withoutWith(DmlStmt statement) {
        return switch (statement) {
            case DmlStmt.InsertStmt s -> new DmlStmt.InsertStmt(s.location(), null, s.relation(), s.columns(),
                    s.overriding(), s.query(), s.onConflict(), s.returning());
            case DmlStmt.UpdateStmt s -> new DmlStmt.UpdateStmt(s.location(), null, s.relation(), s.set(), s.from(),
                    s.where(), s.cursorName(), s.returning());
            case DmlStmt.DeleteStmt s -> new DmlStmt.DeleteStmt(s.location(), null, s.relation(), s.using(),
                    s.where(), s.cursorName(), s.returning());
        };
    }

    // ---- INSERT ----

    private DmlPlan insert(DmlStmt.InsertStmt s) {
        if (s.overriding() != DmlStmt.Overriding.NONE) {
            throw QueryAnalyzer.notYet(s.location());
        }
        CatalogReader.TableRef ref = catalog.table(s.relation());
        List<ColumnDescriptor> columns = ref.table().liveColumns();
        List<Integer> targets = new ArrayList<>();
        if (s.columns().isEmpty()) {
            for (int i = 0; i < columns.size(); i++) {
                targets.add(i);
            }
        } else {
            Set<Integer> seen = new HashSet<>();
            for (DmlStmt.ColumnTarget target : s.columns()) {
                if (!target.indirection().isEmpty()) {
                    throw QueryAnalyzer.notYet(target.location());
                }
                int slot = slot(columns, target.name(), ref, target.location());
                if (!seen.add(slot)) {
                    throw DsqlException.of(SqlState.DUPLICATE_COLUMN, "column \"%s\" specified more than once",
                            target.name()).at(target.location() + 1);
                }
                targets.add(slot);
            }
        }
        Plan source = insertSource(s, columns, targets);
        Scope scope = new Scope(null, List.of(tableEntry(ref, s.relation().alias() == null ? null
                : s.relation().alias().name())));
        if (s.onConflict() != null) {
            throw QueryAnalyzer.notYet(s.onConflict().location());
        }
        Returning returning = returning(s.returning(), scope);
        return new DmlPlan.Insert(ref.table(), ref.indexes(), source, null, returning.exprs(), returning.columns());
    }

    /** The rows to insert, as complete table rows: given values assigned to their columns, defaults elsewhere. */
    private Plan insertSource(DmlStmt.InsertStmt s, List<ColumnDescriptor> columns, List<Integer> targets) {
        ExpressionAnalyzer scalar = expressions.withScope(Scope.empty(null)).inClause("VALUES");
        List<OutputColumn> out = new ArrayList<>();
        for (ColumnDescriptor column : columns) {
            out.add(new OutputColumn(column.name(), FromAnalyzer.columnType(column)));
        }
        if (s.query() == null) {
            List<BoundExpr> row = new ArrayList<>();
            for (ColumnDescriptor column : columns) {
                row.add(defaultValue(column));
            }
            return new Plan.Values(out, List.of(row));
        }
        SelectStmt query = s.query();
        boolean implicitColumns = s.columns().isEmpty();
        if (query.isBare() && query.body() instanceof SelectBody.Values values) {
            List<List<BoundExpr>> rows = new ArrayList<>();
            int width = values.rows().get(0).size();
            for (List<Expr> given : values.rows()) {
                if (given.size() != width) {
                    throw DsqlException.of(SqlState.SYNTAX_ERROR, "VALUES lists must all be the same length")
                            .at(given.get(0).location() + 1);
                }
                if (given.size() > targets.size()) {
                    throw DsqlException.of(SqlState.SYNTAX_ERROR, "INSERT has more expressions than target columns")
                            .at(given.get(targets.size()).location() + 1);
                }
                if (given.size() < targets.size() && !implicitColumns) {
                    throw DsqlException.of(SqlState.SYNTAX_ERROR, "INSERT has more target columns than expressions")
                            .at(s.columns().isEmpty() ? given.get(0).location() + 1
                                    : s.columns().get(given.size()).location() + 1);
                }
                BoundExpr[] row = new BoundExpr[columns.size()];
                for (int i = 0; i < given.size(); i++) {
                    ColumnDescriptor column = columns.get(targets.get(i));
                    Expr e = given.get(i);
                    row[targets.get(i)] = e instanceof Expr.SetToDefault ? defaultValue(column)
                            : scalar.assign(scalar.analyze(e), FromAnalyzer.columnType(column), column.name(),
                                    e.location());
                }
                for (int c = 0; c < row.length; c++) {
                    if (row[c] == null) {
                        row[c] = defaultValue(columns.get(c));
                    }
                }
                rows.add(List.of(row));
            }
            return new Plan.Values(out, rows);
        }
        Plan plan = new QueryAnalyzer(scalar, catalog).query(query);
        List<OutputColumn> produced = plan.columns();
        if (produced.size() > targets.size()) {
            throw DsqlException.of(SqlState.SYNTAX_ERROR, "INSERT has more expressions than target columns")
                    .at(query.location() + 1);
        }
        if (produced.size() < targets.size() && !implicitColumns) {
            throw DsqlException.of(SqlState.SYNTAX_ERROR, "INSERT has more target columns than expressions")
                    .at(query.location() + 1);
        }
        BoundExpr[] row = new BoundExpr[columns.size()];
        for (int i = 0; i < produced.size(); i++) {
            ColumnDescriptor column = columns.get(targets.get(i));
            BoundExpr value = new BoundExpr.ColumnRef(produced.get(i).type(), i);
            if (produced.get(i).type().type() == PgType.UNKNOWN) {
                value = new BoundExpr.Cast(SqlType.of(PgType.TEXT), value, false);
            }
            row[targets.get(i)] = scalar.assign(value, FromAnalyzer.columnType(column), column.name(),
                    query.location());
        }
        for (int c = 0; c < row.length; c++) {
            if (row[c] == null) {
                row[c] = defaultValue(columns.get(c));
            }
        }
        return new Plan.Project(out, plan, List.of(row));
    }

    /** The column's DEFAULT (or generated) expression, coerced to its type; NULL without one. */
    private BoundExpr defaultValue(ColumnDescriptor column) {
        SqlType type = FromAnalyzer.columnType(column);
        String text = column.defaultExpr();
        if (text == null) {
            return new BoundExpr.Const(type, null);
        }
        Expr expr = parseExpression(text);
        ExpressionAnalyzer scalar = expressions.withScope(Scope.empty(null));
        return scalar.assign(scalar.analyze(expr), type, column.name(), expr.location());
    }

    /** Parses stored expression text (a default, a check) back into an expression. */
    public static Expr parseExpression(String text) {
        SelectStmt select = (SelectStmt) Parser.parseOne("SELECT " + text).node();
        return ((SelectBody.SelectCore) select.body()).targets().get(0).value();
    }

    // ---- UPDATE ----

    private DmlPlan update(DmlStmt.UpdateStmt s) {
        if (s.cursorName() != null) {
            throw QueryAnalyzer.notYet(s.location());
        }
        Target target = target(s.relation(), s.from(), s.where());
        List<ColumnDescriptor> columns = target.ref().table().liveColumns();
        ExpressionAnalyzer scoped = expressions.withScope(target.scope()).inClause("UPDATE");
        List<Integer> slots = new ArrayList<>();
        List<BoundExpr> values = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (DmlStmt.SetClause set : s.set()) {
            List<Expr> items;
            if (set.multi()) {
                if (!(set.value() instanceof Expr.Row row)) {
                    throw ExpressionAnalyzer.notYet(set.value());
                }
                items = row.args();
                if (items.size() != set.targets().size()) {
                    throw DsqlException.of(SqlState.SYNTAX_ERROR, "number of columns does not match number of values")
                            .at(set.value().location() + 1);
                }
            } else {
                items = List.of(set.value());
            }
            for (int i = 0; i < set.targets().size(); i++) {
                DmlStmt.ColumnTarget column = set.targets().get(i);
                if (!column.indirection().isEmpty()) {
                    throw QueryAnalyzer.notYet(column.location());
                }
                int slot = slot(columns, column.name(), target.ref(), column.location());
                if (!seen.add(slot)) {
                    throw DsqlException.of(SqlState.SYNTAX_ERROR, "multiple assignments to same column \"%s\"",
                            column.name()).at(column.location() + 1);
                }
                ColumnDescriptor descriptor = columns.get(slot);
                Expr e = items.get(i);
                BoundExpr value = e instanceof Expr.SetToDefault ? defaultValue(descriptor)
                        : scoped.assign(scoped.analyze(e), FromAnalyzer.columnType(descriptor), descriptor.name(),
                                e.location());
                slots.add(slot);
                values.add(value);
            }
        }
        Returning returning = returning(s.returning(), target.scope());
        return new DmlPlan.Update(target.ref().table(), target.ref().indexes(), target.plan(), slots, values,
                returning.exprs(), returning.columns());
    }

    // ---- DELETE ----

    private DmlPlan delete(DmlStmt.DeleteStmt s) {
        if (s.cursorName() != null) {
            throw QueryAnalyzer.notYet(s.location());
        }
        Target target = target(s.relation(), s.using(), s.where());
        Returning returning = returning(s.returning(), target.scope());
        return new DmlPlan.Delete(target.ref().table(), target.ref().indexes(), target.plan(), returning.exprs(),
                returning.columns());
    }

    // ---- shared ----

    private record Target(CatalogReader.TableRef ref, Plan plan, Scope scope) {
    }

    /** The rows an UPDATE or DELETE touches: the target's rows with their keys, joined with FROM/USING, filtered. */
    private Target target(io.opendsql.sql.parse.ast.RangeVar relation, List<FromItem> from, Expr where) {
        CatalogReader.TableRef ref = catalog.table(relation);
        List<OutputColumn> columns = new ArrayList<>();
        for (ColumnDescriptor column : ref.table().liveColumns()) {
            columns.add(new OutputColumn(column.name(), FromAnalyzer.columnType(column)));
        }
        columns.add(new OutputColumn("ctid", SqlType.of(PgType.BYTEA)));
        Plan plan = new Plan.Scan(columns, ref.table(), ref.indexes(), true, null, null);
        List<Scope.Entry> entries = new ArrayList<>();
        entries.add(tableEntry(ref, relation.alias() == null ? null : relation.alias().name()));
        if (!from.isEmpty()) {
            QueryAnalyzer query = new QueryAnalyzer(expressions.withScope(Scope.empty(null)), catalog);
            FromAnalyzer.Item item = new FromAnalyzer(query, null).analyze(from);
            int offset = columns.size();
            for (Scope.Entry entry : item.entries()) {
                if (entry.relationVisible() && entry.name() != null && entry.name().equals(entries.get(0).name())) {
                    throw DsqlException.of(SqlState.DUPLICATE_ALIAS, "table name \"%s\" specified more than once",
                            entry.name()).at(relation.location() + 1);
                }
                entries.add(FromAnalyzer.shift(entry, offset));
            }
            plan = new Plan.Join(FromAnalyzer.concat(plan, item.plan()), Plan.JoinType.INNER, plan, item.plan(), null,
                    false);
        }
        Scope scope = new Scope(null, entries);
        if (where != null) {
            ExpressionAnalyzer scoped = expressions.withScope(scope).inClause("WHERE");
            plan = new Plan.Filter(plan, scoped.toBoolean(scoped.analyze(where), "WHERE", where.location()));
        }
        return new Target(ref, plan, scope);
    }

    private static Scope.Entry tableEntry(CatalogReader.TableRef ref, String alias) {
        List<ColumnDescriptor> live = ref.table().liveColumns();
        return Scope.entry(alias == null ? ref.table().name() : alias, alias == null ? ref.schema() : null,
                live.stream().map(ColumnDescriptor::name).toList(),
                live.stream().map(FromAnalyzer::columnType).toList(), 0);
    }

    private static int slot(List<ColumnDescriptor> columns, String name, CatalogReader.TableRef ref, int location) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(name)) {
                return i;
            }
        }
        throw DsqlException.of(SqlState.UNDEFINED_COLUMN, "column \"%s\" of relation \"%s\" does not exist", name,
                ref.table().name()).at(location + 1);
    }

    private record Returning(List<BoundExpr> exprs, List<OutputColumn> columns) {
    }

    private Returning returning(List<ResTarget> targets, Scope scope) {
        List<BoundExpr> exprs = new ArrayList<>();
        List<OutputColumn> columns = new ArrayList<>();
        ExpressionAnalyzer scoped = expressions.withScope(scope).inClause("RETURNING");
        for (ResTarget target : targets) {
            if (target.value() instanceof Expr.ColumnRef c && c.star()) {
                List<Scope.Column> expanded = c.names().isEmpty() ? scope.star() : scope.star(c.names(), c.location());
                for (Scope.Column column : expanded) {
                    exprs.add(column.expr());
                    columns.add(new OutputColumn(column.name(), column.expr().type()));
                }
                continue;
            }
            BoundExpr expr = scoped.analyze(target.value());
            if (expr.type().type() == PgType.UNKNOWN) {
                expr = scoped.coerce(expr, PgType.TEXT);
            }
            exprs.add(expr);
            columns.add(new OutputColumn(target.name() != null ? target.name() : OutputNames.of(target.value(), expr),
                    expr.type()));
        }
        return new Returning(exprs, columns);
    }
}
