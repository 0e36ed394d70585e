package io.opendsql.sql.parse;

import io.opendsql.sql.parse.FunctionDdlParser.FunctionReference;
import io.opendsql.sql.parse.ast.ObjectDdl;
import io.opendsql.sql.parse.ast.ObjectType;
import io.opendsql.sql.parse.ast.RangeVar;
import io.opendsql.sql.parse.ast.Stmt;
import io.opendsql.sql.parse.ast.TableDdl;
import io.opendsql.sql.parse.ast.TypeName;

import java.util.ArrayList;
import java.util.List;

/** DROP, COMMENT ON, and the ALTER dispatch (RENAME, OWNER TO, SET SCHEMA for any object). */
final class DropParser extends GrammarArea {
    DropParser(Grammar grammar) {
        super(grammar);
    }

    /** An object type keyword sequence at the cursor, consumed; null when none matches. */
    private ObjectType objectType() {
        Token t = peek();
        if (t.kind() != TokenKind.KEYWORD) {
            return null;
        }
        ObjectType type = switch (t.value()) {
            case "table" -> ObjectType.TABLE;
            case "index" -> ObjectType.INDEX;
            case "view" -> ObjectType.VIEW;
            case "sequence" -> ObjectType.SEQUENCE;
            case "schema" -> ObjectType.SCHEMA;
            case "function" -> ObjectType.FUNCTION;
            case "procedure" -> ObjectType.PROCEDURE;
            case "routine" -> ObjectType.ROUTINE;
            case "aggregate" -> ObjectType.AGGREGATE;
            case "domain" -> ObjectType.DOMAIN;
            case "type" -> ObjectType.TYPE;
            case "database" -> ObjectType.DATABASE;
            case "extension" -> ObjectType.EXTENSION;
            case "trigger" -> ObjectType.TRIGGER;
            case "collation" -> ObjectType.COLLATION;
            case "conversion" -> ObjectType.CONVERSION;
            case "policy" -> ObjectType.POLICY;
            case "rule" -> ObjectType.RULE;
            case "statistics" -> ObjectType.STATISTICS;
            case "tablespace" -> ObjectType.TABLESPACE;
            case "server" -> ObjectType.SERVER;
            case "publication" -> ObjectType.PUBLICATION;
            case "subscription" -> ObjectType.SUBSCRIPTION;
            case "column" -> ObjectType.COLUMN;
            case "constraint" -> ObjectType.CONSTRAINT;
            case "language" -> ObjectType.LANGUAGE;
            case "materialized" -> ObjectType.MATERIALIZED_VIEW;
            case "event" -> ObjectType.EVENT_TRIGGER;
            case "foreign" -> isKeyword(1, "table") ? ObjectType.FOREIGN_TABLE
                    : isKeyword(1, "data") ? ObjectType.FOREIGN_DATA_WRAPPER : null;
            case "access" -> ObjectType.ACCESS_METHOD;
            default -> null;
        };
        if (type == null) {
            return null;
        }
        next();
        switch (type) {
            case MATERIALIZED_VIEW -> expectKeyword("view");
            case EVENT_TRIGGER -> expectKeyword("trigger");
            case ACCESS_METHOD -> expectKeyword("method");
            case FOREIGN_TABLE -> next();
            case FOREIGN_DATA_WRAPPER -> {
                next();
                expectKeyword("wrapper");
            }
            default -> {
            }
        }
        return type;
    }

    private static boolean isFunctionLike(ObjectType type) {
        return type == ObjectType.FUNCTION || type == ObjectType.PROCEDURE || type == ObjectType.ROUTINE
                || type == ObjectType.AGGREGATE;
    }

    /** Types whose names are a single ColId (name_list) rather than any_name. */
    private static boolean isSimpleName(ObjectType type) {
        return switch (type) {
            case SCHEMA, DATABASE, EXTENSION, TABLESPACE, SERVER, PUBLICATION, SUBSCRIPTION, EVENT_TRIGGER,
                 LANGUAGE, ACCESS_METHOD, FOREIGN_DATA_WRAPPER, ROLE -> true;
            default -> false;
        };
    }

    Stmt drop() {
        Token start = expectKeyword("drop");
        int at = start.start();
        if (isKeyword("role") || isKeyword("user") || isKeyword("group")) {
            return g.objects.roles().drop(at);
        }
        if (isKeyword("owned")) {
            g.objects.skipToStatementEnd();
            return new ObjectDdl.RecognizedStmt(at, "DropOwned", ObjectType.ROLE, null);
        }
        if (isKeyword("cast") || isKeyword("operator") || isKeyword("transform") || isKeyword("text")) {
            String tag = "Drop";
            Token kind = next();
            if (kind.isKeyword("cast") && !isKeyword("if") && !isChar('(')) {
                throw syntaxError();
            }
            g.objects.skipToStatementEnd();
            return new ObjectDdl.RecognizedStmt(at, tag, null, null);
        }
        ObjectType type = objectType();
        if (type == null || type == ObjectType.COLUMN || type == ObjectType.CONSTRAINT) {
            throw syntaxError();
        }
        boolean concurrent = type == ObjectType.INDEX && acceptKeyword("concurrently");
        boolean ifExists = ifExists();
        List<List<String>> objects = new ArrayList<>();
        List<List<TypeName>> arguments = null;
        RangeVar onTable = null;
        if (isFunctionLike(type)) {
            arguments = new ArrayList<>();
            do {
                FunctionReference reference = g.objects.functions().functionWithArgtypes();
                objects.add(reference.name());
                arguments.add(reference.arguments());
            } while (acceptChar(','));
        } else if (type == ObjectType.TRIGGER || type == ObjectType.POLICY || type == ObjectType.RULE) {
            objects.add(List.of(colId()));
            expectKeyword("on");
            onTable = qualifiedName();
        } else if (type == ObjectType.TYPE || type == ObjectType.DOMAIN) {
            do {
                objects.add(g.types.typeName().names());
            } while (acceptChar(','));
        } else if (isSimpleName(type)) {
            do {
                objects.add(List.of(colId()));
            } while (acceptChar(','));
        } else {
            do {
                objects.add(anyName());
            } while (acceptChar(','));
        }
        boolean cascade = acceptKeyword("cascade");
        if (!cascade) {
            acceptKeyword("restrict");
        }
        if (type == ObjectType.DATABASE && isKeyword("with")) {
            next();
            expectChar('(');
            do {
                colLabel();
            } while (acceptChar(','));
            expectChar(')');
        }
        return new TableDdl.DropStmt(at, type, objects, arguments, ifExists, cascade, concurrent, onTable);
    }

