#!/usr/bin/python3
"""Connects to OpenDSQL (or Aurora DSQL) with psycopg2 and runs SELECT 1.

The IAM auth token is the password; TLS is verify-full against the given CA. Prints the result as one
JSON line; exits non-zero on any error (the error, with its SQLSTATE when the server sent one, goes to
stderr as JSON).

Settings, from the environment (libpq's own variable names where there is one):
  PGHOST          host name or address to connect to (default 127.0.0.1)
  PGHOSTADDR      optional address to connect to while PGHOST names the host (SNI, certificate)
  PGPORT          port (default 5432)
  PGSSLROOTCERT   PEM file of the CA to trust (required)
  PGUSER          role (default admin)
  PGDATABASE      database (default postgres)
  DSQL_TOKEN      the auth token (required)
"""
import json
import os
import sys

import psycopg2


def main():
    token = os.environ.get("DSQL_TOKEN")
    root_cert = os.environ.get("PGSSLROOTCERT")
    if not token or not root_cert:
        raise SystemExit("set DSQL_TOKEN and PGSSLROOTCERT")
    parameters = {
        "host": os.environ.get("PGHOST", "127.0.0.1"),
        "port": int(os.environ.get("PGPORT", "5432")),
        "user": os.environ.get("PGUSER", "admin"),
        "dbname": os.environ.get("PGDATABASE", "postgres"),
        "password": token,
        "sslmode": "verify-full",
        "sslrootcert": root_cert,
        "connect_timeout": 15,
    }
    if os.environ.get("PGHOSTADDR"):
        parameters["hostaddr"] = os.environ["PGHOSTADDR"]
    connection = psycopg2.connect(**parameters)
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            one = cursor.fetchone()[0]
            cursor.execute("SELECT version()")
            version = cursor.fetchone()[0]
        ssl_in_use = bool(getattr(connection.info, "ssl_in_use", False))
        print(json.dumps({
            "client": "psycopg2",
            "psycopg2": psycopg2.__version__.split()[0],
            "libpq": psycopg2.extensions.libpq_version(),
            "one": one,
            "version": version,
            "tls": ssl_in_use,
            "tlsProtocol": connection.info.ssl_attribute("protocol") if ssl_in_use else None,
        }))
    finally:
        connection.close()


if __name__ == "__main__":
    try:
        main()
    except psycopg2.Error as error:
        diagnostics = error.diag if error.diag is not None else None
        print(json.dumps({
            "error": str(error).strip(),
            "code": error.pgcode,
            "hint": diagnostics.message_hint if diagnostics else None,
        }), file=sys.stderr)
        sys.exit(1)
