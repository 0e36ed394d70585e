package io.opendsql.catalog;

import static io.opendsql.catalog.CatalogHistoryTest.TYPES;
import static io.opendsql.catalog.CatalogHistoryTest.TYPE_NAMES;
import static io.opendsql.catalog.CatalogHistoryTest.attnums;
import static io.opendsql.catalog.CatalogHistoryTest.join;
import static io.opendsql.catalog.CatalogHistoryTest.list;

import io.opendsql.storage.DataDriven;
import io.opendsql.txn.Transaction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The commands of the catalog test files, run in one transaction. Relations are named {@code table=t} or
 * {@code table=s.t} (default schema public, search path {@code path=a,b} default {@code public}).
 *
 * <pre>
 * create-schema T name=S            drop-schema T name=S [cascade]   rename-schema T name=S to=N   schemas T
 * create-table T name=[S.]N cols=a:int4,b:text [pk=a,b] [owner=OID]   show-table T table=N
 * lookup T name=N [schema=S] [path=A,B]   relations T [schema=S]
 * drop-table T table=N [cascade]    rename-table T table=N to=M      rename-column T table=N col=C to=D
 * add-column T table=N col=c:type   drop-column T table=N col=C       set-default T table=N col=C [expr=E]
 * set-not-null T table=N col=C [off]
 * create-index T table=N cols=a,b [name=I] [unique] [include=c] [valid]   mark-valid T index=I
 * drop-index T index=I              indexes T table=N
 * add-constraint T table=N kind=check|unique|fkey [name=C] [cols=a] [expr=E] [ref=M] [refcols=a] [not-valid]
 * drop-constraint T table=N name=C  constraints T table=N
 * create-view T name=V def=TEXT [deps=t,u] [replace]   drop-view T name=V [cascade]
 * create-function T name=F [args=int4,text] returns=int4 body=TEXT [replace]  functions T name=F
 * drop-function T name=F [args=...]
 * create-role T name=R [login]      drop-role T name=R   rename-role T name=R to=Q   roles T
 * grant-role T role=R member=M      grant T table=N to=R privs=select,insert [grantable]   acl T table=N
 * revoke T table=N from=R privs=...  grant-iam T role=R arn=A   revoke-iam T role=R arn=A   mappings T
 * comment T table=N [col=C] [text=X]  show-comment T table=N [col=C]
 * jobs T                            update-job T object=NAME status=S [details=D]
 * create-index-async T table=N cols=a [name=I] [unique]   an index plus its INDEX_BUILD job
 * create-domain T name=[S.]D type=T [notnull] [default=E] [check=E]   drop-domain T name=[S.]D
 * dml-write T table=N key=K         a DML write: resolves the table and writes a row under its storage id
 * analyze T table=N rows=R          statistics T table=N
 * check-current T                   many-tables T count=N [prefix=P]   many-columns T table=N count=K
 * </pre>
 * Underscores in {@code expr=}, {@code def=}, {@code body=} and {@code text=} print as spaces.
 */
final class CatalogCommands {
    private final Catalog catalog;
    private final Transaction txn;

    CatalogCommands(Catalog catalog, Transaction txn) {
        this.catalog = catalog;
        this.txn = txn;
    }

    private static String text(DataDriven.Command command, String key) {
        String value = command.argument(key, null);
        return value == null ? null : value.replace('_', ' ');
    }

    private static boolean flag(DataDriven.Command command, String word) {
        return command.words().contains(word);
    }

