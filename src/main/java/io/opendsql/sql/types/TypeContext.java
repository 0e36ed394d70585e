package io.opendsql.sql.types;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The session settings that text input and output of values depend on.
 *
 * @param timeZone the TimeZone setting; timestamptz and timetz values are shown and read in it
 * @param dateStyle the DateStyle setting
 * @param intervalStyle the IntervalStyle setting
 * @param extraFloatDigits extra_float_digits; above 0 (the default 1) floats print shortest-exact
 * @param transactionStart what {@code now}, {@code today}, {@code tomorrow} and {@code yesterday} refer to
 * @param names the catalog the OID alias types (regclass, regproc…) read and print names from
 */
public record TypeContext(ZoneId timeZone, DateStyle dateStyle, IntervalStyle intervalStyle, int extraFloatDigits,
                          Instant transactionStart, ObjectNames names) {
    /** PostgreSQL's defaults with TimeZone UTC (DSQL's system zone); the clock reads the epoch. */
    public static final TypeContext DEFAULT = new TypeContext(ZoneOffset.UTC, DateStyle.DEFAULT,
            IntervalStyle.POSTGRES, 1, Instant.EPOCH);

    public TypeContext {
        requireNonNull(timeZone, "timeZone");
        requireNonNull(dateStyle, "dateStyle");
        requireNonNull(intervalStyle, "intervalStyle");
        requireNonNull(transactionStart, "transactionStart");
        requireNonNull(names, "names");
    }

    /** A context that knows no catalog ({@link ObjectNames#NONE}). */
    public TypeContext(ZoneId timeZone, DateStyle dateStyle, IntervalStyle intervalStyle, int extraFloatDigits,
                       Instant transactionStart) {
        this(timeZone, dateStyle, intervalStyle, extraFloatDigits, transactionStart, ObjectNames.NONE);
    }

    public TypeContext withNames(ObjectNames catalog) {
        return new TypeContext(timeZone, dateStyle, intervalStyle, extraFloatDigits, transactionStart, catalog);
    }

    public TypeContext withTimeZone(ZoneId zone) {
        return new TypeContext(zone, dateStyle, intervalStyle, extraFloatDigits, transactionStart, names);
    }

    public TypeContext withDateStyle(DateStyle style) {
        return new TypeContext(timeZone, style, intervalStyle, extraFloatDigits, transactionStart, names);
    }

    public TypeContext withIntervalStyle(IntervalStyle style) {
        return new TypeContext(timeZone, dateStyle, style, extraFloatDigits, transactionStart, names);
    }

    public TypeContext withExtraFloatDigits(int digits) {
        return new TypeContext(timeZone, dateStyle, intervalStyle, digits, transactionStart, names);
    }

    public TypeContext withTransactionStart(Instant instant) {
        return new TypeContext(timeZone, dateStyle, intervalStyle, extraFloatDigits, instant, names);
    }
}
