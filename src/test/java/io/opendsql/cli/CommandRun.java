package io.opendsql.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** The exit code and captured output of one command-line run. */
record CommandRun(int exitCode, String out, String err) {
    static CommandRun of(Object command, String... args) {
        return of(new CommandLine(command), args);
    }

    static CommandRun of(CommandLine line, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        int exitCode = line.execute(args);
        return new CommandRun(exitCode, out.toString(), err.toString());
    }
}
