package io.opendsql.cli;

import io.opendsql.auth.AccessKey;
import io.opendsql.auth.IamStore;
import io.opendsql.auth.Principal;
import io.opendsql.common.DsqlException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code opendsql iam}: manages the local IAM store (users, roles, access keys, inline policies, role
 * sessions) in {@code <data-dir>/iam}. A PRINCIPAL is an ARN, {@code user/NAME}, {@code role/NAME} or a bare name.
 * Exit codes: 0 done, 1 refused or failed (message on stderr), 2 bad arguments.
 *
 * <p>{@code put-policy --document @FILE} reaches this command only when the root {@code CommandLine}
 * has {@code setExpandAtFiles(false)}; otherwise picocli expands {@code @FILE} itself. The AWS CLI
 * form {@code file://FILE} always works.
 */
@Command(name = "iam", mixinStandardHelpOptions = true,
        description = "Manage the local IAM users, roles, access keys and policies; assume roles.",
        subcommands = {IamCommand.CreateUser.class, IamCommand.CreateRole.class, IamCommand.CreateAccessKey.class,
                       IamCommand.PutPolicy.class, IamCommand.DeletePolicy.class, IamCommand.Tag.class,
                       IamCommand.ListPrincipals.class, IamAssumeRoleCommand.class})
public final class IamCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--data-dir", defaultValue = "./data", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Data directory (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    /** The process environment, where subcommands find AWS credentials; tests replace it. */
    Map<String, String> environment = System.getenv();

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "missing subcommand");
    }

    /** Runs {@code action} against the store, turning refusals into exit code 1. */
    int run(CommandSpec command, StoreAction action) {
        try {
            IamStore store = IamStore.openOrCreate(dataDir);
            action.run(store, command.commandLine().getOut());
            command.commandLine().getOut().flush();
            return 0;
        } catch (DsqlException | IOException e) {
            command.commandLine().getErr().println("error: " + ErrorText.of(e));
            return 1;
        }
    }

    @FunctionalInterface
    interface StoreAction {
        void run(IamStore store, PrintWriter out) throws IOException;
    }

    /** Shared plumbing of the subcommands. */
    abstract static class Subcommand implements Callable<Integer> {
        @ParentCommand
        IamCommand parent;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return parent.run(spec, this::run);
        }

        abstract void run(IamStore store, PrintWriter out) throws IOException;
    }

    @Command(name = "create-user", mixinStandardHelpOptions = true, description = "Create an IAM user; prints its ARN.")
    static final class CreateUser extends Subcommand {
        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        void run(IamStore store, PrintWriter out) {
            out.println(store.createUser(name).arn());
        }
    }

    @Command(name = "create-role", mixinStandardHelpOptions = true, description = {"Create an IAM role; prints its ARN.",
                    "Roles have no access keys: get temporary credentials with assume-role."})
    static final class CreateRole extends Subcommand {
        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        void run(IamStore store, PrintWriter out) {
            out.println(store.createRole(name).arn());
        }
    }

    @Command(name = "create-access-key", mixinStandardHelpOptions = true,
            description = "Create an access key for a user; prints it in shared-credentials form.")
    static final class CreateAccessKey extends Subcommand {
        @Parameters(paramLabel = "PRINCIPAL")
        String principal;

        @Override
        void run(IamStore store, PrintWriter out) {
            AccessKey key = store.createAccessKey(store.resolve(principal).arn());
            out.println("aws_access_key_id = " + key.accessKeyId());
            out.println("aws_secret_access_key = " + key.secretAccessKey());
        }
    }

    @Command(name = "put-policy", mixinStandardHelpOptions = true,
            description = "Attach or replace a named inline policy.")
    static final class PutPolicy extends Subcommand {
        /** The AWS CLI's way to name a file argument. */
        private static final String FILE_PREFIX = "file://";

        @Parameters(index = "0", paramLabel = "PRINCIPAL")
        String principal;

        @Parameters(index = "1", paramLabel = "POLICY_NAME")
        String policyName;

        @Option(names = "--document", required = true, paramLabel = "JSON|file://FILE|@FILE",
                description = "The policy JSON, or file://FILE or @FILE to read it from a file (@- for standard input).")
        String document;

        @Override
        void run(IamStore store, PrintWriter out) throws IOException {
            store.putPolicy(store.resolve(principal).arn(), policyName, documentText());
            out.println("policy " + policyName + " attached to " + store.resolve(principal).arn());
        }

        private String documentText() throws IOException {
            if (document.equals("@-")) {
                return new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (document.startsWith(FILE_PREFIX)) {
                return Files.readString(Path.of(document.substring(FILE_PREFIX.length())));
            }
            return document.startsWith("@") ? Files.readString(Path.of(document.substring(1))) : document;
        }
    }

    @Command(name = "delete-policy", mixinStandardHelpOptions = true, description = "Remove a named inline policy.")
    static final class DeletePolicy extends Subcommand {
        @Parameters(index = "0", paramLabel = "PRINCIPAL")
        String principal;

        @Parameters(index = "1", paramLabel = "POLICY_NAME")
        String policyName;

        @Override
        void run(IamStore store, PrintWriter out) {
            store.deletePolicy(store.resolve(principal).arn(), policyName);
            out.println("policy " + policyName + " removed from " + store.resolve(principal).arn());
        }
    }

    @Command(name = "tag", mixinStandardHelpOptions = true,
            description = "Add or replace principal tags (aws:PrincipalTag/KEY in policy conditions).")
    static final class Tag extends Subcommand {
        @Parameters(index = "0", paramLabel = "PRINCIPAL")
        String principal;

        @Parameters(index = "1..*", arity = "1..*", paramLabel = "KEY=VALUE")
        List<String> tags;

        @Override
        void run(IamStore store, PrintWriter out) {
            Map<String, String> parsed = new LinkedHashMap<>();
            for (String tag : tags) {
                int equals = tag.indexOf('=');
                if (equals <= 0) {
                    throw new ParameterException(spec.commandLine(), "tag must be KEY=VALUE: " + tag);
                }
                parsed.put(tag.substring(0, equals), tag.substring(equals + 1));
            }
            out.println("tags of " + store.tagPrincipal(store.resolve(principal).arn(), parsed).arn() + ": "
                    + store.resolve(principal).tags());
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List the account, principals, their access key ids, role sessions and policy names "
                    + "(never secrets).")
    static final class ListPrincipals extends Subcommand {
        @Override
        void run(IamStore store, PrintWriter out) {
            out.println("account " + store.accountId());
            for (Principal principal : store.principals()) {
                out.println(principal.arn());
                for (AccessKey key : store.accessKeys(principal.arn())) {
                    out.println(key.temporary()
                            ? "  session " + key.sessionName() + " access key " + key.accessKeyId() + " expires "
                                    + key.expiration()
                            : "  access key " + key.accessKeyId());
                }
                for (String policy : principal.policies().keySet()) {
                    out.println("  policy " + policy);
                }
                if (!principal.tags().isEmpty()) {
                    out.println("  tags " + principal.tags());
                }
            }
        }
    }
}
