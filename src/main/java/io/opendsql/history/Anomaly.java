package io.opendsql.history;

/**
 * An isolation anomaly found in a history: its Adya/Elle name ({@code G0}, {@code G1a}, {@code G1b},
 * {@code G1c}, {@code G-single}, {@code G2}, {@code garbage-read}, {@code duplicate-append},
 * {@code incompatible-order}, {@code internal}) and a human-readable explanation naming the transactions.
 */
public record Anomaly(String type, String explanation) {
}
