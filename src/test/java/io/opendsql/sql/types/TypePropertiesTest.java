package io.opendsql.sql.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Round trips over random values, ordering rules and the registry. */
class TypePropertiesTest {
    private final Random random = new Random(20241124);
    private final TypeContext context = TypeContext.DEFAULT;

    @Test
    void shortestFloatOutputReadsBackExactly() {
        for (int i = 0; i < 20_000; i++) {
            double value = Double.longBitsToDouble(random.nextLong());
            if (Double.isNaN(value)) {
                continue;
            }
            String text = FloatText.formatFloat8(value, 1);
            assertThat(FloatText.parseFloat8(text)).as(text).isEqualTo(value);
            float single = Float.intBitsToFloat(random.nextInt());
            if (!Float.isNaN(single)) {
                String singleText = FloatText.formatFloat4(single, 1);
                assertThat(FloatText.parseFloat4(singleText)).as(singleText).isEqualTo(single);
            }
        }
    }

    @Test
    void floatOutputLooksLikePostgres() {
        assertThat(FloatText.formatFloat8(1e16, 1)).isEqualTo("1e+16");
        assertThat(FloatText.formatFloat8(0.1, 1)).isEqualTo("0.1");
        assertThat(FloatText.formatFloat8(1.2345678901234567e-05, 1)).isEqualTo("1.2345678901234568e-05");
        assertThat(FloatText.formatFloat8(-0.0, 1)).isEqualTo("-0");
        assertThat(FloatText.formatFloat8(Double.MIN_VALUE, 1)).isEqualTo("5e-324");
    }

    @Test
    void binaryRoundTripsRandomValues() {
        for (int i = 0; i < 2000; i++) {
            roundTrip(PgType.INT8, random.nextLong());
            roundTrip(PgType.INT4, random.nextInt());
            roundTrip(PgType.FLOAT8, random.nextDouble() * 1e10);
            roundTrip(PgType.NUMERIC, Numeric.of(new BigDecimal(random.nextLong()).movePointLeft(random.nextInt(30))));
            roundTrip(PgType.TIMESTAMPTZ, new PgTimestampTz(random.nextLong() % 9_000_000_000_000_000L));
            roundTrip(PgType.INTERVAL, new Interval(random.nextInt(), random.nextInt(), random.nextLong()));
            roundTrip(PgType.DATE, new PgDate(random.nextInt(2_000_000) - 1_000_000));
            roundTrip(PgType.TIMETZ, new PgTimeTz(Math.floorMod(random.nextLong(), PgTime.MAX_MICROS),
                    random.nextInt(2 * PgTimeTz.MAX_OFFSET_SECONDS) - PgTimeTz.MAX_OFFSET_SECONDS));
            roundTrip(PgType.INT4_ARRAY, PgArray.of(List.of(random.nextInt(), random.nextInt())));
        }
    }

    private void roundTrip(PgType type, Object value) {
        byte[] bytes = BinaryIo.send(type, value);
        Object back = BinaryIo.receive(SqlType.of(type), bytes);
        assertThat(ValueOrder.compare(type, back, value)).as("%s %s", type, value).isZero();
        String text = TypeIo.format(type, value, context);
        Object parsed = TypeIo.parse(SqlType.of(type), text, context);
        assertThat(ValueOrder.compare(type, parsed, value)).as("%s text %s", type, text).isZero();
    }

    @Test
    void orderingFollowsPostgres() {
        assertThat(ValueOrder.compare(PgType.FLOAT8, Double.NaN, Double.POSITIVE_INFINITY)).isPositive();
        assertThat(ValueOrder.compare(PgType.FLOAT8, Double.NaN, Double.NaN)).isZero();
        assertThat(ValueOrder.compare(PgType.FLOAT8, -0.0, 0.0)).isZero();
        assertThat(ValueOrder.compare(PgType.NUMERIC, Numeric.NAN, Numeric.POSITIVE_INFINITY)).isPositive();
        assertThat(ValueOrder.compare(PgType.NUMERIC, Numeric.parse("1.50"), Numeric.parse("1.5"))).isZero();
        assertThat(ValueOrder.hash(PgType.NUMERIC, Numeric.parse("1.50")))
                .isEqualTo(ValueOrder.hash(PgType.NUMERIC, Numeric.parse("1.5")));
        assertThat(ValueOrder.compare(PgType.BPCHAR, "ab  ", "ab")).isZero();
        assertThat(ValueOrder.compare(PgType.TEXT, "Z", "a")).isNegative();
        assertThat(ValueOrder.compare(PgType.TEXT, "é", "z")).isPositive();
        assertThat(ValueOrder.compare(PgType.INTERVAL, new Interval(1, 0, 0), new Interval(0, 30, 0))).isZero();
        assertThat(ValueOrder.compare(PgType.UUID, java.util.UUID.fromString("ffffffff-0000-0000-0000-000000000000"),
                java.util.UUID.fromString("00000000-0000-0000-0000-000000000000"))).isPositive();
    }

