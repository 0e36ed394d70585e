package io.opendsql.sql.system;

import static io.opendsql.sql.types.PgType.BOOL;
import static io.opendsql.sql.types.PgType.INT4;
import static io.opendsql.sql.types.PgType.INT8;
import static io.opendsql.sql.types.PgType.NAME;
import static io.opendsql.sql.types.PgType.OID;
import static io.opendsql.sql.types.PgType.PG_NODE_TREE;
import static io.opendsql.sql.types.PgType.REGCLASS;
import static io.opendsql.sql.types.PgType.TEXT;

import io.opendsql.catalog.ObjectKind;
import io.opendsql.sql.func.FunctionDef;
import io.opendsql.sql.types.PgType;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The functions psql, drivers and tools call to describe objects (pg_get_indexdef, format_type,
 * pg_table_is_visible, obj_description…), privilege checks (everything is allowed for now: the admin role
 * owns everything) and DSQL's sys helpers.
 */
public final class CatalogFunctions {
    private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();

    private CatalogFunctions() {
    }

    /** Adds the functions to a registry of built-in functions. */
    public static void register(Consumer<FunctionDef> registry) {
        Registrar r = new Registrar(registry);
        r.add("pg_get_userbyid", List.of(OID), NAME, a -> names(a).snapshot().roleName((Long) a.get(0)));
        r.add("pg_table_is_visible", List.of(OID), BOOL, a -> names(a).tableIsVisible((Long) a.get(0)));
        r.add("pg_type_is_visible", List.of(OID), BOOL, a -> names(a).typeIsVisible((Long) a.get(0)));
        r.add("pg_function_is_visible", List.of(OID), BOOL, a -> names(a).functionIsVisible((Long) a.get(0)));
        r.add("pg_get_indexdef", List.of(OID), TEXT, a -> Describe.indexDefinition(snapshot(a), (Long) a.get(0), 0)
                .orElse(null));
        r.add("pg_get_indexdef", List.of(OID, INT4, BOOL), TEXT, a -> Describe.indexDefinition(snapshot(a),
                (Long) a.get(0), (Integer) a.get(1)).orElse(null));
        r.add("pg_get_constraintdef", List.of(OID), TEXT, a -> Describe.constraintDefinition(snapshot(a),
                (Long) a.get(0)).orElse(null));
        r.add("pg_get_constraintdef", List.of(OID, BOOL), TEXT, a -> Describe.constraintDefinition(snapshot(a),
                (Long) a.get(0)).orElse(null));
        r.add("pg_get_viewdef", List.of(OID), TEXT, a -> Describe.viewDefinition(snapshot(a), (Long) a.get(0))
                .orElse(null));
        r.add("pg_get_viewdef", List.of(OID, BOOL), TEXT, a -> Describe.viewDefinition(snapshot(a),
                (Long) a.get(0)).orElse(null));
        r.add("pg_get_viewdef", List.of(TEXT), TEXT, a -> Describe.viewDefinition(snapshot(a),
                names(a).oid(REGCLASS, (String) a.get(0))).orElse(null));
        r.add("pg_get_expr", List.of(PG_NODE_TREE, OID), TEXT, a -> Describe.expression(snapshot(a),
                (String) a.get(0), (Long) a.get(1)));
        r.add("pg_get_expr", List.of(PG_NODE_TREE, OID, BOOL), TEXT, a -> Describe.expression(snapshot(a),
                (String) a.get(0), (Long) a.get(1)));
        r.add("pg_get_function_arguments", List.of(OID), TEXT, a -> Describe.functionArguments(snapshot(a),
                (Long) a.get(0)).orElse(null));
        r.add("pg_get_function_identity_arguments", List.of(OID), TEXT, a -> Describe.functionArguments(
                snapshot(a), (Long) a.get(0)).orElse(null));
        r.add("pg_get_function_result", List.of(OID), TEXT, a -> Describe.functionResult(snapshot(a),
                (Long) a.get(0)).orElse(null));
        registry.accept(new FunctionDef("format_type", List.of(OID, INT4), TEXT, false, a -> a.get(0) == null ? null
                : Describe.formatType(snapshot(a), (Long) a.get(0), (Integer) a.get(1))));
        r.add("obj_description", List.of(OID, NAME), TEXT, a -> description(a, (Long) a.get(0), (String) a.get(1), 0));
        r.add("obj_description", List.of(OID), TEXT, a -> description(a, (Long) a.get(0), "pg_class", 0));
        r.add("col_description", List.of(OID, INT4), TEXT, a -> description(a, (Long) a.get(0), "pg_class",
                (Integer) a.get(1)));
        r.add("shobj_description", List.of(OID, NAME), TEXT, a -> null);
        r.add("pg_encoding_to_char", List.of(INT4), NAME, a -> (Integer) a.get(0) == DatabaseRelations.UTF8
                ? "UTF8" : "");
        r.add("pg_char_to_encoding", List.of(NAME), INT4, a -> "UTF8".equalsIgnoreCase((String) a.get(0))
                ? DatabaseRelations.UTF8 : -1);
        for (String privilege : List.of("has_table_privilege", "has_schema_privilege", "has_database_privilege",
                "has_function_privilege", "has_column_privilege", "has_sequence_privilege", "has_any_column_privilege")) {
            r.add(privilege, List.of(TEXT, TEXT), BOOL, a -> true);
            r.add(privilege, List.of(TEXT, TEXT, TEXT), BOOL, a -> true);
            r.add(privilege, List.of(OID, TEXT), BOOL, a -> true);
            r.add(privilege, List.of(NAME, OID, TEXT), BOOL, a -> true);
        }
        for (String size : List.of("pg_relation_size", "pg_total_relation_size", "pg_table_size", "pg_indexes_size")) {
            r.add(size, List.of(REGCLASS), INT8, a -> 0L);
        }
        r.add("pg_relation_is_publishable", List.of(REGCLASS), BOOL, a -> false);
        r.add("pg_get_statisticsobjdef_columns", List.of(OID), TEXT, a -> null);
        r.add("pg_get_partkeydef", List.of(OID), TEXT, a -> null);
        r.add("pg_get_triggerdef", List.of(OID), TEXT, a -> null);
        r.add("pg_get_triggerdef", List.of(OID, BOOL), TEXT, a -> null);
        r.add("pg_get_ruledef", List.of(OID), TEXT, a -> null);
        r.add("pg_get_ruledef", List.of(OID, BOOL), TEXT, a -> null);
        r.add("pg_is_in_recovery", List.of(), BOOL, a -> false);
        r.add("pg_postmaster_start_time", List.of(), PgType.TIMESTAMPTZ, a -> io.opendsql.sql.types.PgTimestampTz
                .of(a.context().transactionStart()));
        r.add("sys.dsql_major_version", List.of(), INT4, a -> 1);
        r.add("sys.uuid_to_base32_str", List.of(PgType.UUID), TEXT, a -> base32((UUID) a.get(0)));
        r.add("sys.base32_str_to_uuid", List.of(TEXT), PgType.UUID, a -> uuid((String) a.get(0)));
        r.add("sys.iam_session_user", List.of(), NAME, a -> a.context().session().user());
    }

