package io.opendsql.sql.analyze;

import io.opendsql.catalog.ColumnDescriptor;
import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.sql.parse.ast.Alias;
import io.opendsql.sql.parse.ast.FromItem;
import io.opendsql.sql.parse.ast.RangeVar;
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
 * Analyzes a FROM list into one plan (comma-separated items are cross joins) and the scope entries that name
 * its columns. Column references in an entry are slots of the combined row: the first item's columns, then
 * the next item's, and so on.
 */
final class FromAnalyzer {
    /** A FROM item's plan and the scope entries for its columns (slots relative to its own row). */
    record Item(Plan plan, List<Scope.Entry> entries, List<Integer> lockSlots) {
        Item(Plan plan, List<Scope.Entry> entries) {
            this(plan, entries, List.of());
        }

        Item {
            lockSlots = List.copyOf(lockSlots);
        }
    }

    /** Which tables of this FROM list a locking clause locks: all when {@code names} is empty. */
    record Locking(io.opendsql.sql.parse.ast.LockingClause.Strength strength, List<String> names) {
        boolean covers(String name) {
            return names.isEmpty() || names.contains(name);
        }
    }

    private final QueryAnalyzer query;
    private final Scope outer;
    private final Locking locking;

    /** @param outer the enclosing query's scope (for correlated references), or null */
    FromAnalyzer(QueryAnalyzer query, Scope outer) {
        this(query, outer, null);
    }

    /** @param locking the tables whose rows the query locks (FOR UPDATE / FOR KEY SHARE), or null */
    FromAnalyzer(QueryAnalyzer query, Scope outer, Locking locking) {
        this.query = query;
        this.outer = outer;
        this.locking = locking;
    }

    /** The whole FROM list; null plan when the list is empty. */
    Item analyze(List<FromItem> from) {
        Item result = null;
        Set<String> names = new HashSet<>();
        for (FromItem fromItem : from) {
            Item item = item(fromItem, result);
            for (Scope.Entry entry : item.entries()) {
                if (entry.relationVisible() && entry.name() != null && entry.schema() == null
                        && !names.add(entry.name())) {
                    throw DsqlException.of(SqlState.DUPLICATE_ALIAS, "table name \"%s\" specified more than once",
                            entry.name()).at(location(fromItem) + 1);
                }
            }
            result = result == null ? item : cross(result, item, isLateral(fromItem));
        }
        return result;
    }

    private static boolean isLateral(FromItem item) {
        return switch (item) {
            case FromItem.Subselect s -> s.lateral();
            case FromItem.Function f -> true;
            default -> false;
        };
    }

    private Item cross(Item left, Item right, boolean lateral) {
        List<Scope.Entry> entries = new ArrayList<>(left.entries());
        int offset = left.plan().columns().size();
        for (Scope.Entry entry : right.entries()) {
            entries.add(shift(entry, offset));
        }
        return new Item(new Plan.Join(concat(left.plan(), right.plan()), Plan.JoinType.INNER, left.plan(),
                right.plan(), null, lateral), entries, lockSlots(left, right));
    }

    /** One item; {@code left} is what precedes it in the FROM list, visible to a LATERAL item. */
    private Item item(FromItem item, Item left) {
        return switch (item) {
            case RangeVar table -> table(table);
            case FromItem.Join join -> join(join, left);
            case FromItem.Subselect sub -> subselect(sub, left);
            case FromItem.Function f -> FunctionItems.analyze(query, f, lateralScope(true, left));
            case FromItem.TableSample t -> throw QueryAnalyzer.notYet(t.location());
        };
    }

    private static int location(FromItem item) {
        return switch (item) {
            case RangeVar t -> t.location();
            case FromItem.Join j -> j.location();
            case FromItem.Subselect s -> s.location();
            case FromItem.Function f -> f.location();
            case FromItem.TableSample t -> t.location();
        };
    }

    /** The scope a FROM item's expressions see: the enclosing query's, and the items before it when LATERAL. */
    private Scope lateralScope(boolean lateral, Item left) {
        return lateral && left != null ? new Scope(outer, left.entries()) : outer;
    }

