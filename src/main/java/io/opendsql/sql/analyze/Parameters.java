package io.opendsql.sql.analyze;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.sql.types.PgType;
import io.opendsql.sql.types.SqlType;
import java.util.ArrayList;
import java.util.List;

/**
 * A statement's parameter types: the client's hints (0 for unspecified), then types inferred from
 * where each {@code $n} is first used; the only mutable state of analysis, owned by one analysis.
 */
public final class Parameters {
    private final List<PgType> types = new ArrayList<>();
    private final List<Integer> firstUse = new ArrayList<>();

    public Parameters(int[] hints) {
        for (int oid : hints) {
            types.add(oid == 0 ? PgType.UNKNOWN : PgType.byOid(oid).orElseThrow(() -> DsqlException.of(
                    SqlState.UNDEFINED_OBJECT, "type with OID %d does not exist", oid)));
            firstUse.add(-1);
        }
    }

    BoundExpr reference(int index, int location) {
        while (types.size() <= index) {
            types.add(PgType.UNKNOWN);
            firstUse.add(-1);
        }
        if (firstUse.get(index) < 0) {
            firstUse.set(index, location);
        }
        return new BoundExpr.Param(SqlType.of(types.get(index)), index);
    }

    BoundExpr assign(int index, PgType type) {
        if (types.get(index) == PgType.UNKNOWN) {
            types.set(index, type);
        }
        return new BoundExpr.Param(SqlType.of(types.get(index)), index);
    }

    /** The final types; {@code 42P18} for a parameter whose type nothing determined. */
    public PgType[] resolved() {
        for (int i = 0; i < types.size(); i++) {
            if (types.get(i) == PgType.UNKNOWN) {
                DsqlException e = DsqlException.of(SqlState.INDETERMINATE_DATATYPE,
                        "could not determine data type of parameter $%d", i + 1);
                throw firstUse.get(i) >= 0 ? e.at(firstUse.get(i) + 1) : e;
            }
        }
        return types.toArray(PgType[]::new);
    }
}
