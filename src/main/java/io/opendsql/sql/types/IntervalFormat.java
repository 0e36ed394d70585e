package io.opendsql.sql.types;

/** EncodeInterval: interval output in the four IntervalStyles. */
final class IntervalFormat {
    private static final long USECS_PER_SEC = 1_000_000L;
    private static final long USECS_PER_MINUTE = 60 * USECS_PER_SEC;
    private static final long USECS_PER_HOUR = 60 * USECS_PER_MINUTE;

    private IntervalFormat() {
    }

    static String format(Interval interval, IntervalStyle style) {
        long year = interval.months() / 12;
        long mon = interval.months() % 12;
        long mday = interval.days();
        long time = interval.micros();
        long hour = time / USECS_PER_HOUR;
        time -= hour * USECS_PER_HOUR;
        long min = time / USECS_PER_MINUTE;
        time -= min * USECS_PER_MINUTE;
        long sec = time / USECS_PER_SEC;
        long fsec = time - sec * USECS_PER_SEC;
        StringBuilder out = new StringBuilder(48);
        switch (style) {
            case SQL_STANDARD -> sqlStandard(out, year, mon, mday, hour, min, sec, fsec);
            case ISO_8601 -> {
                if (year == 0 && mon == 0 && mday == 0 && hour == 0 && min == 0 && sec == 0 && fsec == 0) {
                    return "PT0S";
                }
                out.append('P');
                isoPart(out, year, 'Y');
                isoPart(out, mon, 'M');
                isoPart(out, mday, 'D');
                if (hour != 0 || min != 0 || sec != 0 || fsec != 0) {
                    out.append('T');
                }
                isoPart(out, hour, 'H');
                isoPart(out, min, 'M');
                if (sec != 0 || fsec != 0) {
                    if (sec < 0 || fsec < 0) {
                        out.append('-');
                    }
                    appendSeconds(out, sec, fsec, false);
                    out.append('S');
                }
            }
            case POSTGRES -> {
                boolean[] zero = {true};
                boolean[] before = {false};
                postgresPart(out, year, "year", zero, before);
                postgresPart(out, mon, "mon", zero, before);
                postgresPart(out, mday, "day", zero, before);
                if (zero[0] || hour != 0 || min != 0 || sec != 0 || fsec != 0) {
                    boolean minus = hour < 0 || min < 0 || sec < 0 || fsec < 0;
                    out.append(zero[0] ? "" : " ").append(minus ? "-" : before[0] ? "+" : "");
                    pad(out, Math.abs(hour), 2).append(':');
                    pad(out, Math.abs(min), 2).append(':');
                    appendSeconds(out, sec, fsec, true);
                }
            }
            case POSTGRES_VERBOSE -> {
                boolean[] zero = {true};
                boolean[] negative = {false};
                out.append('@');
                verbosePart(out, year, "year", zero, negative);
                verbosePart(out, mon, "mon", zero, negative);
                verbosePart(out, mday, "day", zero, negative);
                verbosePart(out, hour, "hour", zero, negative);
                verbosePart(out, min, "min", zero, negative);
                if (sec != 0 || fsec != 0) {
                    out.append(' ');
                    if (sec < 0 || (sec == 0 && fsec < 0)) {
                        if (zero[0]) {
                            negative[0] = true;
                        } else if (!negative[0]) {
                            out.append('-');
                        }
                    } else if (negative[0]) {
                        out.append('-');
                    }
                    appendSeconds(out, sec, fsec, false);
                    out.append(" sec").append(Math.abs(sec) != 1 || fsec != 0 ? "s" : "");
                    zero[0] = false;
                }
                if (zero[0]) {
                    out.append(" 0");
                }
                if (negative[0]) {
                    out.append(" ago");
                }
            }
        }
        return out.toString();
    }

    private static void sqlStandard(StringBuilder out, long year, long mon, long mday, long hour, long min, long sec,
                                    long fsec) {
        boolean hasNegative = year < 0 || mon < 0 || mday < 0 || hour < 0 || min < 0 || sec < 0 || fsec < 0;
        boolean hasPositive = year > 0 || mon > 0 || mday > 0 || hour > 0 || min > 0 || sec > 0 || fsec > 0;
        boolean hasYearMonth = year != 0 || mon != 0;
        boolean hasDayTime = mday != 0 || hour != 0 || min != 0 || sec != 0 || fsec != 0;
        boolean sqlStandardValue = !(hasNegative && hasPositive) && !(hasYearMonth && hasDayTime);
        if (hasNegative && sqlStandardValue) {
            out.append('-');
            year = -year;
            mon = -mon;
            mday = -mday;
            hour = -hour;
            min = -min;
            sec = -sec;
            fsec = -fsec;
        }
        if (!hasNegative && !hasPositive) {
            out.append('0');
        } else if (!sqlStandardValue) {
            char yearSign = year < 0 || mon < 0 ? '-' : '+';
            char daySign = mday < 0 ? '-' : '+';
            char secSign = hour < 0 || min < 0 || sec < 0 || fsec < 0 ? '-' : '+';
            out.append(yearSign).append(Math.abs(year)).append('-').append(Math.abs(mon)).append(' ')
                    .append(daySign).append(Math.abs(mday)).append(' ').append(secSign).append(Math.abs(hour))
                    .append(':');
            pad(out, Math.abs(min), 2).append(':');
            appendSeconds(out, sec, fsec, true);
        } else if (hasYearMonth) {
            out.append(year).append('-').append(mon);
        } else if (mday != 0) {
            out.append(mday).append(' ').append(hour).append(':');
            pad(out, min, 2).append(':');
            appendSeconds(out, sec, fsec, true);
        } else {
            out.append(hour).append(':');
            pad(out, min, 2).append(':');
            appendSeconds(out, sec, fsec, true);
        }
    }

    private static void isoPart(StringBuilder out, long value, char unit) {
        if (value != 0) {
            out.append(value).append(unit);
        }
    }

    private static void postgresPart(StringBuilder out, long value, String unit, boolean[] zero, boolean[] before) {
        if (value == 0) {
            return;
        }
        out.append(zero[0] ? "" : " ").append(before[0] && value > 0 ? "+" : "").append(value).append(' ')
                .append(unit).append(value != 1 ? "s" : "");
        before[0] = value < 0;
        zero[0] = false;
    }

    private static void verbosePart(StringBuilder out, long value, String unit, boolean[] zero, boolean[] negative) {
        if (value == 0) {
            return;
        }
        if (zero[0]) {
            negative[0] = value < 0;
            value = Math.abs(value);
        } else if (negative[0]) {
            value = -value;
        }
        out.append(' ').append(value).append(' ').append(unit).append(value == 1 ? "" : "s");
        zero[0] = false;
    }

    private static StringBuilder pad(StringBuilder out, long value, int width) {
        String digits = Long.toString(value);
        for (int i = digits.length(); i < width; i++) {
            out.append('0');
        }
        return out.append(digits);
    }

    private static void appendSeconds(StringBuilder out, long sec, long fsec, boolean fillZeros) {
        if (fillZeros) {
            pad(out, Math.abs(sec), 2);
        } else {
            out.append(Math.abs(sec));
        }
        DateTimeText.appendFraction(out, Math.abs(fsec));
    }
}
