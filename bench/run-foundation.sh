#!/usr/bin/env bash
# The foundation benchmark: OpenDSQL and PostgreSQL 15 side by side over pgJDBC with TLS verify-full
# (connection setup; SELECT 1 per second on 1 and 8 connections), then the idle-connection check
# (10,000 TLS connections held open against OpenDSQL). Not a test. See bench/README.md.
#
#   bench/run-foundation.sh                 everything
#   bench/run-foundation.sh compare         only the side-by-side table
#   bench/run-foundation.sh idle            only the idle-connection check
# Settings (environment): CONNECTS=500 (per round) SECONDS_PER_RUN=10 THREADS=8 ROUNDS=3 IDLE_COUNT=10000
#   HOLD_SECONDS=30
#   POSTGRES_AUTH=scram-sha-256 (or password: cleartext over TLS, as OpenDSQL's token exchange)
#   OPENDSQL_HEAP=2g  CLIENT_HEAP=3g  KEEP=1 (keep the work directory)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
what="${1:-all}"
case "$what" in all|compare|idle) ;; *) echo "usage: $0 [all|compare|idle]" >&2; exit 2 ;; esac
CONNECTS="${CONNECTS:-500}"
SECONDS_PER_RUN="${SECONDS_PER_RUN:-10}"
THREADS="${THREADS:-8}"
ROUNDS="${ROUNDS:-3}"
IDLE_COUNT="${IDLE_COUNT:-10000}"
HOLD_SECONDS="${HOLD_SECONDS:-30}"
POSTGRES_AUTH="${POSTGRES_AUTH:-scram-sha-256}"
OPENDSQL_HEAP="${OPENDSQL_HEAP:-2g}"
CLIENT_HEAP="${CLIENT_HEAP:-3g}"
PGBIN=/usr/lib/postgresql/15/bin
ulimit -n "$(ulimit -Hn)"   # each of 10,000 connections is a descriptor on both sides

source "$here/scripts/java-env.sh"
cd "$here"

work="$(mktemp -d /tmp/opendsql-bench.XXXXXX)"
chmod 755 "$work"
results="$here/bench/results"
mkdir -p "$results"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
pids=()
cleanup() {
    local pid
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    if [[ -f "$work/postgres/data/postmaster.pid" ]]; then
        as_postgres "$PGBIN/pg_ctl" -D "$work/postgres/data" -m immediate stop >/dev/null 2>&1 || true
    fi
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    if [[ -z "${KEEP:-}" ]]; then rm -rf "$work"; else echo "work directory kept: $work" >&2; fi
}
trap cleanup EXIT

as_postgres() {
    if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
    local port
    for port in $(shuf -i 20000-39999 -n 50); do
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
    done
    echo "no free port found" >&2; exit 1
}

wait_for_port() {  # port, pid, log
    local i
    for i in $(seq 1 600); do
        if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then return 0; fi
        if ! kill -0 "$2" 2>/dev/null; then echo "server exited; its log:" >&2; cat "$3" >&2; exit 1; fi
        sleep 0.2
    done
    echo "port $1 did not open; log:" >&2; cat "$3" >&2; exit 1
}

echo "== building OpenDSQL and the bench classes" >&2
mvn -q -B -DskipTests package
mvn -q -B -DskipTests test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/bench-classpath.txt
classpath="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"

start_opendsql() {  # data directory name; sets opendsql_port, opendsql_pid, opendsql_ca, OPENDSQL_PASSWORD
    echo "== starting OpenDSQL (heap limit $OPENDSQL_HEAP)" >&2
    opendsql_port="$(free_port)"
    OPENDSQL_JAVA_OPTS="-Xmx$OPENDSQL_HEAP ${OPENDSQL_JAVA_OPTS:-}" ./opendsql start --data-dir "$work/$1" \
        --port "$opendsql_port" --max-connections $((IDLE_COUNT + 2000)) --connection-rate 1000000 \
        --connection-burst 1000000 >"$work/$1.log" 2>&1 &
    opendsql_pid=$!
    pids+=("$opendsql_pid")
    wait_for_port "$opendsql_port" "$opendsql_pid" "$work/$1.log"
    opendsql_ca="$work/$1/tls/ca.crt"
    OPENDSQL_PASSWORD="$(./opendsql token --admin --hostname 127.0.0.1 --expires-in 3600 --data-dir "$work/$1")"
    export OPENDSQL_PASSWORD
}

