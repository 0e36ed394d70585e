package io.opendsql.catalog;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.storage.KeyValue;
import io.opendsql.txn.Transaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** SQL functions: the work behind {@link Catalog}'s function methods. Overloads share a name row prefix. */
final class Functions {
    private final CatalogStore store;
    private final IdAllocator oids;
    private final Relations relations;

    Functions(CatalogStore store, IdAllocator oids, Relations relations) {
        this.store = store;
        this.oids = oids;
        this.relations = relations;
    }

    List<FunctionDescriptor> functions(Transaction txn, long schemaOid) {
        return functionsUnder(txn, CatalogKeys.functionNames(schemaOid));
    }

    List<FunctionDescriptor> functions(Transaction txn, long schemaOid, String name) {
        return functionsUnder(txn, CatalogKeys.functionNames(schemaOid, name));
    }

    private List<FunctionDescriptor> functionsUnder(Transaction txn, byte[] prefix) {
        List<FunctionDescriptor> functions = new ArrayList<>();
        for (KeyValue row : store.scan(txn, prefix)) {
            long oid = CatalogStore.decode(row.value(), Long.class);
            store.get(txn, CatalogKeys.byOid(CatalogKeys.FUNCTIONS, oid), FunctionDescriptor.class)
                    .ifPresent(functions::add);
        }
        return functions;
    }

    FunctionDescriptor createFunction(Transaction txn, FunctionDefinition definition, boolean orReplace) {
        relations.schemaName(txn, definition.schemaOid());
        Optional<FunctionDescriptor> existing = functions(txn, definition.schemaOid(), definition.name()).stream()
                .filter(f -> f.argTypes().equals(definition.argTypes()))
                .findFirst();
        if (existing.isPresent() && !orReplace) {
            throw CatalogErrors.functionExists(TypeNames.signature(definition.name(), definition.argTypes()));
        }
        long oid = existing.map(FunctionDescriptor::oid).orElseGet(oids::next);
        FunctionDescriptor function = new FunctionDescriptor(oid, definition.schemaOid(), definition.name(),
                definition.owner(), definition.argTypes(), definition.argNames(), definition.returnType(),
                definition.returnsSet(), definition.body(), definition.volatility(), "sql");
        store.put(txn, CatalogKeys.byOid(CatalogKeys.FUNCTIONS, oid), function);
        store.put(txn, CatalogKeys.functionName(definition.schemaOid(), definition.name(), oid), oid);
        return function;
    }

    void dropFunction(Transaction txn, long oid) {
        FunctionDescriptor function = store.get(txn, CatalogKeys.byOid(CatalogKeys.FUNCTIONS, oid),
                FunctionDescriptor.class).orElseThrow(() -> DsqlException.of(SqlState.UNDEFINED_FUNCTION,
                "function with OID %d does not exist", oid));
        String signature = TypeNames.signature(function.name(), function.argTypes());
        relations.dropDependents(txn, oid, "function " + signature, false);
        store.delete(txn, CatalogKeys.byOid(CatalogKeys.FUNCTIONS, oid));
        store.delete(txn, CatalogKeys.functionName(function.schemaOid(), function.name(), oid));
        store.delete(txn, CatalogKeys.acl(ObjectKind.FUNCTION, oid));
        relations.dropComments(txn, ObjectKind.FUNCTION, oid);
    }
}
