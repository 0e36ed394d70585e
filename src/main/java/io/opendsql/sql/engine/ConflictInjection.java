package io.opendsql.sql.engine;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import java.util.Locale;
import java.util.Random;

/**
 * Deterministic conflict injection, for testing retry loops: makes commits fail with {@code 40001} exactly
 * as a real OC000 or OC001 would, either the next {@code n} commits or a seeded fraction of them. Configured
 * per session with {@code SET opendsql.inject_conflicts = '<spec>'} or per cluster through the embedded API.
 * Specs: {@code off}; {@code OC000 3} (the next 3 commits); {@code OC001 0.25 42} (a quarter of commits,
 * chosen by a random sequence seeded with 42). OC000 hits only transactions that wrote or locked; OC001 any.
 */
public final class ConflictInjection {
    private String spec = "off";
    private String code;
    private long remaining;
    private double fraction;
    private Random random;

    /** Checks a spec and returns it in canonical form; {@code 22023} when it is not one. */
    public static String normalize(String value) {
        String[] parts = value.trim().split("\\s+");
        if (parts.length == 1 && parts[0].equalsIgnoreCase("off")) {
            return "off";
        }
        String code = parts[0].toUpperCase(Locale.ROOT);
        try {
            if (!code.equals("OC000") && !code.equals("OC001")) {
                throw new IllegalArgumentException();
            }
            if (parts.length == 2) {
                long count = Long.parseLong(parts[1]);
                if (count < 0) {
                    throw new IllegalArgumentException();
                }
                return code + " " + count;
            }
            if (parts.length == 3) {
                double share = Double.parseDouble(parts[1]);
                long seed = Long.parseLong(parts[2]);
                if (!(share > 0 && share <= 1)) {
                    throw new IllegalArgumentException();
                }
                return code + " " + share + " " + seed;
            }
            throw new IllegalArgumentException();
        } catch (IllegalArgumentException e) {
            throw DsqlException.of(SqlState.INVALID_PARAMETER_VALUE,
                    "invalid value for parameter \"opendsql.inject_conflicts\": \"%s\"", value)
                    .hint("Use off, '<OC000|OC001> <count>' or '<OC000|OC001> <fraction> <seed>'.");
        }
    }

    /** Applies a spec; the same spec again keeps the current count or random sequence. */
    public synchronized void configure(String value) {
        String normalized = normalize(value);
        if (normalized.equals(spec)) {
            return;
        }
        spec = normalized;
        String[] parts = normalized.split(" ");
        code = parts.length == 1 ? null : parts[0];
        remaining = parts.length == 2 ? Long.parseLong(parts[1]) : 0;
        fraction = parts.length == 3 ? Double.parseDouble(parts[1]) : 0;
        random = parts.length == 3 ? new Random(Long.parseLong(parts[2])) : null;
    }

    public synchronized String spec() {
        return spec;
    }

    /** The error a commit must fail with, or null; each call is one commit. */
    synchronized DsqlException nextCommit(boolean wrote) {
        if (code == null || (code.equals("OC000") && !wrote)) {
            return null;
        }
        boolean fire;
        if (random != null) {
            fire = random.nextDouble() < fraction;
        } else {
            fire = remaining > 0;
            if (fire) {
                remaining--;
            }
        }
        if (!fire) {
            return null;
        }
        return code.equals("OC000")
                ? DsqlException.of(SqlState.SERIALIZATION_FAILURE, "change conflicts with another transaction (OC000)")
                : DsqlException.of(SqlState.SERIALIZATION_FAILURE, "schema has been updated by another transaction (OC001)");
    }
}
