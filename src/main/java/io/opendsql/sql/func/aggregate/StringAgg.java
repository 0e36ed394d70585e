package io.opendsql.sql.func.aggregate;

import java.io.ByteArrayOutputStream;

/**
 * string_agg(text, text) and string_agg(bytea, bytea): non-NULL values joined, each after the first preceded by
 * its own row's delimiter (none when that delimiter is NULL); NULL when no value was added.
 */
final class StringAgg implements Accumulator {
    private final boolean bytes;
    private final StringBuilder text = new StringBuilder();
    private final ByteArrayOutputStream binary = new ByteArrayOutputStream();
    private boolean any;

    StringAgg(boolean bytes) {
        this.bytes = bytes;
    }

    @Override
    public void add(Object[] args) {
        if (args[0] == null) {
            return;
        }
        if (any && args[1] != null) {
            append(args[1]);
        }
        append(args[0]);
        any = true;
    }

    private void append(Object value) {
        if (bytes) {
            binary.writeBytes((byte[]) value);
        } else {
            text.append((String) value);
        }
    }

    @Override
    public Object result() {
        if (!any) {
            return null;
        }
        return bytes ? binary.toByteArray() : text.toString();
    }

    @Override
    public long heldBytes() {
        return bytes ? binary.size() : text.length() * 2L;
    }
}
