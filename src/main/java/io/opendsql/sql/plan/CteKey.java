package io.opendsql.sql.plan;

/**
 * Identifies one common table expression of a statement: plans refer to a common table (and a recursive one's
 * working table) by this key, compared by identity, so two WITH items of the same name never meet.
 */
public final class CteKey {
    private final String name;

    public CteKey(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return "cte " + name;
    }
}