stop_opendsql() {
    kill "$opendsql_pid"
    wait "$opendsql_pid" 2>/dev/null || true
}

if [[ "$what" != idle ]]; then
    start_opendsql opendsql-compare
    echo "== starting PostgreSQL 15" >&2
    if [[ ! -x "$PGBIN/postgres" ]]; then
        SUDO=""; [[ $(id -u) -eq 0 ]] || SUDO=sudo
        $SUDO apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql-15 >&2
    fi
    postgres_port="$(free_port)"
    mkdir -p "$work/postgres"
    POSTGRES_PASSWORD="bench-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
    export POSTGRES_PASSWORD
    printf '%s\n' "$POSTGRES_PASSWORD" >"$work/postgres/password"
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 -subj "/CN=localhost" \
        -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" \
        -keyout "$work/postgres/server.key" -out "$work/postgres/server.crt" 2>/dev/null
    chmod 600 "$work/postgres/server.key"
    [[ $(id -u) -ne 0 ]] || chown -R postgres: "$work/postgres"
    as_postgres "$PGBIN/initdb" -D "$work/postgres/data" -U postgres -E UTF8 --locale=C \
        --auth-local=trust --auth-host="$POSTGRES_AUTH" --pwfile="$work/postgres/password" >/dev/null
    cat >>"$work/postgres/data/postgresql.conf" <<CONF
port = $postgres_port
listen_addresses = '127.0.0.1'
unix_socket_directories = '$work/postgres'
max_connections = 200
ssl = on
ssl_cert_file = '$work/postgres/server.crt'
ssl_key_file = '$work/postgres/server.key'
password_encryption = scram-sha-256
CONF
    printf 'local all all trust\nhostssl all all 127.0.0.1/32 %s\nhostnossl all all 0.0.0.0/0 reject\n' \
        "$POSTGRES_AUTH" >"$work/postgres/data/pg_hba.conf"
    as_postgres "$PGBIN/pg_ctl" -D "$work/postgres/data" -l "$work/postgres/postgres.log" -w start >/dev/null

    load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
    echo "== comparing (pgJDBC, sslmode=verify-full; PostgreSQL auth: $POSTGRES_AUTH)" >&2
    java -Xmx1g -cp "$classpath" io.opendsql.bench.FoundationBench \
        --opendsql-port="$opendsql_port" --opendsql-ca="$opendsql_ca" \
        --postgres-port="$postgres_port" --postgres-ca="$work/postgres/server.crt" \
        --connects="$CONNECTS" --seconds="$SECONDS_PER_RUN" --threads="$THREADS" --rounds="$ROUNDS" \
        --out="$results/foundation-$stamp.txt"
    machine="$(nproc) cores; load average before/after: $load_before / $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "$machine; PostgreSQL auth: $POSTGRES_AUTH" | tee -a "$results/foundation-$stamp.txt"
    as_postgres "$PGBIN/pg_ctl" -D "$work/postgres/data" -m fast stop >/dev/null
    stop_opendsql
fi

if [[ "$what" != compare ]]; then
    start_opendsql opendsql-idle   # a fresh server, so its memory is the idle connections' alone
    echo "== $IDLE_COUNT idle connections to OpenDSQL (server pid $opendsql_pid, heap limit $OPENDSQL_HEAP)" >&2
    java -Xmx"$CLIENT_HEAP" -cp "$classpath" io.opendsql.bench.IdleConnections \
        --port="$opendsql_port" --ca="$opendsql_ca" --server-pid="$opendsql_pid" \
        --count="$IDLE_COUNT" --hold-seconds="$HOLD_SECONDS" --threads="$THREADS" | tee "$results/idle-$stamp.txt"
    echo "$(nproc) cores; load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$results/idle-$stamp.txt"
fi
