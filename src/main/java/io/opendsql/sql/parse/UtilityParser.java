package io.opendsql.sql.parse;

import io.opendsql.sql.parse.ast.DefElem;
import io.opendsql.sql.parse.ast.Expr;
import io.opendsql.sql.parse.ast.RangeVar;
import io.opendsql.sql.parse.ast.Stmt;
import io.opendsql.sql.parse.ast.TypeName;
import io.opendsql.sql.parse.ast.UtilityStmt;
import io.opendsql.sql.parse.ast.UtilityStmt.TransactionKind;
import io.opendsql.sql.parse.ast.UtilityStmt.TransactionMode;
import io.opendsql.sql.parse.ast.UtilityStmt.TransactionStmt;

import java.util.ArrayList;
import java.util.List;

/** Transaction control and the utility commands (SET/SHOW live in {@link SettingParser}). */
final class UtilityParser extends GrammarArea {
    private final SettingParser settings;
    private final CommandParser commands;

    UtilityParser(Grammar grammar) {
        super(grammar);
        this.settings = new SettingParser(grammar);
        this.commands = new CommandParser(grammar);
    }

    SettingParser settings() {
        return settings;
    }

    Stmt statement() {
        Token t = peek();
        return switch (t.value()) {
            case "begin", "start", "commit", "end", "rollback", "abort", "savepoint", "release" -> transaction();
            case "prepare" -> isKeyword(1, "transaction") ? transaction() : commands.prepare();
            case "set", "reset", "show" -> settings.statement();
            case "explain" -> commands.explain();
            case "analyze", "analyse", "vacuum" -> commands.vacuum();
            case "call" -> commands.call();
            case "execute" -> commands.execute();
            case "deallocate" -> commands.deallocate();
            case "declare" -> commands.declare();
            case "fetch", "move" -> commands.fetch();
            case "close" -> commands.close();
            case "discard" -> commands.discard();
            case "listen", "unlisten", "notify" -> commands.listen();
            case "lock" -> commands.lock();
            case "truncate" -> commands.truncate();
            case "copy" -> commands.copy();
            case "do" -> commands.doStatement();
            case "checkpoint" -> {
                next();
                yield new UtilityStmt.CheckpointStmt(t.start());
            }
            case "load" -> {
                next();
                yield new UtilityStmt.LoadStmt(t.start(), stringConstant());
            }
            default -> throw syntaxError();
        };
    }

    private boolean optTransaction() {
        return acceptKeyword("work") || acceptKeyword("transaction");
    }

    private boolean optChain() {
        if (acceptKeyword("and")) {
            boolean no = acceptKeyword("no");
            expectKeyword("chain");
            return !no;
        }
        return false;
    }

    private TransactionStmt transaction() {
        Token t = next();
        int at = t.start();
        String word = t.value();
        switch (word) {
            case "begin" -> {
                optTransaction();
                return new TransactionStmt(at, TransactionKind.BEGIN, transactionModes(), null, false, word);
            }
            case "start" -> {
                expectKeyword("transaction");
                return new TransactionStmt(at, TransactionKind.START, transactionModes(), null, false, word);
            }
            case "commit", "end" -> {
                if (word.equals("commit") && acceptKeyword("prepared")) {
                    return new TransactionStmt(at, TransactionKind.COMMIT_PREPARED, List.of(), stringConstant(),
                            false, word);
                }
                optTransaction();
                boolean chain = optChain();
                return new TransactionStmt(at, TransactionKind.COMMIT, List.of(), null, chain, word);
            }
            case "rollback", "abort" -> {
                if (word.equals("rollback") && acceptKeyword("prepared")) {
                    return new TransactionStmt(at, TransactionKind.ROLLBACK_PREPARED, List.of(), stringConstant(),
                            false, word);
                }
                optTransaction();
                if (word.equals("rollback") && acceptKeyword("to")) {
                    acceptKeyword("savepoint");
                    return new TransactionStmt(at, TransactionKind.ROLLBACK_TO, List.of(), colId(), false, word);
                }
                boolean chain = optChain();
                return new TransactionStmt(at, TransactionKind.ROLLBACK, List.of(), null, chain, word);
            }
            case "savepoint" -> {
                return new TransactionStmt(at, TransactionKind.SAVEPOINT, List.of(), colId(), false, word);
            }
            case "release" -> {
                acceptKeyword("savepoint");
                return new TransactionStmt(at, TransactionKind.RELEASE, List.of(), colId(), false, word);
            }
            case "prepare" -> {
                expectKeyword("transaction");
                return new TransactionStmt(at, TransactionKind.PREPARE, List.of(), stringConstant(), false, word);
            }
            default -> throw in.syntaxError(t);
        }
    }

