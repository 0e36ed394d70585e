/**
 * SQL lexer and parser with PostgreSQL 16's grammar and PostgreSQL's exact syntax errors.
 *
 * <h2>Entry point</h2>
 * {@link io.opendsql.sql.parse.Parser#parse(String)} turns a query string into
 * {@link io.opendsql.sql.parse.Statement}s (tree, own text, start offset), parsing the whole string
 * first as PostgreSQL does, so a syntax error anywhere rejects every statement. Errors are
 * {@code DsqlException}s: {@code 42601} "syntax error at or near "token"" / "at end of input" and the
 * scanner's messages, with PostgreSQL's 1-based character position in the whole string; nesting
 * beyond {@link io.opendsql.sql.parse.TokenCursor#MAX_DEPTH} gives {@code 54001 stack depth limit
 * exceeded} with PostgreSQL's hint.
 *
 * <h2>Layout</h2>
 * <ul>
 *   <li>Scanner: {@code Lexer}, {@code NumberScanner}, {@code EscapeDecoder}, {@code Keywords}
 *       (kwlist.h with categories and bare-label flags), {@code Token}/{@code TokenKind}.</li>
 *   <li>Grammar, one class per area, sharing a {@code TokenCursor} through {@code Grammar}:
 *       {@code ExpressionParser} (precedence climbing over gram.y's table, with bison's
 *       non-associativity), {@code PrimaryParser}, {@code FunctionParser}, {@code TypeNameParser},
 *       {@code JsonParser}, {@code XmlParser}; {@code QueryParser}, {@code SelectCoreParser},
 *       {@code FromParser}; {@code DmlParser}; {@code UtilityParser}, {@code SettingParser},
 *       {@code CommandParser}; {@code TableDdlParser}, {@code ConstraintParser},
 *       {@code AlterTableParser}, {@code ObjectDdlParser}, {@code FunctionDdlParser},
 *       {@code RoleParser}, {@code DropParser}, {@code PrivilegeParser};
 *       {@code StatementParser} dispatches on the first keyword.</li>
 *   <li>Printers back to canonical SQL (every operator application parenthesized):
 *       {@code StatementPrinter}, {@code QueryPrinter}, {@code ExprPrinter}, {@code FunctionPrinter},
 *       {@code UtilityPrinter}, {@code TableDdlPrinter}, {@code ObjectDdlPrinter};
 *       {@code CommandNames} gives CommandComplete tag names.</li>
 * </ul>
 * The tree is in {@code io.opendsql.sql.parse.ast}: sealed hierarchies of immutable records named
 * after PostgreSQL's parse nodes, each node carrying its 0-based source offset.
 */
package io.opendsql.sql.parse;
