package io.opendsql.sql.parse;

import io.opendsql.common.SqlState;
import io.opendsql.sql.parse.ast.Expr;
import io.opendsql.sql.parse.ast.TypeName;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Typename, SimpleTypename and ConstTypename from gram.y. */
final class TypeNameParser extends GrammarArea {
    /** Keywords that begin a built-in (SQL-standard) type name. */
    static final Set<String> CONST_TYPE_KEYWORDS = Set.of("int", "integer", "smallint", "bigint", "real", "float",
            "decimal", "dec", "numeric", "boolean", "bit", "character", "char", "varchar", "national", "nchar",
            "timestamp", "time", "interval", "json");

    TypeNameParser(Grammar grammar) {
        super(grammar);
    }

    /** True when the current token starts a ConstTypename (used for typed literals). */
    boolean startsConstTypename() {
        Token t = peek();
        if (t.kind() != TokenKind.KEYWORD) {
            return false;
        }
        if (t.value().equals("double")) {
            return isKeyword(1, "precision");
        }
        return CONST_TYPE_KEYWORDS.contains(t.value());
    }

    /** Typename: [SETOF] SimpleTypename [opt_array_bounds | ARRAY [ '[' Iconst ']' ]]. */
    TypeName typeName() {
        Token first = peek();
        boolean setof = acceptKeyword("setof");
        TypeName type = simpleTypename();
        if (isKeyword("array")) {
            next();
            List<Integer> bounds = new ArrayList<>();
            if (acceptChar('[')) {
                bounds.add(integerConstant());
                expectChar(']');
            } else {
                bounds.add(-1);
            }
            type = type.withArrayBounds(bounds);
        } else if (isChar('[')) {
            type = type.withArrayBounds(arrayBounds());
        }
        if (setof) {
            type = new TypeName(first.start(), type.names(), type.modifiers(), type.arrayBounds(),
                    type.intervalFields(), true, type.percentType());
        }
        return type;
    }

    private List<Integer> arrayBounds() {
        List<Integer> bounds = new ArrayList<>();
        while (acceptChar('[')) {
            if (is(TokenKind.INTEGER)) {
                bounds.add(integerConstant());
            } else {
                bounds.add(-1);
            }
            expectChar(']');
        }
        return bounds;
    }

    TypeName simpleTypename() {
        Token t = peek();
        if (startsConstTypename()) {
            return constTypename(false);
        }
        if (!isTypeFunctionName(t)) {
            throw syntaxError();
        }
        List<String> names = new ArrayList<>();
        names.add(next().value());
        while (isChar('.')) {
            next();
            names.add(colLabel());
        }
        boolean percentType = false;
        if (is(TokenKind.OPERATOR) && peek().value().equals("%") || isChar('%')) {
            if (isKeyword(1, "type")) {
                next();
                next();
                percentType = true;
            }
        }
        List<Expr> modifiers = percentType ? List.of() : typeModifiers();
        return new TypeName(t.start(), names, modifiers, List.of(), null, false, percentType);
    }

    private List<Expr> typeModifiers() {
        if (!isChar('(')) {
            return List.of();
        }
        next();
        List<Expr> modifiers = g.expressions.exprList();
        expectChar(')');
        return modifiers;
    }

