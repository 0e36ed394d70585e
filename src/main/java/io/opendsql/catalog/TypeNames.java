package io.opendsql.catalog;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Display names of built-in type OIDs, for catalog messages such as {@code function f(integer) ...}. */
final class TypeNames {
    private static final Map<Integer, String> NAMES = Map.ofEntries(
            Map.entry(16, "boolean"), Map.entry(17, "bytea"), Map.entry(18, "\"char\""), Map.entry(19, "name"),
            Map.entry(20, "bigint"), Map.entry(21, "smallint"), Map.entry(23, "integer"), Map.entry(25, "text"),
            Map.entry(26, "oid"), Map.entry(114, "json"), Map.entry(700, "real"),
            Map.entry(701, "double precision"), Map.entry(869, "inet"), Map.entry(1042, "character"),
            Map.entry(1043, "character varying"), Map.entry(1082, "date"),
            Map.entry(1083, "time without time zone"), Map.entry(1114, "timestamp without time zone"),
            Map.entry(1184, "timestamp with time zone"), Map.entry(1186, "interval"),
            Map.entry(1266, "time with time zone"), Map.entry(1700, "numeric"), Map.entry(2249, "record"),
            Map.entry(2278, "void"), Map.entry(2950, "uuid"), Map.entry(3802, "jsonb"));

    private TypeNames() {
    }

    static String name(int typeOid) {
        return NAMES.getOrDefault(typeOid, Integer.toString(typeOid));
    }

    static String signature(String function, List<Integer> argTypes) {
        return function + argTypes.stream().map(TypeNames::name).collect(Collectors.joining(", ", "(", ")"));
    }
}
