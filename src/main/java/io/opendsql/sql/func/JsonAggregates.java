package io.opendsql.sql.func;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.sql.types.Jsonb;
import io.opendsql.sql.types.PgType;
import io.opendsql.sql.types.TypeContext;
import io.opendsql.sql.types.TypeIo;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;

/**
 * Transition states of json_agg, jsonb_agg, json_object_agg and jsonb_object_agg for the executor:
 * create one per group, {@code add} each input row (NULL inputs included, as PostgreSQL does), and
 * take {@code result()}, which is null (SQL NULL) when no row was added. Output formats are
 * PostgreSQL's: {@code [1, null, 3]}, {@code { "a" : 1, "b" : null }}, and jsonb's own text.
 */
public final class JsonAggregates {
    private JsonAggregates() {
    }

    /** json_agg(anyelement) or jsonb_agg(anyelement) over values of one type. */
    public static final class ArrayAgg {
        private final PgType type;
        private final boolean binary;
        private final TypeContext context;
        private final List<Object> nodes = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private int count;

        public ArrayAgg(PgType type, boolean binary, TypeContext context) {
            this.type = type;
            this.binary = binary;
            this.context = context;
        }

        public void add(Object value) {
            if (binary) {
                nodes.add(JsonValues.toJsonbNode(value, type, context));
            } else {
                text.append(count == 0 ? "[" : ", ");
                JsonValues.appendJson(text, value, type, context);
            }
            count++;
        }

        /** json text, a {@link Jsonb}, or null when no row was added. */
        public Object result() {
            if (count == 0) {
                return null;
            }
            return binary ? Jsonb.of(List.copyOf(nodes)) : text + "]";
        }
    }

    /** json_object_agg(key, value) or jsonb_object_agg(key, value). */
    public static final class ObjectAgg {
        private final PgType keyType;
        private final PgType valueType;
        private final boolean binary;
        private final TypeContext context;
        private final SortedMap<String, Object> members = Jsonb.newObject();
        private final StringBuilder text = new StringBuilder();
        private int count;

        public ObjectAgg(PgType keyType, PgType valueType, boolean binary, TypeContext context) {
            this.keyType = keyType;
            this.valueType = valueType;
            this.binary = binary;
            this.context = context;
        }

        public void add(Object key, Object value) {
            if (key == null) {
                throw DsqlException.of(SqlState.INVALID_PARAMETER_VALUE, "field name must not be null");
            }
            String name = keyType == PgType.BOOL ? ((Boolean) key ? "true" : "false")
                    : TypeIo.format(keyType, key, context);
            if (binary) {
                members.put(name, JsonValues.toJsonbNode(value, valueType, context));
            } else {
                text.append(count == 0 ? "{ " : ", ");
                Jsonb.appendString(text, name);
                text.append(" : ");
                JsonValues.appendJson(text, value, valueType, context);
            }
            count++;
        }

        public Object result() {
            if (count == 0) {
                return null;
            }
            return binary ? Jsonb.of(members) : text + " }";
        }
    }
}
