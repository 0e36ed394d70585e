package io.opendsql.sql.func.aggregate;

/** count(*) (every row) and count(x) (rows where x is not NULL): bigint, 0 over no rows. */
final class Count implements Accumulator {
    private final boolean star;
    private long count;

    Count(boolean star) {
        this.star = star;
    }

    @Override
    public void add(Object[] args) {
        if (star || args[0] != null) {
            count++;
        }
    }

    @Override
    public boolean removable() {
        return true;
    }

    @Override
    public void remove(Object[] args) {
        if (star || args[0] != null) {
            count--;
        }
    }

    @Override
    public Object result() {
        return count;
    }
}
