package io.opendsql.sql.types;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import java.util.List;

/**
 * PostgreSQL's select_common_type and verify_common_type: the result type of UNION, CASE, VALUES,
 * ARRAY[...], COALESCE and the like. Unknown-type literals take the others' type, or text when all
 * are unknown; otherwise all inputs must share a category, and a later type wins when the earlier
 * is not preferred and converts to it implicitly but not back.
 */
public final class CommonType {
    private CommonType() {
    }

    /**
     * The common type of the inputs.
     *
     * @param context the construct for error messages, e.g. {@code UNION}, {@code CASE}, {@code VALUES}
     * @throws DsqlException 42804 when two inputs' categories differ, 42846 when an input cannot be
     *                       converted implicitly to the result
     */
    public static PgType select(List<PgType> inputs, String context) {
        PgType result = PgType.UNKNOWN;
        for (PgType next : inputs) {
            if (next == PgType.UNKNOWN || next == result) {
                continue;
            }
            if (result == PgType.UNKNOWN) {
                result = next;
            } else if (next.category() != result.category()) {
                throw DsqlException.of(SqlState.DATATYPE_MISMATCH, "%s types %s and %s cannot be matched", context,
                        SqlType.of(result).formatType(), SqlType.of(next).formatType());
            } else if (!result.preferred() && implicitlyConvertible(result, next)
                    && !implicitlyConvertible(next, result)) {
                result = next;
            }
        }
        if (result == PgType.UNKNOWN) {
            result = PgType.TEXT;
        }
        for (PgType input : inputs) {
            if (!implicitlyConvertible(input, result)) {
                throw DsqlException.of(SqlState.CANNOT_COERCE, "%s could not convert type %s to %s", context,
                        SqlType.of(input).formatType(), SqlType.of(result).formatType());
            }
        }
        return result;
    }

    /** can_coerce_type in implicit context. */
    public static boolean implicitlyConvertible(PgType source, PgType target) {
        return Casts.find(source, target).map(cast -> cast.context() == CastContext.IMPLICIT).orElse(false);
    }
}
