package io.opendsql.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code opendsql} command line. */
@Command(name = "opendsql", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "A self-hostable database that behaves like Amazon Aurora DSQL.",
        subcommands = {StartCommand.class, TokenCommand.class, IamCommand.class, ClusterCommand.class,
                VersionCommand.class, CheckHistoryCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).setExpandAtFiles(false).execute(args));
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    static String version() {
        String version = Main.class.getPackage().getImplementationVersion();
        return version == null ? "development build" : version;
    }

    /** picocli's --version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"OpenDSQL " + version()};
        }
    }

    /** The launcher's path for messages telling the user what to run next. */
    static String launcher() {
        String path = System.getenv("OPENDSQL_LAUNCHER");
        if (path == null) {
            return "opendsql";
        }
        java.nio.file.Path cwd = java.nio.file.Path.of("").toAbsolutePath();
        java.nio.file.Path launcher = java.nio.file.Path.of(path);
        return launcher.getParent().equals(cwd) ? "./" + launcher.getFileName() : path;
    }
}
