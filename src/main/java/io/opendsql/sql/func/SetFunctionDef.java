package io.opendsql.sql.func;

import static java.util.Objects.requireNonNull;

import io.opendsql.sql.types.PgType;
import java.util.Iterator;
import java.util.List;

/**
 * A set-returning function variant (pg_proc's {@code proretset}): argument types, the columns of each row it
 * returns, and the rows for given arguments. A function of one column of a base type is {@code scalar}: in
 * FROM its column takes the function's name (or the alias), unless {@code resultName} names its OUT parameter,
 * as PostgreSQL's chooseScalarFunctionAlias.
 *
 * @param strict true when a NULL argument gives no rows without calling {@code rows}
 */
public record SetFunctionDef(String name, List<PgType> argTypes, List<String> columnNames, List<PgType> columnTypes,
                             boolean scalar, String resultName, boolean strict, Rows rows) {
    public SetFunctionDef {
        requireNonNull(name, "name");
        argTypes = List.copyOf(argTypes);
        columnNames = List.copyOf(columnNames);
        columnTypes = List.copyOf(columnTypes);
        requireNonNull(rows, "rows");
    }

    /** A function returning rows of one column of {@code type}. */
    static SetFunctionDef scalar(String name, List<PgType> argTypes, PgType type, String resultName, Rows rows) {
        return new SetFunctionDef(name, argTypes, List.of(resultName == null ? name : resultName), List.of(type),
                true, resultName, true, rows);
    }

    /** The rows for non-null arguments (or any arguments when not strict), produced on demand. */
    @FunctionalInterface
    public interface Rows {
        Iterator<Object[]> apply(FunctionDef.Arguments arguments);
    }
}
