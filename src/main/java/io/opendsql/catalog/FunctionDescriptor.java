package io.opendsql.catalog;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** A SQL-language function (pg_proc row). Overloads share a name and differ in {@code argTypes}. */
public record FunctionDescriptor(long oid, long schemaOid, String name, long owner, List<Integer> argTypes,
                                 List<String> argNames, int returnType, boolean returnsSet, String body,
                                 Volatility volatility, String language) implements Descriptor {
    /** pg_proc.provolatile. */
    public enum Volatility {
        IMMUTABLE('i'),
        STABLE('s'),
        VOLATILE('v');

        private final char code;

        Volatility(char code) {
            this.code = code;
        }

        public char code() {
            return code;
        }
    }

    public FunctionDescriptor {
        requireNonNull(name, "name");
        requireNonNull(body, "body");
        requireNonNull(volatility, "volatility");
        requireNonNull(language, "language");
        argTypes = List.copyOf(argTypes);
        argNames = List.copyOf(argNames);
    }

    public FunctionDescriptor withName(String value) {
        return new FunctionDescriptor(oid, schemaOid, value, owner, argTypes, argNames, returnType, returnsSet, body,
                volatility, language);
    }
}