    @Test
    void textOrderIsUtf8ByteOrder() {
        String[] samples = {"", "a", "z", "é", "\uffff", "\ue000", "\ud83d\ude00", "a\ud83d\ude00", "ab", "\u007f",
                "\u0080", "\u07ff", "\u0800"};
        for (String x : samples) {
            for (String y : samples) {
                int bytes = Integer.signum(java.util.Arrays.compareUnsigned(
                        x.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        y.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                assertThat(Integer.signum(ValueOrder.compareText(x, y))).as("%s vs %s", x, y).isEqualTo(bytes);
            }
        }
    }

    @Test
    void datetimeOutputReadsBackInEveryDateStyle() {
        String[] zones = {"UTC", "America/New_York", "Asia/Kolkata", "Europe/Berlin"};
        String[] styles = {"ISO, MDY", "ISO, DMY", "SQL, MDY", "SQL, DMY", "German", "Postgres, MDY", "Postgres, DMY"};
        for (int i = 0; i < 2000; i++) {
            long micros = (random.nextLong() % 3_000_000_000_000_000L);
            TypeContext at = context.withTimeZone(java.time.ZoneId.of(zones[i % zones.length]))
                    .withDateStyle(DateStyle.parse(styles[i % styles.length], DateStyle.DEFAULT));
            PgTimestamp timestamp = new PgTimestamp(micros);
            String text = TypeIo.format(PgType.TIMESTAMP, timestamp, at);
            assertThat(TypeIo.parse(SqlType.of(PgType.TIMESTAMP), text, at)).as(text).isEqualTo(timestamp);
            PgDate date = new PgDate((int) Math.floorDiv(micros, Interval.MICROS_PER_DAY));
            String dateText = TypeIo.format(PgType.DATE, date, at);
            assertThat(TypeIo.parse(SqlType.of(PgType.DATE), dateText, at)).as(dateText).isEqualTo(date);
            if (at.dateStyle().format() == DateStyle.Format.ISO) {
                PgTimestampTz instant = new PgTimestampTz(micros);
                String instantText = TypeIo.format(PgType.TIMESTAMPTZ, instant, at);
                assertThat(TypeIo.parse(SqlType.of(PgType.TIMESTAMPTZ), instantText, at)).as(instantText)
                        .isEqualTo(instant);
            }
        }
    }

    @Test
    void intervalOutputReadsBackInEveryStyle() {
        for (int i = 0; i < 4000; i++) {
            Interval interval = new Interval(random.nextInt(200_001) - 100_000, random.nextInt(200_001) - 100_000,
                    random.nextLong() % 1_000_000_000_000_000L);
            IntervalStyle style = IntervalStyle.values()[i % 4];
            TypeContext at = context.withIntervalStyle(style);
            String text = TypeIo.format(PgType.INTERVAL, interval, at);
            Interval back = (Interval) TypeIo.parse(SqlType.of(PgType.INTERVAL), text, at);
            if (style == IntervalStyle.SQL_STANDARD) {
                // the SQL standard format cannot show mixed signs unambiguously; it keeps the total
                assertThat(back.compareTo(interval)).as(text).isZero();
            } else {
                assertThat(back).as(text).isEqualTo(interval);
            }
        }
    }

    @Test
    void timeZoneSettingsReadAsPostgresReadsThem() {
        assertThat(TimeZones.parseSetting("europe/paris").shown()).isEqualTo("Europe/Paris");
        assertThat(TimeZones.parseSetting("5").shown()).isEqualTo("<+05>-05");
        assertThat(TimeZones.parseSetting("-3.5").shown()).isEqualTo("<-03:30>+03:30");
        assertThat(TimeZones.parseSetting("UTC+3").zone()).isEqualTo(java.time.ZoneOffset.ofHours(-3));
        assertThat(TimeZones.parseSetting("utc").shown()).isEqualTo("UTC");
        assertThatThrownBy(() -> TimeZones.parseSetting("XYZ")).hasMessage(
                "invalid value for parameter \"TimeZone\": \"XYZ\"");
        assertThatThrownBy(() -> TimeZones.parseSetting("Z")).hasMessage(
                "invalid value for parameter \"TimeZone\": \"Z\"");
    }

    @Test
    void binaryInputRejectsMalformedValues() {
        assertThatThrownBy(() -> BinaryIo.receive(SqlType.of(PgType.TEXT), new byte[] {'a', 0, 'b'}))
                .hasMessage("invalid byte sequence for encoding \"UTF8\": 0x00");
        assertThatThrownBy(() -> BinaryIo.receive(SqlType.of(PgType.TEXT), new byte[] {(byte) 0xc3, '('}))
                .hasMessage("invalid byte sequence for encoding \"UTF8\": 0xc3 0x28");
        assertThatThrownBy(() -> BinaryIo.receive(SqlType.of(PgType.INT4), new byte[] {0, 0, 1}))
                .hasMessage("insufficient data left in message");
        assertThatThrownBy(() -> BinaryIo.receive(SqlType.of(PgType.JSONB), new byte[] {2, '1'}))
                .hasMessage("unsupported jsonb version number 2");
        assertThatThrownBy(() -> BinaryIo.receive(SqlType.varchar(2), "abc".getBytes()))
                .hasMessage("value too long for type character varying(2)");
        assertThatThrownBy(() -> BinaryIo.receive(SqlType.of(PgType.NUMERIC),
                new byte[] {0, 1, 0, 0, 0, 0, 0, 0, 0x27, 0x10}))
                .hasMessage("invalid digit in external \"numeric\" value");
        assertThat(BinaryIo.receive(SqlType.numeric(5, 1), BinaryIo.send(PgType.NUMERIC, Numeric.parse("1.25"))))
                .hasToString("1.3");
        byte[] array = BinaryIo.send(PgType.INT4_ARRAY, PgArray.of(java.util.List.of(1, 2)));
        assertThatThrownBy(() -> BinaryIo.receive(SqlType.of(PgType.INT8_ARRAY), array))
                .hasMessage("binary data has array element type 23 (integer) instead of expected 20 (bigint)");
    }

    @Test
    void dateStyleSettingsReadAsPostgresReadsThem() {
        assertThat(DateStyle.parse("german, ymd", DateStyle.DEFAULT).show()).isEqualTo("German, YMD");
        assertThat(DateStyle.parse("German", DateStyle.DEFAULT).show()).isEqualTo("German, DMY");
        assertThat(DateStyle.parse("euro", DateStyle.DEFAULT).show()).isEqualTo("ISO, DMY");
        assertThat(DateStyle.parse("ISO, ISO", DateStyle.DEFAULT).show()).isEqualTo("ISO, MDY");
        assertThat(DateStyle.parse("SQL", new DateStyle(DateStyle.Format.ISO, DateStyle.Order.DMY)).show())
                .isEqualTo("SQL, DMY");
        assertThatThrownBy(() -> DateStyle.parse("ISO, SQL", DateStyle.DEFAULT))
                .hasMessage("invalid value for parameter \"DateStyle\": \"ISO, SQL\"")
                .extracting(e -> ((io.opendsql.common.DsqlException) e).detail())
                .isEqualTo("Conflicting \"datestyle\" specifications.");
        assertThatThrownBy(() -> DateStyle.parse("foo", DateStyle.DEFAULT))
                .extracting(e -> ((io.opendsql.common.DsqlException) e).detail())
                .isEqualTo("Unrecognized key word: \"foo\".");
        assertThatThrownBy(() -> IntervalStyle.fromSetting("foo"))
                .extracting(e -> ((io.opendsql.common.DsqlException) e).hint())
                .isEqualTo("Available values: postgres, postgres_verbose, sql_standard, iso_8601.");
        assertThat(IntervalStyle.fromSetting("ISO_8601")).isEqualTo(IntervalStyle.ISO_8601);
    }

    @Test
    void intervalOrderMatchesExactArithmetic() {
        for (int i = 0; i < 20_000; i++) {
            Interval a = randomInterval();
            Interval b = i % 3 == 0 ? new Interval(a.months(), a.days() + 30, a.micros() - 30 * Interval.MICROS_PER_DAY)
                    : randomInterval();
            int exact = a.linearMicros().compareTo(b.linearMicros());
            assertThat(Integer.signum(a.compareTo(b))).as("%s vs %s", a, b).isEqualTo(Integer.signum(exact));
            if (exact == 0) {
                assertThat(a.normalizedHash()).isEqualTo(b.normalizedHash());
            }
        }
    }

    private Interval randomInterval() {
        return switch (random.nextInt(3)) {
            case 0 -> new Interval(random.nextInt(), random.nextInt(), random.nextLong());
            case 1 -> new Interval(random.nextInt(5) - 2, random.nextInt(5) - 2, random.nextInt(5) - 2);
            default -> new Interval(random.nextInt(1000), random.nextInt(1000), random.nextLong() % 100_000_000_000L);
        };
    }

    @Test
    void registryAndFormatType() {
        assertThat(PgType.byOid(1007)).contains(PgType.INT4_ARRAY);
        assertThat(PgType.INT4.arrayType()).contains(PgType.INT4_ARRAY);
        assertThat(PgType.INT4_ARRAY.elementType()).isEqualTo(PgType.INT4);
        assertThat(SqlType.varchar(20).typmod()).isEqualTo(24);
        assertThat(SqlType.varchar(20).formatType()).isEqualTo("character varying(20)");
        assertThat(SqlType.numeric(10, 2).typmod()).isEqualTo(655366);
        assertThat(SqlType.numeric(10, 2).formatType()).isEqualTo("numeric(10,2)");
        assertThat(SqlType.numeric(10, -3).typmod()).isEqualTo(657409);
        assertThat(SqlType.numeric(10, -3).formatType()).isEqualTo("numeric(10,-3)");
        assertThat(SqlType.withPrecision(PgType.TIMESTAMP, 3).formatType()).isEqualTo("timestamp(3) without time zone");
        assertThat(SqlType.of(PgType.INT4_ARRAY).formatType()).isEqualTo("integer[]");
        assertThat(SqlType.of(PgType.BPCHAR).formatType()).isEqualTo("bpchar");
        assertThat(SqlType.bpchar(1).arrayOf().formatType()).isEqualTo("character(1)[]");
        assertThat(TypeNames.parse("interval day to second(3)").typmod()).isEqualTo(470286339);
        assertThat(TypeNames.parse("interval year").formatType()).isEqualTo("interval year");
        assertThat(SqlType.interval(SqlType.INTERVAL_FULL_RANGE, 3).formatType()).isEqualTo("interval(3)");
    }

    @Test
    void castContextsFollowPgCast() {
        assertThat(Casts.find(PgType.INT4, PgType.INT8).orElseThrow().context()).isEqualTo(CastContext.IMPLICIT);
        assertThat(Casts.find(PgType.INT8, PgType.INT4).orElseThrow().context()).isEqualTo(CastContext.ASSIGNMENT);
        assertThat(Casts.find(PgType.INT4, PgType.BOOL).orElseThrow().context()).isEqualTo(CastContext.EXPLICIT);
        assertThat(Casts.find(PgType.DATE, PgType.TEXT).orElseThrow().context()).isEqualTo(CastContext.ASSIGNMENT);
        assertThat(Casts.find(PgType.TEXT, PgType.DATE).orElseThrow().context()).isEqualTo(CastContext.EXPLICIT);
        assertThat(Casts.find(PgType.DATE, PgType.INT4)).isEmpty();
    }

    @Test
    void nowAndTodayUseTheTransactionStart() {
        TypeContext at = context.withTransactionStart(java.time.Instant.parse("2024-06-15T23:30:00Z"))
                .withTimeZone(java.time.ZoneId.of("Asia/Tokyo"));
        assertThat(TypeIo.format(PgType.DATE, TypeIo.parse(SqlType.of(PgType.DATE), "today", at), at))
                .isEqualTo("2024-06-16");
        assertThat(TypeIo.format(PgType.TIMESTAMPTZ, TypeIo.parse(SqlType.of(PgType.TIMESTAMPTZ), "now", at), at))
                .isEqualTo("2024-06-16 08:30:00+09");
        assertThat(TypeIo.format(PgType.DATE, TypeIo.parse(SqlType.of(PgType.DATE), "tomorrow", at), at))
                .isEqualTo("2024-06-17");
    }
}
