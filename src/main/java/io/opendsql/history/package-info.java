/**
 * Checking recorded transaction histories for isolation anomalies, in the spirit of Elle (Kingsbury and
 * Alvaro, VLDB 2020). Clients record each transaction's invocation and completion
 * ({@link io.opendsql.history.Operation}); {@link io.opendsql.history.ListAppendChecker} infers each key's
 * version order from list-append reads, builds the write-write, write-read and read-write dependency graph and
 * reports what snapshot isolation forbids (G0, G1a, G1b, G1c, G-single, plus garbage, duplicate and
 * incompatible reads), while allowing G2 (write skew) as DSQL does. {@link io.opendsql.history.BankChecker}
 * checks conservation of money in bank histories. Histories are JSON lines, so users can check their own
 * workloads: {@code opendsql check-history file.jsonl}.
 */
package io.opendsql.history;
