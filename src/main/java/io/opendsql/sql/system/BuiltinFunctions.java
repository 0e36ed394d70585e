package io.opendsql.sql.system;

import io.opendsql.sql.func.FunctionDef;
import io.opendsql.sql.func.Registry;
import io.opendsql.sql.types.PgType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The built-in functions as pg_proc lists them. OpenDSQL's functions are not PostgreSQL's C functions, so
 * their OIDs are ours: {@link #FIRST_OID} upward in name order, below the first user OID.
 */
final class BuiltinFunctions {
    static final long FIRST_OID = 7000;
    /** pg_language OIDs. */
    static final long INTERNAL_LANGUAGE = 12;
    static final long SQL_LANGUAGE = 14;

    /** A built-in function with its OID. */
    record Builtin(long oid, FunctionDef def) {
        /** Argument type OIDs; the any-value pseudo type is PostgreSQL's {@code "any"}. */
        List<Long> argTypes() {
            return def.argTypes().stream().map(BuiltinFunctions::typeOid).toList();
        }

        long resultType() {
            return typeOid(def.resultType());
        }
    }

    private static final class Holder {
        private static final List<Builtin> ALL;
        private static final Map<Long, Builtin> BY_OID = new HashMap<>();

        static {
            List<FunctionDef> defs = Registry.FUNCTIONS.all();
            java.util.ArrayList<Builtin> all = new java.util.ArrayList<>();
            for (int i = 0; i < defs.size(); i++) {
                Builtin builtin = new Builtin(FIRST_OID + i, defs.get(i));
                all.add(builtin);
                BY_OID.put(builtin.oid(), builtin);
            }
            ALL = List.copyOf(all);
        }
    }

    private BuiltinFunctions() {
    }

    static List<Builtin> all() {
        return Holder.ALL;
    }

    static Optional<Builtin> of(long oid) {
        return Optional.ofNullable(Holder.BY_OID.get(oid));
    }

    static long typeOid(PgType type) {
        return type == FunctionDef.ANY ? 2276 : type.oid();
    }
}
