package io.opendsql.sql.parse;

/** The parsers of each grammar area, sharing one token cursor. */
final class Grammar {
    final TokenCursor cursor;
    final TypeNameParser types;
    final ExpressionParser expressions;
    final FunctionParser functions;
    final QueryParser queries;
    final SelectCoreParser selectCore;
    final FromParser from;
    final DmlParser dml;
    final UtilityParser utility;
    final TableDdlParser ddl;
    final AlterTableParser alterTable;
    final ObjectDdlParser objects;
    final PrivilegeParser privileges;
    final StatementParser statements;
    final XmlParser xml;
    final JsonParser json;

    Grammar(TokenCursor cursor) {
        this.cursor = cursor;
        this.types = new TypeNameParser(this);
        this.expressions = new ExpressionParser(this);
        this.functions = new FunctionParser(this);
        this.queries = new QueryParser(this);
        this.selectCore = new SelectCoreParser(this);
        this.from = new FromParser(this);
        this.dml = new DmlParser(this);
        this.utility = new UtilityParser(this);
        this.ddl = new TableDdlParser(this);
        this.alterTable = new AlterTableParser(this);
        this.objects = new ObjectDdlParser(this);
        this.privileges = new PrivilegeParser(this);
        this.statements = new StatementParser(this);
        this.xml = new XmlParser(this);
        this.json = new JsonParser(this);
    }
}