    private record Registrar(Consumer<FunctionDef> registry) {
        void add(String name, List<PgType> args, PgType result, FunctionDef.Implementation implementation) {
            registry.accept(new FunctionDef(name, args, result, true, implementation));
        }
    }

    private static SessionNames names(FunctionDef.Arguments a) {
        return SessionNames.of(a.context());
    }

    private static CatalogSnapshot snapshot(FunctionDef.Arguments a) {
        return names(a).snapshot();
    }

    private static String description(FunctionDef.Arguments a, long oid, String catalog, int subId) {
        CatalogSnapshot snapshot = snapshot(a);
        List<ObjectKind> kinds = switch (catalog) {
            case "pg_class" -> subId == 0 ? List.of(ObjectKind.TABLE, ObjectKind.VIEW, ObjectKind.INDEX)
                    : List.of(ObjectKind.COLUMN);
            case "pg_namespace" -> List.of(ObjectKind.SCHEMA);
            case "pg_proc" -> List.of(ObjectKind.FUNCTION);
            case "pg_constraint" -> List.of(ObjectKind.CONSTRAINT);
            default -> List.of();
        };
        for (ObjectKind kind : kinds) {
            java.util.Optional<String> text = snapshot.comment(kind, oid, subId);
            if (text.isPresent()) {
                return text.get();
            }
        }
        return null;
    }

    /** DSQL's base-32 form of a UUID: 26 lower-case RFC 4648 characters, no padding. */
    static String base32(UUID uuid) {
        byte[] bytes = ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits())
                .putLong(uuid.getLeastSignificantBits()).array();
        StringBuilder out = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(BASE32[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(BASE32[(buffer << (5 - bits)) & 31]);
        }
        return out.toString();
    }

    static UUID uuid(String text) {
        long high = 0;
        long low = 0;
        int bits = 0;
        String value = text.trim().toLowerCase(java.util.Locale.ROOT);
        if (value.length() != 26) {
            throw io.opendsql.common.DsqlException.of(io.opendsql.common.SqlState.INVALID_TEXT_REPRESENTATION,
                    "invalid base32 uuid: \"%s\"", text);
        }
        java.math.BigInteger accumulated = java.math.BigInteger.ZERO;
        for (char c : value.toCharArray()) {
            int digit = c >= 'a' && c <= 'z' ? c - 'a' : c >= '2' && c <= '7' ? c - '2' + 26 : -1;
            if (digit < 0) {
                throw io.opendsql.common.DsqlException.of(io.opendsql.common.SqlState.INVALID_TEXT_REPRESENTATION,
                        "invalid base32 uuid: \"%s\"", text);
            }
            accumulated = accumulated.shiftLeft(5).or(java.math.BigInteger.valueOf(digit));
            bits += 5;
        }
        accumulated = accumulated.shiftRight(bits - 128);
        high = accumulated.shiftRight(64).longValue();
        low = accumulated.longValue();
        return new UUID(high, low);
    }
}