    String execute(DataDriven.Command command) {
        switch (command.name()) {
            case "create-schema" -> {
                SchemaDescriptor schema = catalog.createSchema(txn, command.argument("name"),
                        Long.parseLong(command.argument("owner", "15579")));
                return show(schema);
            }
            case "drop-schema" -> {
                catalog.dropSchema(txn, command.argument("name"), flag(command, "cascade"));
                return "dropped";
            }
            case "rename-schema" -> {
                return show(catalog.renameSchema(txn, command.argument("name"), command.argument("to")));
            }
            case "schemas" -> {
                return catalog.schemas(txn).stream().map(CatalogCommands::show).collect(Collectors.joining("\n"));
            }
            case "create-table" -> {
                String[] name = qualified(command.argument("name"));
                List<ColumnDescriptor> columns = new ArrayList<>();
                for (String column : list(command.argument("cols", ""))) {
                    columns.add(column(column));
                }
                TableDescriptor table = catalog.createTable(txn, catalog.schema(txn, name[0]).oid(), name[1],
                        Long.parseLong(command.argument("owner", "15579")), columns, list(command.argument("pk", "")));
                return show(table);
            }
            case "show-table" -> {
                return show(table(command));
            }
            case "lookup" -> {
                return catalog.resolveRelation(txn, list(command.argument("path", "public")),
                                command.argument("schema", null), command.argument("name"))
                        .map(CatalogCommands::show).orElse("not found");
            }
            case "relations" -> {
                long schemaOid = catalog.schema(txn, command.argument("schema", "public")).oid();
                return catalog.relations(txn, schemaOid).stream().map(CatalogCommands::show)
                        .collect(Collectors.joining("\n"));
            }
            case "drop-table" -> {
                catalog.dropTable(txn, relation(command.argument("table"), RelationKind.TABLE).oid(),
                        flag(command, "cascade"));
                return "dropped";
            }
            case "rename-table" -> {
                return show(catalog.renameRelation(txn, relation(command.argument("table")), command.argument("to")));
            }
            case "rename-column" -> {
                return show(catalog.renameColumn(txn, table(command).oid(), command.argument("col"),
                        command.argument("to")));
            }
            case "add-column" -> {
                return show(catalog.addColumn(txn, table(command).oid(), column(command.argument("col"))));
            }
            case "drop-column" -> {
                return show(catalog.dropColumn(txn, table(command).oid(), command.argument("col")));
            }
            case "set-default" -> {
                return show(catalog.setColumnDefault(txn, table(command).oid(), command.argument("col"),
                        text(command, "expr")));
            }
            case "set-not-null" -> {
                return show(catalog.setColumnNotNull(txn, table(command).oid(), command.argument("col"),
                        !flag(command, "off")));
            }
            case "create-index" -> {
                TableDescriptor table = table(command);
                List<Integer> keys = attnums(table, command.argument("cols"));
                List<String> expressions = keys.stream().filter(k -> k == 0).map(k -> "lower(b)").toList();
                IndexDescriptor index = catalog.createIndex(txn, new IndexDefinition(table.oid(),
                        command.argument("name", null), keys, expressions,
                        attnums(table, command.argument("include", "")), flag(command, "unique"), false, null,
                        flag(command, "valid")));
                return show(index, table);
            }
            case "mark-valid" -> {
                IndexDescriptor index = catalog.markIndexValid(txn, relation(command.argument("index")).oid());
                return show(index, catalog.table(txn, index.tableOid()).orElseThrow());
            }
            case "drop-index" -> {
                catalog.dropIndex(txn, relation(command.argument("index"), RelationKind.INDEX).oid());
                return "dropped";
            }
            case "indexes" -> {
                TableDescriptor table = table(command);
                return catalog.indexes(txn, table.oid()).stream().map(index -> show(index, table))
                        .collect(Collectors.joining("\n"));
            }
            case "add-constraint" -> {
                TableDescriptor table = table(command);
                ConstraintKind kind = switch (command.argument("kind")) {
                    case "check" -> ConstraintKind.CHECK;
                    case "unique" -> ConstraintKind.UNIQUE;
                    case "fkey" -> ConstraintKind.FOREIGN_KEY;
                    default -> throw new IllegalArgumentException(command.argument("kind"));
                };
                long referenced = 0;
                List<Integer> referencedColumns = List.of();
                if (kind == ConstraintKind.FOREIGN_KEY) {
                    TableDescriptor target = catalog.table(txn, List.of("public"), null, command.argument("ref"));
                    referenced = target.oid();
                    referencedColumns = attnums(target, command.argument("refcols"));
                }
                return show(catalog.addConstraint(txn, table.oid(), command.argument("name", null), kind,
                        attnums(table, command.argument("cols", "")), text(command, "expr"), 0, referenced,
                        referencedColumns, !flag(command, "not-valid")));
            }
            case "drop-constraint" -> {
                catalog.dropConstraint(txn, table(command).oid(), command.argument("name"));
                return "dropped";
            }
            case "constraints" -> {
                return catalog.constraints(txn, table(command).oid()).stream().map(CatalogCommands::show)
                        .collect(Collectors.joining("\n"));
            }
            case "create-view" -> {
                String[] name = qualified(command.argument("name"));
                List<Long> dependsOn = list(command.argument("deps", "")).stream()
                        .map(dependency -> relation(dependency).oid()).toList();
                ViewDescriptor view = catalog.createView(txn, catalog.schema(txn, name[0]).oid(), name[1], 15579,
                        text(command, "def"), List.of(new ViewDescriptor.ViewColumn("x", 23, -1)), dependsOn,
                        flag(command, "replace"));
                return "view " + view.name() + " oid=" + view.oid() + " def=" + view.definition();
            }
            case "drop-view" -> {
                catalog.dropView(txn, relation(command.argument("name"), RelationKind.VIEW).oid(),
                        flag(command, "cascade"));
                return "dropped";
            }
            case "create-function" -> {
                FunctionDescriptor function = catalog.createFunction(txn, new FunctionDefinition(
                        catalog.schema(txn, "public").oid(), command.argument("name"), 15579, types(command),
                        List.of(), TYPES.get(command.argument("returns")), false, text(command, "body"),
                        FunctionDescriptor.Volatility.IMMUTABLE), flag(command, "replace"));
                return show(function);
            }
            case "functions" -> {
                return catalog.resolveFunctions(txn, List.of("public"), null, command.argument("name")).stream()
                        .map(CatalogCommands::show).collect(Collectors.joining("\n"));
            }
            case "drop-function" -> {
                List<Integer> types = types(command);
                FunctionDescriptor function = catalog.resolveFunctions(txn, List.of("public"), null,
                                command.argument("name")).stream().filter(f -> f.argTypes().equals(types)).findFirst()
                        .orElseThrow(() -> CatalogErrors.functionNotFound(
                                TypeNames.signature(command.argument("name"), types)));
                catalog.dropFunction(txn, function.oid());
                return "dropped";
            }
            case "create-domain" -> {
                String[] name = qualified(command.argument("name"));
                DomainDescriptor domain = catalog.createDomain(txn, catalog.schema(txn, name[0]).oid(), name[1],
                        15579, TYPES.get(command.argument("type")), -1, flag(command, "notnull"),
                        text(command, "default"), list(text(command, "check")));
                return "domain " + domain.name() + " oid=" + domain.oid() + " type="
                        + TYPE_NAMES.get(domain.baseTypeOid()) + (domain.notNull() ? " not null" : "")
                        + (domain.defaultExpr() == null ? "" : " default " + domain.defaultExpr())
                        + (domain.checks().isEmpty() ? "" : " check " + domain.checks());
            }
            case "drop-domain" -> {
                String[] name = qualified(command.argument("name"));
                catalog.dropDomain(txn, catalog.schema(txn, name[0]).oid(), name[1]);
                return "dropped";
            }
            case "create-index-async" -> {
                TableDescriptor table = table(command);
                Catalog.IndexBuild build = catalog.createIndexAsync(txn, IndexDefinition.on(table.oid(),
                        command.argument("name", null), attnums(table, command.argument("cols")),
                        flag(command, "unique")));
                return show(build.index(), table) + "\n" + show(build.job());
            }
            case "create-role" -> {
                return show(catalog.security().createRole(txn, command.argument("name"), flag(command, "login"), true));
            }
            case "drop-role" -> {
                catalog.security().dropRole(txn, command.argument("name"));
                return "dropped";
            }
            case "rename-role" -> {
                return show(catalog.security().renameRole(txn, command.argument("name"), command.argument("to")));
            }
            case "roles" -> {
                return catalog.security().roles(txn).stream().map(CatalogCommands::show)
                        .collect(Collectors.joining("\n"));
            }
            case "grant-role" -> {
                return show(catalog.security().grantRole(txn, command.argument("role"), command.argument("member")));
            }
            case "grant" -> {
                TableDescriptor table = table(command);
                long grantee = catalog.security().role(txn, command.argument("to")).oid();
                catalog.security().grant(txn, ObjectKind.TABLE, table.oid(), grantee, 15579,
                        CatalogHistoryTest.privileges(command.argument("privs")), flag(command, "grantable"));
                return acl(table);
            }
            case "revoke" -> {
                TableDescriptor table = table(command);
                long grantee = catalog.security().role(txn, command.argument("from")).oid();
                catalog.security().revoke(txn, ObjectKind.TABLE, table.oid(), grantee,
                        CatalogHistoryTest.privileges(command.argument("privs")));
                return acl(table);
            }
            case "acl" -> {
                return acl(table(command));
            }
            case "grant-iam" -> {
                IamRoleMapping mapping = catalog.security().grantIam(txn, command.argument("role"),
                        command.argument("arn"), 15579);
                return show(mapping);
            }
            case "revoke-iam" -> {
                catalog.security().revokeIam(txn, command.argument("role"), command.argument("arn"));
                return "revoked";
            }
            case "mappings" -> {
                return catalog.security().mappings(txn).stream().map(CatalogCommands::show)
                        .collect(Collectors.joining("\n"));
            }
            case "comment" -> {
                TableDescriptor table = table(command);
                String column = command.argument("col", null);
                catalog.setComment(txn, column == null ? ObjectKind.TABLE : ObjectKind.COLUMN, table.oid(),
                        column == null ? 0 : table.column(column).orElseThrow().attnum(), text(command, "text"));
                return "";
            }
            case "show-comment" -> {
                TableDescriptor table = table(command);
                String column = command.argument("col", null);
                return catalog.comment(txn, column == null ? ObjectKind.TABLE : ObjectKind.COLUMN, table.oid(),
                        column == null ? 0 : table.column(column).orElseThrow().attnum()).orElse("<none>");
            }
            case "jobs" -> {
                return catalog.jobs().jobs(txn).stream().map(CatalogCommands::show).sorted()
                        .collect(Collectors.joining("\n"));
            }
            case "update-job" -> {
                Job job = catalog.jobs().jobs(txn).stream()
                        .filter(j -> command.argument("object").equals(j.objectName())).findFirst().orElseThrow();
                return show(catalog.jobs().update(txn, job.id(), Job.Status.valueOf(
                        command.argument("status").toUpperCase(Locale.ROOT)), text(command, "details")));
            }
            case "dml-write" -> {
                TableDescriptor table = table(command);
                byte[] key = StorageIds.keyWriter(table.storageId()).text(command.argument("key")).toByteArray();
                txn.put(key, "row".getBytes(StandardCharsets.UTF_8));
                return "";
            }
            case "analyze" -> {
                TableStatistics statistics = catalog.setRowEstimate(txn, table(command).oid(),
                        Long.parseLong(command.argument("rows")));
                return "reltuples " + statistics.rowEstimate();
            }
            case "statistics" -> {
                return "reltuples " + catalog.statistics(txn, table(command).oid()).rowEstimate();
            }
            case "check-current" -> {
                catalog.checkCurrent(txn);
                return "current";
            }
            case "many-tables" -> {
                int count = Integer.parseInt(command.argument("count"));
                String prefix = command.argument("prefix", "t");
                long schemaOid = catalog.schema(txn, "public").oid();
                for (int i = 0; i < count; i++) {
                    catalog.createTable(txn, schemaOid, prefix + i, 15579, List.of(), List.of());
                }
                return "created " + count;
            }
            case "many-columns" -> {
                TableDescriptor table = table(command);
                int count = Integer.parseInt(command.argument("count"));
                for (int i = 0; i < count; i++) {
                    table = catalog.addColumn(txn, table.oid(), ColumnDescriptor.of("m" + i, 23, -1));
                }
                return "columns " + table.liveColumns().size();
            }
            default -> throw new IllegalArgumentException("line " + command.line() + ": unknown command "
                    + command.name());
        }
    }

