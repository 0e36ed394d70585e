#!/usr/bin/env bash
# Installs the real clients the interop tests drive: psql, psycopg2 (Debian's python3), node-postgres,
# the AWS signer and the AWS SDK's DSQL client (npm). Does nothing when they are already there.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

missing=()
[[ -x /usr/bin/psql ]] || missing+=(postgresql-client)   # the interop tests run /usr/bin/psql
/usr/bin/python3 -c 'import psycopg2' >/dev/null 2>&1 || missing+=(python3-psycopg2)
command -v node >/dev/null 2>&1 || missing+=(nodejs npm)
if (( ${#missing[@]} )); then
    echo "installing Debian packages: ${missing[*]}" >&2
    SUDO=""; [[ $(id -u) -eq 0 ]] || SUDO=sudo
    $SUDO apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >&2
fi

# npm ci when node_modules is missing or older than the lock file (npm keeps its own copy of the lock
# it installed from in node_modules/.package-lock.json)
for dir in "$here"/interop/node "$here"/interop/control-node; do
    if [[ -f "$dir/package-lock.json" && ( ! -f "$dir/node_modules/.package-lock.json" \
            || "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ) ]]; then
        echo "installing npm packages in $dir" >&2
        (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error) >&2
    fi
done