    private Item table(RangeVar name) {
        if (name.schema() == null && name.catalog() == null) {
            CommonTables.Found found = CommonTables.find(query.catalog(), name.name());
            if (found != null) {
                return commonTable(found, name);
            }
        }
        java.util.Optional<io.opendsql.sql.plan.SystemRelation> system = query.catalog().systemRelation(name);
        if (system.isPresent()) {
            io.opendsql.sql.plan.SystemRelation relation = system.get();
            List<OutputColumn> columns = relation.columns();
            List<String> names = aliased(columns, name.alias(), name.name(), name.location());
            String entryName = name.alias() == null ? relation.name() : name.alias().name();
            return new Item(new Plan.SystemScan(columns, relation), List.of(Scope.entry(entryName,
                    name.alias() == null ? relation.schema() : null, names,
                    columns.stream().map(OutputColumn::type).toList(), 0)));
        }
        CatalogReader.TableRef ref = query.catalog().table(name);
        List<ColumnDescriptor> live = ref.table().liveColumns();
        List<OutputColumn> columns = new ArrayList<>();
        for (ColumnDescriptor column : live) {
            columns.add(new OutputColumn(column.name(), columnType(column)));
        }
        Alias alias = name.alias();
        List<String> names = aliased(columns, alias, name.name(), name.location());
        String entryName = alias == null ? ref.table().name() : alias.name();
        String schema = alias == null ? ref.schema() : null;
        List<SqlType> types = columns.stream().map(OutputColumn::type).toList();
        Scope.Entry entry = Scope.entry(entryName, schema, names, types, 0);
        if (locking != null && locking.covers(entryName)) {
            // the row key rides along as a hidden last column, for the lock taken on each row the query returns
            List<OutputColumn> withKey = new ArrayList<>(columns);
            withKey.add(new OutputColumn("ctid", SqlType.of(PgType.BYTEA)));
            Plan scan = new Plan.Scan(withKey, ref.table(), ref.indexes(), true, null, null);
            return new Item(scan, List.of(entry), List.of(columns.size()));
        }
        Plan scan = new Plan.Scan(columns, ref.table(), ref.indexes(), false, null, null);
        return new Item(scan, List.of(entry));
    }

    /** A reference to a WITH item: its rows, or the working table of the recursive item being analyzed. */
    private Item commonTable(CommonTables.Found found, RangeVar name) {
        List<OutputColumn> columns;
        Plan plan;
        switch (found.binding()) {
            case CommonTables.Ready ready when ready.returnsRows() -> {
                columns = ready.columns();
                plan = new Plan.CteScan(columns, ready.table());
            }
            case CommonTables.Recursive self when self.unionForm && self.columns != null && self.references == 0
                    && !found.insideSubquery() -> {
                self.references++;
                columns = self.columns;
                plan = new Plan.WorkTableScan(columns, self.key);
            }
            case CommonTables.Pending pending when pending.recursive() -> throw new WithAnalyzer.ForwardReference();
            default -> throw CommonTables.unusable(found, name.name(), name.location());
        }
        List<String> names = aliased(columns, name.alias(), name.name(), name.location());
        String entryName = name.alias() == null ? name.name() : name.alias().name();
        return new Item(plan, List.of(Scope.entry(entryName, null, names,
                columns.stream().map(OutputColumn::type).toList(), 0)));
    }

    static SqlType columnType(ColumnDescriptor column) {
        PgType type = PgType.byOid(column.typeOid()).orElseThrow(
                () -> new IllegalStateException("unknown type oid " + column.typeOid()));
        return new SqlType(type, column.typmod());
    }

    static List<String> aliased(List<OutputColumn> columns, Alias alias, String relation, int location) {
        List<String> names = new ArrayList<>(columns.stream().map(OutputColumn::name).toList());
        if (alias != null) {
            if (alias.columns().size() > names.size()) {
                throw DsqlException.of(SqlState.INVALID_COLUMN_REFERENCE,
                        "table \"%s\" has %d columns available but %d columns specified",
                        alias.name(), names.size(), alias.columns().size()).at(location + 1);
            }
            for (int i = 0; i < alias.columns().size(); i++) {
                names.set(i, alias.columns().get(i));
            }
        }
        return names;
    }

