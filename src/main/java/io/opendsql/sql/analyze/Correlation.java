package io.opendsql.sql.analyze;

import io.opendsql.sql.plan.Plan;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Whether a plan reads rows of the query levels around it: an {@link BoundExpr.OuterRef} reaching past the
 * plan's own levels (a subquery or a LATERAL right side inside it adds a level), or a scan of a common table
 * defined outside the plan that itself depends on an enclosing row. Such a plan must run again for each outer
 * row; any other runs once per execution.
 */
public final class Correlation {
    private static final ClassValue<List<RecordComponent>> COMPONENTS = new ClassValue<>() {
        @Override
        protected List<RecordComponent> computeValue(Class<?> type) {
            return type.isRecord() && type.getPackageName().startsWith("io.opendsql.sql.")
                    && !type.getPackageName().equals("io.opendsql.sql.types")
                    ? List.of(type.getRecordComponents()) : List.of();
        }
    };

    private final Set<Object> defined = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<Plan.CommonTable> scanned = new ArrayList<>();
    private boolean escapes;

    private Correlation() {
    }

    /** True when {@code plan} reads an enclosing query level's row. */
    public static boolean escapes(Plan plan) {
        Correlation walk = new Correlation();
        walk.visit(plan, 0);
        if (!walk.escapes) {
            for (Plan.CommonTable table : walk.scanned) {
                if (table.correlated() && !walk.defined.contains(table.key())) {
                    return true;
                }
            }
        }
        return walk.escapes;
    }

    private void visit(Object node, int depth) {
        if (escapes || node == null) {
            return;
        }
        switch (node) {
            case BoundExpr.OuterRef ref -> escapes = ref.levelsUp() > depth;
            case BoundExpr.Subquery sub -> {
                visit(sub.plan(), depth + 1);
                visit(sub.comparisons(), depth);
            }
            case Plan.Join join when join.lateral() -> {
                visit(join.left(), depth);
                visit(join.right(), depth + 1);
                visit(join.condition(), depth);
            }
            case Plan.CteScan scan -> scanned.add(scan.table());
            case Plan.CommonTable table -> {
                defined.add(table.key());
                visit(table.plan(), depth);
            }
            default -> children(node).forEach(child -> visit(child, depth));
        }
    }

    /**
     * The parts of a plan or expression node: the elements of a list, the components of a plan, expression or
     * other engine record (types' values excluded), nothing for anything else.
     */
    static List<Object> children(Object node) {
        if (node instanceof List<?> list) {
            return new ArrayList<>(list);
        }
        if (!(node instanceof Record record)) {
            return List.of();
        }
        List<Object> out = new ArrayList<>();
        for (RecordComponent component : COMPONENTS.get(record.getClass())) {
            try {
                out.add(component.getAccessor().invoke(record));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }

    /** Whether {@code node} or any node under it passes {@code test}. */
    static boolean contains(Object node, java.util.function.Predicate<Object> test) {
        if (node == null) {
            return false;
        }
        if (test.test(node)) {
            return true;
        }
        for (Object child : children(node)) {
            if (contains(child, test)) {
                return true;
            }
        }
        return false;
    }
}
