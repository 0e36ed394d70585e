package io.opendsql.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.opendsql.auth.SigningCredential;
import io.opendsql.common.DsqlException;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code opendsql cluster create|get|list|update|delete|tag|untag}: the DSQL API of a running server,
 * signed with SigV4 like the AWS CLI. Credentials come from {@code --profile}, else the
 * {@code AWS_ACCESS_KEY_ID}/{@code AWS_SECRET_ACCESS_KEY} environment, else the administrator key in
 * {@code --data-dir}; the server's CA is {@code <data-dir>/tls/ca.crt} unless {@code --ca-cert} says otherwise.
 */
@Command(name = "cluster", mixinStandardHelpOptions = true,
        description = "Create, inspect, change and delete clusters through the DSQL API of a running server.",
        subcommands = {ClusterCommand.Create.class, ClusterCommand.Get.class, ClusterCommand.ListClusters.class,
                ClusterCommand.Update.class, ClusterCommand.Delete.class, ClusterCommand.Tag.class,
                ClusterCommand.Untag.class})
public final class ClusterCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Options every subcommand shares: where the API is, who signs, how to print. */
    static final class ApiOptions {
        @Option(names = "--endpoint", defaultValue = "https://localhost:8443", paramLabel = "URL",
                description = "DSQL API endpoint (default: ${DEFAULT-VALUE}).")
        URI endpoint;

        @Option(names = "--region", defaultValue = "us-east-1",
                description = "Region the server serves and requests are signed for (default: ${DEFAULT-VALUE}).")
        String region;

        @Option(names = "--data-dir", defaultValue = "./data", paramLabel = "DIR",
                description = "Data directory with the administrator key and the CA (default: ${DEFAULT-VALUE}).")
        Path dataDir;

        @Option(names = "--ca-cert", paramLabel = "FILE",
                description = "CA certificate to trust (default: <data-dir>/tls/ca.crt when present).")
        Path caCertificate;

        @Option(names = "--profile", paramLabel = "NAME",
                description = "Profile of the AWS shared-credentials file (AWS_SHARED_CREDENTIALS_FILE or ~/.aws/credentials).")
        String profile;

        @Option(names = "--output", defaultValue = "text", paramLabel = "FORMAT",
                description = "text or json (default: ${DEFAULT-VALUE}).")
        String output;

        @Option(names = "--pg-port", defaultValue = "5432", paramLabel = "PORT",
                description = "The server's PostgreSQL port, for the connection hints (default: ${DEFAULT-VALUE}).")
        int pgPort;

        /** The process environment; tests replace it. */
        Map<String, String> environment = System.getenv();

        SigningCredential credential() throws IOException {
            return CredentialChain.resolve(profile, environment, dataDir);
        }

        Path caFile() {
            if (caCertificate != null) {
                return caCertificate;
            }
            Path generated = dataDir.resolve("tls").resolve("ca.crt");
            return Files.exists(generated) ? generated : null;
        }

        boolean json() {
            return output.equalsIgnoreCase("json");
        }
    }

    /** Runs a subcommand against the API: errors become one line on stderr and exit code 1. */
    abstract static class ApiCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ApiOptions api = new ApiOptions();

        /** The signing clock; tests replace it. */
        Clock clock = Clock.systemUTC();

        @Override
        public final Integer call() {
            if (!api.output.equalsIgnoreCase("text") && !api.json()) {
                spec.commandLine().getErr().println("error: --output must be text or json, was " + api.output);
                return 2;
            }
            try (ApiClient client = new ApiClient(api.endpoint, api.region, api.credential(), api.caFile(), clock)) {
                run(client, spec.commandLine().getOut());
                spec.commandLine().getOut().flush();
                return 0;
            } catch (ApiClient.ApiError e) {
                spec.commandLine().getErr().println("error: " + e.getMessage());
                return 1;
            } catch (IOException | DsqlException e) {
                spec.commandLine().getErr().println("error: " + describe(e));
                return 1;
            }
        }

        abstract void run(ApiClient client, PrintWriter out) throws IOException, ApiClient.ApiError;

        void print(PrintWriter out, JsonNode json, Runnable text) throws IOException {
            if (api.json()) {
                out.println(PRETTY.writeValueAsString(json));
            } else {
                text.run();
            }
        }

        private String describe(Exception e) {
            if (e instanceof java.net.ConnectException) {
                return "cannot reach the DSQL API at " + api.endpoint + " (is `opendsql start` running?)";
            }
            return ErrorText.of(e);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Command(name = "create", mixinStandardHelpOptions = true, description = "Create a cluster.")
    static final class Create extends ApiCommand {
        @Option(names = "--deletion-protection", negatable = true, defaultValue = "true", fallbackValue = "true",
                description = "Refuse deletion until turned off (default: on; --no-deletion-protection to create without).")
        boolean deletionProtection;

        @Option(names = "--tag", paramLabel = "KEY=VALUE", description = "A tag; repeat for several.")
        Map<String, String> tags = new LinkedHashMap<>();

        @Option(names = "--kms-key", paramLabel = "KEY", description = "A customer managed KMS key ARN or id.")
        String kmsKey;

        @Option(names = "--witness-region", paramLabel = "REGION", description = "Make a multi-Region cluster.")
        String witnessRegion;

        @Option(names = "--peer", paramLabel = "ARN", description = "ARN of a peer cluster; repeat for several.")
        List<String> peers = new ArrayList<>();

        @Option(names = "--client-token", paramLabel = "TOKEN", description = "Idempotency token.")
        String clientToken;

        @Option(names = "--wait", description = "Wait until the cluster is ACTIVE (or PENDING_SETUP) before printing.")
        boolean await;

        @Override
        void run(ApiClient client, PrintWriter out) throws IOException, ApiClient.ApiError {
            ObjectNode body = JSON.createObjectNode();
            body.put("deletionProtectionEnabled", deletionProtection);
            if (!tags.isEmpty()) {
                ObjectNode tagNode = body.putObject("tags");
                tags.forEach(tagNode::put);
            }
            if (kmsKey != null) {
                body.put("kmsEncryptionKey", kmsKey);
            }
            multiRegion(body, witnessRegion, peers);
            body.put("clientToken", clientToken != null ? clientToken : java.util.UUID.randomUUID().toString());
            JsonNode response = client.call("POST", "/cluster", body);
            JsonNode created = await ? waitForActive(client, response.path("identifier").asText()) : response;
            print(out, created, () -> {
                describeCluster(out, created);
                String endpoint = created.path("endpoint").asText();
                Path ca = api.caFile();
                out.println();
                out.println("Until it resolves in DNS, map the endpoint to this machine (a line for /etc/hosts):");
                out.println("  127.0.0.1 " + endpoint);
                out.println(created.path("status").asText().equals("ACTIVE") ? "Connect with psql:"
                        : "Connect with psql once it is ACTIVE:");
                String dataArg = api.dataDir.equals(Path.of("./data")) ? "" : " --data-dir " + api.dataDir;
                out.println("  PGPASSWORD=\"$(" + Main.launcher() + " token --admin --hostname " + endpoint
                        + " --region " + api.region + dataArg + ")\" psql \"host=" + endpoint + " hostaddr=127.0.0.1 port="
                        + api.pgPort + " user=admin dbname=postgres sslmode=verify-full"
                        + (ca == null ? "" : " sslrootcert=" + ca) + "\"");
            });
        }
    }

    @Command(name = "get", mixinStandardHelpOptions = true, description = "Show a cluster.")
    static final class Get extends ApiCommand {
        @Parameters(paramLabel = "ID", description = "Cluster identifier.")
        String id;

        @Override
        void run(ApiClient client, PrintWriter out) throws IOException, ApiClient.ApiError {
            JsonNode cluster = client.call("GET", "/cluster/" + encode(id), null);
            print(out, cluster, () -> describeCluster(out, cluster));
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the clusters.")
    static final class ListClusters extends ApiCommand {
        @Option(names = "--max-results", paramLabel = "N", description = "Page size, 1 to 100 (all pages are read).")
        Integer maxResults;

        @Override
        void run(ApiClient client, PrintWriter out) throws IOException, ApiClient.ApiError {
            ArrayNode all = JSON.createArrayNode();
            String nextToken = null;
            do {
                StringBuilder query = new StringBuilder();
                if (maxResults != null) {
                    query.append("max-results=").append(maxResults);
                }
                if (nextToken != null) {
                    query.append(query.isEmpty() ? "" : "&").append("next-token=").append(encode(nextToken));
                }
                JsonNode page = client.call("GET", "/cluster" + (query.isEmpty() ? "" : "?" + query), null);
                page.path("clusters").forEach(all::add);
                nextToken = page.hasNonNull("nextToken") ? page.get("nextToken").asText() : null;
            } while (nextToken != null);
            List<JsonNode> details = new ArrayList<>();
            for (JsonNode summary : all) {
                try {
                    details.add(client.call("GET", "/cluster/" + encode(summary.path("identifier").asText()), null));
                } catch (ApiClient.ApiError e) {
                    if (e.status != 404) {
                        throw e;
                    }
                }
            }
            ObjectNode result = JSON.createObjectNode();
            result.set("clusters", all);
            print(out, result, () -> {
                out.printf("%-26s  %-13s  %-10s  %s%n", "IDENTIFIER", "STATUS", "PROTECTED", "ENDPOINT");
                for (JsonNode cluster : details) {
                    out.printf("%-26s  %-13s  %-10s  %s%n", cluster.path("identifier").asText(),
                            cluster.path("status").asText(),
                            cluster.path("deletionProtectionEnabled").asBoolean() ? "yes" : "no",
                            cluster.path("endpoint").asText());
                }
            });
        }
    }

    @Command(name = "update", mixinStandardHelpOptions = true, description = "Change a cluster's settings.")
    static final class Update extends ApiCommand {
        @Parameters(paramLabel = "ID", description = "Cluster identifier.")
        String id;

        @Option(names = "--deletion-protection", negatable = true, fallbackValue = "true",
                description = "Turn deletion protection on (or off with --no-deletion-protection).")
        Boolean deletionProtection;

        @Option(names = "--kms-key", paramLabel = "KEY",
                description = "A customer managed KMS key ARN or id, or AWS_OWNED_KMS_KEY.")
        String kmsKey;

        @Option(names = "--witness-region", paramLabel = "REGION", description = "Witness Region.")
        String witnessRegion;

        @Option(names = "--peer", paramLabel = "ARN", description = "ARN of a peer cluster; repeat for several.")
        List<String> peers = new ArrayList<>();

        @Option(names = "--wait", description = "Wait until the cluster is ACTIVE again before printing.")
        boolean await;

        @Override
        void run(ApiClient client, PrintWriter out) throws IOException, ApiClient.ApiError {
            ObjectNode body = JSON.createObjectNode();
            if (deletionProtection != null) {
                body.put("deletionProtectionEnabled", deletionProtection);
            }
            if (kmsKey != null) {
                body.put("kmsEncryptionKey", kmsKey);
            }
            multiRegion(body, witnessRegion, peers);
            body.put("clientToken", java.util.UUID.randomUUID().toString());
            JsonNode response = client.call("POST", "/cluster/" + encode(id), body);
            JsonNode updated = await ? waitForActive(client, id) : response;
            print(out, updated, () -> describeCluster(out, updated));
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true,
            description = "Delete a cluster and its data (refused while deletion protection is on).")
    static final class Delete extends ApiCommand {
        @Parameters(paramLabel = "ID", description = "Cluster identifier.")
        String id;

        @Override
        void run(ApiClient client, PrintWriter out) throws IOException, ApiClient.ApiError {
            JsonNode deleted = client.call("DELETE", "/cluster/" + encode(id) + "?client-token="
                    + java.util.UUID.randomUUID(), null);
            print(out, deleted, () -> describeCluster(out, deleted));
        }
    }

    @Command(name = "tag", mixinStandardHelpOptions = true, description = "Add or replace tags of a cluster.")
    static final class Tag extends ApiCommand {
        @Parameters(index = "0", paramLabel = "ID|ARN", description = "Cluster identifier or ARN.")
        String cluster;

        @Parameters(index = "1..*", arity = "1..*", paramLabel = "KEY=VALUE", description = "Tags to set.")
        Map<String, String> tags;

        @Override
        void run(ApiClient client, PrintWriter out) throws IOException, ApiClient.ApiError {
            String arn = arnOf(client, cluster);
            ObjectNode body = JSON.createObjectNode();
            ObjectNode tagNode = body.putObject("tags");
            tags.forEach(tagNode::put);
            client.call("POST", "/tags/" + encode(arn), body);
            JsonNode now = client.call("GET", "/tags/" + encode(arn), null);
            print(out, now, () -> printTags(out, now.path("tags")));
        }
    }

    @Command(name = "untag", mixinStandardHelpOptions = true, description = "Remove tags from a cluster.")
    static final class Untag extends ApiCommand {
        @Parameters(index = "0", paramLabel = "ID|ARN", description = "Cluster identifier or ARN.")
        String cluster;

        @Parameters(index = "1..*", arity = "1..*", paramLabel = "KEY", description = "Tag keys to remove.")
        List<String> keys;

        @Override
        void run(ApiClient client, PrintWriter out) throws IOException, ApiClient.ApiError {
            String arn = arnOf(client, cluster);
            StringBuilder query = new StringBuilder();
            for (String key : keys) {
                query.append(query.isEmpty() ? "?" : "&").append("tagKeys=").append(encode(key));
            }
            client.call("DELETE", "/tags/" + encode(arn) + query, null);
            JsonNode now = client.call("GET", "/tags/" + encode(arn), null);
            print(out, now, () -> printTags(out, now.path("tags")));
        }
    }

    private static void multiRegion(ObjectNode body, String witnessRegion, List<String> peers) {
        if (witnessRegion == null && peers.isEmpty()) {
            return;
        }
        ObjectNode properties = body.putObject("multiRegionProperties");
        if (witnessRegion != null) {
            properties.put("witnessRegion", witnessRegion);
        }
        if (!peers.isEmpty()) {
            ArrayNode clusters = properties.putArray("clusters");
            peers.forEach(clusters::add);
        }
    }

    /** Polls GetCluster until the cluster leaves CREATING/UPDATING (at most two minutes); returns it. */
    private static JsonNode waitForActive(ApiClient client, String id) throws IOException, ApiClient.ApiError {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(2);
        while (true) {
            JsonNode cluster = client.call("GET", "/cluster/" + encode(id), null);
            String status = cluster.path("status").asText();
            if (!status.equals("CREATING") && !status.equals("UPDATING") || System.nanoTime() > deadline) {
                return cluster;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for cluster " + id, e);
            }
        }
    }

    /** An ARN as given, or the ARN of the cluster with this identifier. */
    private static String arnOf(ApiClient client, String cluster) throws IOException, ApiClient.ApiError {
        if (cluster.startsWith("arn:")) {
            return cluster;
        }
        return client.call("GET", "/cluster/" + encode(cluster), null).path("arn").asText();
    }

    private static void describeCluster(PrintWriter out, JsonNode cluster) {
        Map<String, String> lines = new LinkedHashMap<>();
        lines.put("identifier", cluster.path("identifier").asText());
        lines.put("arn", cluster.path("arn").asText());
        lines.put("status", cluster.path("status").asText());
        if (cluster.has("endpoint")) {
            lines.put("endpoint", cluster.path("endpoint").asText());
        }
        if (cluster.has("creationTime")) {
            BigDecimal seconds = cluster.path("creationTime").decimalValue();
            lines.put("created", Instant.ofEpochMilli(seconds.movePointRight(3).longValue()).toString());
        }
        if (cluster.has("deletionProtectionEnabled")) {
            lines.put("deletion protection", cluster.path("deletionProtectionEnabled").asBoolean() ? "on" : "off");
        }
        if (cluster.has("encryptionDetails")) {
            JsonNode encryption = cluster.path("encryptionDetails");
            lines.put("encryption", encryption.path("encryptionType").asText()
                    + (encryption.has("kmsKeyArn") ? " " + encryption.path("kmsKeyArn").asText() : ""));
        }
        if (cluster.has("multiRegionProperties")) {
            JsonNode properties = cluster.path("multiRegionProperties");
            List<String> peers = new ArrayList<>();
            properties.path("clusters").forEach(peer -> peers.add(peer.asText()));
            lines.put("witness region", properties.path("witnessRegion").asText("-"));
            lines.put("peers", peers.isEmpty() ? "-" : String.join(", ", peers));
        }
        if (cluster.has("tags")) {
            List<String> tags = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = cluster.path("tags").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> tag = it.next();
                tags.add(tag.getKey() + "=" + tag.getValue().asText());
            }
            lines.put("tags", tags.isEmpty() ? "-" : String.join(", ", tags));
        }
        lines.forEach((name, value) -> out.printf("%-20s %s%n", name, value));
    }

    private static void printTags(PrintWriter out, JsonNode tags) {
        for (Iterator<Map.Entry<String, JsonNode>> it = tags.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> tag = it.next();
            out.println(tag.getKey() + "=" + tag.getValue().asText());
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