    private List<Integer> types(DataDriven.Command command) {
        return list(command.argument("args", "")).stream().map(TYPES::get).toList();
    }

    private static String[] qualified(String name) {
        int dot = name.indexOf('.');
        return dot < 0 ? new String[] {"public", name} : new String[] {name.substring(0, dot), name.substring(dot + 1)};
    }

    private RelationRef relation(String name) {
        String[] parts = qualified(name);
        return catalog.relation(txn, List.of("public"), name.contains(".") ? parts[0] : null, parts[1]);
    }

    private RelationRef relation(String name, RelationKind kind) {
        String[] parts = qualified(name);
        return catalog.relationOfKind(txn, List.of("public"), name.contains(".") ? parts[0] : null, parts[1], kind);
    }

    private TableDescriptor table(DataDriven.Command command) {
        String name = command.argument("table");
        String[] parts = qualified(name);
        return catalog.table(txn, List.of("public"), name.contains(".") ? parts[0] : null, parts[1]);
    }

    /** {@code name:type[:notnull][:default=expr]}. */
    private static ColumnDescriptor column(String spec) {
        String[] parts = spec.split(":");
        ColumnDescriptor column = ColumnDescriptor.of(parts[0], TYPES.get(parts[1]), -1);
        for (int i = 2; i < parts.length; i++) {
            if (parts[i].equals("notnull")) {
                column = column.withNotNull(true);
            } else if (parts[i].startsWith("default=")) {
                column = column.withDefault(parts[i].substring("default=".length()).replace('_', ' '));
            }
        }
        return column;
    }