    private Item subselect(FromItem.Subselect sub, Item left) {
        Scope parent = outer;
        if (sub.lateral() && left != null) {
            // a LATERAL subquery sees the items before it as one more enclosing level: the join re-runs it per row
            parent = new Scope(outer, left.entries());
        }
        // the subquery's own level is built by its SELECT (or VALUES) under the scope around it
        ExpressionAnalyzer inner = query.expressions().withScope(parent);
        Plan plan = new QueryAnalyzer(inner, query.catalog()).query(sub.query());
        plan = QueryAnalyzer.resolveUnknowns(plan);
        List<String> names = aliased(plan.columns(), sub.alias(), null, sub.location());
        String name = sub.alias() == null ? null : sub.alias().name();
        Scope.Entry entry = Scope.entry(name, null, names, plan.columns().stream().map(OutputColumn::type).toList(), 0);
        return new Item(plan, List.of(name == null ? entry.unnamed() : entry));
    }

    private Item join(FromItem.Join join, Item before) {
        Item left = item(join.left(), before);
        Item right = item(join.right(), left);
        if (join.type() == FromItem.JoinType.CROSS) {
            return cross(left, right, isLateral(join.right()));
        }
        int offset = left.plan().columns().size();
        List<Scope.Entry> rightEntries = new ArrayList<>();
        for (Scope.Entry entry : right.entries()) {
            rightEntries.add(shift(entry, offset));
        }
        List<Scope.Entry> entries = new ArrayList<>(left.entries());
        entries.addAll(rightEntries);
        Plan.JoinType type = switch (join.type()) {
            case INNER, CROSS -> Plan.JoinType.INNER;
            case LEFT -> Plan.JoinType.LEFT;
            case RIGHT -> Plan.JoinType.RIGHT;
            case FULL -> Plan.JoinType.FULL;
        };
        List<String> using = join.using();
        if (join.natural()) {
            using = naturalColumns(left.entries(), right.entries());
        }
        BoundExpr condition;
        if (using != null) {
            UsingResult merged = using(using, left.entries(), rightEntries, type, join.location());
            condition = merged.condition();
            List<Scope.Entry> hidden = new ArrayList<>();
            for (Scope.Entry entry : entries) {
                hidden.add(entry.hidden());
            }
            String aliasName = join.usingAlias() != null ? join.usingAlias()
                    : join.alias() != null ? join.alias().name() : null;
            hidden.add(new Scope.Entry(aliasName, null, merged.columns(), aliasName != null, true));
            entries = hidden;
        } else {
            Scope scope = new Scope(outer, entries);
            ExpressionAnalyzer on = query.expressions().withScope(scope).inClause("JOIN conditions");
            condition = on.toBoolean(on.analyze(join.condition()), "JOIN/ON", join.condition().location());
        }
        Plan plan = new Plan.Join(concat(left.plan(), right.plan()), type, left.plan(), right.plan(), condition,
                isLateral(join.right()));
        List<Integer> lockSlots = lockSlots(left, right);
        if (join.alias() != null && using == null) {
            List<Scope.Column> all = new ArrayList<>();
            for (Scope.Entry entry : entries) {
                if (entry.columnsVisible()) {
                    all.addAll(entry.columns());
                }
            }
            entries.add(new Scope.Entry(join.alias().name(), null, all, true, false));
        }
        return new Item(plan, entries, lockSlots);
    }

    private record UsingResult(List<Scope.Column> columns, BoundExpr condition) {
    }