    /** transaction_mode_list_or_empty: items separated by ',' or just whitespace. */
    List<TransactionMode> transactionModes() {
        List<TransactionMode> modes = new ArrayList<>();
        if (!startsTransactionMode()) {
            return modes;
        }
        modes.add(transactionMode());
        while (true) {
            if (isChar(',')) {
                next();
                if (!startsTransactionMode()) {
                    throw syntaxError();
                }
                modes.add(transactionMode());
            } else if (startsTransactionMode()) {
                modes.add(transactionMode());
            } else {
                return modes;
            }
        }
    }

    private boolean startsTransactionMode() {
        return isKeyword("isolation") || isKeyword("read") || isKeyword("deferrable") || isKeyword("not");
    }

    /** A transaction mode; a list is required (for SET TRANSACTION) when {@code required}. */
    List<TransactionMode> requiredTransactionModes() {
        if (!startsTransactionMode()) {
            throw syntaxError();
        }
        return transactionModes();
    }

    private TransactionMode transactionMode() {
        if (acceptKeyword("isolation")) {
            expectKeyword("level");
            String level;
            if (acceptKeyword("read")) {
                if (acceptKeyword("uncommitted")) {
                    level = "read uncommitted";
                } else {
                    expectKeyword("committed");
                    level = "read committed";
                }
            } else if (acceptKeyword("repeatable")) {
                expectKeyword("read");
                level = "repeatable read";
            } else {
                expectKeyword("serializable");
                level = "serializable";
            }
            return new TransactionMode("transaction_isolation", level);
        }
        if (acceptKeyword("read")) {
            if (acceptKeyword("only")) {
                return new TransactionMode("transaction_read_only", "true");
            }
            expectKeyword("write");
            return new TransactionMode("transaction_read_only", "false");
        }
        if (acceptKeyword("deferrable")) {
            return new TransactionMode("transaction_deferrable", "true");
        }
        expectKeyword("not");
        expectKeyword("deferrable");
        return new TransactionMode("transaction_deferrable", "false");
    }

    /** utility_option_list for EXPLAIN, VACUUM and ANALYZE; the cursor is at '('. */
    List<DefElem> utilityOptions() {
        expectChar('(');
        List<DefElem> options = new ArrayList<>();
        do {
            Token name = peek();
            if (!isNonReservedWord(name) && !name.isKeyword("analyze") && !name.isKeyword("analyse")) {
                throw syntaxError();
            }
            next();
            Expr value = null;
            if (!isChar(',') && !isChar(')')) {
                value = optionValue();
            }
            options.add(new DefElem(name.value(), value));
        } while (acceptChar(','));
        expectChar(')');
        return options;
    }

    /** opt_boolean_or_string | NumericOnly: TRUE, FALSE, ON, a non-reserved word, a string, or a number. */
    Expr optionValue() {
        Token t = peek();
        if (t.isKeyword("true") || t.isKeyword("false") || t.isKeyword("on")) {
            next();
            return new Expr.Literal(t.start(), Expr.LiteralKind.STRING, t.value());
        }
        if (t.kind() == TokenKind.STRING) {
            next();
            return literal(t, Expr.LiteralKind.STRING);
        }
        if (isNonReservedWord(t)) {
            next();
            return new Expr.Literal(t.start(), Expr.LiteralKind.STRING, t.value());
        }
        return numericOnly();
    }

    /** NumericOnly: [+|-] FCONST | SignedIconst. */
    Expr numericOnly() {
        Token t = peek();
        String sign = "";
        if (t.isChar('+') || t.isChar('-')) {
            next();
            sign = t.isChar('-') ? "-" : "";
        }
        Token number = peek();
        if (number.kind() == TokenKind.INTEGER) {
            next();
            return new Expr.Literal(t.start(), Expr.LiteralKind.INTEGER, sign + number.value());
        }
        if (number.kind() == TokenKind.NUMERIC) {
            next();
            return new Expr.Literal(t.start(), Expr.LiteralKind.NUMERIC, sign + number.value());
        }
        throw syntaxError();
    }

    /** relation_expr_list. */
    List<RangeVar> relationList() {
        List<RangeVar> relations = new ArrayList<>();
        do {
            relations.add(g.from.relationExpr());
        } while (acceptChar(','));
        return relations;
    }

    /** type_list: Typename (',' Typename)*. */
    List<TypeName> typeList() {
        List<TypeName> types = new ArrayList<>();
        do {
            types.add(g.types.typeName());
        } while (acceptChar(','));
        return types;
    }
}