    /**
     * ConstTypename and the built-in parts of SimpleTypename. In a typed literal
     * ({@code literal} true) INTERVAL's field list follows the string instead.
     */
    TypeName constTypename(boolean literal) {
        Token t = next();
        int at = t.start();
        switch (t.value()) {
            case "int", "integer":
                return TypeName.system(at, "int4");
            case "smallint":
                return TypeName.system(at, "int2");
            case "bigint":
                return TypeName.system(at, "int8");
            case "real":
                return TypeName.system(at, "float4");
            case "boolean":
                return TypeName.system(at, "bool");
            case "json":
                return TypeName.system(at, "json");
            case "double":
                expectKeyword("precision");
                return TypeName.system(at, "float8");
            case "float": {
                if (acceptChar('(')) {
                    Token p = peek();
                    int precision = integerConstant();
                    expectChar(')');
                    if (precision < 1) {
                        throw error(SqlState.INVALID_PARAMETER_VALUE,
                                "precision for type float must be at least 1 bit", p.start());
                    }
                    if (precision <= 24) {
                        return TypeName.system(at, "float4");
                    }
                    if (precision <= 53) {
                        return TypeName.system(at, "float8");
                    }
                    throw error(SqlState.INVALID_PARAMETER_VALUE,
                            "precision for type float must be less than 54 bits", p.start());
                }
                return TypeName.system(at, "float8");
            }
            case "decimal", "dec", "numeric":
                return TypeName.system(at, "numeric").withModifiers(typeModifiers());
            case "bit": {
                boolean varying = acceptKeyword("varying");
                TypeName type = TypeName.system(at, varying ? "varbit" : "bit");
                if (isChar('(')) {
                    return type.withModifiers(typeModifiers());
                }
                return varying ? type : type.withModifiers(List.of(one(at)));
            }
            case "character", "char", "varchar", "national", "nchar":
                return character(t);
            case "timestamp", "time": {
                List<Expr> modifiers = List.of();
                if (isChar('(')) {
                    next();
                    Token p = peek();
                    modifiers = List.of(new Expr.Literal(p.start(), Expr.LiteralKind.INTEGER,
                            Integer.toString(integerConstant())));
                    expectChar(')');
                }
                boolean withZone = false;
                if (isKeyword("with") && isKeyword(1, "time")) {
                    next();
                    next();
                    expectKeyword("zone");
                    withZone = true;
                } else if (isKeyword("without")) {
                    next();
                    expectKeyword("time");
                    expectKeyword("zone");
                }
                String name = t.value() + (withZone ? "tz" : "");
                return TypeName.system(at, name).withModifiers(modifiers);
            }
            case "interval": {
                if (isChar('(')) {
                    next();
                    Token p = peek();
                    Expr precision = new Expr.Literal(p.start(), Expr.LiteralKind.INTEGER,
                            Integer.toString(integerConstant()));
                    expectChar(')');
                    return TypeName.system(at, "interval").withModifiers(List.of(precision));
                }
                if (literal) {
                    return TypeName.system(at, "interval");
                }
                return intervalFields(TypeName.system(at, "interval"));
            }
            default:
                throw in.syntaxError(t);
        }
    }

    private static Expr one(int at) {
        return new Expr.Literal(at, Expr.LiteralKind.INTEGER, "1");
    }

    private TypeName character(Token t) {
        int at = t.start();
        boolean varying;
        switch (t.value()) {
            case "varchar" -> varying = true;
            case "national" -> {
                if (!acceptKeyword("character")) {
                    expectKeyword("char");
                }
                varying = acceptKeyword("varying");
            }
            default -> varying = acceptKeyword("varying");
        }
        TypeName type = TypeName.system(at, varying ? "varchar" : "bpchar");
        if (acceptChar('(')) {
            Token p = peek();
            int length = integerConstant();
            expectChar(')');
            return type.withModifiers(List.of(new Expr.Literal(p.start(), Expr.LiteralKind.INTEGER,
                    Integer.toString(length))));
        }
        return varying ? type : type.withModifiers(List.of(one(at)));
    }

    /** opt_interval after INTERVAL: YEAR, ... DAY TO SECOND(p); returns the type with the fields set. */
    TypeName intervalFields(TypeName type) {
        String fields = null;
        List<Expr> modifiers = type.modifiers();
        Token t = peek();
        if (t.kind() != TokenKind.KEYWORD) {
            return type;
        }
        switch (t.value()) {
            case "year" -> {
                next();
                fields = "year";
                if (acceptKeyword("to")) {
                    expectKeyword("month");
                    fields = "year to month";
                }
            }
            case "month" -> {
                next();
                fields = "month";
            }
            case "day", "hour", "minute" -> {
                next();
                fields = t.value();
                if (isKeyword("to")) {
                    next();
                    Token to = peek();
                    boolean ok = switch (t.value()) {
                        case "day" -> to.isKeyword("hour") || to.isKeyword("minute") || to.isKeyword("second");
                        case "hour" -> to.isKeyword("minute") || to.isKeyword("second");
                        default -> to.isKeyword("second");
                    };
                    if (!ok) {
                        throw syntaxError();
                    }
                    next();
                    fields = fields + " to " + to.value();
                    if (to.isKeyword("second")) {
                        modifiers = secondPrecision(modifiers);
                    }
                }
            }
            case "second" -> {
                next();
                fields = "second";
                modifiers = secondPrecision(modifiers);
            }
            default -> {
                return type;
            }
        }
        return new TypeName(type.location(), type.names(), modifiers, type.arrayBounds(), fields, false, false);
    }

    private List<Expr> secondPrecision(List<Expr> modifiers) {
        if (acceptChar('(')) {
            Token p = peek();
            int precision = integerConstant();
            expectChar(')');
            return List.of(new Expr.Literal(p.start(), Expr.LiteralKind.INTEGER, Integer.toString(precision)));
        }
        return modifiers;
    }
}
