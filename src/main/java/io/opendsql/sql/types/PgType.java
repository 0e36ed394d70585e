package io.opendsql.sql.types;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The built-in PostgreSQL types OpenDSQL knows, with their pg_type facts: oid, typname, typlen,
 * the oid of their array type (or of their element type for an array), typcategory and
 * typispreferred. Values of each type are represented as documented on {@link TypeIo}.
 */
public enum PgType {
    BOOL(16, "bool", "boolean", 1, 1000, 0, TypeCategory.BOOLEAN, true),
    BYTEA(17, "bytea", "bytea", -1, 1001, 0, TypeCategory.USER_DEFINED, false),
    CHAR(18, "char", "\"char\"", 1, 1002, 0, TypeCategory.INTERNAL, false),
    NAME(19, "name", "name", 64, 1003, 0, TypeCategory.STRING, false),
    INT8(20, "int8", "bigint", 8, 1016, 0, TypeCategory.NUMERIC, false),
    INT2(21, "int2", "smallint", 2, 1005, 0, TypeCategory.NUMERIC, false),
    INT4(23, "int4", "integer", 4, 1007, 0, TypeCategory.NUMERIC, false),
    TEXT(25, "text", "text", -1, 1009, 0, TypeCategory.STRING, true),
    OID(26, "oid", "oid", 4, 1028, 0, TypeCategory.NUMERIC, true),
    JSON(114, "json", "json", -1, 199, 0, TypeCategory.USER_DEFINED, false),
    FLOAT4(700, "float4", "real", 4, 1021, 0, TypeCategory.NUMERIC, false),
    FLOAT8(701, "float8", "double precision", 8, 1022, 0, TypeCategory.NUMERIC, true),
    UNKNOWN(705, "unknown", "unknown", -2, 0, 0, TypeCategory.UNKNOWN, false),
    INET(869, "inet", "inet", -1, 1041, 0, TypeCategory.NETWORK, true),
    BPCHAR(1042, "bpchar", "character", -1, 1014, 0, TypeCategory.STRING, false),
    VARCHAR(1043, "varchar", "character varying", -1, 1015, 0, TypeCategory.STRING, false),
    DATE(1082, "date", "date", 4, 1182, 0, TypeCategory.DATETIME, false),
    TIME(1083, "time", "time without time zone", 8, 1183, 0, TypeCategory.DATETIME, false),
    TIMESTAMP(1114, "timestamp", "timestamp without time zone", 8, 1115, 0, TypeCategory.DATETIME, false),
    TIMESTAMPTZ(1184, "timestamptz", "timestamp with time zone", 8, 1185, 0, TypeCategory.DATETIME, true),
    INTERVAL(1186, "interval", "interval", 16, 1187, 0, TypeCategory.TIMESPAN, true),
    TIMETZ(1266, "timetz", "time with time zone", 12, 1270, 0, TypeCategory.DATETIME, false),
    NUMERIC(1700, "numeric", "numeric", -1, 1231, 0, TypeCategory.NUMERIC, false),
    REGCLASS(2205, "regclass", "regclass", 4, 2210, 0, TypeCategory.NUMERIC, false),
    REGTYPE(2206, "regtype", "regtype", 4, 2211, 0, TypeCategory.NUMERIC, false),
    /* Types of the system catalogs: OID aliases looked up by name, vectors, ACLs and stored expressions. */
    REGPROC(24, "regproc", "regproc", 4, 1008, 0, TypeCategory.NUMERIC, false),
    REGPROCEDURE(2202, "regprocedure", "regprocedure", 4, 2207, 0, TypeCategory.NUMERIC, false),
    REGNAMESPACE(4089, "regnamespace", "regnamespace", 4, 4090, 0, TypeCategory.NUMERIC, false),
    REGROLE(4096, "regrole", "regrole", 4, 4097, 0, TypeCategory.NUMERIC, false),
    XID(28, "xid", "xid", 4, 1011, 0, TypeCategory.USER_DEFINED, false),
    ACLITEM(1033, "aclitem", "aclitem", 12, 1034, 0, TypeCategory.USER_DEFINED, false),
    PG_NODE_TREE(194, "pg_node_tree", "pg_node_tree", -1, 0, 0, TypeCategory.INTERNAL, false),
    /** int2vector: an int2 array subscripted from 0, written as numbers separated by spaces. */
    INT2VECTOR(22, "int2vector", "int2vector", -1, 0, 21, TypeCategory.ARRAY, false),
    /** oidvector: an oid array subscripted from 0, written as numbers separated by spaces. */
    OIDVECTOR(30, "oidvector", "oidvector", -1, 0, 26, TypeCategory.ARRAY, false),
    UUID(2950, "uuid", "uuid", 16, 2951, 0, TypeCategory.USER_DEFINED, false),
    JSONB(3802, "jsonb", "jsonb", -1, 3807, 0, TypeCategory.USER_DEFINED, false),

