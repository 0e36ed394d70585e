package io.opendsql.sql.func.aggregate;

import io.opendsql.sql.types.PgType;

/** bool_and / every / bool_or (counting, so rows can be taken back) and bit_and / bit_or / bit_xor. */
final class Logic {
    private Logic() {
    }

    /** bool_and (every) when {@code and}, else bool_or. */
    static final class Bool implements Accumulator {
        private final boolean and;
        private long trues;
        private long falses;

        Bool(boolean and) {
            this.and = and;
        }

        @Override
        public void add(Object[] args) {
            count(args[0], 1);
        }

        private void count(Object value, int sign) {
            if (value != null) {
                if ((Boolean) value) {
                    trues += sign;
                } else {
                    falses += sign;
                }
            }
        }

        @Override
        public boolean removable() {
            return true;
        }

        @Override
        public void remove(Object[] args) {
            count(args[0], -1);
        }

        @Override
        public Object result() {
            if (trues + falses == 0) {
                return null;
            }
            return and ? falses == 0 : trues > 0;
        }
    }

    enum BitOp { AND, OR, XOR }

    /** bit_and, bit_or, bit_xor over smallint, integer or bigint; the result has the input's type. */
    static final class Bits implements Accumulator {
        private final PgType type;
        private final BitOp op;
        private boolean any;
        private long value;

        Bits(PgType type, BitOp op) {
            this.type = type;
            this.op = op;
        }

        @Override
        public void add(Object[] args) {
            if (args[0] == null) {
                return;
            }
            long input = ((Number) args[0]).longValue();
            if (!any) {
                value = input;
                any = true;
                return;
            }
            value = switch (op) {
                case AND -> value & input;
                case OR -> value | input;
                case XOR -> value ^ input;
            };
        }

        @Override
        public Object result() {
            if (!any) {
                return null;
            }
            return switch (type) {
                case INT2 -> (short) value;
                case INT4 -> (int) value;
                default -> value;
            };
        }
    }
}
