package io.opendsql.catalog;

import java.util.List;

/** What {@code CREATE FUNCTION ... LANGUAGE sql} asks for; {@link Catalog#createFunction} assigns the OID. */
public record FunctionDefinition(long schemaOid, String name, long owner, List<Integer> argTypes,
                                 List<String> argNames, int returnType, boolean returnsSet, String body,
                                 FunctionDescriptor.Volatility volatility) {
    public FunctionDefinition {
        argTypes = List.copyOf(argTypes);
        argNames = List.copyOf(argNames);
    }
}