    BOOL_ARRAY(1000, "_bool", null, -1, 0, 16, TypeCategory.ARRAY, false),
    BYTEA_ARRAY(1001, "_bytea", null, -1, 0, 17, TypeCategory.ARRAY, false),
    CHAR_ARRAY(1002, "_char", null, -1, 0, 18, TypeCategory.ARRAY, false),
    NAME_ARRAY(1003, "_name", null, -1, 0, 19, TypeCategory.ARRAY, false),
    INT8_ARRAY(1016, "_int8", null, -1, 0, 20, TypeCategory.ARRAY, false),
    INT2_ARRAY(1005, "_int2", null, -1, 0, 21, TypeCategory.ARRAY, false),
    INT4_ARRAY(1007, "_int4", null, -1, 0, 23, TypeCategory.ARRAY, false),
    TEXT_ARRAY(1009, "_text", null, -1, 0, 25, TypeCategory.ARRAY, false),
    OID_ARRAY(1028, "_oid", null, -1, 0, 26, TypeCategory.ARRAY, false),
    JSON_ARRAY(199, "_json", null, -1, 0, 114, TypeCategory.ARRAY, false),
    FLOAT4_ARRAY(1021, "_float4", null, -1, 0, 700, TypeCategory.ARRAY, false),
    FLOAT8_ARRAY(1022, "_float8", null, -1, 0, 701, TypeCategory.ARRAY, false),
    INET_ARRAY(1041, "_inet", null, -1, 0, 869, TypeCategory.ARRAY, false),
    BPCHAR_ARRAY(1014, "_bpchar", null, -1, 0, 1042, TypeCategory.ARRAY, false),
    VARCHAR_ARRAY(1015, "_varchar", null, -1, 0, 1043, TypeCategory.ARRAY, false),
    DATE_ARRAY(1182, "_date", null, -1, 0, 1082, TypeCategory.ARRAY, false),
    TIME_ARRAY(1183, "_time", null, -1, 0, 1083, TypeCategory.ARRAY, false),
    TIMESTAMP_ARRAY(1115, "_timestamp", null, -1, 0, 1114, TypeCategory.ARRAY, false),
    TIMESTAMPTZ_ARRAY(1185, "_timestamptz", null, -1, 0, 1184, TypeCategory.ARRAY, false),
    INTERVAL_ARRAY(1187, "_interval", null, -1, 0, 1186, TypeCategory.ARRAY, false),
    TIMETZ_ARRAY(1270, "_timetz", null, -1, 0, 1266, TypeCategory.ARRAY, false),
    NUMERIC_ARRAY(1231, "_numeric", null, -1, 0, 1700, TypeCategory.ARRAY, false),
    REGCLASS_ARRAY(2210, "_regclass", null, -1, 0, 2205, TypeCategory.ARRAY, false),
    REGTYPE_ARRAY(2211, "_regtype", null, -1, 0, 2206, TypeCategory.ARRAY, false),
    REGPROC_ARRAY(1008, "_regproc", null, -1, 0, 24, TypeCategory.ARRAY, false),
    REGPROCEDURE_ARRAY(2207, "_regprocedure", null, -1, 0, 2202, TypeCategory.ARRAY, false),
    REGNAMESPACE_ARRAY(4090, "_regnamespace", null, -1, 0, 4089, TypeCategory.ARRAY, false),
    REGROLE_ARRAY(4097, "_regrole", null, -1, 0, 4096, TypeCategory.ARRAY, false),
    XID_ARRAY(1011, "_xid", null, -1, 0, 28, TypeCategory.ARRAY, false),
    ACLITEM_ARRAY(1034, "_aclitem", null, -1, 0, 1033, TypeCategory.ARRAY, false),
    UUID_ARRAY(2951, "_uuid", null, -1, 0, 2950, TypeCategory.ARRAY, false),
    JSONB_ARRAY(3807, "_jsonb", null, -1, 0, 3802, TypeCategory.ARRAY, false),

