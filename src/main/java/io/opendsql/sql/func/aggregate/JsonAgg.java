package io.opendsql.sql.func.aggregate;

import io.opendsql.sql.func.JsonAggregates;
import io.opendsql.sql.types.PgType;
import io.opendsql.sql.types.TypeContext;
import io.opendsql.sql.types.ValueSize;

/**
 * json_agg / jsonb_agg and json_object_agg / jsonb_object_agg over {@link JsonAggregates}' states: every row
 * counts, NULLs included (a NULL key is {@code 22023 field name must not be null}).
 */
final class JsonAgg implements Accumulator {
    private final JsonAggregates.ArrayAgg array;
    private final JsonAggregates.ObjectAgg object;
    private long held;

    private JsonAgg(JsonAggregates.ArrayAgg array, JsonAggregates.ObjectAgg object) {
        this.array = array;
        this.object = object;
    }

    static JsonAgg array(PgType type, boolean binary, TypeContext context) {
        return new JsonAgg(new JsonAggregates.ArrayAgg(type, binary, context), null);
    }

    static JsonAgg object(PgType keyType, PgType valueType, boolean binary, TypeContext context) {
        return new JsonAgg(null, new JsonAggregates.ObjectAgg(keyType, valueType, binary, context));
    }

    @Override
    public void add(Object[] args) {
        if (array != null) {
            array.add(args[0]);
            held += 16 + ValueSize.of(args[0]);
        } else {
            object.add(args[0], args[1]);
            held += 32 + ValueSize.of(args[0]) + ValueSize.of(args[1]);
        }
    }

    @Override
    public Object result() {
        return array != null ? array.result() : object.result();
    }

    @Override
    public long heldBytes() {
        return held;
    }
}