    private String acl(TableDescriptor table) {
        return catalog.security().acl(txn, ObjectKind.TABLE, table.oid()).stream()
                .map(entry -> entry.format(roleName(entry.grantee()), roleName(entry.grantor())))
                .collect(Collectors.joining(" ", "acl {", "}"));
    }

    private String roleName(long oid) {
        return catalog.security().role(txn, oid).map(RoleDescriptor::name).orElse(Long.toString(oid));
    }

    static String show(SchemaDescriptor schema) {
        return "schema " + schema.name() + " oid=" + schema.oid() + " owner=" + schema.owner();
    }

    static String show(RelationRef relation) {
        return relation.kind().displayName() + " " + relation.name() + " oid=" + relation.oid() + " schema="
                + relation.schemaOid();
    }

    static String show(TableDescriptor table) {
        StringBuilder text = new StringBuilder("table ").append(table.name()).append(" oid=").append(table.oid())
                .append(" schema=").append(table.schemaOid()).append(" storage=").append(table.storageId())
                .append(" version=").append(table.version())
                .append(" pk=").append(table.hasPrimaryKey() ? join(table.primaryKey(), String::valueOf) : "<row id>");
        for (ColumnDescriptor column : table.columns()) {
            text.append("\n  ").append(column.attnum()).append(' ').append(column.name()).append(' ')
                    .append(TYPE_NAMES.get(column.typeOid()));
            if (column.notNull()) {
                text.append(" not null");
            }
            if (column.defaultExpr() != null) {
                text.append(" default ").append(column.defaultExpr());
            }
            if (column.dropped()) {
                text.append(" dropped");
            }
        }
        return text.toString();
    }