    /** The pseudo-types functions declare for arguments of any type (pg_type, typtype 'p'). */
    ANY(2276, "any", "\"any\"", 4, 0, 0, TypeCategory.PSEUDO, false),
    ANYARRAY(2277, "anyarray", "anyarray", -1, 0, 0, TypeCategory.PSEUDO, false),
    ANYELEMENT(2283, "anyelement", "anyelement", 4, 0, 0, TypeCategory.PSEUDO, false),
    ANYNONARRAY(2776, "anynonarray", "anynonarray", 4, 0, 0, TypeCategory.PSEUDO, false),
    ANYCOMPATIBLE(5077, "anycompatible", "anycompatible", 4, 0, 0, TypeCategory.PSEUDO, false),
    ANYCOMPATIBLEARRAY(5078, "anycompatiblearray", "anycompatiblearray", -1, 0, 0, TypeCategory.PSEUDO, false),
    ANYCOMPATIBLENONARRAY(5079, "anycompatiblenonarray", "anycompatiblenonarray", 4, 0, 0, TypeCategory.PSEUDO,
            false);

    private static final Map<Integer, PgType> BY_OID = new HashMap<>();
    private static final Map<String, PgType> BY_NAME = new HashMap<>();

    static {
        for (PgType type : values()) {
            BY_OID.put(type.oid, type);
            BY_NAME.put(type.typeName, type);
        }
    }

    private final int oid;
    private final String typeName;
    private final String sqlName;
    private final int length;
    private final int arrayOid;
    private final int elementOid;
    private final TypeCategory category;
    private final boolean preferred;

    PgType(int oid, String typeName, String sqlName, int length, int arrayOid, int elementOid,
           TypeCategory category, boolean preferred) {
        this.oid = oid;
        this.typeName = typeName;
        this.sqlName = sqlName;
        this.length = length;
        this.arrayOid = arrayOid;
        this.elementOid = elementOid;
        this.category = category;
        this.preferred = preferred;
    }

    /** pg_type.oid. */
    public int oid() {
        return oid;
    }

    /** pg_type.typname, e.g. {@code int4} or {@code _int4}. */
    public String typeName() {
        return typeName;
    }

    /** pg_type.typlen: bytes of the fixed-length form, -1 for varlena, -2 for C strings. */
    public int length() {
        return length;
    }

    public TypeCategory category() {
        return category;
    }

    /** pg_type.typispreferred. */
    public boolean preferred() {
        return preferred;
    }

    public boolean isArray() {
        return elementOid != 0;
    }

    /**
     * A polymorphic pseudo-type (anyelement, anyarray, anynonarray and the anycompatible family),
     * whose actual type a call derives from its arguments; {@code "any"} is not polymorphic.
     */
    public boolean isPolymorphic() {
        return category == TypeCategory.PSEUDO && this != ANY;
    }

    /** The array type whose elements are of this type; empty for arrays and {@code unknown}. */
    public Optional<PgType> arrayType() {
        return arrayOid == 0 ? Optional.empty() : Optional.of(BY_OID.get(arrayOid));
    }

    /** The element type of an array type. */
    public PgType elementType() {
        if (elementOid == 0) {
            throw new IllegalStateException(typeName + " is not an array type");
        }
        return BY_OID.get(elementOid);
    }

    /** int2vector and oidvector: arrays subscripted from 0 with their own text form and name. */
    public boolean isVector() {
        return this == INT2VECTOR || this == OIDVECTOR;
    }

    /**
     * The OID types whose text form names a catalog object (regclass, regtype, regproc, regprocedure,
     * regnamespace, regrole): their values are OIDs, their input and output look names up.
     */
    public boolean isObjectReference() {
        return this == REGCLASS || this == REGTYPE || this == REGPROC || this == REGPROCEDURE
                || this == REGNAMESPACE || this == REGROLE;
    }

    /** The base name format_type prints with no type modifier, e.g. {@code character varying}. */
    public String sqlName() {
        return isArray() && !isVector() ? elementType().sqlName() + "[]" : sqlName;
    }

    public static Optional<PgType> byOid(int oid) {
        return Optional.ofNullable(BY_OID.get(oid));
    }

    /** Looks a type up by its pg_type.typname ({@code int4}, {@code _text}), case-insensitively. */
    public static Optional<PgType> byTypeName(String name) {
        return Optional.ofNullable(BY_NAME.get(name.toLowerCase(Locale.ROOT)));
    }
}
