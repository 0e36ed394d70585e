package io.opendsql.sql.analyze;

import io.opendsql.catalog.IndexDescriptor;
import io.opendsql.catalog.TableDescriptor;
import io.opendsql.sql.parse.ast.RangeVar;
import java.util.List;

/** The catalog as the analyzer reads it: at the transaction's snapshot, through the session's search_path. */
public interface CatalogReader {
    /** A table with its indexes and the name of its schema. */
    record TableRef(TableDescriptor table, List<IndexDescriptor> indexes, String schema) {
        public TableRef {
            indexes = List.copyOf(indexes);
        }
    }

    /**
     * The system relation {@code name} refers to ({@code sys.jobs}, pg_catalog and information_schema
     * relations), if it names one; looked up before tables.
     */
    default java.util.Optional<io.opendsql.sql.plan.SystemRelation> systemRelation(RangeVar name) {
        return java.util.Optional.empty();
    }

    /** The table {@code name} refers to; {@code 42P01 relation "…" does not exist} when there is none. */
    TableRef table(RangeVar name);
}
