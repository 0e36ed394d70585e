package io.opendsql.sql.engine;

import io.opendsql.catalog.Catalog;
import io.opendsql.catalog.ColumnDescriptor;
import io.opendsql.catalog.Oids;
import io.opendsql.catalog.RelationKind;
import io.opendsql.catalog.RelationRef;
import io.opendsql.catalog.RoleDescriptor;
import io.opendsql.catalog.SchemaDescriptor;
import io.opendsql.common.DsqlException;
import io.opendsql.common.Severity;
import io.opendsql.common.SqlState;
import io.opendsql.sql.PreparedStatement;
import io.opendsql.sql.SessionContext;
import io.opendsql.sql.analyze.TypeResolver;
import io.opendsql.sql.parse.ExprPrinter;
import io.opendsql.sql.parse.ast.ColumnDef;
import io.opendsql.sql.parse.ast.ObjectType;
import io.opendsql.sql.parse.ast.TableDdl;
import io.opendsql.sql.types.SqlType;
import io.opendsql.txn.Transaction;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** CREATE TABLE and DROP TABLE: DDL statements, one per transaction (spec §4.4). */
final class TableStatements {
    private final Database database;

    TableStatements(Database database) {
        this.database = database;
    }

    PreparedStatement createTable(TableDdl.CreateStmt s) {
        return Results.action(context -> {
            EngineTransaction txn = (EngineTransaction) context.transaction();
            txn.ddl("CREATE TABLE");
            create(s, txn.txn(), context);
            return "CREATE TABLE";
        });
    }

    private void create(TableDdl.CreateStmt s, Transaction txn, SessionContext context) {
        Catalog catalog = database.catalog();
        catalog.checkCurrent(txn);
        SchemaDescriptor schema = creationSchema(catalog, txn, s.relation().schema(), context);
        if (catalog.findRelation(txn, schema.oid(), s.relation().name()).isPresent()) {
            if (s.ifNotExists()) {
                context.notice(DsqlException.of(SqlState.DUPLICATE_TABLE, "relation \"%s\" already exists, skipping",
                        s.relation().name()).withSeverity(Severity.NOTICE));
                return;
            }
            throw DsqlException.of(SqlState.DUPLICATE_TABLE, "relation \"%s\" already exists", s.relation().name())
                    .at(s.relation().location() + 1);
        }
        List<ColumnDescriptor> columns = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        List<String> primaryKey = new ArrayList<>();
        for (TableDdl.TableElement element : s.elements()) {
            switch (element) {
                case TableDdl.ColumnElement c -> {
                    ColumnDef def = c.column();
                    if (!names.add(def.name())) {
                        throw DsqlException.of(SqlState.DUPLICATE_COLUMN, "column \"%s\" specified more than once",
                                def.name()).at(def.location() + 1);
                    }
                    columns.add(column(def, primaryKey));
                }
                case TableDdl.Constraint constraint -> {
                    if (constraint.type() != TableDdl.ConstraintType.PRIMARY_KEY) {
                        throw notYet(constraint.location());
                    }
                    if (!primaryKey.isEmpty()) {
                        throw multiplePrimaryKeys(s.relation().name(), constraint.location());
                    }
                    primaryKey.addAll(constraint.keys());
                }
                default -> throw notYet(s.location());
            }
        }
        catalog.createTable(txn, schema.oid(), s.relation().name(), owner(catalog, txn, context), columns, primaryKey);
    }

    private static ColumnDescriptor column(ColumnDef def, List<String> primaryKey) {
        if (!def.collation().isEmpty()) {
            throw notYet(def.location());
        }
        SqlType type = TypeResolver.resolve(def.type());
        ColumnDescriptor column = ColumnDescriptor.of(def.name(), type.type().oid(), type.typmod());
        for (TableDdl.Constraint constraint : def.constraints()) {
            switch (constraint.type()) {
                case NOT_NULL -> column = column.withNotNull(true);
                case NULL -> {
                }
                case DEFAULT -> column = column.withDefault(ExprPrinter.print(constraint.expression()));
                case PRIMARY_KEY -> {
                    if (!primaryKey.isEmpty()) {
                        throw multiplePrimaryKeys(null, constraint.location());
                    }
                    primaryKey.add(def.name());
                    column = column.withNotNull(true);
                }
                default -> throw notYet(constraint.location());
            }
        }
        return column;
    }

    private static DsqlException multiplePrimaryKeys(String table, int location) {
        return DsqlException.of(SqlState.INVALID_TABLE_DEFINITION,
                "multiple primary keys for table \"%s\" are not allowed", table == null ? "" : table).at(location + 1);
    }

    /** The schema a new object goes to: the named one ({@code 3F000} if missing), else the first of search_path. */
    static SchemaDescriptor creationSchema(Catalog catalog, Transaction txn, String named, SessionContext context) {
        if (named != null) {
            return catalog.schema(txn, named);
        }
        for (String entry : EngineCatalog.searchPath(context)) {
            Optional<SchemaDescriptor> schema = catalog.findSchema(txn, entry);
            if (schema.isPresent() && !entry.equals("pg_catalog")) {
                return schema.get();
            }
        }
        throw DsqlException.of(SqlState.INVALID_SCHEMA_NAME, "no schema has been selected to create in");
    }

    static long owner(Catalog catalog, Transaction txn, SessionContext context) {
        return catalog.security().findRole(txn, context.user()).map(RoleDescriptor::oid).orElse(Oids.ADMIN_ROLE);
    }

    PreparedStatement drop(TableDdl.DropStmt s) {
        if (s.objectType() != ObjectType.TABLE) {
            throw notYet(s.location());
        }
        return Results.action(context -> {
            EngineTransaction txn = (EngineTransaction) context.transaction();
            txn.ddl("DROP TABLE");
            Catalog catalog = database.catalog();
            catalog.checkCurrent(txn.txn());
            List<String> path = EngineCatalog.searchPath(context);
            for (List<String> name : s.objects()) {
                String schema = name.size() > 1 ? name.get(name.size() - 2) : null;
                String table = name.get(name.size() - 1);
                Optional<RelationRef> ref = catalog.resolveRelation(txn.txn(), path, schema, table);
                if (ref.isEmpty()) {
                    if (s.ifExists()) {
                        context.notice(DsqlException.of(SqlState.UNDEFINED_TABLE, "table \"%s\" does not exist, skipping",
                                table).withSeverity(Severity.NOTICE));
                        continue;
                    }
                    throw DsqlException.of(SqlState.UNDEFINED_TABLE, "table \"%s\" does not exist", table);
                }
                RelationRef relation = catalog.relationOfKind(txn.txn(), path, schema, table, RelationKind.TABLE);
                catalog.dropTable(txn.txn(), relation.oid(), s.cascade());
            }
            return "DROP TABLE";
        });
    }

    static DsqlException notYet(int location) {
        return DsqlException.of(SqlState.FEATURE_NOT_SUPPORTED, "OpenDSQL cannot run this statement yet")
                .at(location + 1);
    }
}
