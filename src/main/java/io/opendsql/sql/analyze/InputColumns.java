package io.opendsql.sql.analyze;

import io.opendsql.catalog.ColumnDescriptor;
import io.opendsql.sql.plan.Plan;
import java.util.List;

/**
 * Which table column each slot of a FROM row reads, where the slot comes straight from a table scan: what
 * functional dependency on a primary key needs (grouping by a table's whole primary key makes its other
 * columns grouped too). Slots of subqueries and other items have no origin.
 */
final class InputColumns {
    /** The scan a slot comes from (scans of one table in one query are told apart) and the column's attnum. */
    record Origin(Plan.Scan scan, int attnum) {
    }

    private final Origin[] origins;

    private InputColumns(Origin[] origins) {
        this.origins = origins;
    }

    static InputColumns of(Plan from) {
        Origin[] origins = new Origin[from.columns().size()];
        walk(from, 0, origins);
        return new InputColumns(origins);
    }

    private static void walk(Plan plan, int offset, Origin[] origins) {
        switch (plan) {
            case Plan.Scan scan -> {
                List<ColumnDescriptor> live = scan.table().liveColumns();
                for (int i = 0; i < live.size() && offset + i < origins.length; i++) {
                    origins[offset + i] = new Origin(scan, live.get(i).attnum());
                }
            }
            case Plan.Join join -> {
                walk(join.left(), offset, origins);
                walk(join.right(), offset + join.left().columns().size(), origins);
            }
            case Plan.Filter filter -> walk(filter.input(), offset, origins);
            default -> {
            }
        }
    }

    /** The origin of a slot, or null. */
    Origin origin(int slot) {
        return slot >= 0 && slot < origins.length ? origins[slot] : null;
    }
}