    static String show(IndexDescriptor index, TableDescriptor table) {
        return "index " + index.name() + " oid=" + index.oid() + " on " + table.name() + " ("
                + join(index.keyColumns(), attnum -> attnum == 0 ? "expr"
                : table.column(attnum).orElseThrow().name()) + ")"
                + (index.includeColumns().isEmpty() ? "" : " include (" + join(index.includeColumns(),
                attnum -> table.column(attnum).orElseThrow().name()) + ")")
                + (index.primary() ? " primary" : index.unique() ? " unique" : "")
                + (index.valid() ? " valid" : " invalid") + " storage=" + index.storageId();
    }

    static String show(ConstraintDescriptor constraint) {
        return "constraint " + constraint.name() + " oid=" + constraint.oid() + " kind=" + constraint.kind().code()
                + " cols=" + join(constraint.columns(), String::valueOf)
                + (constraint.checkExpression() == null ? "" : " check=" + constraint.checkExpression())
                + (constraint.referencedTableOid() == 0 ? "" : " references=" + constraint.referencedTableOid())
                + (constraint.validated() ? "" : " not valid");
    }

    static String show(FunctionDescriptor function) {
        return "function " + TypeNames.signature(function.name(), function.argTypes()) + " oid=" + function.oid()
                + " returns " + TypeNames.name(function.returnType()) + " body=" + function.body();
    }

    static String show(RoleDescriptor role) {
        return "role " + role.name() + " oid=" + role.oid() + (role.login() ? " login" : "")
                + (role.superuser() ? " superuser" : "")
                + (role.memberOf().isEmpty() ? "" : " member-of=" + join(role.memberOf(), String::valueOf));
    }

    static String show(IamRoleMapping mapping) {
        return "iam " + mapping.arn() + " oid=" + mapping.iamOid() + " role=" + mapping.roleOid() + " grantor="
                + mapping.grantorOid();
    }

    static String show(Job job) {
        return "job " + job.type() + " " + job.status().name().toLowerCase(Locale.ROOT) + " object="
                + job.objectName() + " class=" + job.classId() + " id-length=" + job.id().length()
                + (job.details() == null ? "" : " details=" + job.details());
    }
}
