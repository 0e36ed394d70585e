package io.opendsql.sql.types;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * PostgreSQL's jsonb btree order (compareJsonbContainers): both values are walked as token streams;
 * containers compare by element or pair count first, scalars of different types by type
 * (null &lt; string &lt; number &lt; boolean &lt; array &lt; object), strings by bytes (collation C).
 * A top-level scalar is a one-element "raw scalar" array, which makes an empty top-level array sort
 * below null, as in PostgreSQL.
 */
final class JsonbOrder {
    private enum Kind { BEGIN_ARRAY, END_ARRAY, BEGIN_OBJECT, END_OBJECT, KEY, VALUE, ELEMENT }

    /** jbvType order: null, string, numeric, bool, then array (0x10) and object (0x11). */
    private static final int NULL = 0;
    private static final int STRING = 1;
    private static final int NUMERIC = 2;
    private static final int BOOL = 3;
    private static final int ARRAY = 0x10;
    private static final int OBJECT = 0x11;

    private record Token(Kind kind, int type, Object value, int count, boolean rawScalar) {
    }

    private JsonbOrder() {
    }

    static int compare(Object left, Object right) {
        List<Token> a = tokens(left);
        List<Token> b = tokens(right);
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            Token x = a.get(i);
            Token y = b.get(i);
            int result;
            if (x.kind == y.kind) {
                if (x.kind == Kind.END_ARRAY || x.kind == Kind.END_OBJECT) {
                    continue;
                }
                if (x.type == y.type) {
                    result = switch (x.type) {
                        case ARRAY -> {
                            int r = 0;
                            if (x.rawScalar != y.rawScalar) {
                                r = x.rawScalar ? -1 : 1;
                            }
                            if (x.count != y.count) {
                                r = x.count > y.count ? 1 : -1;
                            }
                            yield r;
                        }
                        case OBJECT -> x.count == y.count ? 0 : x.count > y.count ? 1 : -1;
                        default -> compareScalars(x.type, x.value, y.value);
                    };
                } else {
                    result = x.type > y.type ? 1 : -1;
                }
            } else {
                result = x.type > y.type ? 1 : -1;
            }
            if (result != 0) {
                return result;
            }
        }
        return 0;
    }

    private static int compareScalars(int type, Object left, Object right) {
        return switch (type) {
            case NULL -> 0;
            case STRING -> Integer.signum(Arrays.compareUnsigned(((String) left).getBytes(StandardCharsets.UTF_8),
                    ((String) right).getBytes(StandardCharsets.UTF_8)));
            case NUMERIC -> ((Numeric) left).compareTo((Numeric) right);
            case BOOL -> Boolean.compare((Boolean) left, (Boolean) right);
            default -> throw new IllegalStateException("not a scalar type " + type);
        };
    }

    /** A hash equal for values that compare equal (numbers hash by value, not by scale). */
    static int hash(Object root) {
        int h = 1;
        for (Token token : tokens(root)) {
            Object value = token.value;
            int part = value instanceof Numeric n && n.isFinite()
                    ? (n.decimal().signum() == 0 ? 0 : n.decimal().stripTrailingZeros().hashCode())
                    : value == null ? 0 : value.hashCode();
            h = 31 * h + token.kind.ordinal() * 7 + token.type + token.count + part;
        }
        return h;
    }

    private static List<Token> tokens(Object root) {
        List<Token> out = new ArrayList<>();
        if (root instanceof List<?> || root instanceof Map<?, ?>) {
            walk(root, Kind.ELEMENT, out);
        } else {
            out.add(new Token(Kind.BEGIN_ARRAY, ARRAY, null, 1, true));
            walk(root, Kind.ELEMENT, out);
            out.add(new Token(Kind.END_ARRAY, ARRAY, null, 0, true));
        }
        return out;
    }

    private static void walk(Object value, Kind scalarKind, List<Token> out) {
        if (value instanceof List<?> list) {
            out.add(new Token(Kind.BEGIN_ARRAY, ARRAY, null, list.size(), false));
            for (Object element : list) {
                walk(element, Kind.ELEMENT, out);
            }
            out.add(new Token(Kind.END_ARRAY, ARRAY, null, 0, false));
        } else if (value instanceof Map<?, ?> map) {
            out.add(new Token(Kind.BEGIN_OBJECT, OBJECT, null, map.size(), false));
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                out.add(new Token(Kind.KEY, STRING, entry.getKey(), 0, false));
                walk(entry.getValue(), Kind.VALUE, out);
            }
            out.add(new Token(Kind.END_OBJECT, OBJECT, null, 0, false));
        } else {
            int type = value == Jsonb.JSON_NULL ? NULL : value instanceof String ? STRING
                    : value instanceof Numeric ? NUMERIC : BOOL;
            out.add(new Token(scalarKind, type, value == Jsonb.JSON_NULL ? null : value, 0, false));
        }
    }
}
