package io.opendsql.sql.func.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opendsql.common.DsqlException;
import io.opendsql.sql.types.Interval;
import io.opendsql.sql.types.Numeric;
import io.opendsql.sql.types.PgType;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class AggregatesTest {
    private static Object aggregate(String name, PgType type, Object... values) {
        Accumulator state = Aggregates.resolve(name, List.of(type), 0).start(new Object[0], null);
        for (Object value : values) {
            state.add(new Object[] {value});
        }
        return state.result();
    }

    @Test
    void resultTypesArePostgreSqls() {
        assertThat(Aggregates.resolve("sum", List.of(PgType.INT4), 0).resultType()).isEqualTo(PgType.INT8);
        assertThat(Aggregates.resolve("sum", List.of(PgType.INT8), 0).resultType()).isEqualTo(PgType.NUMERIC);
        assertThat(Aggregates.resolve("avg", List.of(PgType.INT2), 0).resultType()).isEqualTo(PgType.NUMERIC);
        assertThat(Aggregates.resolve("avg", List.of(PgType.FLOAT4), 0).resultType()).isEqualTo(PgType.FLOAT8);
        assertThat(Aggregates.resolve("sum", List.of(PgType.FLOAT4), 0).resultType()).isEqualTo(PgType.FLOAT4);
        assertThat(Aggregates.resolve("min", List.of(PgType.VARCHAR), 0).resultType()).isEqualTo(PgType.TEXT);
        assertThat(Aggregates.resolve("array_agg", List.of(PgType.INT4), 0).resultType())
                .isEqualTo(PgType.INT4_ARRAY);
        assertThat(Aggregates.resolve("count", List.of(), 0).resultType()).isEqualTo(PgType.INT8);
        assertThatThrownBy(() -> Aggregates.resolve("sum", List.of(PgType.UNKNOWN), 0))
                .hasMessage("function sum(unknown) is not unique");
        assertThatThrownBy(() -> Aggregates.resolve("avg", List.of(PgType.BOOL), 0))
                .hasMessage("function avg(boolean) does not exist");
    }

    @Test
    void averagesDivideAsNumericDivDoes() {
        assertThat(aggregate("avg", PgType.INT4, 1, 2, 4).toString()).isEqualTo("2.3333333333333333");
        assertThat(aggregate("avg", PgType.NUMERIC, Numeric.parse("0.001"), Numeric.parse("0.002")).toString())
                .isEqualTo("0.00150000000000000000");
        assertThat(aggregate("avg", PgType.NUMERIC, Numeric.parse("1"), Numeric.POSITIVE_INFINITY))
                .isEqualTo(Numeric.POSITIVE_INFINITY);
        assertThat(aggregate("avg", PgType.INT4)).isNull();
    }

    @Test
    void bigintSumsAreNumericAndDoNotOverflow() {
        assertThat(aggregate("sum", PgType.INT8, Long.MAX_VALUE, Long.MAX_VALUE))
                .isEqualTo(Numeric.of(new BigDecimal("18446744073709551614")));
        Accumulator sum = Aggregates.resolve("sum", List.of(PgType.INT4), 0).start(new Object[0], null);
        sum.add(new Object[] {Integer.MAX_VALUE});
        assertThat(sum.result()).isEqualTo((long) Integer.MAX_VALUE);
    }

    @Test
    void movingNumericSumsKeepTheScaleOfTheRowsStillCounted() {
        Accumulator sum = Aggregates.resolve("sum", List.of(PgType.NUMERIC), 0).start(new Object[0], null);
        sum.add(new Object[] {Numeric.parse("1.125")});
        sum.add(new Object[] {Numeric.parse("2.5")});
        assertThat(sum.result().toString()).isEqualTo("3.625");
        assertThat(sum.removable()).isTrue();
        sum.remove(new Object[] {Numeric.parse("1.125")});
        assertThat(sum.result().toString()).isEqualTo("2.5");
    }

    @Test
    void intervalAverageDividesAsIntervalDiv() {
        Object average = aggregate("avg", PgType.INTERVAL, new Interval(1, 0, 0), new Interval(0, 1, 0),
                new Interval(0, 0, 3_600_000_000L));
        assertThat(average).isEqualTo(new Interval(0, 10, 28_800_000_000L + 1_200_000_000L));
    }

    @Test
    void percentileMessagesPrintTheFractionAsPrintfG() {
        assertThat(OrderedSet.formatG(2)).isEqualTo("2");
        assertThat(OrderedSet.formatG(1.5)).isEqualTo("1.5");
        assertThat(OrderedSet.formatG(-0.25)).isEqualTo("-0.25");
        assertThat(OrderedSet.formatG(1e-5)).isEqualTo("1e-05");
        assertThat(OrderedSet.formatG(0.0001)).isEqualTo("0.0001");
        assertThat(OrderedSet.formatG(123456)).isEqualTo("123456");
        assertThat(OrderedSet.formatG(1234567)).isEqualTo("1.23457e+06");
        assertThat(OrderedSet.formatG(Double.NaN)).isEqualTo("nan");
        Accumulator percentile = Aggregates.resolve("percentile_cont", List.of(PgType.FLOAT8, PgType.FLOAT8), 1)
                .start(new Object[] {1.5}, null);
        assertThatThrownBy(percentile::result).isInstanceOf(DsqlException.class)
                .hasMessage("percentile value 1.5 is not between 0 and 1");
    }
}
