package io.opendsql.sql.system;

import io.opendsql.catalog.FunctionDescriptor;
import io.opendsql.catalog.RoleDescriptor;
import io.opendsql.catalog.SchemaDescriptor;
import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.sql.SessionContext;
import io.opendsql.sql.parse.ExprPrinter;
import io.opendsql.sql.plan.SystemRelation;
import io.opendsql.sql.types.ObjectNames;
import io.opendsql.sql.types.PgType;
import io.opendsql.txn.Transaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The catalog as one session's statements read names from it: the text forms of regclass, regtype, regproc,
 * regnamespace and regrole, relation visibility through the search_path, and the snapshot the describe
 * functions read. The transaction is begun only when a name is first looked up.
 */
public final class SessionNames implements ObjectNames {
    private final SystemCatalog system;
    private final Supplier<Transaction> txn;
    private final SessionContext session;

    public SessionNames(SystemCatalog system, Supplier<Transaction> txn, SessionContext session) {
        this.system = system;
        this.txn = txn;
        this.session = session;
    }

    /** The session names of a function call's context; {@code 0A000} outside a database. */
    static SessionNames of(io.opendsql.sql.func.FunctionContext context) {
        if (context.types().names() instanceof SessionNames names) {
            return names;
        }
        throw DsqlException.of(SqlState.FEATURE_NOT_SUPPORTED, "catalog functions need a database");
    }

    CatalogSnapshot snapshot() {
        return system.snapshot(txn.get());
    }

    SystemCatalog system() {
        return system;
    }

    List<String> searchPath() {
        return SearchPath.effective(session);
    }

    @Override
    public long oid(PgType type, String text) {
        List<String> name = QualifiedName.parse(text, type);
        String last = name.get(name.size() - 1);
        String schema = name.size() > 1 ? name.get(name.size() - 2) : null;
        CatalogSnapshot catalog = snapshot();
        return switch (type) {
            case REGCLASS -> relationOid(catalog, schema, last)
                    .orElseThrow(() -> ObjectNames.notFound(type, String.join(".", name)));
            case REGTYPE -> typeOid(catalog, text, schema, last);
            case REGPROC, REGPROCEDURE -> functionOid(catalog, schema, last.replaceAll("\\(.*$", ""))
                    .orElseThrow(() -> ObjectNames.notFound(type, text.trim()));
            case REGNAMESPACE -> catalog.schema(last).map(SchemaDescriptor::oid)
                    .orElseThrow(() -> ObjectNames.notFound(type, last));
            case REGROLE -> catalog.role(last).map(RoleDescriptor::oid)
                    .orElseThrow(() -> ObjectNames.notFound(type, last));
            default -> throw new IllegalArgumentException(type + " does not name catalog objects");
        };
    }

