package io.opendsql.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * psycopg2 (Debian's python3) and node-postgres over verify-full TLS against the real session. Each test
 * fails where its client is missing (./run-tests installs them); node-postgres is looked up in
 * {@code interop/node/node_modules}
 * or the directory named by {@code -Dopendsql.node.modules}.
 */
class ScriptClientsTest {
    private static final Path PYTHON = Path.of("/usr/bin/python3");

    @TempDir
    Path dataDir;

    @Test
    void psycopg2() throws Exception {
        assertTrue(Files.isExecutable(PYTHON) && run(List.of(PYTHON.toString(), "-c", "import psycopg2"), Map.of())
                .exitCode() == 0, "psycopg2 is not installed");
        try (TestServer server = new TestServer(dataDir, config -> config, CountingOpener.dsql())) {
            String script = """
                    import sys, psycopg2
                    conn = psycopg2.connect(host='localhost', port=int(sys.argv[1]), dbname='postgres', user='admin',
                                            password=sys.argv[2], sslmode='verify-full', sslrootcert=sys.argv[3])
                    cur = conn.cursor()
                    cur.execute('SELECT 1')
                    print(cur.fetchone()[0])
                    try:
                        cur.execute('SHOW no_such_setting')
                    except psycopg2.Error as e:
                        print(e.pgcode)
                    conn.rollback()
                    cur.execute('SELECT version()')
                    print(cur.fetchone()[0])
                    conn.close()
                    """;
            Result result = run(List.of(PYTHON.toString(), "-c", script, Integer.toString(server.port()),
                    CountingOpener.PASSWORD, server.tls.caCertificateFile().toString()), Map.of());
            assertThat(result.output()).isEqualTo("1\n42704\nPostgreSQL 16\n");
            server.assertNoOpenConnections();
        }
    }

    @Test
    void nodePostgres() throws Exception {
        Path modules = Path.of(System.getProperty("opendsql.node.modules", "interop/node/node_modules"));
        assertTrue(Files.isDirectory(modules.resolve("pg")), "node-postgres is not installed");
        try (TestServer server = new TestServer(dataDir, config -> config, CountingOpener.dsql())) {
            String script = """
                    const { Client } = require('pg');
                    const fs = require('fs');
                    const [port, password, ca] = process.argv.slice(1);
                    (async () => {
                      const client = new Client({ host: 'localhost', port: Number(port), user: 'admin', password,
                        database: 'postgres', ssl: { ca: fs.readFileSync(ca), servername: 'localhost' } });
                      await client.connect();
                      console.log((await client.query('SELECT 1 AS one')).rows[0].one);
                      console.log((await client.query({ text: 'SELECT 2 AS two', values: [] })).rows[0].two);
                      try { await client.query('SHOW no_such_setting'); } catch (e) { console.log(e.code); }
                      await client.end();
                    })().catch(e => { console.error(e); process.exit(1); });
                    """;
            Result result = run(List.of("node", "-e", script, Integer.toString(server.port()), CountingOpener.PASSWORD,
                    server.tls.caCertificateFile().toString()), Map.of("NODE_PATH", modules.toAbsolutePath().toString()));
            assertThat(result.output()).isEqualTo("1\n2\n42704\n");
            server.assertNoOpenConnections();
        }
    }

    private record Result(int exitCode, String output) {
    }

    private static Result run(List<String> command, Map<String, String> environment)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return new Result(-1, output);
        }
        return new Result(process.exitValue(), output);
    }
}