    private UsingResult using(List<String> names, List<Scope.Entry> left, List<Scope.Entry> right, Plan.JoinType type,
                              int location) {
        ExpressionAnalyzer analyzer = query.expressions();
        List<Scope.Column> merged = new ArrayList<>();
        List<BoundExpr> equalities = new ArrayList<>();
        Set<String> usedLeft = new HashSet<>();
        for (String name : names) {
            if (!usedLeft.add(name)) {
                throw DsqlException.of(SqlState.DUPLICATE_COLUMN, "column name \"%s\" appears more than once in USING clause",
                        name).at(location + 1);
            }
            BoundExpr l = usingColumn(left, name, "left", location);
            BoundExpr r = usingColumn(right, name, "right", location);
            BoundExpr.Call equality = analyzer.operator("=", l, r, location);
            equalities.add(equality);
            PgType common = CommonType.select(List.of(l.type().type(), r.type().type()), "JOIN/USING");
            BoundExpr lc = analyzer.coerce(l, common);
            BoundExpr rc = analyzer.coerce(r, common);
            BoundExpr value = switch (type) {
                case RIGHT -> rc;
                case FULL -> new BoundExpr.Coalesce(lc.type(), List.of(lc, rc));
                default -> lc;
            };
            merged.add(new Scope.Column(name, value));
        }
        for (Scope.Entry entry : left) {
            if (entry.columnsVisible()) {
                entry.columns().stream().filter(c -> !names.contains(c.name())).forEach(merged::add);
            }
        }
        for (Scope.Entry entry : right) {
            if (entry.columnsVisible()) {
                entry.columns().stream().filter(c -> !names.contains(c.name())).forEach(merged::add);
            }
        }
        BoundExpr condition = equalities.isEmpty() ? null : equalities.size() == 1 ? equalities.get(0)
                : new BoundExpr.Bool(BoundExpr.Logic.AND, equalities);
        return new UsingResult(merged, condition);
    }

    private static BoundExpr usingColumn(List<Scope.Entry> entries, String name, String side, int location) {
        BoundExpr found = null;
        for (Scope.Entry entry : entries) {
            if (!entry.columnsVisible()) {
                continue;
            }
            for (Scope.Column column : entry.columns()) {
                if (column.name().equals(name)) {
                    if (found != null) {
                        throw DsqlException.of(SqlState.AMBIGUOUS_COLUMN,
                                "common column name \"%s\" appears more than once in %s table", name, side)
                                .at(location + 1);
                    }
                    found = column.expr();
                }
            }
        }
        if (found == null) {
            throw DsqlException.of(SqlState.UNDEFINED_COLUMN, "column \"%s\" specified in USING clause does not exist in %s table",
                    name, side).at(location + 1);
        }
        return found;
    }

    private static List<String> naturalColumns(List<Scope.Entry> left, List<Scope.Entry> right) {
        List<String> rightNames = new ArrayList<>();
        for (Scope.Entry entry : right) {
            if (entry.columnsVisible()) {
                entry.columns().forEach(c -> rightNames.add(c.name()));
            }
        }
        List<String> out = new ArrayList<>();
        for (Scope.Entry entry : left) {
            if (entry.columnsVisible()) {
                for (Scope.Column c : entry.columns()) {
                    if (rightNames.contains(c.name()) && !out.contains(c.name())) {
                        out.add(c.name());
                    }
                }
            }
        }
        return out;
    }

    private static List<Integer> lockSlots(Item left, Item right) {
        List<Integer> slots = new ArrayList<>(left.lockSlots());
        int offset = left.plan().columns().size();
        for (int slot : right.lockSlots()) {
            slots.add(slot + offset);
        }
        return slots;
    }

    static List<OutputColumn> concat(Plan left, Plan right) {
        List<OutputColumn> columns = new ArrayList<>(left.columns());
        columns.addAll(right.columns());
        return columns;
    }

    static Scope.Entry shift(Scope.Entry entry, int offset) {
        List<Scope.Column> columns = new ArrayList<>();
        for (Scope.Column column : entry.columns()) {
            columns.add(new Scope.Column(column.name(), shift(column.expr(), offset)));
        }
        return new Scope.Entry(entry.name(), entry.schema(), columns, entry.relationVisible(), entry.columnsVisible(),
                entry.wholeRow() == null ? null : shift(entry.wholeRow(), offset));
    }

    /** Moves the column references of an expression {@code offset} slots right. */
    static BoundExpr shift(BoundExpr expr, int offset) {
        return switch (expr) {
            case BoundExpr.ColumnRef c -> new BoundExpr.ColumnRef(c.type(), c.index() + offset);
            case BoundExpr.Coalesce c -> new BoundExpr.Coalesce(c.type(),
                    c.args().stream().map(a -> shift(a, offset)).toList());
            case BoundExpr.Cast c -> new BoundExpr.Cast(c.type(), shift(c.arg(), offset), c.explicit());
            default -> expr;
        };
    }
}