    private Optional<Long> relationOid(CatalogSnapshot catalog, String schema, String name) {
        List<String> path = schema == null ? searchPath() : List.of(schema);
        for (String entry : path) {
            Optional<SystemRelation> systemRelation = system.find(entry, name, List.of());
            if (systemRelation.isPresent() && systemRelation.get().oid() != 0) {
                return Optional.of(systemRelation.get().oid());
            }
            Optional<Long> found = catalog.schema(entry).flatMap(s -> catalog.relation(s.oid(), name))
                    .map(CatalogSnapshot.Relation::oid);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private long typeOid(CatalogSnapshot catalog, String text, String schema, String name) {
        if (schema == null || schema.equals("pg_catalog")) {
            try {
                return ObjectNames.super.oid(PgType.REGTYPE, text);
            } catch (DsqlException e) {
                if (schema != null) {
                    throw e;
                }
            }
        }
        return relationOid(catalog, schema, name).filter(oid -> catalog.relation(oid).isPresent())
                .map(Classes::rowType).orElseThrow(() -> ObjectNames.notFound(PgType.REGTYPE, text.trim()));
    }

    private Optional<Long> functionOid(CatalogSnapshot catalog, String schema, String name) {
        List<Long> found = new ArrayList<>();
        if (schema == null || schema.equals("pg_catalog")) {
            BuiltinFunctions.all().stream().filter(b -> b.def().name().equals(name)).map(BuiltinFunctions.Builtin::oid)
                    .forEach(found::add);
        }
        for (FunctionDescriptor function : catalog.functions()) {
            String functionSchema = catalog.schema(function.schemaOid()).map(SchemaDescriptor::name).orElse("");
            if (function.name().equals(name) && (schema == null ? searchPath().contains(functionSchema)
                    : schema.equals(functionSchema))) {
                found.add(function.oid());
            }
        }
        if (found.size() > 1) {
            throw DsqlException.of(SqlState.AMBIGUOUS_FUNCTION, "more than one function named \"%s\"", name);
        }
        return found.stream().findFirst();
    }

    @Override
    public String name(PgType type, long oid) {
        CatalogSnapshot catalog = snapshot();
        return switch (type) {
            case REGCLASS -> relationName(catalog, oid).orElse(Long.toString(oid));
            case REGTYPE -> Describe.formatType(catalog, oid, null).equals("???") ? Long.toString(oid)
                    : Describe.formatType(catalog, oid, null);
            case REGPROC, REGPROCEDURE -> functionName(catalog, oid, type == PgType.REGPROCEDURE)
                    .orElse(Long.toString(oid));
            case REGNAMESPACE -> catalog.schema(oid).map(s -> ExprPrinter.ident(s.name())).orElse(Long.toString(oid));
            case REGROLE -> catalog.role(oid).map(r -> ExprPrinter.ident(r.name())).orElse(Long.toString(oid));
            default -> Long.toString(oid);
        };
    }

    private Optional<String> relationName(CatalogSnapshot catalog, long oid) {
        Optional<SystemRelation> systemRelation = system.relation(oid);
        if (systemRelation.isPresent()) {
            SystemRelation relation = systemRelation.get();
            return Optional.of(visible(relation.schema(), relation.name())
                    ? ExprPrinter.ident(relation.name())
                    : ExprPrinter.ident(relation.schema()) + "." + ExprPrinter.ident(relation.name()));
        }
        return catalog.relation(oid).map(r -> tableIsVisible(oid) ? ExprPrinter.ident(r.name())
                : ExprPrinter.ident(r.schema().name()) + "." + ExprPrinter.ident(r.name()));
    }

    private Optional<String> functionName(CatalogSnapshot catalog, long oid, boolean signature) {
        Optional<String> builtin = BuiltinFunctions.of(oid).map(b -> b.def().name())
                .or(() -> BuiltinTypes.functionName(oid));
        if (builtin.isPresent() && !signature) {
            return builtin;
        }
        Optional<String> name = builtin.or(() -> catalog.function(oid).map(FunctionDescriptor::name));
        if (signature) {
            return name.map(n -> n + "(" + Describe.functionArguments(catalog, oid).orElse("") + ")");
        }
        return name;
    }

    /** pg_table_is_visible: the first schema of the path with a relation of this name is the relation's. */
    boolean tableIsVisible(long oid) {
        Optional<SystemRelation> systemRelation = system.relation(oid);
        if (systemRelation.isPresent()) {
            return visible(systemRelation.get().schema(), systemRelation.get().name());
        }
        CatalogSnapshot catalog = snapshot();
        return catalog.relation(oid).map(r -> visible(r.schema().name(), r.name())).orElse(false);
    }

    private boolean visible(String schema, String name) {
        CatalogSnapshot catalog = snapshot();
        for (String entry : searchPath()) {
            if (entry.equals(schema)) {
                return true;
            }
            if (system.find(entry, name, List.of()).isPresent() || catalog.schema(entry)
                    .flatMap(s -> catalog.relation(s.oid(), name)).isPresent()) {
                return false;
            }
        }
        return false;
    }

    /** pg_function_is_visible. */
    boolean functionIsVisible(long oid) {
        if (BuiltinFunctions.of(oid).isPresent()) {
            return true;
        }
        CatalogSnapshot catalog = snapshot();
        return catalog.function(oid).flatMap(f -> catalog.schema(f.schemaOid()))
                .map(s -> searchPath().contains(s.name())).orElse(false);
    }

    /** pg_type_is_visible. */
    boolean typeIsVisible(long oid) {
        if (oid < Classes.ROW_TYPE_BASE) {
            return BuiltinTypes.of(oid).isPresent();
        }
        return tableIsVisible(oid - Classes.ROW_TYPE_BASE);
    }

    /** Dotted names as regclassin reads them: unquoted parts fold to lower case. */
    static final class QualifiedName {
        private QualifiedName() {
        }

        static List<String> parse(String text, PgType type) {
            List<String> parts = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            boolean quoted = false;
            String trimmed = text.trim();
            for (int i = 0; i < trimmed.length(); i++) {
                char c = trimmed.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < trimmed.length() && trimmed.charAt(i + 1) == '"') {
                        current.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        current.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == '.' && type != PgType.REGTYPE) {
                    parts.add(current.toString());
                    current.setLength(0);
                } else {
                    current.append(Character.toLowerCase(c));
                }
            }
            parts.add(current.toString());
            return parts;
        }
    }
}
