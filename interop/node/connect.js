#!/usr/bin/env node
// Connects to OpenDSQL (or Aurora DSQL) the way the AWS guides show for node-postgres: a token from
// @aws-sdk/dsql-signer as the password, TLS with certificate verification, then SELECT 1 and
// SELECT version(). Prints the results as one JSON line; exits non-zero on any error.
//
// Settings (argument --name=value, or the environment variable in brackets):
//   --host       address to connect to                     [PGHOST]      default 127.0.0.1
//   --port       port                                      [PGPORT]      default 5432
//   --ca         PEM file of the CA to trust               [PGSSLROOTCERT] required
//   --hostname   host name the token is signed for; also the TLS server name (SNI and certificate
//                check) unless it is an IP address         [DSQL_HOSTNAME] default: --host
//   --region     signing region                            [AWS_REGION]  default: the AWS config file
//   --user       database role; admin signs DbConnectAdmin, others DbConnect [PGUSER] default admin
//   --database   database                                  [PGDATABASE]  default postgres
//   --expires-in token lifetime in seconds                 [DSQL_EXPIRES_IN] default 900
// Credentials come from the AWS SDK's default chain: AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, or
// the files named by AWS_SHARED_CREDENTIALS_FILE and AWS_CONFIG_FILE.
"use strict";

const fs = require("node:fs");
const net = require("node:net");
const { Client } = require("pg");
const { DsqlSigner } = require("@aws-sdk/dsql-signer");

function settings(argv, env) {
  const args = {};
  for (const arg of argv) {
    const match = /^--([a-z-]+)=(.*)$/s.exec(arg);
    if (!match) {
      throw new Error(`unrecognised argument ${arg} (expected --name=value)`);
    }
    args[match[1]] = match[2];
  }
  const host = args.host ?? env.PGHOST ?? "127.0.0.1";
  const ca = args.ca ?? env.PGSSLROOTCERT;
  if (!ca) {
    throw new Error("no CA file: pass --ca=FILE or set PGSSLROOTCERT");
  }
  return {
    host,
    port: Number(args.port ?? env.PGPORT ?? 5432),
    ca,
    hostname: args.hostname ?? env.DSQL_HOSTNAME ?? host,
    region: args.region ?? env.AWS_REGION,
    user: args.user ?? env.PGUSER ?? "admin",
    database: args.database ?? env.PGDATABASE ?? "postgres",
    expiresIn: Number(args["expires-in"] ?? env.DSQL_EXPIRES_IN ?? 900),
  };
}

async function main() {
  const config = settings(process.argv.slice(2), process.env);
  const signerOptions = { hostname: config.hostname, expiresIn: config.expiresIn };
  if (config.region) {
    signerOptions.region = config.region;
  }
  const signer = new DsqlSigner(signerOptions);
  const token = config.user === "admin"
    ? await signer.getDbConnectAdminAuthToken()
    : await signer.getDbConnectAuthToken();

  const ssl = { ca: fs.readFileSync(config.ca, "utf8"), rejectUnauthorized: true };
  if (net.isIP(config.hostname) === 0) {
    ssl.servername = config.hostname; // SNI and the name the certificate must carry
  }
  const client = new Client({
    host: config.host,
    port: config.port,
    user: config.user,
    database: config.database,
    password: token,
    ssl,
    connectionTimeoutMillis: 15000,
  });
  await client.connect();
  try {
    const one = await client.query("SELECT 1 AS one");
    const version = await client.query("SELECT version() AS version");
    const encrypted = client.connection.stream.encrypted === true;
    process.stdout.write(JSON.stringify({
      client: "node-postgres",
      one: one.rows[0].one,
      version: version.rows[0].version,
      tls: encrypted,
      tlsProtocol: encrypted ? client.connection.stream.getProtocol() : null,
      serverName: ssl.servername ?? null,
    }) + "\n");
  } finally {
    await client.end();
  }
}

main().catch((error) => {
  const report = { error: error.message };
  for (const field of ["code", "severity", "hint", "detail"]) {
    if (error[field] !== undefined) {
      report[field] = error[field];
    }
  }
  process.stderr.write(JSON.stringify(report) + "\n");
  process.exit(1);
});
