package io.opendsql.sql.plan;

import io.opendsql.catalog.IndexDescriptor;
import io.opendsql.catalog.TableDescriptor;
import io.opendsql.sql.analyze.BoundExpr;
import java.util.List;

/**
 * INSERT, UPDATE and DELETE. Each reads rows from {@code input}; RETURNING expressions are evaluated over the
 * row as written (for DELETE, as it was) followed by the rest of the input row, and their columns are
 * {@code returningColumns} (empty without RETURNING).
 */
public sealed interface DmlPlan {
    TableDescriptor table();

    List<IndexDescriptor> indexes();

    List<BoundExpr> returning();

    List<OutputColumn> returningColumns();

    /** The command tag's verb. */
    String command();

    /** The rows the statement reads. */
    Plan input();

    /** This statement reading {@code newInput} instead (the same rows, wrapped: e.g. in its WITH). */
    DmlPlan withInput(Plan newInput);

    /** What ON CONFLICT does; {@code arbiter} names the unique index or constraint, null for any. */
    record OnConflict(boolean update, List<Integer> arbiterColumns, List<Integer> setSlots, List<BoundExpr> setValues,
                      BoundExpr where) {
        public OnConflict {
            arbiterColumns = arbiterColumns == null ? null : List.copyOf(arbiterColumns);
            setSlots = List.copyOf(setSlots);
            setValues = List.copyOf(setValues);
        }
    }

    /** {@code input} yields complete rows: the table's live columns in attnum order, defaults filled in. */
    record Insert(TableDescriptor table, List<IndexDescriptor> indexes, Plan input, OnConflict onConflict,
                  List<BoundExpr> returning, List<OutputColumn> returningColumns) implements DmlPlan {
        public Insert {
            indexes = List.copyOf(indexes);
            returning = List.copyOf(returning);
            returningColumns = List.copyOf(returningColumns);
        }

        @Override
        public String command() {
            return "INSERT";
        }

        @Override
        public DmlPlan withInput(Plan newInput) {
            return new Insert(table, indexes, newInput, onConflict, returning, returningColumns);
        }
    }

    /**
     * {@code input} yields the table's live columns, the row key, then any FROM items' columns; each
     * {@code slots[i]} gets {@code values[i]} evaluated over that row.
     */
    record Update(TableDescriptor table, List<IndexDescriptor> indexes, Plan input, List<Integer> slots,
                  List<BoundExpr> values, List<BoundExpr> returning, List<OutputColumn> returningColumns)
            implements DmlPlan {
        public Update {
            indexes = List.copyOf(indexes);
            slots = List.copyOf(slots);
            values = List.copyOf(values);
            returning = List.copyOf(returning);
            returningColumns = List.copyOf(returningColumns);
        }

        @Override
        public String command() {
            return "UPDATE";
        }

        @Override
        public DmlPlan withInput(Plan newInput) {
            return new Update(table, indexes, newInput, slots, values, returning, returningColumns);
        }
    }

    /** {@code input} yields the table's live columns, the row key, then any USING items' columns. */
    record Delete(TableDescriptor table, List<IndexDescriptor> indexes, Plan input, List<BoundExpr> returning,
                  List<OutputColumn> returningColumns) implements DmlPlan {
        public Delete {
            indexes = List.copyOf(indexes);
            returning = List.copyOf(returning);
            returningColumns = List.copyOf(returningColumns);
        }

        @Override
        public String command() {
            return "DELETE";
        }

        @Override
        public DmlPlan withInput(Plan newInput) {
            return new Delete(table, indexes, newInput, returning, returningColumns);
        }
    }
}