    boolean ifExists() {
        if (isKeyword("if") && isKeyword(1, "exists")) {
            next();
            expectKeyword("exists");
            return true;
        }
        return false;
    }

    Stmt comment() {
        Token start = expectKeyword("comment");
        expectKeyword("on");
        ObjectType type = objectType();
        if (type == null) {
            if (isKeyword("role")) {
                next();
                type = ObjectType.ROLE;
            } else {
                throw syntaxError();
            }
        }
        List<String> object;
        List<TypeName> arguments = null;
        if (isFunctionLike(type)) {
            FunctionReference reference = g.objects.functions().functionWithArgtypes();
            object = reference.name();
            arguments = reference.arguments();
        } else if (type == ObjectType.CONSTRAINT || type == ObjectType.TRIGGER || type == ObjectType.POLICY
                || type == ObjectType.RULE) {
            String name = colId();
            expectKeyword("on");
            if (type == ObjectType.CONSTRAINT && acceptKeyword("domain")) {
                type = ObjectType.DOMAIN;
            }
            List<String> table = new ArrayList<>(anyName());
            table.add(name);
            object = table;
        } else if (type == ObjectType.TYPE || type == ObjectType.DOMAIN) {
            object = g.types.typeName().names();
        } else if (isSimpleName(type)) {
            object = List.of(colId());
        } else {
            object = anyName();
        }
        expectKeyword("is");
        String comment = null;
        if (!acceptKeyword("null")) {
            comment = stringConstant();
        }
        return new ObjectDdl.CommentStmt(start.start(), type, object, arguments, comment);
    }

    Stmt alter() {
        Token start = expectKeyword("alter");
        int at = start.start();
        if (isKeyword("role") || isKeyword("user") || isKeyword("group")) {
            return g.objects.roles().alter(at);
        }
        if (isKeyword("default")) {
            return g.privileges.alterDefaultPrivileges(at);
        }
        boolean table = isKeyword("table") || isKeyword("index") || isKeyword("view") || isKeyword("sequence")
                || (isKeyword("materialized") && isKeyword(1, "view"))
                || (isKeyword("foreign") && isKeyword(1, "table"));
        if (table) {
            return g.alterTable.alter(at);
        }
        if (isKeyword("constraint") || isKeyword("column")) {
            throw syntaxError();
        }
        ObjectType type = objectType();
        if (type == null) {
            if (isKeyword("system")) {
                g.objects.skipToStatementEnd();
                return new ObjectDdl.RecognizedStmt(at, "AlterSystem", null, null);
            }
            throw syntaxError();
        }
        if (type == ObjectType.DOMAIN) {
            return g.alterTable.alterDomain(at);
        }
        List<String> object;
        List<TypeName> arguments = null;
        boolean ifExists = false;
        if (isFunctionLike(type)) {
            FunctionReference reference = g.objects.functions().functionWithArgtypes();
            object = reference.name();
            arguments = reference.arguments();
            if (!isKeyword("rename") && !isKeyword("owner") && !(isKeyword("set") && isKeyword(1, "schema"))
                    && !isKeyword("depends") && !isKeyword("no")) {
                return g.objects.functions().alterActions(at, type, reference);
            }
        } else if (isSimpleName(type)) {
            object = List.of(colId());
        } else {
            object = anyName();
        }
        if (acceptKeyword("rename")) {
            expectKeyword("to");
            return new TableDdl.RenameStmt(at, type, null, object, arguments, null, colId(), ifExists);
        }
        if (acceptKeyword("owner")) {
            expectKeyword("to");
            return new TableDdl.AlterOwnerStmt(at, type, object, arguments, g.objects.roles().roleSpec());
        }
        if (isKeyword("set") && isKeyword(1, "schema")) {
            next();
            next();
            return new TableDdl.AlterObjectSchemaStmt(at, type, object, arguments, colId(), ifExists);
        }
        if (type == ObjectType.SCHEMA || type == ObjectType.INDEX || type == ObjectType.TABLE) {
            throw syntaxError();
        }
        g.objects.skipToStatementEnd();
        return new ObjectDdl.RecognizedStmt(at, "Alter" + type.name().charAt(0)
                + type.name().substring(1).toLowerCase(java.util.Locale.ROOT).replace("_", ""), type,
                String.join(".", object));
    }
}
