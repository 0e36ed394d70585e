package io.opendsql.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code opendsql version}: the OpenDSQL version and the PostgreSQL version it speaks. */
@Command(name = "version", description = "Print the OpenDSQL version.")
public final class VersionCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.out.println("OpenDSQL " + Main.version() + " (PostgreSQL 16 protocol, DSQL-compatible)");
        return 0;
    }
}
