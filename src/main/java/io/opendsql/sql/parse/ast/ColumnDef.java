package io.opendsql.sql.parse.ast;

import java.util.List;

/** A column definition: name, type, COLLATE, storage, and column constraints. */
public record ColumnDef(int location, String name, TypeName type, String storage, List<String> collation,
                        List<TableDdl.Constraint> constraints) {
    public ColumnDef {
        collation = collation == null ? List.of() : List.copyOf(collation);
        constraints = List.copyOf(constraints);
    }
}
